"""Dates a sentence takes from the other sentences of the article, when it has none of its own.

- "They fled in January 2013. Before leaving they set fire to X": a temporal anaphor at the start of
  the sentence sets it at the time of the sentence before (on or before it, for "Before ...ing").
- "X has been destroyed by the earthquake. ... The quake struck on Friday": a definite event noun
  takes the date the article gives the same event, read from the parse (the noun's own date, or
  the date of the verb it is the subject of), wherever it is told (sentence_dates.events_known_at).
"""
from __future__ import annotations

import re
from typing import NamedTuple

from .date_attachment import EVENT_NOUNS, REPORT_VERBS, compared_event, place
from .dates import DateMention, EDate, until
from .event_dates import in_dateline

# A sentence opening with a temporal anaphor is set at the time of the sentence before it:
# "They fled in January 2013. Before leaving they set fire to X" - on or before January 2013.
# "Seconds later, the dome came down", "A few hours later ...": on its day
# "By the time firemen arrived, the hall had burned down": the same night; "By then ...": on or before it
TEMPORAL_ANAPHOR = re.compile(r"^(?:(Before)\s+\w+ing|(By\s+then|By\s+that\s+time)|By\s+the\s+time|(?:After|Upon|On|While|When)\s+\w+ing|Then|Afterwards|"
                              r"Shortly\s+(?:afterwards|after\s+that)|At\s+the\s+same\s+time|"
                              r"(?:A\s+few\s+(?:seconds|minutes|moments|hours)|Seconds|Minutes|Moments|Hours|An?\s+(?:instant|moment|minute|hour)|"
                              r"(?:Two|Three|Four|Several|Some)\s+hours)"
                              r"\s+(?:later|afterwards)|Within\s+(?:seconds|minutes|moments)|"
                              r"(?:(?:Later|Earlier)\s+)?[Tt]hat\s+(?:same\s+)?(?:day|night|morning|evening|afternoon))\b")
NOUN_RX = re.compile(r"\b(?:" + "|".join(sorted({n for g in EVENT_NOUNS for n in g})) + r")\b", re.I)
DEFINITE = frozenset({"the", "that", "this"})


def inherited(text: str, previous: list[DateMention]) -> list[DateMention]:
    """The previous sentence's last date, anchored at the start of a sentence that refers back to it."""
    m = TEMPORAL_ANAPHOR.match(text)
    points = [d for d in previous if d.date.kind == "point"]
    if not m or not points:
        return []
    d = points[-1].date
    return [DateMention(0, 0, until(d) if m.group(1) or m.group(2) else d, m.group(0))]


# "Militants stormed the museum on 10 June. They smashed statues and looted the library": the same doers
# told on in the simple past go on at the time of the sentence before (in its paragraph)
CONTINUED = re.compile(r"^(?:(?:Inside|There|Once\s+inside),?\s+)?(?:They|He|She)\s+(?:then\s+|also\s+)?"
                       r"(?!had\b|have\b|has\b|will\b|would\b|may\b|might\b|could\b|can\b|are\b|is\b|was\b|were\b|did\b|do\b|"
                       r"said\b|say\b|says\b|told\b)[a-z]+\b")


def continued(text: str, previous: list[DateMention]) -> list[DateMention]:
    """The previous sentence's one date to the month or day, for a sentence that tells its doers on."""
    points = [d for d in previous if d.date.kind == "point" and d.date.rank >= 2]
    if len(points) != 1 or not CONTINUED.match(text):
        return []
    return [DateMention(0, 0, points[0].date, "")]


def _kind(word: str) -> int | None:
    word = word.lower()
    return next((i for i, g in enumerate(EVENT_NOUNS) if word in g or word.endswith("s") and word[:-1] in g), None)


def names_event(text: str) -> bool:
    """Whether the sentence has an event noun at all (the parse is read only then)."""
    return bool(NOUN_RX.search(text))


