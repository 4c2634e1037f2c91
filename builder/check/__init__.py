"""Meaning checks over a loaded knowledge base: one rule a module, problems as data."""
from __future__ import annotations

from ..content.load import Loaded
from ..content.model import KnowledgeBase, Site
from ..errors import Problem
from ..memo import Memo, NoMemo, cited, inputs_of
from . import chronology, locations, quotes, references, sources

SITE_RULES = (references.site_problems, chronology.site_problems, quotes.site_problems, locations.site_problems)
KB_RULES = (references.cycles,)  # rules over many sites at once
# Advice for editors, from `heritage check` only: a build (where --strict fails on any warning)
# does not stop because an ingested source still lacks its publisher.
ADVICE = (sources.check,)


def check(loaded: Loaded, memo: Memo | None = None, advice: bool = False) -> list[Problem]:
    """Everything wrong with content/: the loader's file-level problems plus each rule's (and,
    with `advice`, what an editor should still add). With `memo` (mkdocs serve), a site's
    problems are found again only when what the rules read of it changed."""
    memo, kb = memo or NoMemo(), loaded.kb
    problems = list(loaded.problems)
    inputs, texts = inputs_of(kb), {sid: tuple(found) for sid, found in kb.texts.items()}  # made once, not a site
    for site in kb.sites.values():
        problems += memo.get(("check", site.id), _site_inputs(kb, site, inputs, texts), lambda: _site_problems(site, kb))
    for rule in KB_RULES + (ADVICE if advice else ()):
        problems += rule(kb)
    return sorted(set(problems), key=lambda p: (p.path, p.line, p.message))


def _site_problems(site: Site, kb: KnowledgeBase) -> list[Problem]:
    return [p for rule in SITE_RULES for p in rule(site, kb)]


def _site_inputs(kb: KnowledgeBase, site: Site, inputs: dict, texts: dict[str, tuple]) -> tuple:
    """What the per-site rules read: the site, the sources it cites and their texts, its parent."""
    return (inputs[site.id], kb.sites.get(site.part_of) if site.part_of else None, *map(texts.get, cited(site)))


def internal(where: str, exc: Exception, doing: str) -> Problem:
    """A bug met while `doing` something, as one problem line instead of a traceback."""
    return Problem(where, 0, f"internal error while {doing}: {type(exc).__name__}: {exc}",
                   "please report this bug with the file you last changed", code="internal")


def check_safely(loaded: Loaded, where: str, memo: Memo | None = None, advice: bool = False) -> list[Problem]:
    """check(), with a fault in a rule reported as a problem, so a command or a build goes on."""
    try:
        return check(loaded, memo, advice)
    except Exception as exc:  # noqa: BLE001 - the edge where any fault becomes a message
        return [*loaded.problems, internal(where, exc, "checking")]
