"""Meaning checks over a loaded knowledge base: one rule a module, problems as data."""
from __future__ import annotations

from ..content.load import Loaded
from ..errors import Problem
from . import chronology, locations, quotes, references

RULES = (references.check, chronology.check, quotes.check, locations.check)


def check(loaded: Loaded) -> list[Problem]:
    """Everything wrong with content/: the loader's file-level problems plus each rule's."""
    problems = list(loaded.problems)
    for rule in RULES:
        problems += rule(loaded.kb)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.message))


def internal(where: str, exc: Exception, doing: str) -> Problem:
    """A bug met while `doing` something, as one problem line instead of a traceback."""
    return Problem(where, 0, f"internal error while {doing}: {type(exc).__name__}: {exc}",
                   "please report this bug with the file you last changed", code="internal")


def check_safely(loaded: Loaded, where: str) -> list[Problem]:
    """check(), with a fault in a rule reported as a problem, so a command or a build goes on."""
    try:
        return check(loaded)
    except Exception as exc:  # noqa: BLE001 - the edge where any fault becomes a message
        return [*loaded.problems, internal(where, exc, "checking")]
