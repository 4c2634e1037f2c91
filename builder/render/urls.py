"""Where each generated page lives, and links between pages (no MkDocs import: pure paths)."""
from __future__ import annotations

import posixpath


def site_uri(site_id: str) -> str:
    return f"sites/{site_id}.md"


def source_uri(source_id: str) -> str:
    return f"sources/{source_id}.md"


def page_url(uri: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a Markdown file, relative to the site root."""
    stem = uri[:-3] if uri.endswith(".md") else uri
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return f"{stem}/" if directory_urls else f"{stem}.html"


def relative(from_uri: str, to: str, directory_urls: bool = True) -> str:
    """A link from the page `from_uri` to `to` (a page uri ending .md, or a file path)."""
    here = page_url(from_uri, directory_urls)
    base = here if here.endswith("/") or not here else posixpath.dirname(here) + "/"
    target = page_url(to, directory_urls) if to.endswith(".md") else to
    rel = posixpath.relpath(target or ".", base.rstrip("/") or ".")
    if (target.endswith("/") or not target) and not rel.endswith("/"):
        rel += "/"
    if rel == "./":
        rel = "./"
    return rel
