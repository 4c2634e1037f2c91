"""Downloads written by every build: pure functions from a KnowledgeBase to text, one module each.

`EXPORTS` is the one list of what is written where; the Data page and `write_all` both read it.
No MkDocs import here: a test, a CLI command or another generator can call these alike.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Callable

from ..content.model import KnowledgeBase, Site
from ..memo import Memo, site_inputs
from . import events_csv, feed, geojson, linked_places
from .common import sites_in_order
from .links import Links


@dataclass(frozen=True)
class Export:
    path: str  # relative to the site root
    title: str
    media_type: str
    description: str
    make: Callable[[KnowledgeBase, Links, str], str]
    # a file made site by site: each site's share (kept between `mkdocs serve` rebuilds), then joined
    part: Callable[[Site, KnowledgeBase, Links], str] | None = None
    join: Callable[[list[str]], str] | None = None


def _sitewise(path: str, title: str, media_type: str, description: str, part, join) -> Export:
    make = lambda kb, links, name: join([part(site, kb, links) for site in sites_in_order(kb)])  # noqa: E731
    return Export(path, title, media_type, description, make, part, join)


def _collection(head: dict, lines: list[str]) -> str:
    """A FeatureCollection with one feature a line: a diff shows which sites changed, and each
    line is encoded at C speed (an indented dump goes through json's pure-Python encoder)."""
    start = json.dumps(head, ensure_ascii=False)[:-1] + (", " if head else "")
    return start + '"features": [\n' + ",\n".join(lines) + "\n]}\n"


def _feature(module):
    return lambda site, kb, links: json.dumps(module.feature(site, kb, links), ensure_ascii=False)


EXPORTS: tuple[Export, ...] = (
    _sitewise("downloads/sites.geojson", "GeoJSON", "application/geo+json",
              "Every site as a GeoJSON Feature (RFC 7946, [longitude, latitude]) with its name, kind, current status, "
              "identifiers and page; sites not yet located have a null geometry.",
              _feature(geojson), partial(_collection, geojson.HEAD)),
    _sitewise("downloads/sites.lp.json", "Linked Places Format", "application/ld+json",
              "The sites as Linked Places (GeoJSON-LD, v1.2) for the World Historical Gazetteer: names, types, "
              "the timespans of their dated events, links to Wikidata, Pleiades and GeoNames, part-of relations.",
              _feature(linked_places), partial(_collection, linked_places.HEAD)),
    _sitewise("downloads/events.csv", "CSV of events", "text/csv",
              "One row per piece of evidence: site, event type, EDTF date and its bounds, actor, certainty, summary, "
              "the source (title, publisher, date, URL), the quote, and a source's own reading where it disagrees.",
              lambda site, kb, links: events_csv.to_csv(events_csv.site_rows(site, kb, links)),
              lambda parts: events_csv.to_csv([events_csv.COLUMNS]) + "".join(parts)),
    Export("feed.xml", "Atom feed", "application/atom+xml",
           f"The {feed.LIMIT} newest events, newest reported first, for a feed reader.",
           lambda kb, links, name: feed.atom(kb, links, name)),
)


def write_all(kb: KnowledgeBase, site_dir: Path, site_url: str | None = None, directory_urls: bool = True,
              site_name: str = "Heritage sites knowledge base", last: dict[str, str] | None = None,
              memo: Memo | None = None) -> list[Path]:
    """Write every export under `site_dir` (atomically, file by file); returns the paths written.
    With `last` (path -> text as last written, updated here), a file whose text is the same is
    left as it is; with `memo`, a site-by-site file re-makes only the shares of changed sites."""
    links = Links(site_url or None, directory_urls)
    written = []
    if memo is not None:  # what each site's share is made from, computed once for all files
        sites = sites_in_order(kb)
        inputs = {None: site_inputs(kb, None), **{site.id: site_inputs(kb, site.id) for site in sites}}
        inputs.update((site.part_of, site_inputs(kb, site.part_of)) for site in sites if site.part_of not in inputs)
    for export in EXPORTS:
        target = Path(site_dir) / export.path
        target.parent.mkdir(parents=True, exist_ok=True)
        if export.part and memo is not None:
            text = export.join([memo.get(("export", export.path, site.id), (links, inputs[site.id], inputs[site.part_of]),
                                         partial(export.part, site, kb, links)) for site in sites])
        else:
            text = export.make(kb, links, site_name)
        if last is not None:
            if last.get(export.path) == text and target.is_file():
                continue
            last[export.path] = text
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as out:
            out.write(text)
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
        written.append(target)
    return written
