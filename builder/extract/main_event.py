"""The article's main event dates the undated harm told while the story stays on it.

'A powerful earthquake shook central Myanmar yesterday, ... damaging scores of temples in Bagan.'
... 'Among the worst hit was the Sulamani temple ...' 'The spire of the Myauk Guni temple broke off.'
The temples' damage is the quake's, though their sentences give no date.

The main event is a day-dated harm claim told in the article's first two sentences, in a sentence
naming a disaster or an attack (earthquake, fire, blast, missile, shelling ...), or a disaster those
sentences date as the subject of their main verb. It dates the harm claims without a date of their
own in the sentences after it, until a sentence gives another time of harm (the story has moved;
photo captions, which date the photo, do not count): a later disaster dated to the month or the day
dates the harm of its own paragraph, and of the next one when its own told none (date_by_main_event);
an aside on another time leaves the story at no known time until 'also' goes back or its paragraph ends.
A date that only says 'on or before publication' ('X reported damage', 'television showed X in ruins')
gives way to the story's. Claims told
as background ('had been', 'during the civil war', 'years ago', 'previously', 'several times since the
invasion') keep no date.
"""
from __future__ import annotations

import re

from ..vocab.registry import family, is_harm, strength
from .lexicon import load

DISASTER = re.compile(r"\b(?:earthquake|quake|tremor|fire|blaze|flames|inferno|blast|explosion|bomb|bombing|missile|"
                      r"rocket|shelling|shells|air\s*strikes?|strike|attack|assault|storm|cyclone|hurricane|typhoon|"
                      r"flood|floods|flooding|floodwaters?|landslide|mudslide|tsunami|wildfire|bushfire)s?\b", re.I)
BACKGROUND = re.compile(r"\b(?:had\s+(?:been\s+|already\s+)?\w+(?:ed|en|wn|lt)|"
                        r"during\s+the\s+(?:[\w-]+\s+){0,2}(?:war|conflict|occupation)|"
                        r"previously|earlier|in\s+the\s+past|years?\s+ago|decades?\s+ago|formerly|once|"
                        r"(?:several|many|two|three)\s+times|repeatedly|since\s+the)\b", re.I)
# "X was also badly hit", "were also reduced to rubble": a passive told with 'also' (the claims it dates
# are harm claims of the vocabulary)
ALSO_HARMED = re.compile(r"\b(?:was|were|has\s+been|have\s+been)\s+also\b", re.I)
RELATIVE = re.compile(r",\s+(?:which|who|where|whose)\b[^,]*,")
# "officials said the dome had collapsed": a pluperfect after a verb of saying (the lexicon's) is the
# report's tense shifted back, not an earlier time ('had already ...' still is)
BACKSHIFTED = re.compile(rf"(\b{load().saying_alt}\b[^.;]*?)\bhad\s+(?!already\b)")
PARAGRAPH = re.compile(r"\n[ \t]*\n")


def _marks_fabric(event: str) -> bool:
    """Graded harm from 'damaged' up (not a bare attack): what a disaster's date may date."""
    return is_harm(event) and strength(event) >= 2


def _unshifted(text: str) -> str:
    """The sentence with the pluperfect of reported speech put back ('said X had collapsed': 'said X
    collapsed'), so that only a time told as earlier marks the background."""
    while (m := BACKSHIFTED.search(text)) is not None:
        text = text[:m.end(1)] + text[m.end():]
    return text


def _caption(text: str) -> bool:
    return not re.search(r"[.!?]['\"’”)]?\s*$", text)


def _main_event(claims, sentences, event_dates):
    """(sentence index, date) of the article's main event, or None."""
    body = [s for s in sentences if not s.highlight and not _caption(s.text)][:2]  # not a title line
    lead = {s.index for s in body}
    main = next((c for c in sorted(claims, key=lambda c: c.sentence) if c.sentence in lead
                 and _marks_fabric(c.event) and c.date is not None and c.date.kind == "point" and c.date.rank >= 3
                 and DISASTER.search(c.quote)), None)
    if main is not None:
        return main.sentence, main.date
    # "The 7.8-magnitude quake struck on Saturday": a dated disaster told without a site
    told = [t for tellings in event_dates.values() for t in tellings if t.sentence in lead and t.main and t.date.rank >= 3]
    first = min(told, key=lambda t: t.sentence, default=None)
    return (first.sentence, first.date) if first else None


