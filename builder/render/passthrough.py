"""Keep a generated page's one-line HTML blocks out of Python-Markdown's way.

A generated page's body is mostly one-line HTML blocks (facts, timeline). Python-Markdown would
parse every tag of them twice (MkDocs' anchor scan, then the raw-HTML stash) only to pass them
through verbatim: ~40% of a build. Each block that is certainly passed through unchanged is
swapped for a tiny placeholder <div> before conversion and put back after it, so the HTML is
byte-identical (tests/test_passthrough.py and benchmarks/build.py --compare check it), headings
and the table of contents still come from the Markdown. No MkDocs import: plain text in and out.
"""
from __future__ import annotations

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
    tags = _TAG.findall(text)  # (closing, tag, attributes, self-closing) of every tag
    # every "<" opens a well-formed tag, the first at 0, and the last one ends the text
    if not tags or len(tags) != text.count("<") or _TAG.match(text, text.rindex("<")).end() != len(text):
        return None
    closing, tag, _, self_closing = tags[0]
    if closing or self_closing or tag.lower() not in _BLOCK_TAGS:
        return None
    stack: list[str] = []
    ids: list[str] = []
    last = len(tags) - 1
    for i, (closing, tag, attributes, self_closing) in enumerate(tags):
        tag = tag.lower()
        if closing:
            if tag in stack:
                while stack.pop() != tag:
                    pass
            if not stack and i != last:  # the raw block would end before the text does
                return None
            continue
        if tag in _RAW_TEXT_TAGS:
            return None
        if attributes:
            low = attributes.lower()
            if "id" in low or "name" in low:
                for a in _ID_ATTR.finditer(attributes):
                    if a[1].lower() == "id" or tag == "a":  # what MkDocs collects as anchors
                        ids.append(html.unescape(a[2] if a[2] is not None else a[3] if a[3] is not None else a[4]))
        if not self_closing and tag not in _VOID_TAGS:
            stack.append(tag)
    return ids if not stack else None




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
