"""Dates a sentence takes from the sentences before it, when it has none of its own.

- "They fled in January 2013. Before leaving they set fire to X": a temporal anaphor at the start of
  the sentence sets it at the time of the sentence before (on or before it, for "Before ...ing").
- "Saturday's earthquake flattened ... The tower collapsed when the quake struck": a definite event
  noun takes the date that an earlier sentence gave the same event.
"""
from __future__ import annotations

import re

from .dates import DateMention, EDate, until

# A sentence opening with a temporal anaphor is set at the time of the sentence before it:
# "They fled in January 2013. Before leaving they set fire to X" - on or before January 2013.
TEMPORAL_ANAPHOR = re.compile(r"^(?:(Before)\s+\w+ing|(?:After|Upon|On|While|When)\s+\w+ing|Then|Afterwards|"
                              r"Shortly\s+(?:afterwards|after\s+that)|At\s+the\s+same\s+time|"
                              r"That\s+(?:same\s+)?(?:day|night|morning|evening|afternoon))\b")


def inherited(text: str, previous: list[DateMention]) -> list[DateMention]:
    """The previous sentence's last date, anchored at the start of a sentence that refers back to it."""
    m = TEMPORAL_ANAPHOR.match(text)
    points = [d for d in previous if d.date.kind == "point"]
    if not m or not points:
        return []
    d = points[-1].date
    return [DateMention(0, 0, until(d) if m.group(1) else d, m.group(0))]


# event nouns that may name the same event again; one set per kind of event
EVENT_NOUNS = [{"earthquake", "quake", "tremor"}, {"fire", "blaze", "inferno"}, {"explosion", "blast", "bombing"},
               {"attack", "assault", "raid"}, {"storm", "cyclone", "hurricane", "typhoon", "flood", "floods"}]
NOUN_RX = re.compile(r"\b(" + "|".join(sorted({n for g in EVENT_NOUNS for n in g}, key=len, reverse=True)) + r")\b", re.I)


def _kind(noun: str) -> int:
    return next(i for i, g in enumerate(EVENT_NOUNS) if noun.lower() in g)


def dated_events(text: str, dates: list[DateMention]) -> dict[int, EDate]:
    """Event kinds this sentence dates: "Saturday's earthquake", "the fire of April 15, 2019", "a blaze on Sunday"."""
    out: dict[int, EDate] = {}
    for n in NOUN_RX.finditer(text):
        for d in dates:
            if d.date.kind != "point" or d.date.rank < 2:
                continue
            before = re.fullmatch(r"['’]s\s+(?:[\w\-.]+\s+){0,2}", text[d.end:n.start()])  # "Saturday's massive quake"
            # "the fire of April 15", "a blaze inside X under control yesterday"
            after = re.fullmatch(r"\s+(?:[\w\-]+\s+){0,6}?(?:(?:of|on|in)\s+)?", text[n.end():d.start])
            if before or after:
                out.setdefault(_kind(n.group(1)), d.date)
    return out


def by_event_noun(text: str, known: dict[int, EDate]) -> list[DateMention]:
    """A definite event noun ("when the quake struck") dated earlier in the article."""
    for n in re.finditer(r"\b(?:the|that|this)\s+(?:[\w\-.]+\s+){0,2}?" + NOUN_RX.pattern, text, re.I):
        kind = _kind(n.group(1))
        if kind in known:
            return [DateMention(n.start(), n.end(), known[kind], n.group(0))]
    return []
