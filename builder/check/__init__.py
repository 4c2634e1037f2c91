"""Meaning checks over a loaded knowledge base: one rule a module, problems as data."""
from __future__ import annotations

from ..content.load import Loaded
from ..errors import Problem
from . import chronology, quotes, references, sources

RULES = (references.check, chronology.check, quotes.check)
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
