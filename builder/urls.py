"""Where each generated page lives, and links between pages (pure paths, below both render and export)."""
from __future__ import annotations

import posixpath
import re


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
    if ":" in rel.split("/", 1)[0]:
        # a first segment `javascript:alert(1)` (an id from a file name or a broken reference) would
        # read as a scheme: RFC 3986 4.2 makes such a relative path start with "./"
        rel = "./" + rel
    return rel


_PLAIN_ID = re.compile(r"[a-z0-9][a-z0-9-]*\Z")  # the documented id form: no "/", ":" or dots


def plain_id(page_id: str) -> bool:
    return _PLAIN_ID.match(page_id) is not None


def to_pages_in(from_uri: str, folder: str, directory_urls: bool = True):
    """`relative(from_uri, f"{folder}/{id}.md")` as a function of the id, with the part every id
    shares (the way from this page to `folder`) computed once: tens of thousands of links a build.
    An id of another form, or a page at or below this one, takes `relative` itself."""
    here = page_url(from_uri, directory_urls)
    base = (here if here.endswith("/") or not here else posixpath.dirname(here) + "/").rstrip("/") or "."
    up = _relpath(folder, base)
    prefix = "" if up == "." else up + "/"
    suffix = "/" if directory_urls else ".html"
    inside = base + "/"
    other: dict[str, str] = {}  # what `relative` gave: a source's page links its own source once a claim

    def href(page_id: str) -> str:
        if not _PLAIN_ID.match(page_id) or inside.startswith(f"{folder}/{page_id}/"):
            made = other.get(page_id)
            if made is None:
                made = other[page_id] = relative(from_uri, f"{folder}/{page_id}.md", directory_urls)
            return made
        return prefix + page_id + suffix
    return href


URL_SCHEMES = frozenset({"http", "https", "mailto"})  # and relative URLs, which have no scheme
_SCHEME = re.compile(r"([a-zA-Z][a-zA-Z0-9+.-]*):")
_URL_IGNORED = re.compile(r"[\t\n\r]")


def safe_url(url) -> str | None:
    """`url` if a browser would follow it to http, https, mailto or a relative address; else None
    (the caller shows it as text). The scheme is read as browsers read it (WHATWG URL: leading and
    trailing controls and spaces trimmed, tabs and line breaks dropped), so `java\tscript:` and
    ` JavaScript:` count as the `javascript:` they are; `data:`, `vbscript:`, `file:` are refused too."""
    if not isinstance(url, str):
        return None
    url = url.strip("".join(map(chr, range(0x21))))
    scheme = _SCHEME.match(_URL_IGNORED.sub("", url))
    if not url or (scheme and scheme[1].lower() not in URL_SCHEMES):
        return None
    return url
