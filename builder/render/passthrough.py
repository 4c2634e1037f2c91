"""Keep a generated page's one-line HTML blocks out of Python-Markdown's way.

A generated page's body is mostly one-line HTML blocks (facts, timeline). Python-Markdown would
parse every tag of them twice (MkDocs' anchor scan, then the raw-HTML stash) only to pass them
through verbatim: ~40% of a build. Each block that is certainly passed through unchanged is
swapped for a tiny placeholder <div> before conversion and put back after it, so the HTML is
byte-identical (tests/test_passthrough.py and benchmarks/build.py --compare check it), headings
and the table of contents still come from the Markdown. No MkDocs import: plain text in and out.
"""
from __future__ import annotations

import hashlib
import html
import re

_BLOCK_TAGS = frozenset({"div", "dl", "ol", "ul", "p", "table", "details", "section", "figure", "article",
                         "aside", "nav", "header", "footer", "blockquote", "fieldset", "main", "address"})
_VOID_TAGS = frozenset("area base br col embed hr img input link meta param source track wbr".split())
_RAW_TEXT_TAGS = frozenset({"script", "style", "textarea", "title", "xmp", "iframe", "noscript", "plaintext"})
_TAG = re.compile(r"""<(/?)([a-zA-Z][a-zA-Z0-9-]*)((?:\s+[a-zA-Z_:][-a-zA-Z0-9_:.]*"""
                  r"""(?:\s*=\s*(?:"[^"<]*"|'[^'<]*'|[^\s"'<>=`]+))?)*)\s*(/?)>""")
_ID_ATTR = re.compile(r"""(?:^|\s)(id|name)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'<>=`]+))""", re.I)
_PLACEHOLDER = re.compile(r'<div data-hkb-block="(\d+)"></div>')


def raw_block(text: str) -> list[str] | None:
    """The anchor ids of `text` when Python-Markdown would pass it through as one raw HTML block,
    unchanged; None when unsure (then the block is left to Markdown as it is)."""
    if (not text.startswith("<") or not text.endswith(">") or any(c in text for c in "\t\r\x02\x03")
            or "markdown" in text):
        return None
    # lines (a <pre>'s, as in a site page's Cite block) pass through as long as none is blank
    if "\n" in text and any(not line.strip() for line in text.split("\n")):
        return None
    ids = _VOUCHED.get(_digest(text))
    if ids is not None:  # one element whose tags nest exactly: accepted when it opens a block
        first = _TAG.match(text)
        return list(ids) if first and _opens_block([first.groups()]) else None
    if len(text) >= _ITEMS_FROM and text.count(ITEM, 1) > 2:
        ids = _by_items(text)
        if ids is not None:
            return ids
    tags = _TAG.findall(text)  # (closing, tag, attributes, self-closing) of every tag
    # every "<" opens a well-formed tag, the first at 0, and the last one ends the text
    if not _opens_block(tags) or len(tags) != text.count("<") or _TAG.match(text, text.rindex("<")).end() != len(text):
        return None
    stack: list[str] = []
    ids: list[str] = []
    return ids if _scan(tags, stack, ids, True) and not stack else None


# HTML the renderer vouches for (render/pages.py, render/timeline.py): one element made from a
# template whose tags nest exactly, holding no raw-text element, every value escaped, and its
# anchor ids, those _ID_ATTR would find. raw_block's answer for it is known without walking. Keyed
# by a digest of the exact text, so an answer, once known, holds for any build.
_VOUCHED: dict[bytes, tuple[str, ...]] = {}
# where _ID_ATTR could find an anchor in a start tag's attributes (a white space-led id or name,
# with the same case folding): HTML without it has no anchor
_MAYBE_ANCHOR = re.compile(r"\s(?:id|name)\s*=", re.I)


def no_anchors(text: str) -> bool:
    return _MAYBE_ANCHOR.search(text) is None


def vouched(html: str) -> str:
    """`html`, one element of the renderer's templates (values escaped, tags nesting exactly), vouched for
    when no attribute can hold an anchor. For blocks of many tags or long attributes (a table of all
    sites, a site's facts, its map: checked in a third of the time the walk takes); a small one is
    walked about as fast as it is checked."""
    if html and no_anchors(html):
        vouch(html)
    return html


def vouch(element: str, ids: tuple[str, ...] = ()) -> None:
    """Record the renderer's word for `element` (see above): its anchor ids are `ids`."""
    if len(_VOUCHED) >= _ITEMS_MAX:
        _VOUCHED.clear()
    _VOUCHED[_digest(element)] = ids


def _digest(text: str) -> bytes:
    return hashlib.sha256(text.encode()).digest()  # in hardware on most machines: twice blake2b's speed


def _opens_block(tags: list) -> bool:
    """Whether the first of `tags` opens a block-level element."""
    return bool(tags) and not tags[0][0] and not tags[0][3] and tags[0][1].lower() in _BLOCK_TAGS


