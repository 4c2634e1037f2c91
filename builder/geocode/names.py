"""Name matching for the gazetteer geocoder; the normaliser itself is builder.places.normalize.

Two spellings of one place must meet on one key: "The Temple of Baal-Shamin", "temple of
Baalshamin" and "Temple of Ba'alshamin" all become "templeofbaalshamin". The key drops case,
diacritics, apostrophes and ʿayn/hamza marks, bracketed qualifiers, a leading article and the
generic openings people put before a proper name ("the ancient city of Palmyra" is Palmyra).
Spaces go last, so word splits ("Baal Shamin") do not matter.
"""
from __future__ import annotations

from ..places.normalize import GENERIC_PREFIXES, key, words  # noqa: F401 - one normaliser, below geocoding


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
