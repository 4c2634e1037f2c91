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
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Callable

from ..content.model import KnowledgeBase, Site
from ..memo import Memo, inputs_of
from ..publication import Publication
from . import datapackage, events_csv, feed, geojson, linked_places
from .common import sites_in_order
from .links import Links


@dataclass(frozen=True)
class Context:
    """What every download needs besides the knowledge base."""
    links: Links = Links()
    publication: Publication = Publication()
    entered: dict = field(default_factory=dict)  # (site id, event index) → ISO day (builder.history)
    memo: Memo | None = field(default=None, compare=False)  # fragments kept between serve rebuilds


@dataclass(frozen=True)
class Export:
    path: str  # relative to the site root
    title: str
    media_type: str
    description: str
    make: Callable[[KnowledgeBase, Context], str]
    format: str = ""  # the file's format name, as datapackage.json states it
    schema: dict | None = None  # Table Schema of a CSV
    # a file made site by site: each site's share (kept between `mkdocs serve` rebuilds), then joined
    part: Callable[[Site, KnowledgeBase, Context], str] | None = None
    join: Callable[[list[str], Context], str] | None = None


def _sitewise(path: str, title: str, media_type: str, description: str, part, join, format: str = "",
              schema: dict | None = None) -> Export:
    make = lambda kb, ctx: join([part(site, kb, ctx) for site in sites_in_order(kb)], ctx)  # noqa: E731
    return Export(path, title, media_type, description, make, format, schema, part, join)


def _json(data) -> str:
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def _collection(head: dict, lines: list[str], ctx: Context) -> str:
    """A FeatureCollection with one feature a line (a diff shows which sites changed; each line is
    encoded at C speed, where an indented dump goes through json's pure-Python encoder), and its
    licence as a top-level member after them (GeoJSON allows foreign members)."""
    lic = ctx.publication.data_license
    tail = f', "license": {json.dumps(lic.as_datapackage(), ensure_ascii=False)}' if lic else ""
    return json.dumps(head, ensure_ascii=False)[:-1] + ', "features": [\n' + ",\n".join(lines) + "\n]" + tail + "}\n"


def _feature(module):
    return lambda site, kb, ctx: json.dumps(module.feature(site, kb, ctx.links), ensure_ascii=False)


EXPORTS: tuple[Export, ...] = (
    _sitewise("downloads/sites.geojson", "GeoJSON", "application/geo+json",
              "Every site as a GeoJSON Feature (RFC 7946, [longitude, latitude]) with its name, kind, current status, "
              "identifiers and page; sites not yet located have a null geometry.",
              _feature(geojson), partial(_collection, geojson.HEAD), "geojson"),
    _sitewise("downloads/sites.lp.json", "Linked Places Format", "application/ld+json",
              "The sites as Linked Places (GeoJSON-LD, v1.2) for the World Historical Gazetteer: names, types, "
              "the timespans of their dated events, links to Wikidata, Pleiades and GeoNames, part-of relations.",
              _feature(linked_places), partial(_collection, linked_places.HEAD), "json"),
    _sitewise("downloads/events.csv", "CSV of events", "text/csv",
              "One row per piece of evidence: site, event type, EDTF date and its bounds, actor, certainty, summary, "
              "the source (title, publisher, date, URL), the quote, and a source's own reading where it disagrees.",
              lambda site, kb, ctx: events_csv.to_csv(events_csv.site_rows(site, kb, ctx.links,
                                                                            ctx.publication.data_license)),
              lambda parts, ctx: events_csv.to_csv([events_csv.COLUMNS]) + "".join(parts),
              "csv", events_csv.table_schema()),
    Export("feed.xml", "Atom feed", "application/atom+xml",
           f"The {feed.LIMIT} events that entered the knowledge base last, newest first, for a feed reader.",
           lambda kb, ctx: feed.atom(kb, ctx.links, ctx.publication.site_name, ctx.entered,
                                     ctx.publication.data_terms(), ctx.memo), "xml"),
)
DATAPACKAGE = "datapackage.json"  # at the site root, so every path in it points below it (Frictionless)


def _write(target: Path, data: bytes) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=".tmp-")
    with os.fdopen(fd, "wb") as out:
        out.write(data)
    os.chmod(tmp, 0o644)
    os.replace(tmp, target)


def _shares(exports, site: Site, kb: KnowledgeBase, ctx: Context) -> tuple[str, ...]:
    """One site's share of each file made site by site."""
    return tuple(export.part(site, kb, ctx) for export in exports)


def write_all(kb: KnowledgeBase, site_dir: Path, site_url: str | None = None, directory_urls: bool = True,
              site_name: str = "Heritage sites knowledge base", publication: Publication | None = None,
              entered: dict | None = None, last: dict[str, bytes] | None = None, memo: Memo | None = None) -> list[Path]:
    """Write every export and the datapackage.json describing them under `site_dir` (atomically,
    file by file); returns the paths written. With `last` (path -> bytes as last written, updated
    here), a file whose text is the same is left as it is; with `memo`, a file made site by site
    re-makes only the shares of the sites whose inputs changed."""
    publication = publication or Publication(site_url or None, site_name)
    ctx = Context(Links(site_url or None, directory_urls), publication, entered or {}, memo)
    contents = {}  # path -> the file's bytes: UTF-8 made once, for the file and its hash in datapackage.json
    if memo is not None:  # what each site's share is made from, computed once for all files
        sites = sites_in_order(kb)
        inputs = inputs_of(kb)
        sitewise = [export for export in EXPORTS if export.part]
        shares = [memo.get(("export", site.id), (ctx.links, publication, inputs[site.id], inputs[site.part_of]),
                           partial(_shares, sitewise, site, kb, ctx)) for site in sites]  # a tuple a site
    for export in EXPORTS:
        if export.part and memo is not None:
            parts = tuple(map(itemgetter(sitewise.index(export)), shares))
            # the same shares (compared by identity first) join to the same text: no join, no new object
            contents[export.path] = memo.get(("export joined", export.path), (publication, parts),
                                          lambda: export.join(list(parts), ctx).encode())
        else:
            contents[export.path] = export.make(kb, ctx).encode()
    contents[DATAPACKAGE] = _json(datapackage.package(EXPORTS, contents, DATAPACKAGE, publication, memo)).encode()
    written = []
    for path, data in contents.items():
        target = Path(site_dir) / path
        if last is not None:
            if last.get(path) == data and target.is_file():
                continue
            last[path] = data
        _write(target, data)
        written.append(target)
    return written
