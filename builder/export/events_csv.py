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

from ..content.model import KnowledgeBase, Site
from ..dates import iso, label as date_label
from ..disagreements import disagreements
from ..memo import per_object
from ..status import known_by, ordered
from ..urls import safe_url
from .common import one_line, sites_in_order
from .links import Links

COLUMNS = ["site_id", "site_name", "event", "type", "date", "date_label", "date_start", "date_end", "known_by",
           "actor", "certainty", "summary", "reviewed", "disputed", "source_id", "source_title", "source_publisher",
           "source_published", "source_url", "quote", "source_date", "source_actor", "source_certainty", "page", "license"]
# what each column holds, for datapackage.json's Table Schema (dates stay strings: EDTF and BCE years)
DESCRIPTIONS = {
    "site_id": "the site's id (its file name in content/sites/)", "site_name": "the site's primary name",
    "event": "the event's anchor on the site page (event-N)", "type": "event type (builder/vocab/vocab.yml)",
    "date": "EDTF date of the event", "date_label": "the date as the pages show it",
    "date_start": "earliest day the date allows (ISO, astronomical years)",
    "date_end": "latest day the date allows (ISO, astronomical years)",
    "known_by": "the day by which the event is known to have happened", "actor": "who did it, as the sources name them",
    "certainty": "confirmed or reported", "summary": "one line saying what happened",
    "reviewed": "whether a person has checked the event", "disputed": "fields on which sources disagree",
    "source_id": "the source's id", "source_title": "the article's title", "source_publisher": "who published it",
    "source_published": "EDTF date of publication", "source_url": "the article's address",
    "quote": "the sentence of the source that supports the event", "source_date": "this source's own date, where it differs",
    "source_actor": "this source's own actor, where it differs", "source_certainty": "this source's own certainty, where it differs",
    "page": "the event on the site's page", "license": "the data's licence (SPDX id)",
}


def safe(text: str | None) -> str:
    text = one_line(text)
    return "'" + text if text[:1] in ("=", "+", "-", "@", "\t", "\r") else text


def table_schema() -> dict:
    """The CSV's columns as a Frictionless Table Schema."""
    fields = []
    for name in COLUMNS:
        field = {"name": name, "type": "string", "description": DESCRIPTIONS[name]}
        if name == "reviewed":
            field.update(type="boolean", trueValues=["yes"], falseValues=["no"])
        elif name in ("certainty", "source_certainty"):
            field["constraints"] = {"enum": ["confirmed", "reported"] + ([""] if name == "source_certainty" else [])}
        elif name in ("site_id", "event", "type", "source_id", "site_name"):
            field["constraints"] = {"required": True}
        fields.append(field)
    return {"fields": fields, "missingValues": [""]}


def rows(kb: KnowledgeBase, links: Links = Links(), license=None):
    yield COLUMNS
    for site in sites_in_order(kb):
        yield from site_rows(site, kb, links, license)


def site_rows(site: Site, kb: KnowledgeBase, links: Links = Links(), license=None):
    for event in ordered(site.events, kb):
        d = event.date
        by = known_by(event, kb)
        base = [site.id, safe(site.name), event.anchor, safe(event.type), d.text if d else "", date_label(d) if d else "",
                iso(d.lower) if d and d.lower else "", iso(d.upper) if d and d.upper else "", iso(by) if by else "",
                safe(event.actor), safe(event.certainty), safe(event.summary), "yes" if event.reviewed else "no",
                " ".join(disagreements(event))]
        for ev in event.evidence:
            source = kb.sources.get(ev.source)
            yield base + [safe(ev.source), *(_source_cells(source) if source else _NO_SOURCE), safe(ev.quote),
                          ev.date.text if ev.date else "", safe(ev.actor), safe(ev.certainty),
                          links.event(site.id, event), license.id if license else ""]


_NO_SOURCE = ("", "", "", "")


@per_object  # a source is cited by 50 rows (10,000 sites): its cells made once a Source object
def _source_cells(source) -> tuple[str, str, str, str]:
    """source_title, source_publisher, source_published, source_url."""
    return (safe(source.title), safe(source.publisher), source.published.text if source.published else "",
            safe(safe_url(source.url)))


def to_csv(rows) -> str:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    return out.getvalue()


def events_csv(kb: KnowledgeBase, links: Links = Links(), license=None) -> str:
    return to_csv(rows(kb, links, license))
