"""The article's main event dates the undated harm told while the story stays on it.

'A powerful earthquake shook central Myanmar yesterday, ... damaging scores of temples in Bagan.'
... 'Among the worst hit was the Sulamani temple ...' 'The spire of the Myauk Guni temple broke off.'
The temples' damage is the quake's, though their sentences give no date.

The main event is a day-dated harm claim told in the article's first two sentences, in a sentence
naming a disaster or an attack (earthquake, fire, blast, missile, shelling ...). It dates the harm
claims without a date of their own in the sentences after it, until a sentence gives another date
(the story has moved to other times; photo captions, which date the photo, do not count). Claims
told as background ('had been', 'during the war', 'years ago', 'previously') keep no date.
"""
from __future__ import annotations

import re

from .event_dates import usable

DISASTER = re.compile(r"\b(?:earthquake|quake|tremor|fire|blaze|flames|inferno|blast|explosion|bomb|bombing|missile|"
                      r"rocket|shelling|shells|air\s*strikes?|strike|attack|assault|storm|cyclone|hurricane|typhoon|"
                      r"flood|floods|flooding|landslide|tsunami)s?\b", re.I)
BACKGROUND = re.compile(r"\b(?:had\s+(?:been\s+|already\s+)?\w+(?:ed|en|wn|lt)|during\s+the\s+(?:war|conflict|occupation)|"
                        r"previously|earlier|in\s+the\s+past|years?\s+ago|decades?\s+ago|formerly|once|in\s+\d{4})\b", re.I)
HARM = {"destroyed", "damaged"}


def _caption(text: str) -> bool:
    return not re.search(r"[.!?]['\"’”)]?\s*$", text)


def date_by_main_event(claims, sentences, own_dates) -> None:
    """`own_dates`: sentence index → the dates that sentence gives itself."""
    body = [s for s in sentences if not s.highlight][:2]
    main = next((c for c in sorted(claims, key=lambda c: c.sentence) if c.sentence in {s.index for s in body}
                 and c.event in HARM and c.date is not None and c.date.kind == "point" and c.date.rank >= 3
                 and DISASTER.search(c.quote)), None)
    if main is None:
        return
    for s in sentences:
        if s.index <= main.sentence or s.highlight:
            continue
        if not _caption(s.text) and any(not d.date.compatible(main.date) for d in own_dates.get(s.index, [])
                                           if usable(s.text, d)):  # not 'built in the 12th century'
            break
        if BACKGROUND.search(s.text):
            continue
        for c in claims:
            if c.sentence == s.index and c.event in HARM and c.date is None:
                c.date = main.date
