"""`heritage` (= `python -m builder`): a thin shell over the library.

Each command lives in builder/commands/<name>.py with `register(subparsers)`; library errors
become one clear line on stderr and exit code 2 here, at the edge, and nowhere else.
"""
from __future__ import annotations

import argparse
import importlib
import sys

from .errors import HeritageError

COMMANDS = ("check", "new", "extract", "ingest", "review", "geocode", "schema", "render")


def parser() -> argparse.ArgumentParser:
    top = argparse.ArgumentParser(prog="heritage", description="Keep a sourced, dated, mapped knowledge base of heritage sites.")
    sub = top.add_subparsers(dest="command", required=True, metavar="COMMAND")
    for name in COMMANDS:
        try:
            module = importlib.import_module(f".commands.{name}", __package__)
        except ModuleNotFoundError as exc:
            if exc.name != f"{__package__}.commands.{name}":
                raise
            continue  # a command still being written
        module.register(sub)
    return top


def main(argv: list[str] | None = None) -> int:
    args = parser().parse_args(argv)
    try:
        return int(args.func(args) or 0)
    except HeritageError as exc:
        print(f"heritage {args.command}: {exc}", file=sys.stderr)
        return 2
    except OSError as exc:  # a file the library did not expect to fail: still one line naming it
        where = f"{exc.filename}: " if exc.filename else ""
        print(f"heritage {args.command}: {where}{exc.strerror or exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("interrupted; a change to content/ cut short is completed by the next heritage command", file=sys.stderr)
        return 130
