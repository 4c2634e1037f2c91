"""A Frictionless Data Package (datapackage.json) that describes every download: what each file
is, its format, size and SHA-256, its licence, and the columns of the CSV as a Table Schema, so
that tools (frictionless, Open Data portals, R and Python readers) can check and load them."""
from __future__ import annotations

import hashlib
import re
from functools import partial

from ..memo import NoMemo
from ..publication import Publication

PROFILE = "data-package"


def _name(text: str) -> str:
    """A Data Package name: lower-case letters, digits, '-', '_' and '.'."""
    return re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-") or "heritage-kb"


def resource(export, data: bytes, publication: Publication) -> dict:
    out = {
        "name": _name(export.path.rsplit("/", 1)[-1]),
        "path": export.path,
        "title": export.title,
        "description": export.description,
        "format": export.format,
        "mediatype": export.media_type,
        "encoding": "utf-8",
        "bytes": len(data),
        "hash": "sha256:" + hashlib.sha256(data).hexdigest(),
    }
    if export.schema:
        out.update(profile="tabular-data-resource", dialect={"delimiter": ",", "lineTerminator": "\r\n"},
                   schema=export.schema)
    if publication.data_license:
        out["licenses"] = [publication.data_license.as_datapackage()]
    return out


def package(exports, contents: dict[str, bytes], path: str, publication: Publication, memo=None) -> dict:
    """`contents`: export path → the bytes (UTF-8) written there. `path` is where the package itself goes.
    With `memo` (mkdocs serve), a file's entry (its size and SHA-256) is made again only when its
    text changed."""
    out = {
        "profile": PROFILE,
        "name": _name(publication.site_name),
        "title": publication.site_name,
        "description": "Heritage sites, what happened to them and when, each event with the sources that report it.",
    }
    if publication.site_url:
        out["homepage"] = publication.site_url
        out["id"] = publication.site_url.rstrip("/") + "/" + path
    if publication.data_license:
        out["licenses"] = [publication.data_license.as_datapackage()]
    memo = memo or NoMemo()
    out["resources"] = [memo.get(("resource", e.path), (publication, contents[e.path]), partial(resource, e, contents[e.path], publication))
                        for e in exports]
    return out
