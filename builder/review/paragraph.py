"""A quote inside its paragraph of the source text, for a reviewer to read it in context.

Paragraphs are separated by blank lines (or, in a text without any, by line breaks). The quote is
found up to white space and typography (check/quotes.fold), as `heritage check` finds it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..check.quotes import fold

_BLANK = re.compile(r"\n\s*\n")


@dataclass(frozen=True)
class InContext:
    before: str
    quote: str
    after: str


def paragraphs(text: str) -> list[str]:
    parts = _BLANK.split(text) if _BLANK.search(text) else text.splitlines()
    return [p.strip() for p in parts if p.strip()]


def locate(quote: str, texts: list[str]) -> InContext | None:
    """The paragraph holding `quote` in any of the texts (a source's renditions), split around it."""
    wanted = fold(quote)
    if not wanted:
        return None
    for text in texts:
        for para in paragraphs(text):
            flat = fold(para)
            at = flat.find(wanted)
            if at >= 0:
                return InContext(flat[:at], flat[at:at + len(wanted)], flat[at + len(wanted):])
    return None
