"""Which of a sentence's dates dates which trigger.

Each date goes to its nearest trigger; coordinated verbs share one; a date that belongs to the object
('dating back to 5000 BC', 'the 11th-century minaret') dates nothing; 'by <date>' bounds the event;
a date told with a report ('a video released last week showed ...') only bounds it.
"""
from __future__ import annotations

import re

from .clauses import BOUNDARY, left_clause
from .dates import DateMention, EDate, open_until, until
from .triggers import Trig
ATTRIBUTIVE = re.compile(r"^[\s-]*(?:B\.?C\.?E?\.?\s+)?[A-Z][a-z]+|^-?\s*(?:old|long)\b")
# "the 11th-century minaret": a hyphenated century before a noun is the object's age, not a date
ATTRIBUTIVE_NOUN = re.compile(r"^\s+(?!(?:and|or|when|as|but|to|in|on|at|of|by|with|for|until|after|before)\b)[A-Za-z]")
# the words that make a following century a time ('in the 4th century'); the century pattern itself
# already takes 'early', 'late' and 'the end of'
TIME_PREPOSITION = re.compile(r"(?i)\b(?:in|during|since|from|by|of|until|till|to|before|after|around|through|"
                              r"throughout|between|and)\s+(?:the\s+|an?\s+)?$")
# "by late September 2014 they had been razed": a deadline bounds the event (on or before)
BY_DATE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
EVENT_NOUN_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[\w.\-]+\s+)?(?:earthquake|quake|fire|blaze|blast|explosion|bombing|attack|storm|flood)s?\b", re.I)
OBJECT_DATE = re.compile(r"\b(?:dat(?:e|es|ed|ing)\s+(?:back\s+)?(?:to|from)|back\s+to|by|until|built|founded|"
                         r"constructed|erected|since|from|(?:built|founded|constructed|erected)\s+(?:in|during|around|circa|c\.))\s+(?:the\s+)?$", re.I)


RELATIVES = {"which", "where", "who", "whose"}
SUBORDINATORS = {"before", "after", "when", "while", "as", "since", "until", "because", "although", "though"}


def fronted(text: str, d: DateMention) -> bool:
    """A date opening the sentence and set off by a comma ('On Friday, ...')."""
    return bool(re.fullmatch(r"\s*(?:[Oo]n|[Ii]n|[Ll]ate|[Ee]arly|[Bb]y)?\s*", text[:d.start])) and \
        bool(re.match(r"\s*,", text[d.end:]))


def in_relative(text: str, pos: int) -> bool:
    """Inside a relative clause that has not ended (at a comma) by pos: 'X, which had survived a quake in 1934,'."""
    cstart, word = left_clause(text, pos)
    return word in RELATIVES and "," not in text[cstart:pos]


def subordinate(text: str, t: Trig) -> bool:
    """In a clause opened by 'before', 'after', 'when' ... that has not ended (at a comma) by the trigger."""
    cstart, word = left_clause(text, t.start)
    return word in SUBORDINATORS and "," not in text[cstart:t.start]


TOOK_PLACE = re.compile(r"\b(?:which|that|it)\s+(?:took\s+place|happened|occurred)\s+(?:on|in|at|early|late)?\s*$", re.I)
CLOSES_PHRASE = re.compile(r"\s*,?\s*(?:and|but)\s+(?:then\s+|later\s+|\w+ly\s+)?")


def assign_dates(trigs: list[Trig], dates: list[DateMention], text: str) -> dict[int, DateMention]:
    """Each date goes to its nearest trigger; "N months after X" to the trigger after it."""
    out: dict[int, DateMention] = {}
    for d in dates:
        if not trigs:
            break
        best, best_cost = None, None
        for i, t in enumerate(trigs):
            if d.relative_after and t.start < d.end:
                continue
            if d.end <= t.start:
                gap = text[d.end:t.start]
                cost = len(gap) * 1.5
            elif t.end <= d.start:
                gap = text[t.end:d.start]
                cost = len(gap)
            else:
                continue
            if re.search(r"[;:]|\s--?\s", gap):
                cost += 400
            # "blown up by X in 1936 and rebuilt ...": a date that closes one verb's phrase, right before
            # 'and <next verb>', is that verb's (when one stands before it)
            if d.end <= t.start and CLOSES_PHRASE.fullmatch(gap) and any(u.end <= d.start for u in trigs):
                cost += 300
            # "X, where slate was cut in the 19th century, becomes ...": a relative clause's date stays in it
            if d.end <= t.start and "," in gap and left_clause(text, d.start)[1] in RELATIVES:
                cost += 400
            # "On Friday, hours before soldiers seized a bridge, the committee inscribed X": a fronted date
            # is the main clause's, not a subordinate clause's
            if fronted(text, d) and subordinate(text, t) and any(not subordinate(text, u) for u in trigs if u.start > t.start):
                cost += 500
            if best_cost is None or cost < best_cost:
                best, best_cost = i, cost
        if best is not None and best_cost < 400:
            prev = out.get(best)
            # "... blown up the monastery, which took place on Sunday": the event's own date wins
            took_place = TOOK_PLACE.search(text[max(0, d.start - 40):d.start])
            if prev is None or took_place or abs(prev.start - trigs[best].start) > abs(d.start - trigs[best].start):
                out[best] = d
    return out


