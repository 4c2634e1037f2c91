"""An Atom feed (RFC 4287) of the newest events: newest by when they entered the knowledge base
(builder/history.py), then by when their sources reported them.

Entries are plain text (type="text"): no HTML from content/ reaches a feed reader.
"""
from __future__ import annotations

import heapq
from operator import itemgetter

import xml.etree.ElementTree as ET

from ..content.model import Event, KnowledgeBase, Site
from ..dates import Bound, iso, label as date_label
from ..status import known_by
from ..vocab import event_types
from .common import one_line
from ..memo import Memo, NoMemo, inputs_of
from .links import Links

ATOM = "http://www.w3.org/2005/Atom"
LIMIT = 50


def _stamp(bound: Bound) -> str | None:
    """RFC 3339 for a day; None when the year cannot be written there (before AD 1)."""
    return f"{iso(bound)}T00:00:00Z" if bound and 1 <= bound[0] <= 9999 else None


def reported(event: Event, kb: KnowledgeBase) -> Bound | None:
    """The day the event was first reported: its earliest source's publication (else its date's end)."""
    days = [kb.sources[e.source].published.upper for e in event.evidence
            if e.source in kb.sources and kb.sources[e.source].published and kb.sources[e.source].published.upper]
    return min(days) if days else known_by(event, kb)


def newest(kb: KnowledgeBase, limit: int = LIMIT, entered: dict | None = None,
           memo: Memo | None = None) -> list[tuple[Event, Site, str]]:
    """The `limit` events that entered the knowledge base last (`entered`: (site id, event index) →
    ISO day, from builder.history); an event with no such day counts from when it was reported.
    With `memo` (mkdocs serve), a site's candidates are made again only when it, the sources it
    cites or its events' days change."""
    entered = entered or {}
    memo = memo or NoMemo()
    items, inputs = [], inputs_of(kb)
    by_site: dict[str, dict] = {}  # few sites have entered days (history.entered): no look-up per event
    for (site_id, index), day in entered.items():
        by_site.setdefault(site_id, {})[index] = day
    for site in kb.sites.values():
        known = by_site.get(site.id)
        days = tuple(map(known.get, (event.index for event in site.events))) if known else ()  # (): none
        items += memo.get(("feed", site.id), (inputs[site.id], days), lambda: _candidates(site, kb, days))
    # sorted(reverse=True)[:limit], ties included, without sorting all 50,000 events of 10,000 sites
    return [(e, s, stamp) for _, e, s, stamp in heapq.nlargest(limit, items, key=itemgetter(0))]


def _candidates(site: Site, kb: KnowledgeBase, days: tuple) -> list:
    """(sort key, event, site, stamp) for each of the site's events that can be dated."""
    far = (-10**6, 1, 1)
    out = []
    for event, day in zip(site.events, days or (None,) * len(site.events)):
        first = reported(event, kb)
        stamp = f"{day}T00:00:00Z" if day else _stamp(first)
        if stamp:
            out.append(((stamp, first or far, event.date.lower or far if event.date else far,
                         site.id, event.index), event, site, stamp))
    return out


def title(event: Event, site: Site) -> str:
    what = event_types().get(event.type, {}).get("label", event.type)
    by = f" by {event.actor}" if event.actor else ""
    when = f" ({date_label(event.date)})" if event.date else ""
    return one_line(f"{site.name}: {what}{by}{when}")


def atom(kb: KnowledgeBase, links: Links = Links(), site_name: str = "Heritage sites knowledge base",
         entered: dict | None = None, rights: str | None = None, memo: Memo | None = None) -> str:
    ET.register_namespace("", ATOM)
    feed = ET.Element(f"{{{ATOM}}}feed")
    items = newest(kb, entered=entered, memo=memo)

    def sub(parent, tag, text=None, **attrs):
        el = ET.SubElement(parent, f"{{{ATOM}}}{tag}", {k: v for k, v in attrs.items() if v is not None})
        if text is not None:
            el.text = text
        return el

    sub(feed, "title", f"{site_name}: newest events")
    sub(feed, "id", links.file("feed.xml") if links.site_url else "urn:heritage-kb:feed")
    sub(feed, "updated", max((s for _, _, s in items), default="1970-01-01T00:00:00Z"))
    sub(feed, "link", rel="self", href=links.file("feed.xml"), type="application/atom+xml")
    sub(feed, "link", rel="alternate", href=links.page("timeline.md"), type="text/html")
    sub(sub(feed, "author"), "name", site_name)
    if rights:
        sub(feed, "rights", rights, type="text")
    for event, site, stamp in items:
        entry = sub(feed, "entry")
        sub(entry, "title", title(event, site), type="text")
        url = links.event(site.id, event)
        sub(entry, "id", url if links.site_url else f"urn:heritage-kb:{site.id}:{event.anchor}")
        sub(entry, "updated", stamp)
        sub(entry, "link", rel="alternate", href=url, type="text/html")
        quotes = []
        for ev in event.evidence:
            source = kb.sources.get(ev.source)
            quotes.append(f"“{one_line(ev.quote)}” — {one_line(source.title if source else ev.source)}")
        text = " ".join(filter(None, [one_line(event.summary), f"Certainty: {event.certainty}."] + quotes))
        sub(entry, "summary", text, type="text")
    ET.indent(feed)
    return '<?xml version="1.0" encoding="utf-8"?>\n' + ET.tostring(feed, encoding="unicode") + "\n"
