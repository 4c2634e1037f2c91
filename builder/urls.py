"""Where each generated page lives, and links between pages (pure paths, below both render and export)."""
from __future__ import annotations

import posixpath


def site_uri(site_id: str) -> str:
    return f"sites/{site_id}.md"


def source_uri(source_id: str) -> str:
    return f"sources/{source_id}.md"


def page_url(uri: str, directory_urls: bool = True) -> str:
    """The URL MkDocs gives a Markdown file, relative to the site root."""
    stem = uri[:-3] if uri.endswith(".md") else uri
    if not directory_urls:
        return f"{stem}.html"
    if stem == "index" or stem.endswith("/index"):
        return stem[:-5]
    return f"{stem}/"


def _relpath(path: str, start: str) -> str:
    """posixpath.relpath for paths relative to the site root, without its two getcwd() calls
    and normalisations (a third of rendering 10,000 pages); anything unusual goes to it."""
    p = [x for x in path.split("/") if x]
    s = [x for x in start.split("/") if x]
    if path.startswith("/") or start.startswith("/") or "." in p or ".." in p or "." in s or ".." in s:
        return posixpath.relpath(path, start)
    i, n = 0, min(len(p), len(s))
    while i < n and p[i] == s[i]:
        i += 1
    rel = [".."] * (len(s) - i) + p[i:]
    return "/".join(rel) if rel else "."


def relative(from_uri: str, to: str, directory_urls: bool = True) -> str:
    """A link from the page `from_uri` to `to` (a page uri ending .md, or a file path)."""
    here = page_url(from_uri, directory_urls)
    base = here if here.endswith("/") or not here else posixpath.dirname(here) + "/"
    target = page_url(to, directory_urls) if to.endswith(".md") else to
    rel = _relpath(target or ".", base.rstrip("/") or ".")
    if (target.endswith("/") or not target) and not rel.endswith("/"):
        rel += "/"
    if rel == "./":
        rel = "./"
    return rel
