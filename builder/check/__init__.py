"""Meaning checks over a loaded knowledge base: one rule a module, problems as data."""
from __future__ import annotations

from ..content.load import Loaded
from ..errors import Problem
from . import chronology, locations, quotes, references, sources

RULES = (references.check, chronology.check, quotes.check, locations.check)
# Advice for editors, from `heritage check` only: a build (where --strict fails on any warning)
# does not stop because an ingested source still lacks its publisher.
ADVICE = (sources.check,)


def check(loaded: Loaded, advice: bool = False) -> list[Problem]:
    """Everything wrong with content/: the loader's file-level problems plus each rule's
    (and, with `advice`, what an editor should still add)."""
    problems = list(loaded.problems)
    for rule in RULES + (ADVICE if advice else ()):
        problems += rule(loaded.kb)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.message))


def internal(where: str, exc: Exception, doing: str) -> Problem:
    """A bug met while `doing` something, as one problem line instead of a traceback."""
    return Problem(where, 0, f"internal error while {doing}: {type(exc).__name__}: {exc}",
                   "please report this bug with the file you last changed", code="internal")


def check_safely(loaded: Loaded, where: str, advice: bool = False) -> list[Problem]:
    """check(), with a fault in a rule reported as a problem, so a command or a build goes on."""
    try:
        return check(loaded, advice)
    except Exception as exc:  # noqa: BLE001 - the edge where any fault becomes a message
        return [*loaded.problems, internal(where, exc, "checking")]
