"""Downloads written by every build: pure functions from a KnowledgeBase to text, one module each.

`EXPORTS` is the one list of what is written where; the Data page, `write_all` and the
`datapackage.json` that describes the downloads all read it.
No MkDocs import here: a test, a CLI command or another generator can call these alike.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from ..content.model import KnowledgeBase
from ..publication import Publication
from . import datapackage, events_csv, feed, geojson, linked_places
from .links import Links


@dataclass(frozen=True)
class Context:
    """What every download needs besides the knowledge base."""
    links: Links = Links()
    publication: Publication = Publication()
    entered: dict = field(default_factory=dict)  # (site id, event index) → ISO day (builder.history)


@dataclass(frozen=True)
class Export:
    path: str  # relative to the site root
    title: str
    media_type: str
    description: str
    make: Callable[[KnowledgeBase, Context], str]
    format: str = ""  # the file's format name, as datapackage.json states it
    schema: dict | None = None  # Table Schema of a CSV


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _licensed(data: dict, ctx: Context) -> dict:
    """A JSON download with its licence as a top-level member (GeoJSON allows foreign members)."""
    lic = ctx.publication.data_license
    return {**data, "license": lic.as_datapackage()} if lic else data


EXPORTS: tuple[Export, ...] = (
    Export("downloads/sites.geojson", "GeoJSON", "application/geo+json",
           "Every site as a GeoJSON Feature (RFC 7946, [longitude, latitude]) with its name, kind, current status, "
           "identifiers and page; sites not yet located have a null geometry.",
           lambda kb, ctx: _json(_licensed(geojson.feature_collection(kb, ctx.links), ctx)), "geojson"),
    Export("downloads/sites.lp.json", "Linked Places Format", "application/ld+json",
           "The sites as Linked Places (GeoJSON-LD, v1.2) for the World Historical Gazetteer: names, types, "
           "the timespans of their dated events, links to Wikidata, Pleiades and GeoNames, part-of relations.",
           lambda kb, ctx: _json(_licensed(linked_places.feature_collection(kb, ctx.links), ctx)), "json"),
    Export("downloads/events.csv", "CSV of events", "text/csv",
           "One row per piece of evidence: site, event type, EDTF date and its bounds, actor, certainty, summary, "
           "the source (title, publisher, date, URL), the quote, and a source's own reading where it disagrees.",
           lambda kb, ctx: events_csv.events_csv(kb, ctx.links, ctx.publication.data_license),
           "csv", events_csv.table_schema()),
    Export("feed.xml", "Atom feed", "application/atom+xml",
           f"The {feed.LIMIT} events that entered the knowledge base last, newest first, for a feed reader.",
           lambda kb, ctx: feed.atom(kb, ctx.links, ctx.publication.site_name, ctx.entered,
                                     ctx.publication.data_terms()), "xml"),
)
DATAPACKAGE = "datapackage.json"  # at the site root, so every path in it points below it (Frictionless)


def _write(target: Path, text: str) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
        out.write(text)
    os.chmod(tmp, 0o644)
    os.replace(tmp, target)


def write_all(kb: KnowledgeBase, site_dir: Path, site_url: str | None = None, directory_urls: bool = True,
              site_name: str = "Heritage sites knowledge base", publication: Publication | None = None,
              entered: dict | None = None) -> list[Path]:
    """Write every export and the datapackage.json describing them under `site_dir` (atomically,
    file by file); returns the paths written."""
    publication = publication or Publication(site_url or None, site_name)
    ctx = Context(Links(site_url or None, directory_urls), publication, entered or {})
    written, texts = [], {}
    for export in EXPORTS:
        texts[export.path] = text = export.make(kb, ctx)
        target = Path(site_dir) / export.path
        _write(target, text)
        written.append(target)
    target = Path(site_dir) / DATAPACKAGE
    _write(target, _json(datapackage.package(EXPORTS, texts, DATAPACKAGE, publication)))
    written.append(target)
    return written
