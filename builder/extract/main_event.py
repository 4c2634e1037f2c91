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

from .anchors import dated_events
from ..vocab.registry import family, is_harm, strength
from .event_dates import in_relative, usable

DISASTER = re.compile(r"\b(?:earthquake|quake|tremor|fire|blaze|flames|inferno|blast|explosion|bomb|bombing|missile|"
                      r"rocket|shelling|shells|air\s*strikes?|strike|attack|assault|storm|cyclone|hurricane|typhoon|"
                      r"flood|floods|flooding|landslide|tsunami)s?\b", re.I)
BACKGROUND = re.compile(r"\b(?:had\s+(?:been\s+|already\s+)?\w+(?:ed|en|wn|lt)|during\s+the\s+(?:war|conflict|occupation)|"
                        r"previously|earlier|in\s+the\s+past|years?\s+ago|decades?\s+ago|formerly|once)\b", re.I)
# "X was also badly hit", "were also reduced to rubble": a passive told with 'also' (the claims it dates
# are harm claims of the vocabulary)
ALSO_HARMED = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+also\b", re.I)
RELATIVE = re.compile(r",\s+(?:which|who|where|whose)\b[^,]*,")


def _marks_fabric(event: str) -> bool:
    """Graded harm from 'damaged' up (not a bare attack): what a disaster's date may date."""
    return is_harm(event) and strength(event) >= 2


def _caption(text: str) -> bool:
    return not re.search(r"[.!?]['\"’”)]?\s*$", text)


def date_by_main_event(claims, sentences, own_dates) -> None:
    """`own_dates`: sentence index → the dates that sentence gives itself."""
    body = [s for s in sentences if not s.highlight][:2]
    main = next((c for c in sorted(claims, key=lambda c: c.sentence) if c.sentence in {s.index for s in body}
                 and _marks_fabric(c.event) and c.date is not None and c.date.kind == "point" and c.date.rank >= 3
                 and DISASTER.search(c.quote)), None)
    if main is not None:
        at, date = main.sentence, main.date
    else:  # "The 7.8-magnitude quake struck on Saturday": a dated disaster told without a site
        told = next(((s.index, d) for s in body for d in dated_events(s.text, own_dates.get(s.index, [])).values()
                     if d.rank >= 3), None)
        if told is None:
            return
        at, date = told
    moved = False
    for s in sentences:
        if s.index <= at or s.highlight:
            continue
        # (a date in a relative clause is background: "The tower, which had survived a quake in 1934, collapsed")
        other = any(not d.date.compatible(date) for d in own_dates.get(s.index, [])
                    if usable(s.text, d) and not in_relative(s.text, d.start))
        if not _caption(s.text) and other:
            moved = True
            continue
        # after an aside on other times, "X was also badly hit" is back on the main event
        if moved and (other or not ALSO_HARMED.search(s.text)):
            continue
        if BACKGROUND.search(RELATIVE.sub(",", s.text)):
            continue
        for c in claims:
            if c.sentence == s.index and _marks_fabric(c.event) and c.date is None:
                c.date = date


def apply_hints(claims, hints) -> None:
    """'the attack, which took place on Sunday' dates the undated event told just before; 'The slate
    quarries of Wales were added to the list on Wednesday. The Slate Landscape ... becomes the UK's 33rd
    World Heritage site': a dated verb with no site dates an undated claim of its kind told next."""
    for h in hints:
        if h.forward:
            for c in claims:
                if c.sentence == h.sentence + 1 and c.date is None and family(c.event) == h.family \
                        and not c.highlight:
                    c.date = h.date
                    c.dates.append(h.date)
        if not h.backward:
            continue
        cands = [c for c in claims if c.sentence < h.sentence and family(c.event) == h.family]
        near = [c for c in cands if h.sentence - c.sentence <= 4 or h.noun in c.quote.lower()]
        for c in reversed(near):
            if c.date is None or c.date.kind == "open" or c.date.compatible(h.date):
                if c.date is None or c.date.kind == "open" or c.date.rank < h.date.rank:
                    if c.date is None or c.date.compatible(h.date):
                        c.dates.append(h.date)
                        c.date = h.date
                break


def stage(state) -> None:
    """Stage `event dates` (article level): date hints of siteless event words, then the main event."""
    apply_hints(state.claims, state.hints)
    date_by_main_event(state.claims, state.sentences, state.own_dates)
