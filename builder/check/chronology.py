"""No event is dated after the source that reports it was published."""
from __future__ import annotations

from ..content.model import KnowledgeBase, Site
from ..errors import Problem


def check(kb: KnowledgeBase) -> list[Problem]:
    return [p for site in kb.sites.values() for p in site_problems(site, kb)]


def site_problems(site: Site, kb: KnowledgeBase) -> list[Problem]:
    """The rule for one site: it reads the site and the sources it cites."""
    problems = []
    for event in site.events:
        for ev in event.evidence:
            source = kb.sources.get(ev.source)
            date = ev.date or event.date
            if not (source and source.published and date and date.lower and source.published.upper):
                continue
            if date.lower > source.published.upper:
                problems.append(Problem(
                    site.path, ev.line if ev.date else event.line,
                    f"{event.type} dated {date.text} is after its source '{source.id}' was published ({source.published.text})",
                    "a source cannot report what had not happened yet: correct the date", code="chronology"))
    return problems
