"""Meaning checks over a loaded knowledge base: one rule a module, problems as data."""
from __future__ import annotations

from ..content.load import Loaded
from ..errors import Problem
from . import chronology, quotes, references, sources

RULES = (references.check, chronology.check, quotes.check, sources.check)


def check(loaded: Loaded) -> list[Problem]:
    """Everything wrong with content/: the loader's file-level problems plus each rule's."""
    problems = list(loaded.problems)
    for rule in RULES:
        problems += rule(loaded.kb)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.message))
