"""`heritage ingest FILE|DIR --published YYYY-MM-DD [--dry-run]`: merge an article's claims into content/."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from tqdm import tqdm

from .. import ingest
from ..errors import HeritageError, InputError
from ..extract.read import parse_date

ARTICLE_SUFFIXES = {".txt", ".story", ".html", ".htm"}
DESCRIBED = ("title", "publisher", "author", "url")


def register(sub) -> None:
    p = sub.add_parser("ingest", help="store an article as a source and merge its claims into content/")
    p.add_argument("path", type=Path, help="an article (.txt, .story, .html) or a folder of them")
    p.add_argument("--published", help="publication date YYYY-MM-DD (default: the date in the HTML page)")
    p.add_argument("--dry-run", action="store_true", help="show the change as a diff; write nothing")
    p.add_argument("--content", type=Path, default=Path("content"))
    describe = p.add_argument_group("describing the source (default: from the article: HTML metadata, a headline line)")
    for name in DESCRIBED:
        describe.add_argument(f"--{name}", help=f"the article's {name}")
    p.set_defaults(func=run)


def ingest_one(path: Path, published: dt.date | None, content: Path, dry_run: bool,
               described: dict | None = None) -> ingest.Plan:
    from ..extract import claims_for_file  # the extractor: article file -> (article, claims as dicts)

    article, claims = claims_for_file(path, published, content)
    day = published or article.published
    given = {k: v for k, v in (described or {}).items() if v}  # the command line wins over the article
    meta = {key: given.get(key) or getattr(article, key, None) for key in DESCRIBED}
    plan = ingest.plan(content, article.text, claims, day.isoformat(), path.stem, meta.pop("title"), meta)
    if not dry_run:
        ingest.apply(plan)
    return plan


def run(args) -> int:
    published = parse_date(args.published, args.path) if args.published is not None else None
    if args.path.is_dir():
        files = sorted(p for p in args.path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        if not files:
            raise InputError("no articles (.txt, .story, .html) in this folder", args.path)
    elif args.path.is_file():
        files = [args.path]
    else:
        raise InputError("no such file or folder", args.path)
    one_article = [f"--{k}" for k in ("title", "author", "url") if getattr(args, k)]
    if one_article and len(files) > 1:
        raise InputError(f"{', '.join(one_article)} describe one article, and this folder holds {len(files)}", args.path,
                         hint="ingest the articles one by one, or give only --publisher for the folder")
    if args.url and not args.url.startswith(("http://", "https://")):
        raise InputError(f"--url '{args.url}' is not an http(s) address", hint="give the article's address, https://...")
    failed = 0
    bar = tqdm(files, unit="article", disable=len(files) < 2, file=sys.stderr)
    for path in bar:
        try:
            plan = ingest_one(path, published, args.content, args.dry_run, {k: getattr(args, k) for k in DESCRIBED})
        except HeritageError as exc:
            failed += 1
            tqdm.write(f"heritage ingest: {exc}", file=sys.stderr)
            continue
        if args.dry_run:
            sys.stdout.write(plan.diff())
        for message in plan.messages:
            tqdm.write(f"{path.name}: {message}")
        if not plan.changed:
            tqdm.write(f"{path.name}: nothing new")
    if len(files) > 1:
        print(f"{len(files) - failed} of {len(files)} articles ingested" + (" (dry run: nothing written)" if args.dry_run else ""))
    return 2 if failed else 0
