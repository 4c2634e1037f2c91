"""Sites the text describes in lower case instead of naming:

- 'the covered souk', 'the medieval bazaar': a market or quarter with a heritage adjective, named after
  the city the article is about ('Covered Souk of Aleppo');
- 'the fortress and gardens of Diyarbakir': coordinated heads owned by a place, one site;
- 'the ruins of the ancient Buddhist university of Nalanda': an ancient university named by its place;
- 'a giant rock carving of the Buddha', 'the statues of the Buddha': religious images.
"""
from __future__ import annotations

import re

from ..vocab.site_kinds import site_kinds

_CAP = r"(?:[A-Z][\w’'\-]*)"
_PLACE = rf"({_CAP}(?:\s+{_CAP}){{0,2}})"
HEADS = ("fortress|citadel|castle|palace|mosque|church|temple|walls|gardens|ramparts|tombs|mausoleum|monastery|"
         "cathedral|towers?|gates?|bazaar|souk|souq|baths")
QUARTER = re.compile(r"\b[Tt]he\s+((?:covered|old|medieval|ancient|historic|vaulted|centuries-old|Ottoman|Mamluk)\s+)"
                     r"((?:[a-z]+\s+)?(?:souk|souq|souks|souqs|bazaar|bazaars|market|markets|medina|kasbah))\b(?!\s+(?:of|in)\s+[A-Z])")
COORD_OF = re.compile(rf"\b[Tt]he\s+({HEADS})\s+and\s+({HEADS})\s+of\s+{_PLACE}")
UNIVERSITY = re.compile(rf"\b(?:[Tt]he\s+)?(?:ruins\s+of\s+(?:the\s+)?)?(?:ancient|medieval|historic)\s+(?:[A-Z]\w+\s+)?"
                        rf"(?:university|seat\s+of\s+learning|monastic\s+university)\s+of\s+{_PLACE}")
IMAGE = re.compile(r"\b(?:an?|the|two|its)\s+(?:[\w\-]+\s+){0,3}?(?:rock\s+)?(carving|carvings|statue|statues|sculpture|"
                   r"sculptures|relief|figure|image)\s+of\s+(?:the\s+)?(Buddha|Buddhas|Virgin\s+Mary|Virgin|Christ|Shiva|Vishnu|"
                   r"Ganesh|Lord\s+Buddha)\b")


# "toppled a statue of Vladimir Lenin", "the monument to Taras Shevchenko": a public statue of a person, named after
# them (a figure of a faith is IMAGE's)
PERSON_IMAGE = re.compile(rf"\b(?:an?|the|its)\s+(?:[\w\-]+\s+){{0,3}}?(statue|bust|monument|memorial|equestrian\s+statue)\s+"
                          rf"(?:of|to)\s+((?:(?:{'|'.join(sorted(site_kinds().person_titles))}|Saint|St\.?)\s+)?"
                          rf"{_CAP}(?:\s+{_CAP}){{0,2}})\b(?!['’])")


# "the giant Buddha statues of Bamiyan": the place's Buddhas
PLACE_IMAGES = re.compile(rf"\b(?:[Tt]he\s+)?(?:[\w\-]+\s+){{0,2}}?Buddha\s+(?:statues|figures|carvings)\s+(?:of|in|at)\s+{_PLACE}")


def unnamed_sites(text: str, city: str | None):
    """(start, end, name, kind) for each description; `city`: the place the article is about, if any."""
    out = []
    for m in COORD_OF.finditer(text):
        a, b = m.group(1), m.group(2)
        out.append((m.start(), m.end(), f"{m.group(3)} {a.title()} and {b.title()}", site_kinds().kind_of(a, "building")))
    for m in UNIVERSITY.finditer(text):
        out.append((m.start(), m.end(), m.group(1), "archaeological site"))
    for m in PLACE_IMAGES.finditer(text):
        out.append((m.start(), m.end(), f"{m.group(1)} Buddhas", "statue"))
    for m in IMAGE.finditer(text):
        head = m.group(1).rstrip("s")
        out.append((m.start(), m.end(), f"{head.title()} of the {m.group(2).rstrip('s') if m.group(2) != 'Buddhas' else 'Buddha'}",
                    "statue"))
    for m in PERSON_IMAGE.finditer(text):
        if not IMAGE.match(text, m.start()):
            out.append((m.start(), m.end(), f"{m.group(1).split()[-1].title()} of {m.group(2)}", "statue"))
    for m in QUARTER.finditer(text):
        name = f"{m.group(1).strip().title()} {m.group(2).strip().title()}"
        out.append((m.start(), m.end(), f"{name} of {city}" if city else name, "building"))
    return out
