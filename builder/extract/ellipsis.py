"""Several sites sharing one head noun: 'the temples of Bel and Baalshamin', 'the tombs of Sidi Yahia,
Sidi Mahmoud and Sidi Moctar' name a Temple of Bel and a Temple of Baalshamin.

Each name becomes its own mention (the first one spanning the head noun), so a verb's object groups
them as coordinated sites.
"""
from __future__ import annotations

import re

from ..vocab.site_kinds import site_kinds

SINGULAR = {"temples": "Temple", "tombs": "Tomb", "shrines": "Shrine", "mausoleums": "Mausoleum",
            "churches": "Church", "mosques": "Mosque", "palaces": "Palace", "gates": "Gate",
            "monasteries": "Monastery", "castles": "Castle", "cathedrals": "Cathedral", "towers": "Tower"}
KINDS = site_kinds().plurals
_CAP = r"(?:St\.|[A-Z][\w’'\-]*)"
_NAME = rf"(?:the\s+)?{_CAP}(?:\s+{_CAP}){{0,3}}"
PLURAL_OF = re.compile(
    rf"\b(?:(?:[Tt]he|[Ii]ts|[Tt]heir)\s+(?:[\w,\-]+\s+){{0,2}}?)?({'|'.join(SINGULAR)})\s+of\s+"
    rf"({_NAME}(?:\s*,\s*{_NAME})*\s*,?\s+and\s+{_NAME})")
NAME = re.compile(_NAME)


def shared_heads(text: str):
    """(start, end, name, kind) for each site an elliptical plural names, left to right."""
    out = []
    for m in PLURAL_OF.finditer(text):
        head = m.group(1)
        first = True
        for n in NAME.finditer(text, m.start(2), m.end(2)):
            name = re.sub(r"^the\s+", "", n.group(0))
            if name.split()[0] in ("And",):
                continue
            full = f"{SINGULAR[head]} of {'the ' if n.group(0).startswith('the ') else ''}{name}"
            out.append((m.start() if first else n.start(), n.end(), full, KINDS[head]))
            first = False
    return out
