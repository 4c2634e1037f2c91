"""`heritage review`: walk the pending claims in the terminal, or decide from a script.

    heritage review                          one claim at a time: accept, reject, edit, move, merge, skip, quit
    heritage review --list                   the pending claims as JSON (ids, sites, files and lines, quotes)
    heritage review --accept SOURCE|ID ...   accept every pending claim of a source, or one claim by id
    heritage review --reject ID ...          reject a claim: removed, and remembered on its source
"""
from __future__ import annotations

import json
import sys
from pathlib import Path

from ..content.load import load
from ..errors import ContentError, InputError
from ..review import decide
from ..review.queue import as_json, find, pending


def register(sub) -> None:
    p = sub.add_parser("review", help="accept, reject or correct the claims ingest proposed (events with reviewed: false)",
                       description=__doc__.split("\n\n", 1)[1], formatter_class=__import__("argparse").RawDescriptionHelpFormatter)
    p.add_argument("--list", action="store_true", help="print the pending claims as JSON and exit")
    p.add_argument("--accept", action="append", metavar="SOURCE|ID", default=[],
                   help="accept every pending claim drawn from this source (or the one claim with this id); repeatable")
    p.add_argument("--reject", action="append", metavar="ID", default=[],
                   help="reject the pending claim with this id (see --list); repeatable")
    p.add_argument("--content", type=Path, default=Path("content"))
    p.set_defaults(func=run)


def run(args) -> int:
    if not args.content.is_dir():
        raise ContentError("content folder not found", args.content, hint="run from the project folder or pass --content")
    label = str(args.content).rstrip("/")
    if args.list:
        print(json.dumps(as_json(pending(load(args.content).kb), load(args.content).kb, label), ensure_ascii=False, indent=1))
        return 0
    if args.accept or args.reject:
        for event_id in args.reject:
            for line in decide.reject(args.content, event_id):
                print(line)
        for what in args.accept:
            kb = load(args.content).kb
            if what in kb.sources:
                lines = decide.accept_source(args.content, what)
            elif find(kb, what):
                lines = decide.accept(args.content, what)
            else:
                raise InputError(f"'{what}' is neither a source nor a pending claim's id",
                                 hint="see `heritage review --list` for both")
            for line in lines:
                print(line)
        print(f"{len(pending(load(args.content).kb))} claim(s) still pending")
        return 0
    from ..review.terminal import interactive
    return interactive(args.content, sys.stdin, sys.stdout, label)
