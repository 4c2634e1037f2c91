"""Every event with its evidence as CSV (RFC 4180, UTF-8): one row per quote, so each row names
its source; an event with three quotes is three rows sharing `site_id` and `event`.

Cells of free text that a spreadsheet would read as a formula (starting with = + - @ or a tab)
get a leading apostrophe (OWASP's advice against CSV injection); so do type, certainty and source
ids, which `heritage check` refuses but a non-strict build (`mkdocs serve`) still exports; dates and
the file-name ids are left alone.
"""
from __future__ import annotations

import csv
import io

from ..content.model import KnowledgeBase
from ..dates import iso, label as date_label
from ..render.html import safe_url
from ..render.timeline import disagreements
from ..status import known_by, ordered
from .common import one_line, sites_in_order
from .links import Links

COLUMNS = ["site_id", "site_name", "event", "type", "date", "date_label", "date_start", "date_end", "known_by",
           "actor", "certainty", "summary", "reviewed", "disputed", "source_id", "source_title", "source_publisher",
           "source_published", "source_url", "quote", "source_date", "source_actor", "source_certainty", "page"]


def safe(text: str | None) -> str:
    text = one_line(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def rows(kb: KnowledgeBase, links: Links = Links()):
    yield COLUMNS
    for site in sites_in_order(kb):
        for event in ordered(site.events, kb):
            d = event.date
            by = known_by(event, kb)
            base = [site.id, safe(site.name), event.anchor, safe(event.type), d.text if d else "", date_label(d) if d else "",
                    iso(d.lower) if d and d.lower else "", iso(d.upper) if d and d.upper else "", iso(by) if by else "",
                    safe(event.actor), safe(event.certainty), safe(event.summary), "yes" if event.reviewed else "no",
                    " ".join(disagreements(event))]
            for ev in event.evidence:
                source = kb.sources.get(ev.source)
                yield base + [safe(ev.source), safe(source.title if source else ""), safe(source.publisher if source else ""),
                              source.published.text if source and source.published else "",
                              safe(safe_url(source.url)) if source else "", safe(ev.quote),
                              ev.date.text if ev.date else "", safe(ev.actor), safe(ev.certainty),
                              links.event(site.id, event)]


def events_csv(kb: KnowledgeBase, links: Links = Links()) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows(kb, links))
    return out.getvalue()
