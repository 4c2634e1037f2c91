"""Tiny HTML helpers: every value from content/ goes through `esc` (HTML) or `md_text` (Markdown)
exactly once, here; every URL from content/ goes through `builder.urls.safe_url`.

No field of content/ holds Markdown: names, titles, descriptions, summaries, quotes, actors, dates
and messages are all text. Pages are built as HTML blocks (which Python-Markdown passes through)
with values escaped by `esc`; the one place a value stands in Markdown, a page's `# heading`, uses
`md_text`, so neither Markdown nor attr_list (`{: onfocus=...}`) can read anything in it.
"""
from __future__ import annotations

import json
import string
from html import escape


def esc(value) -> str:
    text = "" if value is None else value if type(value) is str else str(value)
    # most values hold none of the five characters: five scans, no copies (millions of calls a build)
    if "&" in text or "<" in text or ">" in text or '"' in text or "'" in text:
        return escape(text, quote=True)
    return text


_MD_PUNCTUATION = frozenset(string.punctuation)  # every ASCII mark some Markdown extension may read


def md_text(value) -> str:
    """`value` as literal text in a Markdown line (a heading): each ASCII punctuation mark becomes a
    numeric character reference, which Python-Markdown keeps as it is and no inline pattern,
    extension or treeprocessor (attr_list's `{: ...}`, links, emphasis, emoji) can match; runs of
    white space, line breaks included, become one space, so a value cannot start a block."""
    text = " ".join(("" if value is None else str(value)).split())
    return "".join(f"&#{ord(c)};" if c in _MD_PUNCTUATION else c for c in text)


_ATTR_NAMES: dict[str, str] = {}  # keyword -> attribute name: a handful of keywords, half a million calls


def attrs(**values) -> str:
    """`key="value"` pairs; a trailing underscore is dropped (class_), underscores become dashes."""
    parts = []
    for key, value in values.items():
        if value is None or value is False:
            continue
        name = _ATTR_NAMES.get(key)
        if name is None:
            name = _ATTR_NAMES[key] = key.rstrip("_").replace("_", "-")
        parts.append(name if value is True else f'{name}="{esc(value)}"')
    return (" " + " ".join(parts)) if parts else ""


# json.dumps(data, ensure_ascii=False, separators=(",", ":")), without making an encoder each call
_COMPACT = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def json_attr(data) -> str:
    return esc(_COMPACT.encode(data))


def json_script(data) -> str:
    """JSON safe inside <script>: no `</script>` or `<!--` can close or confuse it."""
    text = _COMPACT.encode(data)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def coords_link(lat: float, lon: float) -> str:
    """Coordinates as a reader writes them, linked to OpenStreetMap: the map without JavaScript."""
    text = f'{abs(lat):.4f}° {"N" if lat >= 0 else "S"}, {abs(lon):.4f}° {"E" if lon >= 0 else "W"}'
    return (f'<a class="hkb-coords" href="https://www.openstreetmap.org/?mlat={lat:.5f}&amp;mlon={lon:.5f}'
            f'#map=15/{lat:.5f}/{lon:.5f}">{text}</a>')


def scroll_box(table: str, label: str) -> str:
    """A wide table in its own horizontally scrolling box, so the page never scrolls sideways on a
    phone; focusable and named, so keyboard users can scroll it too (axe: scrollable-region-focusable)."""
    return f'<div class="hkb-scroll" role="region" tabindex="0" aria-label="{esc(label)}">{table}</div>'
