"""What an article says about where it is: the keys of the place names it writes.

`context_keys(text)` is the set of keys of every run of one to four capitalised words (or words in a
script without capitals, such as Arabic), so "Mosul", "Nineveh Governorate" and "Aleppo" in a text
become "mosul", "ninevehgovernorate", "aleppo". It is cheap and over-generous on purpose: a key only
counts when it is where a candidate place lies (its parent, its city, its country), so noise such
as "The" or "Tuesday" never decides anything.
"""
from __future__ import annotations

import re

from .normalize import key

_TOKEN = re.compile(r"[^\W\d_][\w'’ʿʾ-]*", re.UNICODE)
_JOINERS = {"of", "al", "el", "de", "la", "du", "des", "di"}
MAX_WORDS = 4


def _named(token: str) -> bool:
    first = token[0]
    return first.isupper() or (first.isalpha() and not first.isascii() and first.lower() == first.upper())


def context_keys(*texts: str) -> frozenset[str]:
    """Keys of the capitalised word runs (1–4 words) in the texts."""
    out: set[str] = set()
    for text in texts:
        if not text:
            continue
        tokens = _TOKEN.findall(text)
        tokens = [re.sub(r"['’]s$", "", t) for t in tokens]  # Mosul's → Mosul
        for i, tok in enumerate(tokens):
            if not _named(tok):
                continue
            run = []
            for t in tokens[i:i + MAX_WORDS]:
                if not (_named(t) or t.lower() in _JOINERS):
                    break
                run.append(t)
                if _named(t):
                    k = key(" ".join(run))
                    if k:
                        out.add(k)
    return frozenset(out)
