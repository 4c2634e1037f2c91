"""Downloads written by every build: pure functions from a KnowledgeBase to text, one module each.

`EXPORTS` is the one list of what is written where; the Data page and `write_all` both read it.
No MkDocs import here: a test, a CLI command or another generator can call these alike.
"""
from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

from ..content.model import KnowledgeBase
from . import events_csv, feed, geojson, linked_places
from .links import Links


@dataclass(frozen=True)
class Export:
    path: str  # relative to the site root
    title: str
    media_type: str
    description: str
    make: Callable[[KnowledgeBase, Links, str], str]


def _json(data) -> str:
    """Compact JSON with one feature a line: encoded at C speed (an indented dump goes through
    json's pure-Python encoder, half of a serve rebuild), and a diff shows which sites changed."""
    features = data.get("features")
    if not isinstance(features, list) or list(data)[-1] != "features":
        return json.dumps(data, ensure_ascii=False) + "\n"
    head = json.dumps({k: v for k, v in data.items() if k != "features"}, ensure_ascii=False)[:-1]
    lines = ",\n".join(json.dumps(feature, ensure_ascii=False) for feature in features)
    return f'{head}{", " if len(data) > 1 else ""}"features": [\n{lines}\n]}}\n'


EXPORTS: tuple[Export, ...] = (
    Export("downloads/sites.geojson", "GeoJSON", "application/geo+json",
           "Every site as a GeoJSON Feature (RFC 7946, [longitude, latitude]) with its name, kind, current status, "
           "identifiers and page; sites not yet located have a null geometry.",
           lambda kb, links, name: _json(geojson.feature_collection(kb, links))),
    Export("downloads/sites.lp.json", "Linked Places Format", "application/ld+json",
           "The sites as Linked Places (GeoJSON-LD, v1.2) for the World Historical Gazetteer: names, types, "
           "the timespans of their dated events, links to Wikidata, Pleiades and GeoNames, part-of relations.",
           lambda kb, links, name: _json(linked_places.feature_collection(kb, links))),
    Export("downloads/events.csv", "CSV of events", "text/csv",
           "One row per piece of evidence: site, event type, EDTF date and its bounds, actor, certainty, summary, "
           "the source (title, publisher, date, URL), the quote, and a source's own reading where it disagrees.",
           lambda kb, links, name: events_csv.events_csv(kb, links)),
    Export("feed.xml", "Atom feed", "application/atom+xml",
           f"The {feed.LIMIT} newest events, newest reported first, for a feed reader.",
           lambda kb, links, name: feed.atom(kb, links, name)),
)


def write_all(kb: KnowledgeBase, site_dir: Path, site_url: str | None = None, directory_urls: bool = True,
              site_name: str = "Heritage sites knowledge base", last: dict[str, str] | None = None) -> list[Path]:
    """Write every export under `site_dir` (atomically, file by file); returns the paths written.
    With `last` (path -> text as last written, updated here), a file whose text is the same is
    left as it is."""
    links = Links(site_url or None, directory_urls)
    written = []
    for export in EXPORTS:
        target = Path(site_dir) / export.path
        target.parent.mkdir(parents=True, exist_ok=True)
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
