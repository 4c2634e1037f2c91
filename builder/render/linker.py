"""Link other sites' names where they appear in free text, in one pass over the words.

Names are indexed by their word sequence; the text is scanned left to right trying the longest
name first. Linear in the text, whatever the number of sites (no regex of 10,000 alternatives).
"""
from __future__ import annotations

import re

from .html import esc

_WORD = re.compile(r"\w+(?:[’']\w+)*", re.UNICODE)


def _key(words) -> tuple[str, ...]:
    return tuple(w.lower().replace("’", "'") for w in words)


class Linker:
    def __init__(self, names: dict[str, str]):
        """names: surface name -> site id. Names of one word shorter than 4 letters are skipped."""
        self.index: dict[tuple[str, ...], str] = {}
        for name, site_id in names.items():
            key = _key(_WORD.findall(name))
            if key and (len(key) > 1 or len(key[0]) >= 4):
                self.index.setdefault(key, site_id)
        self.longest = max((len(k) for k in self.index), default=0)
        # first word -> the lengths (in words) of the names it starts, longest first: most words
        # start no name, so a word costs one dict look-up instead of `longest` tuple builds
        lengths: dict[str, set[int]] = {}
        for key in self.index:
            lengths.setdefault(key[0], set()).add(len(key))
        self.lengths = {word: tuple(sorted(ns, reverse=True)) for word, ns in lengths.items()}

    def html(self, text: str, href, skip: str | None = None) -> str:
        """Escaped `text` with names linked; `href(site_id)` gives the link; `skip` is the page's own site."""
        return joined(self.segments(text, skip), href)

    def segments(self, text: str, skip: str | None = None) -> tuple:
        """`html` before the links are known: escaped text, and a (site id, escaped name) pair for
        each name to link. The same text is linked on several pages, each with its own hrefs."""
        return self._scan(text, *self._words(text), skip)

    def segments_each(self, text: str, skips: tuple) -> tuple:
        """`segments(text, skip)` for each of `skips`, the text split into words once (an event's
        summary is linked on its site's page, skipping that site, and on pages skipping none)."""
        words, keys = self._words(text)
        return tuple(self._scan(text, words, keys, skip) for skip in skips)

    @staticmethod
    def _words(text: str) -> tuple[list, list]:
        folded = text.lower().replace("’", "'")
        # one lower-casing for the whole text, its words where the text's are: unless a letter
        # lower-cases to two (İ) or by what follows the word (Greek final Σ)
        if len(folded) == len(text) and "Σ" not in text:
            words = list(_WORD.finditer(folded))
            keys = [w.group() for w in words]
        else:
            words = list(_WORD.finditer(text))
            keys = _key(w.group() for w in words)
        return words, keys

    def _scan(self, text: str, words: list, keys, skip: str | None) -> tuple:
        out, pos, i, count = [], 0, 0, len(words)
        while i < count:
            for n in self.lengths.get(keys[i], ()):
                if n > count - i:
                    continue
                site_id = self.index.get(tuple(keys[i:i + n]))
                if site_id and site_id != skip:
                    start, end = words[i].start(), words[i + n - 1].end()
                    out.append(esc(text[pos:start]))
                    out.append((site_id, esc(text[start:end])))
                    pos, i = end, i + n
                    break
            else:
                i += 1
        out.append(esc(text[pos:]))
        return tuple(out)


def joined(segments: tuple, href) -> str:
    """Linker.segments as HTML, each name linked to `href(site_id)`."""
    if len(segments) == 1:
        return segments[0]
    return "".join(part if type(part) is str else f'<a class="hkb-site-link" href="{esc(href(part[0]))}">{part[1]}</a>'
                   for part in segments)