def date_by_main_event(state) -> None:
    """Undated harm takes the time of the story it is told in: the main event's, or, for the rest of
    its paragraph, that of a later disaster the text dates to the month or the day ('The earthquake
    came first. On 15 October a tremor ruined ten churches. In Loboc the belfry fell.'). Another time
    of harm with no such date (an aside: 'an earthquake in 1934 destroyed most of it') leaves the story
    at no known time until a sentence goes back with 'also' or a new paragraph begins; a time of something
    else ('built in 1148', 'listed since 1985') does not move it."""
    claims, sentences, event_dates = state.claims, state.sentences, state.event_dates
    at, main = _main_event(claims, sentences, event_dates) or (-1, None)
    story = main  # the time of the story being told: main, a later disaster's, or None (an aside)
    told_harm = False  # whether the paragraph that set the story's time told harm at a site
    for s in sentences:
        if s.index <= at or s.highlight:
            continue
        if story is not main and PARAGRAPH.search(state.text, state.sentences[s.index - 1].offset, s.offset):
            if story is None:  # an aside on another time ends with its paragraph
                story = main
            elif told_harm:  # a later disaster's time holds for its paragraph ...
                story = None
            # ... and for the next one when its own told no harm ('On 15 August an earthquake struck. More than
            # 500 died.' then 'In Pisco, the church collapsed'), no further
            told_harm = True
        here = [c.date for c in claims if c.sentence == s.index and _marks_fabric(c.event) and c.date is not None]
        told = [t for tellings in event_dates.values() for t in tellings if t.sentence == s.index]
        now = story or main
        if not _caption(s.text) and any(now is None or not d.compatible(now) for d in here + [t.date for t in told]):
            story = next((t.date for t in told if t.main and t.date.kind == "point" and t.date.rank >= 2), None)
            told_harm = bool(here)
            continue
        # after an aside on other times, "X was also badly hit" is back on the main event
        if story is None and (main is None or not ALSO_HARMED.search(s.text)):
            continue
        if BACKGROUND.search(_unshifted(RELATIVE.sub(",", s.text))):
            continue
        for c in claims:
            if c.sentence == s.index and _marks_fabric(c.event) and (c.date is None or _publication_bound(c.date, state)):
                c.date = story or main
                told_harm = True


def _publication_bound(date, state) -> bool:
    """'X reported damage', 'television showed X reduced to rubble': a date that only says 'on or before
    publication' (the noun's, the perfect's, the report's) is no time of its own; the story's is finer."""
    p = state.published
    return date.kind == "open" and date.hi == (p.year, p.month, p.day)


def apply_hints(claims, hints) -> None:
    """'the attack, which took place on Sunday' dates the undated event told just before; 'The slate
    quarries of Wales were added to the list on Wednesday. The Slate Landscape ... becomes the UK's 33rd
    World Heritage site': a dated verb with no site dates an undated claim of its kind told next. Told after
    a list ('added A, B and C to the list. The committee inscribed the three sites on Friday'), it dates the
    undated claims of the list's sentence alike."""
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
        # further back, only an event noun told again ('the blaze') is the same event; a verb ('damaged
        # churches') may tell a new one
        near = [c for c in cands if h.sentence - c.sentence <= 4 or (not h.forward and h.noun in c.quote.lower())]
        for c in reversed(near):
            if c.date is None or c.date.kind == "open" or c.date.compatible(h.date):
                if c.date is None or c.date.kind == "open" or c.date.rank < h.date.rank:
                    if c.date is None or c.date.compatible(h.date):
                        # the sites of a list under one trigger ('added A, B and C to the list') are one
                        # telling: the undated others of its sentence take the date too
                        for same in [c] + [o for o in near if o is not c and o.sentence == c.sentence
                                                   and (o.date is None or o.date.kind == "open")
                                                   and o.trigger_at == c.trigger_at >= 0]:
                            same.dates.append(h.date)
                            same.date = h.date
                break


def stage(state) -> None:
    """Stage `event dates` (article level): date hints of siteless event words, then the main event."""
    apply_hints(state.claims, state.hints)
    date_by_main_event(state)
