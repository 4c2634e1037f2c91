"""The pending claims of a knowledge base, each with its id: every event marked `reviewed: false`,
and every quote marked `reviewed: false` that a command added to an event a person had reviewed
(its id is the event's id + `/` + the quote's fingerprint).

Oldest source first, then by site and position in the file, so a reviewer reads one article's
claims together. `as_json` is the shape `heritage review --list` prints.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from ..content.model import Event, Evidence, KnowledgeBase, Site
from ..published import proposed, proposed_quotes, unconfirmed
from .ids import fingerprint, site_event_ids


@dataclass(frozen=True)
class Pending:
    id: str
    site: Site
    event: Event
    quote: Evidence | None = None  # a proposed quote of a reviewed event; None: the event is the claim

    @property
    def event_id(self) -> str:
        return self.id.rsplit("/", 1)[0] if self.quote else self.id

    @property
    def evidence(self) -> tuple[Evidence, ...]:
        """What a person checks: the proposed quote alone, or every quote of the proposed event."""
        return (self.quote,) if self.quote else self.event.evidence

    @property
    def sources(self) -> list[str]:
        return list(dict.fromkeys(e.source for e in self.evidence))

    @property
    def new_site(self) -> bool:
        """The site is known only from unreviewed claims (ingest probably created it)."""
        return unconfirmed(self.site)


def _published_key(kb: KnowledgeBase, source_ids: list[str]):
    days = [kb.sources[s].published.sort_key for s in source_ids if s in kb.sources and kb.sources[s].published]
    return min(days) if days else ((9999, 99, 99),)


def _site_pending(site: Site) -> list[Pending]:
    if not proposed(site) and not proposed_quotes(site):
        return []  # ids hash every quote: made only where a claim waits
    items = []
    for event, event_id in zip(site.events, site_event_ids(site)):
        if not event.reviewed:
            items.append(Pending(event_id, site, event))
        items += [Pending(f"{event_id}/{fingerprint(event.type, ev.quote)}", site, event, ev)
                  for ev in event.evidence if event.proposed_quote(ev)]
    return items


def pending(kb: KnowledgeBase) -> list[Pending]:
    items = [item for site in kb.sites.values() for item in _site_pending(site)]
    items.sort(key=lambda p: (_published_key(kb, p.sources), p.sources[:1], p.site.id, p.event.index, p.quote is not None))
    return items


def find(kb: KnowledgeBase, claim_id: str) -> Pending | None:
    """The claim with this id: a pending event, a proposed quote, or a reviewed event (no quote)."""
    site = kb.sites.get(claim_id.split("/", 1)[0])
    if site is None:
        return None
    hit = next((p for p in _site_pending(site) if p.id == claim_id), None)
    if hit is not None:
        return hit
    return next((Pending(eid, site, event) for event, eid in zip(site.events, site_event_ids(site)) if eid == claim_id), None)


def site_file(site: Site, content_label: str = "content") -> str:
    """The site's file as a person finds it from the project folder: content/sites/<id>.yml."""
    return f"{content_label}/sites/{Path(site.path).name}"


def as_json(items: list[Pending], kb: KnowledgeBase, content_label: str = "content") -> list[dict]:
    out = []
    for item in items:
        e = item.event
        out.append({
            "id": item.id, "site": item.site.id, "site_name": item.site.name, "new_site": item.new_site,
            "file": site_file(item.site, content_label), "line": (item.quote or e).line,
            "type": e.type, "date": e.date.text if e.date else None, "actor": e.actor, "certainty": e.certainty,
            "sources": item.sources, "claim": "quote" if item.quote else "event",
            "evidence": [{"source": ev.source, "quote": ev.quote, "line": ev.line} for ev in item.evidence],
        })
    return out