def _anchors(tag: str, attributes: str, ids: list[str]) -> None:
    """The anchor ids of one start tag (what MkDocs collects): its id, and an <a>'s name."""
    for a in _ID_ATTR.finditer(attributes):
        if a[1].lower() == "id" or tag == "a":
            ids.append(html.unescape(a[2] if a[2] is not None else a[3] if a[3] is not None else a[4]))


def _scan(tags: list, stack: list[str], ids: list[str], final: bool, exact: bool = False) -> bool:
    """raw_block's walk over `tags` (a block's, or its part's with `final` false), from `stack` and
    `ids` (both extended); False when the block is refused. `exact`: refused unless each end tag
    closes the element last opened (an item's own walk: then any elements open around it stay so)."""
    last = len(tags) - 1
    for i, (closing, tag, attributes, self_closing) in enumerate(tags):
        tag = tag.lower()
        if closing:
            if exact:
                if not stack or stack[-1] != tag:
                    return False
                stack.pop()
                continue
            if tag in stack:
                while stack.pop() != tag:
                    pass
            if not stack and not (final and i == last):  # the raw block would end before the text does
                return False
            continue
        if tag in _RAW_TEXT_TAGS:
            return False
        if attributes and ("id" in (low := attributes.lower()) or "name" in low):
            _anchors(tag, attributes, ids)
        if not self_closing and tag not in _VOID_TAGS:
            stack.append(tag)
    return True


# An event is shown on its site's page, on the timeline and on its sources' pages; on the last two
# its <li> (render/timeline.py) differs only in its links' addresses: each such item is walked
# once. Keyed by a 128-bit digest of the item's text with plain addresses blanked (no copy of the
# text kept); the answer depends on that text alone, so it never goes stale.
ITEM = '<li class="timeline-event"'
_ITEMS_FROM = 4096  # a block shorter than this is walked whole
_ITEMS: dict[bytes, tuple[tuple[str, ...], int] | None] = {}
_ITEMS_MAX = 400_000
# a link's address, when it is a plain relative path (no space, quote or "<": the walk reads nothing
# in it): the same item links its site and sources from the timeline and from a source's page
_LINK = re.compile(r'href="[a-z0-9./_-]*"')


def _item(chunk: str) -> tuple[tuple[str, ...], int] | None:
    """(anchor ids, tags) of an item whose tags nest exactly (each end tag closes the element last
    opened), holding no raw-text element; None for any other."""
    tags = _TAG.findall(chunk)
    if len(tags) != chunk.count("<"):
        return None
    stack: list[str] = []
    ids: list[str] = []
    return (tuple(ids), len(tags)) if _scan(tags, stack, ids, False, exact=True) and not stack else None


def _by_items(text: str) -> list[str] | None:
    """raw_block's answer for a block holding timeline items, walking each distinct item once;
    None when unsure (raw_block then walks the block whole). An item whose tags nest exactly,
    met with elements open around it, leaves them open and collects its own ids: what the walk of
    the whole block does there."""
    first = text.index(ITEM, 1)
    items = [ITEM + item for item in text[first + len(ITEM):].split(ITEM)]
    tail = items.pop()  # the last item and what follows it: walked as usual
    tags = _TAG.findall(text, 0, first)
    if not _opens_block(tags) or len(tags) != text.count("<", 0, first):
        return None
    stack: list[str] = []
    ids: list[str] = []
    if not _scan(tags, stack, ids, False) or not stack:
        return None
    known, digest = _ITEMS, hashlib.blake2b
    for item in items:
        key = digest(_LINK.sub('href=""', item).encode(), digest_size=16).digest()
        found = known.get(key, False)
        if found is False:
            if len(known) >= _ITEMS_MAX:
                known.clear()
            found = known[key] = _item(item)
        if found is None:
            return None
        ids += found[0]
    tags = _TAG.findall(tail)
    if not tags or len(tags) != tail.count("<") or _TAG.match(tail, tail.rindex("<")).end() != len(tail):
        return None
    return ids if _scan(tags, stack, ids, True) and not stack else None


def stash(markdown: str) -> tuple[str, list[str], set[str]] | None:
    """(markdown with placeholders, the blocks taken out, their anchor ids), or None when there is
    nothing worth taking out or the page holds something the swap could disturb."""
    if not markdown or "```" in markdown or "~~~" in markdown or "data-hkb-block" in markdown:
        return None
    parts = markdown.split("\n\n")
    blocks: list[str] = []
    anchors: set[str] = set()
    for i, part in enumerate(parts):
        core = part.strip("\n")  # blank lines around a block mean nothing to Markdown
        if len(core) < 256:  # not worth it
            continue
        ids = raw_block(core)
        if ids is not None:
            start = part.index(core)
            parts[i] = f'{part[:start]}<div data-hkb-block="{len(blocks)}"></div>{part[start + len(core):]}'
            blocks.append(core)
            anchors.update(ids)
    return ("\n\n".join(parts), blocks, anchors) if blocks else None


def restore(content: str, blocks: list[str]) -> str:
    return _PLACEHOLDER.sub(lambda m: blocks[int(m[1])], content)
