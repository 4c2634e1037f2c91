"""What crash-safe writing costs: one ingest-sized change (a source, its text and K site files)
written as one journaled transaction, against the same files written one by one atomically (what
ingest did before the journal), and the lock taken and released. Prints medians of R repeats.

    .venv/bin/python benchmarks/writes.py [--files 4] [--repeat 200] [--dir /tmp]

Last line: `files=K journaled_ms=… one_by_one_ms=… lock_ms=…`.
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from builder.content.lock import writing  # noqa: E402
from builder.content.transaction import write_files  # noqa: E402


def _medians_ms(runs, repeat: int) -> list[float]:
    """Median wall ms of each run, taken in turns so that a busy disk weighs on all alike."""
    times = [[] for _ in runs]
    for i in range(repeat):
        for run, kept in zip(runs, times):
            started = time.perf_counter()
            run(i)
            kept.append((time.perf_counter() - started) * 1000)
    return [statistics.median(t) for t in times]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--files", type=int, default=4)
    ap.add_argument("--repeat", type=int, default=200)
    ap.add_argument("--dir", default=None, help="where to write (the file system matters: fsync)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory(dir=args.dir) as tmp:
        content = Path(tmp) / "content"
        names = [content / "sources" / "texts" / "a.txt", content / "sources" / "a.yml"] + \
                [content / "sites" / f"site-{k}.yml" for k in range(args.files - 2)]
        body = "name: Temple\nevents:\n" + "  - type: damaged\n    evidence: [{source: a, quote: q}]\n" * 20
        for name in names:  # existing files, as the sites an ingest adds to
            name.parent.mkdir(parents=True, exist_ok=True)
            name.write_text(body)
        def lock(_):
            with writing(content):
                pass
        journaled, one_by_one, lock_ms = _medians_ms([
            lambda i: write_files({n: f"{body}# {i}\n" for n in names}, content),
            lambda i: [write_files({n: f"{body}# {i}\n"}) for n in names],
            lock], args.repeat)
    print(f"files={args.files} journaled_ms={journaled:.2f} one_by_one_ms={one_by_one:.2f} lock_ms={lock_ms:.2f}")


if __name__ == "__main__":
    main()
