"""Material's `search/search_index.json`, with the generated pages' entries made without HTMLParser.

Material's search plugin feeds every page's HTML through Python's HTMLParser: a quarter of a
10,000-site build. The generated pages are well-formed HTML made by `builder/render`, so a
one-regex tokenizer can drive Material's own section `Parser` and entry code with the very same
calls HTMLParser would make (same entries, byte for byte: tests/test_search_index.py compares
them on every page). Anything the tokenizer does not model (comments, scripts, `<pre>`, a
stray `<`) sends the page back to HTMLParser.

The index is assembled from one JSON fragment per page, kept between `mkdocs serve` rebuilds, so
an edit re-indexes the pages it changed and the file is joined, not rebuilt.
"""
from __future__ import annotations

import html
import json
import re
from pathlib import Path

try:
    from material.plugins.search.plugin import Parser, SearchIndex
except ImportError:  # not Material: its search plugin (if any) indexes every page itself
    Parser = SearchIndex = None

_TOKEN = re.compile(r"""<(/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(/?)>|([^<]+)""")
_ATTR = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_UNMODELLED = ("<!", "<?", "<script", "<style", "<pre", "<textarea", "<title", "<xmp", "<plaintext",
               "<noscript", "<iframe", "<noembed", "<noframes")
_SEPARATORS = (",", ":")


def material_search(config):
    """The Material search plugin of this build, or None (another search plugin, or none)."""
    for plugin in config.plugins.values():
        if Parser is not None and type(plugin).__module__.startswith("material.plugins.search") \
                and plugin.config.enabled:
            return plugin
    return None


def feed(parser, text: str) -> bool:
    """Drive `parser` (an HTMLParser subclass) over `text` as HTMLParser.feed would; False (and
    nothing fed) when `text` holds something this tokenizer does not model."""
    if any(marker in text for marker in _UNMODELLED) or "&" in text[text.rfind(">") + 1:]:
        return False
    tokens = list(_TOKEN.finditer(text))
    if sum(m.end() - m.start() for m in tokens) != len(text):
        return False
    unescape = html.unescape
    for m in tokens:
        closing, tag, attributes, self_closing, data = m.groups()
        if data is not None:
            parser.handle_data(unescape(data) if "&" in data else data)
        elif closing:
            parser.handle_endtag(tag.lower())
        else:
            attrs = [(a[1].lower(), unescape(v) if (v := a[2] if a[2] is not None else a[3] if a[3] is not None else a[4]) else v)
                     for a in _ATTR.finditer(attributes)] if attributes else []
            parser.handle_starttag(tag.lower(), attrs)
            if self_closing:
                parser.handle_endtag(tag.lower())
    return True


def page_entries(plugin, page) -> str | None:
    """The page's entries as a JSON fragment (comma-separated objects), as Material would write
    them; None when the page must go through Material's own parser."""
    if (page.meta.get("search") or {}).get("exclude"):
        return ""
    parser = Parser()
    if not feed(parser, page.content):
        return None
    index = SearchIndex(**plugin.config)
    for section in parser.data:
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)
    return ",".join(json.dumps(entry, separators=_SEPARATORS, default=str) for entry in index.entries)


def fragments_by_page(written: dict) -> dict[str, str]:
    """Material's written index split into one fragment per page url."""
    out: dict[str, list[str]] = {}
    for entry in written.get("docs", []):
        out.setdefault(entry["location"].split("#", 1)[0], []).append(json.dumps(entry, separators=_SEPARATORS, default=str))
    return {url: ",".join(parts) for url, parts in out.items()}


def write(path: Path, config: dict, fragments) -> None:
    """The index file, byte for byte as Material's json.dumps of {config, docs} would write it."""
    docs = ",".join(f for f in fragments if f)
    text = '{"config":' + json.dumps(config, separators=_SEPARATORS, default=str) + ',"docs":[' + docs + "]}"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(text.encode("utf-8"))


def update(path: Path, cache: dict[str, str], indexed: set[str], page_urls: list[str]) -> None:
    """Rewrite the index the search plugin just wrote with every page's entries, in page order:
    those of `indexed` pages from its file, the others from `cache` (this build's or kept)."""
    if not path.is_file():
        return
    written = json.loads(path.read_text(encoding="utf-8"))
    theirs = fragments_by_page(written)
    for url in indexed:
        cache[url] = theirs.get(url, "")
    write(path, written["config"], (cache.get(url, "") for url in page_urls))
