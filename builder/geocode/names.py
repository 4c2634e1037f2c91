"""Name normalisation shared by the gazetteer index, its queries and (later) the extractor.

Two spellings of one place must meet on one key: "The Temple of Baal-Shamin", "temple of
Baalshamin" and "Temple of Ba'alshamin" all become "templeofbaalshamin". The key drops case,
diacritics, apostrophes and ʿayn/hamza marks, bracketed qualifiers, a leading article and the
generic openings people put before a proper name ("the ancient city of Palmyra" is Palmyra).
Spaces go last, so word splits ("Baal Shamin") do not matter.
"""
from __future__ import annotations

import re
import unicodedata

# Openings that say what kind of thing follows, not which: dropped from the front of a name.
# Longest first, so "ancient city of" wins over "ancient".
GENERIC_PREFIXES = tuple(sorted((
    ("the",), ("ancient", "city", "of"), ("ancient", "town", "of"),
    ("ruins", "of"), ("remains", "of"), ("archaeological", "site", "of"), ("site", "of"),
    ("old", "city", "of"), ("historic", "city", "of"),
), key=len, reverse=True))

_MARKS = dict.fromkeys(map(ord, "'’‘`´ʿʾʻʼ"), None)  # apostrophes, ʿayn and hamza: not letters in a key
_BRACKETS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_NON_WORD = re.compile(r"[^0-9a-z]+")


def words(name: str) -> list[str]:
    """The words of `name`: lower case, ASCII, no brackets, no generic opening."""
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).translate(_MARKS)
    text = _BRACKETS.sub(" ", text.casefold().replace("&", " and ").replace("ß", "ss"))
    out = _NON_WORD.sub(" ", text).split()
    changed = True
    while changed and out:
        changed = False
        for prefix in GENERIC_PREFIXES:
            if tuple(out[:len(prefix)]) == prefix and len(out) > len(prefix):
                out, changed = out[len(prefix):], True
                break
    return out


def key(name: str) -> str:
    """The matching key of a name ("" for a name with no letters or digits)."""
    return "".join(words(name))


def without_place(name: str, place: str) -> str | None:
    """The key of `name` with `place` taken off its end or front ("Roman Theatre at Palmyra",
    "Palmyra Agora" → the theatre, the agora), or None when `place` is not there.

    Lets a monument named plainly inside a known parent ("Agora", part of Palmyra) meet the
    gazetteer's label that carries the parent's name.
    """
    w, p = words(name), words(place)
    if not p or len(w) <= len(p):
        return None
    if w[-len(p):] == p:
        rest = w[:-len(p)]
        if rest and rest[-1] in ("at", "of", "in", "near", "de", "di"):
            rest = rest[:-1]
        return "".join(rest) or None
    if w[:len(p)] == p:
        return "".join(w[len(p):]) or None
    return None
