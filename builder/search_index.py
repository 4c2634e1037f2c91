"""Material's `search/search_index.json`, with the generated pages' entries made without HTMLParser.

Material's search plugin feeds every page's HTML through Python's HTMLParser: a quarter of a
10,000-site build. The generated pages are well-formed HTML made by `builder/render`, so a
one-regex tokenizer can drive Material's own section `Parser` and entry code with the very same
calls HTMLParser would make (same entries, byte for byte: tests/test_search_index.py compares
them on every page). Anything the tokenizer does not model (comments, scripts, a stray `<`)
sends the page back to HTMLParser.

The index is assembled from one JSON fragment per page, kept between `mkdocs serve` rebuilds, so
an edit re-indexes the pages it changed and the file is joined, not rebuilt.
"""
from __future__ import annotations

import html
import json
import re
from functools import wraps
from pathlib import Path

try:
    from material.plugins.search.plugin import Parser, SearchIndex
except ImportError:  # not Material: its search plugin (if any) indexes every page itself
    Parser = SearchIndex = None

_TOKEN = re.compile(r"""<(/?)([a-zA-Z][^\s/>]*)((?:\s+[^\s/>"'=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*)\s*(/?)>|([^<]+)""")
_ATTR = re.compile(r"""([^\s/>"'=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""")
_UNMODELLED = ("<!", "<?", "<script", "<style", "<textarea", "<title", "<xmp", "<plaintext",
               "<noscript", "<iframe", "<noembed", "<noframes")
_SEPARATORS = (",", ":")


def material_search(config):
    """The Material search plugin of this build, or None (another search plugin, or none)."""
    for plugin in config.plugins.values():
        if Parser is not None and type(plugin).__module__.startswith("material.plugins.search") \
                and plugin.config.enabled:
            return plugin
    return None


def spare_excluded_pages(plugins, search) -> None:
    """Material's search plugin, on each page, skips an excluded one, then strips its
    `data-search-*` attributes with a regex over the whole HTML (0.2 ms a page) even when there
    are none. Call it only where it has something to do: the same output."""
    methods = plugins.events["page_context"]
    for i, method in enumerate(methods):
        inner = method
        while not hasattr(inner, "__self__") and hasattr(inner, "__wrapped__"):  # a wrapper (benchmarks/build.py)
            inner = inner.__wrapped__
        if getattr(inner, "__self__", None) is search:
            methods[i] = _unless_nothing_to_do(method)
            plugins._event_origins[methods[i]] = plugins._event_origins.get(method, "search")


def _unless_nothing_to_do(on_page_context):
    @wraps(on_page_context)
    def on_page_context_if_needed(context, *, page, config, nav):
        if (page.meta.get("search") or {}).get("exclude") and "data-search-" not in page.content:
            return None
        return on_page_context(context, page=page, config=config, nav=nav)
    return on_page_context_if_needed


def _tokens(text: str):
    """(closing, tag, attributes, self_closing, data) for each tag or text run of `text`, as
    HTMLParser would report them; None when `text` holds something this tokenizer does not model."""
    if any(marker in text for marker in _UNMODELLED) or "&" in text[text.rfind(">") + 1:]:
        return None
    tokens = list(_TOKEN.finditer(text))
    if sum(m.end() - m.start() for m in tokens) != len(text):
        return None
    return tokens


def _attrs(attributes: str) -> list[tuple[str, str | None]]:
    unescape = html.unescape
    return [(a[1].lower(), unescape(v) if (v := a[2] if a[2] is not None else a[3] if a[3] is not None else a[4]) else v)
            for a in _ATTR.finditer(attributes)] if attributes else []


def feed(parser, text: str) -> bool:
    """Drive `parser` (an HTMLParser subclass) over `text` as HTMLParser.feed would; False (and
    nothing fed) when `text` holds something this tokenizer does not model."""
    tokens = _tokens(text)
    if tokens is None:
        return False
    for m in tokens:
        closing, tag, attributes, self_closing, data = m.groups()
        if data is not None:
            parser.handle_data(html.unescape(data) if "&" in data else data)
        elif closing:
            parser.handle_endtag(tag.lower())
        else:
            parser.handle_starttag(tag.lower(), _attrs(attributes))
            if self_closing:
                parser.handle_endtag(tag.lower())
    return True


_HEADINGS = frozenset(("h1", "h2", "h3", "h4", "h5", "h6"))
_KEEP = frozenset(("p", "code", "pre", "li", "ol", "ul", "sub", "sup"))  # Material's Parser.keep
_NONE: dict = {}  # the attributes of an element whose attributes are not read
_VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())


