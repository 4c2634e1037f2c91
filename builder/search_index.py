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


_COUNTED = _HEADINGS | {"pre", "hx"}  # the tags whose open elements are counted: a section's heading, <pre>
# tags whose opening only goes on the stack (any other goes the general way: the same result)
_PLAIN = frozenset("""abbr article aside b bdi bdo blockquote caption cite data dd del details dfn div dl dt em
figcaption figure footer header i ins kbd label main mark nav q s samp section small span strong summary
table tbody td tfoot th thead time tr u var""".split()) - _KEEP - _VOID - _COUNTED


# _TOKEN for tag names in lower-case ASCII: the same tokens where its names are such (ends at the
# same white space, "/" or ">"), no tag where one is not
_LOWER_TOKEN = _TOKEN.pattern.replace("([a-zA-Z][^\\s/>]*)", "([a-z][a-z0-9]*)", 1)
assert _LOWER_TOKEN != _TOKEN.pattern


_FREQUENT = ("span", "a", "blockquote", "summary", "time", "dt", "small", "td", "dd", "th")


def _with_leaves(names) -> re.Pattern:
    """_TOKEN, with a plain element holding only text (`<span class="x">text</span>`) as one token
    (its name and text in two more groups): what its start tag, text and end tag do to Material's
    parser is what its text alone does (a plain start tag only goes on the stack, its end tag takes
    it off). Only for attributes that cannot be read two ways (lower-case names, double-quoted
    values without "<", ">" or "&"), where the start tag is the one _TOKEN would find. A tag name
    not in lower-case ASCII is no tag here: the page then has fewer tags than "<"s (`feed`'s)."""
    # the names most frequent on generated pages first: the alternation tries its branches in order
    # (any order finds the same leaves: a name is followed by white space or ">")
    ordered = sorted(names, key=lambda name: (_FREQUENT.index(name) if name in _FREQUENT else len(_FREQUENT), name))
    leaf = (r"""<(""" + "|".join(ordered) + r""")(?:\s+[a-z][a-z-]*="[^"<>&]*")*>([^<]*)</\1>""")
    return re.compile(leaf + "|" + _LOWER_TOKEN)


_LEAVES = _with_leaves(_PLAIN)
_LEAVES_A = _with_leaves(_PLAIN | {"a"})
# what `sections` leaves to `feed`, in one pass: the _UNMODELLED elements and <object> (Material
# skips them)
# and a "<" that starts no tag with a name in lower-case ASCII (`feed` lowers names as HTMLParser does): one
# scan of the page
_REFUSED = re.compile(r"<(?:[!?]|object|" + "|".join(m[1:] for m in _UNMODELLED if m[1].isalpha())
                      + r"|(?!/?[a-z][a-z0-9]*[\s/>]))")