def share_dates(trigs: list[Trig], assigned: dict[int, DateMention], text: str) -> dict[int, DateMention]:
    """'videos of militants smashing X and bulldozing Y' last year: verbs coordinated in one clause
    share the date given to the first."""
    out = dict(assigned)
    for i in range(1, len(trigs)):
        if i in out or (i - 1) not in out:
            continue
        gap = text[trigs[i - 1].end:trigs[i].start]
        if re.search(r"\b(?:and|or)\s+(?:then\s+)?$", gap) and not BOUNDARY.search(gap) and "," not in gap:
            out[i] = out[i - 1]
    return out


def _determined(text: str, d: DateMention) -> bool:
    """'looted the 4th century Mar Benham monastery': a century after a determiner that no preposition
    governs, before a noun, describes the noun (its age) as the hyphenated form does; 'in the 4th
    century' stays a time."""
    before = text[max(0, d.start - 40):d.start]
    if not re.match(r"(?i)(?:the|an?)\s", d.text) and not re.search(r"(?i)\b(?:the|an?)\s+$", before):
        return False
    return not TIME_PREPOSITION.search(before)


def usable(text: str, d: DateMention) -> bool:
    """Not an object's date ('dating back to 5000 BC', 'the 9th-century B.C. king')."""
    if EVENT_NOUN_AFTER.match(text[d.end:]):  # "flattened by the April 25 earthquake"
        return True
    if OBJECT_DATE.search(text[max(0, d.start - 30):d.start]) and not BY_DATE.search(text[max(0, d.start - 30):d.start]):
        return False
    if "centur" in d.text and ("-centur" in text[d.start:d.end + 1] or _determined(text, d)) and (
            ATTRIBUTIVE.match(text[d.end:d.end + 20]) or ATTRIBUTIVE_NOUN.match(text[d.end:d.end + 20])):
        return False
    return not re.match(r"^\s*-?\s*(?:year|century)-old", text[d.end:d.end + 15])


def adopt_orphan_dates(claims: list[Claim], orphans: list[tuple[Trig, EDate]], family=lambda e: e) -> None:
    """'A fire raged through X on Monday evening and toppled its spire': the date went to the nearer,
    siteless verb; an undated claim of the same sentence takes it (the sentence tells one episode)."""
    for c in claims:
        same = [d for t, d in orphans if family(t.event) == family(c.event)]  # not a listing's date for a harm
        if c.date is None and same:
            c.date = same[0]


BEING = re.compile(r"\b(?:is|are)\s+(?:still\s+|now\s+)?being\s+(?:\w+ly\s+)?$", re.I)  # "is being flooded"
PERFECT = re.compile(r"\b(?:has|have|'ve|\[have\])\b", re.I)
PROGRESSIVE_AUX = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)*$", re.I)


def dated_triggers(text: str, trigs: list[Trig], dates: list[DateMention]) -> tuple[list[DateMention], dict[int, DateMention]]:
    """The sentence's usable dates ('by <date>' made an upper bound), and the one each trigger takes."""
    dates = [d if not BY_DATE.search(text[max(0, d.start - 12):d.start]) or EVENT_NOUN_AFTER.match(text[d.end:])
             else DateMention(d.start, d.end, until(d.date), d.text) for d in dates if usable(text, d)]
    return dates, share_dates(trigs, assign_dates(trigs, dates, text), text)


def event_date(text: str, t: Trig, dm: DateMention | None, cstart: int, lex, published) -> EDate | None:
    """The trigger's date: its own date (an upper bound when told with a report), else 'on or before
    publication' for a noun, a perfect, a progressive or a report ('has destroyed', 'is bulldozing')."""
    if dm is not None:
        lo, hi = sorted((dm.end, t.start)) if dm.end <= t.start else (t.end, dm.start)
        between = text[lo:hi]
        near = text[dm.end:dm.end + 25]
        media = lex.report_media.search(between) or (dm.end <= t.start and lex.report_media.match(near.strip()))
        return until(dm.date) if media else dm.date
    if t.frame == "noun" or PERFECT.search(text[cstart:t.start]) or BEING.search(text[cstart:t.start]) or \
            (t.text.lower().endswith("ing") and PROGRESSIVE_AUX.search(text[cstart:t.start])) or \
            lex.report_media.search(text[cstart:t.start]):
        return open_until(published)
    return None
