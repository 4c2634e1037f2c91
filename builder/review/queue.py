"""The pending claims of a knowledge base: every event marked `reviewed: false`, with its id.

Oldest source first, then by site and position in the file, so a reviewer reads one article's
claims together. `as_json` is the shape `heritage review --list` prints.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..content.model import Event, KnowledgeBase, Site
from ..published import unconfirmed
from .ids import site_event_ids


@dataclass(frozen=True)
class Pending:
    id: str
    site: Site
    event: Event

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(e.source for e in self.event.evidence))

    @property
    def new_site(self) -> bool:
        """The site is known only from unreviewed claims (ingest probably created it)."""
        return unconfirmed(self.site)


def _published_key(kb: KnowledgeBase, source_ids: list[str]):
    days = [kb.sources[s].published.sort_key for s in source_ids if s in kb.sources and kb.sources[s].published]
    return min(days) if days else ((9999, 99, 99),)


def pending(kb: KnowledgeBase) -> list[Pending]:
    items = []
    for site in kb.sites.values():
        if all(event.reviewed for event in site.events):
            continue  # ids hash every quote: made only where one is needed
        for event, event_id in zip(site.events, site_event_ids(site)):
            if not event.reviewed:
                items.append(Pending(event_id, site, event))
    items.sort(key=lambda p: (_published_key(kb, p.sources), p.sources[:1], p.site.id, p.event.index))
    return items


def find(kb: KnowledgeBase, event_id: str) -> Pending | None:
    site = kb.sites.get(event_id.split("/", 1)[0])
    if site is None:
        return None
    for event, eid in zip(site.events, site_event_ids(site)):
        if eid == event_id:
            return Pending(eid, site, event)
    return None


def site_file(site: Site, content_label: str = "content") -> str:
    """The site's file as a person finds it from the project folder: content/sites/<id>.yml."""
    return f"{content_label}/sites/{Path(site.path).name}"


def as_json(items: list[Pending], kb: KnowledgeBase, content_label: str = "content") -> list[dict]:
    out = []
    for item in items:
        e = item.event
        out.append({
            "id": item.id, "site": item.site.id, "site_name": item.site.name, "new_site": item.new_site,
            "file": site_file(item.site, content_label), "line": e.line,
            "type": e.type, "date": e.date.text if e.date else None, "actor": e.actor, "certainty": e.certainty,
            "sources": item.sources,
            "evidence": [{"source": ev.source, "quote": ev.quote, "line": ev.line} for ev in e.evidence],
        })
    return out
