"""Articles per second of the extractor over a folder of articles.

    python benchmarks/extract.py [FOLDER] [--repeat N] [--words 600]

Default folder: ../shared/corpus/articles if present, else ../shared/seeds/articles. Known sites
are loaded once (as a long-running ingest would); the last line is machine-readable.
"""
from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from builder.extract import extract_claims, load_known_sites, read_article  # noqa: E402


def default_folder() -> Path:
    for cand in (ROOT.parent / "shared" / "corpus" / "articles", ROOT.parent / "shared" / "seeds" / "articles"):
        if cand.is_dir():
            return cand
    raise SystemExit("no article folder found; give one")


def _first_words(text: str, n: int) -> str:
    """The article's paragraphs up to the one that reaches n words (a shorter article of the same style)."""
    out, count = [], 0
    for para in text.split("\n\n"):
        out.append(para)
        count += len(para.split())
        if count >= n:
            break
    return "\n\n".join(out)


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("folder", nargs="?", type=Path)
    ap.add_argument("--repeat", type=int, default=5, help="passes over the folder (default 5)")
    ap.add_argument("--words", type=int, default=0,
                    help="cut each article after the paragraph that reaches N words (e.g. 600); 0 keeps them whole")
    args = ap.parse_args()
    folder = args.folder or default_folder()
    files = sorted(p for p in folder.iterdir() if p.is_file())
    articles = [read_article(p) for p in files]
    if args.words:
        articles = [replace(a, text=_first_words(a.text, args.words)) for a in articles]
    sites = load_known_sites(ROOT / "content")
    published = dt.date(2016, 1, 1)
    for a in articles:  # warm-up: compile the lexicon, load the gazetteer once
        extract_claims(a.text, a.published or published, sites)
    start = time.perf_counter()
    claims = 0
    for _ in range(args.repeat):
        for a in articles:
            claims += len(extract_claims(a.text, a.published or published, sites))
    seconds = time.perf_counter() - start
    n = len(articles) * args.repeat
    words = sum(len(a.text.split()) for a in articles) / len(articles)
    print(f"folder={folder} claims={claims} words_per_article={words:.0f}")
    print(f"articles={n} seconds={seconds:.3f} articles_per_s={n / seconds:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