def sections(text: str):
    """Material's Parser(text).data, computed in one pass with plain strings: its handlers, written
    for this subset of HTML (no skipped elements: those and scripts go to `feed`). Material
    compares elements by tag name alone; so does this. None when `text` is outside the subset."""
    if ("data-search-exclude" in text or "linenodiv" in text or "<object" in text
            or any(marker in text for marker in _UNMODELLED) or "&" in text[text.rfind(">") + 1:]):
        return None
    from material.plugins.search.plugin import Element, Section
    from html import escape, unescape

    stack: list[str] = []
    open_count: dict[str, int] = {}
    permalinks = 0  # open <a class="headerlink">
    headerlink_at: list[bool] = []
    data_out: list = []
    section = None
    head = text_out = title_out = None  # the current section's heading tag, text and title
    tags = 0
    # tuples, not match objects (a third of the time); a "<" that starts no tag, HTMLParser's
    # business, shows as fewer tags than "<"s (checked after the loop)
    for closing, tag, attributes, self_closing, data in _TOKEN.findall(text):
        if data:
            if "&" in data:
                data = unescape(data)
            space = data.isspace()
            in_pre = open_count.get("pre")
            if not in_pre:  # white space kept as it is inside <pre>, collapsed elsewhere
                data = " " if space else data.replace("\n", " ")
            if section is None:
                section = Section(Element("hx"))
                data_out.append(section)
                head, text_out, title_out = section.el.tag, section.text, section.title
            if not space and ("&" in data or "<" in data or ">" in data):
                data = escape(data, quote=False)
            if open_count.get(head):
                if not permalinks:
                    title_out.append(data)
            elif space:
                if in_pre or not text_out or not text_out[-1].isspace():
                    text_out.append(data)
            else:
                text_out.append(data)
            continue
        tags += 1
        tag = tag.lower()
        end = tag if closing or self_closing else None
        if not closing:
            if tag not in _VOID:
                # only headings' ids and permalinks' classes matter (exclusions went to `feed`)
                if not attributes:
                    attrs = _NONE
                elif tag in _HEADINGS or tag == "a" and ("headerlink" in attributes or "&" in attributes):
                    attrs = dict(_attrs(attributes))
                else:
                    attrs = _NONE
                stack.append(tag)
                open_count[tag] = open_count.get(tag, 0) + 1
                link = tag == "a" and attrs.get("class") == "headerlink"
                headerlink_at.append(link)
                permalinks += link
                if tag in _HEADINGS and "id" in attrs:
                    depth = len(stack)
                    if tag != "h1" and not data_out:
                        section = Section(Element("hx"), depth)
                        data_out.append(section)
                    had = bool(data_out)
                    section = Section(Element(tag, attrs), depth)
                    if had:
                        section.id = attrs["id"]
                    data_out.append(section)
                    head, text_out, title_out = section.el.tag, section.text, section.title
                if section is None:
                    section = Section(Element("hx"))
                    data_out.append(section)
                    head, text_out, title_out = section.el.tag, section.text, section.title
                if tag in _KEEP:
                    (title_out if open_count.get(head) else text_out).append(f"<{tag}>")
        # an end tag, or a self-closing one (a void element's never matches the open one: none is pushed)
        if end is not None and stack and stack[-1] == end:
            tag = end
            if section.depth > len(stack):
                for earlier in reversed(data_out):
                    if earlier.depth <= len(stack):
                        section.depth = float("inf")
                        section = earlier
                        head, text_out, title_out = section.el.tag, section.text, section.title
                        break
            stack.pop()
            open_count[tag] -= 1
            permalinks -= headerlink_at.pop()
            if tag in _KEEP:
                out = title_out if open_count.get(head) else text_out
                # Material looks from the section's first such opening tag: an element holding only
                # white space is dropped
                index, size = out.index(f"<{tag}>"), len(out)
                i = index + 1
                while i < size and out[i].isspace():
                    i += 1
                if i < size:
                    out.append(f"</{tag}>")
                else:
                    del out[index:]
    if tags != text.count("<"):  # or a "<" in an attribute's value: rare, and Material's parser is as right
        return None
    return data_out


def page_entries(plugin, page) -> bytes | None:
    """The page's entries as a JSON fragment (comma-separated objects), as Material would write
    them, in UTF-8 (the index file is joined from these: no 47 MB text to encode on each serve
    rebuild); None when the page must go through Material's own parser."""
    if (page.meta.get("search") or {}).get("exclude"):
        return b""
    found = sections(page.content)
    if found is None:
        parser = Parser()
        if not feed(parser, page.content):
            return None
        found = parser.data
    index = SearchIndex(**plugin.config)
    for section in found:
        if not section.is_excluded():
            index.create_entry_for_section(section, page.toc, page.url, page)
    return ",".join(json.dumps(entry, separators=_SEPARATORS, default=str) for entry in index.entries).encode()


def fragments_by_page(written: dict) -> dict[str, bytes]:
    """Material's written index split into one fragment per page url."""
    out: dict[str, list[str]] = {}
    for entry in written.get("docs", []):
        out.setdefault(entry["location"].split("#", 1)[0], []).append(json.dumps(entry, separators=_SEPARATORS, default=str))
    return {url: ",".join(parts).encode() for url, parts in out.items()}


def write(path: Path, config: dict, fragments) -> None:
    """The index file, byte for byte as Material's json.dumps of {config, docs} would write it."""
    head = '{"config":' + json.dumps(config, separators=_SEPARATORS, default=str) + ',"docs":['
    path.parent.mkdir(parents=True, exist_ok=True)
    parts = [head.encode()]
    for fragment in fragments:
        if fragment:
            parts += (fragment, b",")
    if len(parts) > 1:
        parts.pop()  # the last comma
    parts.append(b"]}")
    with open(path, "wb", buffering=1 << 20) as out:  # piece by piece: no joined copy of the 47 MB index
        out.writelines(parts)


def update(path: Path, cache: dict[str, bytes], indexed: set[str], page_urls: list[str]) -> None:
    """Rewrite the index the search plugin just wrote with every page's entries, in page order:
    those of `indexed` pages from its file, the others from `cache` (this build's or kept)."""
    if not path.is_file():
        return
    written = json.loads(path.read_text(encoding="utf-8"))
    theirs = fragments_by_page(written)
    for url in indexed:
        cache[url] = theirs.get(url, b"")
    write(path, written["config"], (cache.get(url, b"") for url in page_urls))
