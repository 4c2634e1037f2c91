"""The place-name index: time to build it (the world once per process, then a knowledge base over
it) and to resolve mentions, exact, fuzzy and generic.

    python benchmarks/places.py [--sites N]

Builds a synthetic knowledge base of N sites with make_kb.py (default 1000); the last line is
machine-readable.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

import make_kb  # noqa: E402

from builder.content.load import load  # noqa: E402
from builder.places import PlaceIndex, context_keys  # noqa: E402
from builder.places.index import _world  # noqa: E402

MENTIONS = ["Palmyra", "Temple of Bel", "Umayyad Mosque", "Century Mar Benham monastery",
            "Monastery of the Martyrs Saint Behnam", "the site", "قوس النصر", "Mosul Musuem", "Nimrud"]
CONTEXT = context_keys("Fighting in Aleppo and Palmyra, Syria; militants near Mosul, Iraq.")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sites", type=int, default=1000)
    ap.add_argument("--repeat", type=int, default=20, help="resolutions of each mention")
    args = ap.parse_args()
    t = time.perf_counter()
    world = _world()
    world_s = time.perf_counter() - t
    with tempfile.TemporaryDirectory() as tmp:
        content = Path(tmp) / "content"
        make_kb.write(content, args.sites, seed=1)
        kb = load(content).kb
        t = time.perf_counter()
        index = PlaceIndex.build(kb)
        kb_s = time.perf_counter() - t
    per = {}
    for mention in MENTIONS:
        times = []
        for _ in range(args.repeat):
            t = time.perf_counter()
            index.resolve(mention, far=CONTEXT)
            times.append(time.perf_counter() - t)
        per[mention] = statistics.median(times) * 1000
        print(f"  {mention!r:42} {per[mention]:7.2f} ms  {index.resolve(mention, far=CONTEXT).status}")
    print(f"world_places={len(world.places)} world_s={world_s:.2f} sites={args.sites} kb_index_s={kb_s:.2f} "
          f"resolve_median_ms={statistics.median(per.values()):.2f} resolve_max_ms={max(per.values()):.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
