"""`heritage render --out DIR`: the knowledge base as a standalone Markdown project (pages, assets,
downloads, mkdocs.yml) for any engine that builds Material-style Markdown, such as Zensical."""
from __future__ import annotations

import sys
from pathlib import Path

from ..check import check_safely
from ..content.load import load
from ..errors import ContentError, errors
from ..standalone import read_settings, write_project


def register(sub) -> None:
    p = sub.add_parser("render", help="write the generated pages as Markdown with their assets, for Zensical or any engine")
    p.add_argument("--out", type=Path, required=True, help="the folder to write (docs/ and mkdocs.yml inside)")
    p.add_argument("--config", type=Path, default=Path("mkdocs.yml"),
                   help="read site name, site_url, docs_dir and the heritage plugin's options from it (default: ./mkdocs.yml)")
    p.add_argument("--content", type=Path, help="the content folder (default: the plugin's `content:`, else ./content)")
    p.set_defaults(func=run)


def run(args) -> int:
    settings = read_settings(args.config if args.config.is_file() else None)
    content = args.content or settings["content"]
    if not content.is_dir():
        raise ContentError("content folder not found", content, hint="run from the project folder or pass --content")
    loaded = load(content)
    problems = check_safely(loaded, str(content))
    for problem in problems:
        print(problem, file=sys.stderr)
    if errors(problems):
        print(f"{len(errors(problems))} error(s) in {content}: fix them first (`heritage check`)", file=sys.stderr)
        return 1
    written = write_project(loaded.kb, args.out, settings["publication"], settings["directory_urls"], settings["docs"],
                            settings["map"], settings["publish_unreviewed"])
    pages = sum(1 for p in written if p.suffix == ".md")
    print(f"wrote {pages} Markdown pages, assets and downloads to {args.out}/docs and {args.out}/mkdocs.yml; "
          f"build it with `zensical build` or `mkdocs build` in {args.out}")
    return 0