def sections(text: str):
    """Material's Parser(text).data, computed in one pass with plain strings: its handlers, written
    for this subset of HTML (no skipped elements: those and scripts go to `feed`). Material
    compares elements by tag name alone; so does this. None when `text` is outside the subset
    (or has a tag name not in lower-case ASCII: those go to `feed`)."""
    if ("data-search-exclude" in text or "linenodiv" in text or "&" in text[text.rfind(">") + 1:]
            or _REFUSED.search(text)):
        return None
    from material.plugins.search.plugin import Element, Section
    from html import escape, unescape

    # an <a> holding only text is a leaf unless it could be a permalink (a leaf's attributes hold
    # no "&": a class is read unescaped); any other <a> goes the general way
    tokens = (_LEAVES if "headerlink" in text else _LEAVES_A).findall(text)
    stack: list[str] = []
    push, pop = stack.append, stack.pop
    open_count = dict.fromkeys(_COUNTED, 0)  # only _COUNTED tags are counted
    links: list[int] = []  # the stack depths of the open <a class="headerlink"> (permalinks)
    data_out: list = []
    section = None
    head = text_out = title_out = None  # the current section's heading tag, text and title
    depth = 0  # the current section's depth
    in_head = 0  # open elements of the current section's heading tag
    pre = 0  # open <pre> elements
    datas = 0
    leaves = 0
    keep, void, counted, headings, plain = _KEEP, _VOID, _COUNTED, _HEADINGS, _PLAIN
    # tuples, not match objects (a third of the time); a "<" that starts no tag, HTMLParser's
    # business, shows as fewer tags than "<"s (checked after the loop)
    for leaf, text_in_leaf, closing, tag, attributes, self_closing, data in tokens:
        if data or leaf:
            if leaf:
                leaves += 1
                if not text_in_leaf:
                    if section is None:
                        section = Section(Element("hx"))
                        data_out.append(section)
                        head, text_out, title_out, depth = "hx", section.text, section.title, 0
                        in_head = open_count["hx"]
                    continue
                data = text_in_leaf
            else:
                datas += 1
            if "&" in data:
                data = unescape(data)
                marked = "&" in data or "<" in data or ">" in data
            else:
                marked = ">" in data  # a text run holds no "<"
            if section is None:
                section = Section(Element("hx"))
                data_out.append(section)
                head, text_out, title_out, depth = "hx", section.text, section.title, 0
                in_head = open_count["hx"]
            if data.isspace():  # white space kept as it is inside <pre>, collapsed elsewhere
                if not pre:
                    data = " "
                if in_head:
                    if not links:
                        title_out.append(data)
                elif pre or not text_out or not text_out[-1].isspace():
                    text_out.append(data)
                continue
            if not pre and "\n" in data:
                data = data.replace("\n", " ")
            if marked:
                data = escape(data, quote=False)
            if in_head:
                if not links:
                    title_out.append(data)
            else:
                text_out.append(data)
            continue
        if not closing:
            if tag in plain:  # the common case: on the stack, nothing else
                push(tag)
                if section is None:
                    section = Section(Element("hx"))
                    data_out.append(section)
                    head, text_out, title_out, depth = "hx", section.text, section.title, 0
                    in_head = open_count["hx"]
                if not self_closing:
                    continue
            elif tag not in void:
                # only headings' ids and permalinks' classes matter (exclusions went to `feed`)
                if not attributes:
                    attrs = _NONE
                elif tag in headings or tag == "a" and ("headerlink" in attributes or "&" in attributes):
                    attrs = dict(_attrs(attributes))
                else:
                    attrs = _NONE
                push(tag)
                if tag in counted:
                    open_count[tag] += 1
                    if tag == "pre":
                        pre += 1
                if tag == "a" and attrs.get("class") == "headerlink":
                    links.append(len(stack))
                if tag in headings and "id" in attrs:
                    new_depth = len(stack)
                    if tag != "h1" and not data_out:
                        data_out.append(Section(Element("hx"), new_depth))
                    had = bool(data_out)
                    section = Section(Element(tag, attrs), new_depth)
                    if had:
                        section.id = attrs["id"]
                    data_out.append(section)
                    head, text_out, title_out, depth = tag, section.text, section.title, new_depth
                    in_head = open_count[tag]
                elif tag == head:
                    in_head = open_count[tag]
                if section is None:
                    section = Section(Element("hx"))
                    data_out.append(section)
                    head, text_out, title_out, depth = "hx", section.text, section.title, 0
                    in_head = open_count["hx"]
                if tag in keep:
                    (title_out if in_head else text_out).append(f"<{tag}>")
                if not self_closing:
                    continue
            else:
                continue  # a void element: not on the stack, and its end (if any) never matches
        # an end tag, or a self-closing one
        if not stack or stack[-1] != tag:
            continue
        size = len(stack)
        if depth > size:
            for earlier in reversed(data_out):
                if earlier.depth <= size:
                    section.depth = float("inf")
                    section = earlier
                    head, text_out, title_out, depth = section.el.tag, section.text, section.title, section.depth
                    in_head = open_count.get(head, 0)
                    break
        pop()
        if links and links[-1] == size:
            links.pop()
        if tag in counted:
            open_count[tag] -= 1
            if tag == "pre":
                pre -= 1
            if tag == head:
                in_head = open_count[tag]
        if tag in keep:
            out = title_out if in_head else text_out
            # Material looks from the section's first such opening tag: an element holding only
            # white space is dropped
            index, size = out.index(f"<{tag}>"), len(out)
            i = index + 1
            if i < size and not out[i].isspace():  # the common case: no white space to pass
                out.append(f"</{tag}>")
                continue
            while i < size and out[i].isspace():
                i += 1
            if i < size:
                out.append(f"</{tag}>")
            else:
                del out[index:]
    # a leaf is two tags; fewer tags than "<"s: a "<" in an attribute's value (rare, and Material's parser is as right)
    if len(tokens) - datas + leaves != text.count("<"):
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
    # one dump of the list, its brackets cut: the entries joined by commas, as one dump each would be
    return json.dumps(index.entries, separators=_SEPARATORS, default=str)[1:-1].encode()


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
