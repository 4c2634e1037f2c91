"""`heritage check`: every problem in content/ as `path:line: message (what to do)`."""
from __future__ import annotations

import sys
from pathlib import Path

from ..check import check_safely
from ..content.load import load
from ..content.lock import recover_if_needed
from ..errors import ContentError, errors
from ..published import proposed, proposed_quotes


def register(sub) -> None:
    p = sub.add_parser("check", help="validate content/: schema, references, dates, quotes")
    p.add_argument("--content", type=Path, default=Path("content"), help="the content folder (default: ./content)")
    p.set_defaults(func=run)


def run(args) -> int:
    if not args.content.is_dir():
        raise ContentError("content folder not found", args.content, hint="run from the project folder or pass --content")
    recover_if_needed(args.content)  # a change cut short by a kill or a full disk is finished first
    loaded = load(args.content)
    problems = check_safely(loaded, str(args.content), advice=True)
    for problem in problems:
        print(problem, file=sys.stderr)
    kb = loaded.kb
    n_events = sum(len(s.events) for s in kb.sites.values())
    unreviewed = sum(len(proposed(s)) for s in kb.sites.values())
    quotes = sum(len(proposed_quotes(s)) for s in kb.sites.values())
    waiting = f"{unreviewed} not yet reviewed" + (f", and {quotes} new quote(s) for reviewed events" if quotes else "")
    print(f"{len(kb.sites)} sites, {len(kb.sources)} sources, {n_events} events ({waiting}): "
          f"{len(errors(problems))} errors, {len(problems) - len(errors(problems))} warnings")
    return 1 if errors(problems) else 0