class Telling(NamedTuple):
    """An event noun dated in a sentence; `main`: it is the subject of the sentence's main verb (the
    sentence is about the event: 'On 15 October a tremor ruined ...', not 'on the anniversary of the
    1985 earthquake')."""
    sentence: int
    date: EDate
    main: bool


def dated_events(doc, dates: list[DateMention], sentence: int) -> dict[int, Telling]:
    """Event kinds this sentence dates (to the year at least): "Saturday's earthquake", "the fire of April
    15, 2019" (the noun's own date), "the quake struck at 11.11pm on Friday", "On 15 October a tremor
    ruined ..." (the date of the verb it is the subject of), "the earthquake that struck on Friday"."""
    placed = [place(doc, d) for d in dates if d.date.kind == "point" and d.date.rank >= 1
              and not in_dateline(doc.text, d)]  # the dateline dates the report, not the event
    out: dict[int, Telling] = {}
    for tok in doc:
        kind = _kind(tok.lower_)
        if kind is None or kind in out or compared_event(doc, tok.idx):  # 'as in the great flood of 1890'
            continue
        main = tok.dep_ == "ROOT" or (tok.dep_ in ("nsubj", "nsubjpass") and _main_clause(tok.head)) or (
            tok.dep_ in ("nsubj", "nsubjpass", "appos") and _opens_report(doc.text, tok.idx))
        # the noun's own date ('the quake that struck on Tuesday') before its verb's ('... brought down X,
        # officials said on Thursday' is the verb's time only when the noun has none)
        own = [p for p in placed if p.governor is not None and (
            p.governor.i == tok.i or (p.governor.dep_ in ("relcl", "acl") and p.governor.head.i == tok.i))]
        verb = [p for p in placed if p.governor is not None and tok.dep_ in ("nsubj", "nsubjpass")
                and (p.governor.i == tok.head.i or _in_clause(p.date, tok.head))]
        found = own or verb
        if found:
            out[kind] = Telling(sentence, found[0].date.date, main)
    return out


def _in_clause(d: DateMention, verb) -> bool:
    """A date inside a subordinate clause is that clause's ('... tore away part of X when the storm came ashore on
    Wednesday': the parse may hang the date on the main verb)."""
    return verb.dep_ in ("advcl", "relcl") and verb.left_edge.idx <= d.start and \
        d.end <= verb.right_edge.idx + len(verb.right_edge.text)


def _main_clause(verb) -> bool:
    """The sentence's main verb, or the main verb of what it reports ('Floodwater poured through X on Monday,
    officials said on Tuesday')."""
    return verb.dep_ == "ROOT" or verb.dep_ == "ccomp" and verb.head.dep_ == "ROOT" and verb.head.lower_ in REPORT_VERBS


# 'FINALE EMILIA, Italy, May 21 (Newswire) - The earthquake that struck ...': the parser hangs the report's
# first clause from the dateline's place name; the subject opening it is still the sentence's
DATELINE_LEAD = re.compile(r"^[A-Z][A-Z .'’\-]+(?:,\s*[A-Z][\w .'’\-]*)*,\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2}(?:,\s*\d{4})?\s*)?"
                           r"(?:\([^)]{1,40}\)\s*)?(?:--?|[—–])\s+(?:The|A|An)\s+(?:[\w.\-]+\s+){0,2}$")


def _opens_report(text: str, at: int) -> bool:
    return bool(DATELINE_LEAD.match(text[:at]))


def by_event_noun(doc, known: dict[int, EDate]) -> list[DateMention]:
    """A definite event noun ("when the quake struck", "destroyed by the earthquake") of a kind the
    article dates: that date, placed where the noun stands."""
    for tok in doc:
        kind = _kind(tok.lower_)
        det = next((c for c in tok.children if c.dep_ == "det" and c.lower_ in DEFINITE), None)
        if kind in known and det is not None:
            return [DateMention(det.idx, tok.idx + len(tok.text), known[kind],
                                doc.text[det.idx:tok.idx + len(tok.text)], of_event=True)]
    return []
