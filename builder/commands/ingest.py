"""`heritage ingest FILE|DIR --published EDTF [--dry-run]`: merge an article's claims into content/."""
from __future__ import annotations

import sys
from pathlib import Path

from tqdm import tqdm

from .. import ingest
from ..content.lock import writing
from ..content.transaction import WriteError
from ..errors import HeritageError, InputError
from .geocode import place_offline
from ..extract.publication import Publication, parse_published

ARTICLE_SUFFIXES = {".txt", ".story", ".html", ".htm"}
DESCRIBED = ("title", "publisher", "author", "url")


def register(sub) -> None:
    p = sub.add_parser("ingest", help="store an article as a source and merge its claims into content/")
    p.add_argument("path", type=Path, help="an article (.txt, .story, .html) or a folder of them")
    p.add_argument("--published", help="publication date as EDTF: YYYY-MM-DD, YYYY-MM, YYYY, approximate (2014-05-04~) or an interval (default: the date in the HTML page)")
    p.add_argument("--dry-run", action="store_true", help="show the change as a diff; write nothing")
    p.add_argument("--content", type=Path, default=Path("content"))
    p.add_argument("--jobs", "-j", type=int, default=1,
                   help="extract articles on N processes (merging into content/ stays serial, in file order)")
    describe = p.add_argument_group("describing the source (default: from the article: HTML metadata, a headline line)")
    for name in DESCRIBED:
        describe.add_argument(f"--{name}", help=f"the article's {name}")
    p.set_defaults(func=run)


def _extract(path: Path, published: Publication | None, content: Path, snapshot=None):
    """One article's extraction, safe to run in a worker process: errors come back as values."""
    from ..extract import claims_for_file  # the extractor: article file -> (article, claims as dicts)

    try:
        return claims_for_file(path, published, content, content_snapshot=snapshot)
    except HeritageError as exc:
        return exc


def _extractions(files: list[Path], published, content: Path, jobs: int):
    """(article, claims) or the error, per file, in file order; on `jobs` processes when asked. Each
    worker loads the parsing model once. A folder is read against the sites content/ had when the
    command started (one snapshot for all), and merging stays serial in file order, so the output is
    byte-identical whatever the number of jobs."""
    if len(files) < 2:
        yield from (_extract(f, published, content) for f in files)
        return
    from ..extract import content_sites

    snapshot = tuple(content_sites(content))
    if jobs <= 1:
        yield from (_extract(f, published, content, snapshot) for f in files)
        return
    from concurrent.futures import ProcessPoolExecutor
    from functools import partial

    with ProcessPoolExecutor(max_workers=jobs) as pool:
        yield from pool.map(partial(_extract, published=published, content=content, snapshot=snapshot), files,
                            chunksize=1)


def ingest_one(path: Path, published: Publication | None, content: Path, dry_run: bool,
               extracted=None, described: dict | None = None) -> ingest.Plan:
    extracted = extracted if extracted is not None else _extract(path, published, content)
    if isinstance(extracted, HeritageError):
        raise extracted
    article, claims = extracted
    given = {k: v for k, v in (described or {}).items() if v}  # the command line wins over the article
    meta = {key: given.get(key) or getattr(article, key, None) for key in DESCRIBED}
    title = meta.pop("title")

    def make_plan():
        return ingest.plan(content, article.text, claims, article.published.text, path.stem, title, meta)

    if dry_run:
        return make_plan()
    with writing(content, lambda m: tqdm.write(m, file=sys.stderr)):  # no other writer between read and write
        plan = make_plan()
        ingest.apply(plan)
    return plan


def run(args) -> int:
    published = parse_published(args.published, args.path) if args.published is not None else None
    if args.path.is_dir():
        files = sorted(p for p in args.path.rglob("*") if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file())
        if not files:
            raise InputError("no articles (.txt, .story, .html) in this folder", args.path)
    elif args.path.is_file():
        files = [args.path]
    else:
        raise InputError("no such file or folder", args.path)
    if args.jobs < 1:
        raise InputError(f"--jobs {args.jobs}: give at least 1", args.path)
    one_article = [f"--{k}" for k in ("title", "author", "url") if getattr(args, k)]
    if one_article and len(files) > 1:
        raise InputError(f"{', '.join(one_article)} describe one article, and this folder holds {len(files)}", args.path,
                         hint="ingest the articles one by one, or give only --publisher for the folder")
    if args.url and not args.url.startswith(("http://", "https://")):
        raise InputError(f"--url '{args.url}' is not an http(s) address", hint="give the article's address, https://...")
    failed, created = 0, []
    bar = tqdm(zip(files, _extractions(files, published, args.content, args.jobs)), total=len(files),
               unit="article", disable=len(files) < 2, file=sys.stderr)
    for path, extracted in bar:
        try:
            plan = ingest_one(path, published, args.content, args.dry_run, extracted,
                              {k: getattr(args, k) for k in DESCRIBED})
        except WriteError:
            raise  # a full disk or a read-only folder: the next article would fail the same way
        except HeritageError as exc:
            failed += 1
            tqdm.write(f"heritage ingest: {exc}", file=sys.stderr)
            continue
        if args.dry_run:
            sys.stdout.write(plan.diff())
        for message in plan.messages:
            tqdm.write(f"{path.name}: {message}")
        created += plan.new_sites
        if not plan.changed:
            tqdm.write(f"{path.name}: nothing new")
    if len(files) > 1:
        print(f"{len(files) - failed} of {len(files)} articles ingested" + (" (dry run: nothing written)" if args.dry_run else ""))
    if not args.dry_run:
        if created:  # a new site the gazetteer knows gets its place now, offline
            try:
                with writing(args.content):
                    for message in place_offline(args.content, created):
                        print(f"located {message}")
            except WriteError:
                raise
            except HeritageError as exc:  # the articles are in; only the placing failed
                print(f"heritage ingest: new sites not located: {exc}", file=sys.stderr)
        for line in next_steps(args.content):
            print(line)
    return 2 if failed else 0


def next_steps(content: Path) -> list[str]:
    """What the knowledge base now waits for from a person: proposals to review, sites to locate."""
    from ..content.load import load
    from ..review.queue import pending

    kb = load(content).kb
    waiting = pending(kb)
    unlocated = sorted(sid for sid, site in kb.sites.items() if site.location is None)
    lines = []
    if waiting:
        lines.append(f"next: {len(waiting)} proposal(s) await review, shown only as proposals and counted nowhere until accepted: "
                     "`heritage review` (or the Review page under `mkdocs serve`)")
    if unlocated:
        shown = ", ".join(unlocated[:5]) + (f" and {len(unlocated) - 5} more" if len(unlocated) > 5 else "")
        lines.append(f"next: {len(unlocated)} site(s) have no location ({shown}): `heritage geocode` places those "
                     "the embedded gazetteer knows (offline); `--online` asks a geocoder")
    return lines
