"""Which of a sentence's dates dates which trigger, and what an undated trigger is dated by.

A date that belongs to the object ('dating back to 5000 BC', 'the 11th-century minaret') dates
nothing; 'by <date>' bounds the event; each trigger takes the date it modifies in the parse
(date_attachment.py); a noun, a perfect or a progressive with no date is 'on or before publication'.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..vocab.registry import family, is_harm
from .clauses import left_clause
from .date_attachment import EVENT_WORDS, after_date, cause_date, date_for, placed_dates
from .dates import DateMention, EDate, open_until, since, until, year
from .parse import span_root
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
# ... the preposition may be the time expression's own first word ('By 1918 it had been hit')
BY_LEAD = re.compile(r"by\s", re.I)


def deadline(text: str, d: DateMention) -> bool:
    """'by late September 2014', 'By 1918': a date that bounds the event, not its time."""
    if d.start == d.end:  # a time taken from the sentence before ('By then', anchors.py) is already read
        return False
    return bool(BY_DATE.search(text[max(0, d.start - 12):d.start]) or BY_LEAD.match(d.text))
# a dateline ('ISTANBUL, July 17 (Newswire) -'): its date is the report's, a bound on what the sentence tells
DATELINE_BEFORE = re.compile(r"^[A-Z][A-Z .'’\-]+(?:,\s*[A-Z][\w .'’\-]*)?,\s*$")
DATELINE_AFTER = re.compile(r"^(?:,?\s*\d{4})?\s*(?:\([^)]{1,40}\)\s*)?(?:--?|[—–])\s")
EVENT_NOUN_AFTER = re.compile(r"^(?:['’]s)?\s+(?:[\w.\-]+\s+)?(?:earthquake|quake|fire|blaze|blast|explosion|bombing|attack|storm|flood)s?\b", re.I)
LEADING_PREPOSITION = re.compile(r"(?:from|to)\s+", re.I)
DATING = re.compile(r"\bdat(?:e|es|ed|ing)\s+(?:back\s+)?(?:to|from)\s+$", re.I)
# a date a 'when' clause describes is that clause's time, whatever the object's state before it
WHEN_AFTER = re.compile(r"^,?\s+when\b", re.I)
OBJECT_DATE = re.compile(r"\b(?:dat(?:e|es|ed|ing)\s+(?:back\s+)?(?:to|from)|back\s+to|by|until|built|founded|"
                         r"constructed|erected|since|from|(?:built|founded|constructed|erected)\s+(?:in|during|around|circa|c\.))\s+(?:the\s+)?$", re.I)


RELATIVES = {"which", "where", "who", "whose"}


def in_relative(text: str, pos: int) -> bool:
    """Inside a relative clause that has not ended (at a comma) by pos: 'X, which had survived a quake in 1934,'."""
    cstart, word = left_clause(text, pos)
    return word in RELATIVES and "," not in text[cstart:pos]


def _determined(text: str, d: DateMention) -> bool:
    """'looted the 4th century Mar Benham monastery': a century after a determiner that no preposition
    governs, before a noun, describes the noun (its age) as the hyphenated form does; 'in the 4th
    century' stays a time."""
    before = text[max(0, d.start - 40):d.start]
    if not re.match(r"(?i)(?:the|an?)\s", d.text) and not re.search(r"(?i)\b(?:the|an?)\s+$", before):
        return False
    return not TIME_PREPOSITION.search(before)


def in_dateline(text: str, d: DateMention) -> bool:
    """'ISTANBUL, July 17 (Newswire) -': the date of the report, not of what it tells."""
    return bool(DATELINE_BEFORE.match(text[:d.start]) and DATELINE_AFTER.match(text[d.end:]))


def usable(text: str, d: DateMention) -> bool:
    """Not an object's date ('dating back to 5000 BC', 'the 9th-century B.C. king')."""
    if EVENT_NOUN_AFTER.match(text[d.end:]):  # "flattened by the April 25 earthquake"
        return True
    if WHEN_AFTER.match(text[d.end:]):  # "stood until December 6, 1992, when volunteers demolished it"
        return True
    # 'the Kellan Chapel (1650)', 'the old bridge (1566-1993)': years in brackets after a name are the thing's
    before = PAREN_BEFORE.search(text[:d.start])
    if before and re.match(r"\s*\)", text[d.end:]) and re.fullmatch(r"[\d\s/–-]+", d.text) \
            and before.group(1).lower() not in EVENT_WORDS:
        return False
    if OBJECT_DATE.search(text[max(0, d.start - 30):d.start]) and not BY_DATE.search(text[max(0, d.start - 30):d.start]):
        return False
    # 'is thought to date from 1910': the preposition may be the time expression's own first word
    lead = LEADING_PREPOSITION.match(d.text)
    if lead and DATING.search(text[max(0, d.start - 30):d.start + lead.end()]):
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
# 'lies in ruins', 'is a heap of rubble': a state seen at publication, the harm done by then
PRESENT_STATE = re.compile(r"(?i)(?:lies|lie|is|are)\b")
PROGRESSIVE_AUX = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)*$", re.I)


def dated_triggers(text: str, trigs: list[Trig], dates: list[DateMention], parses, lex
                   ) -> tuple[list[DateMention], dict[int, DateMention]]:
    """The sentence's usable dates ('by <date>' made an upper bound), and the one each trigger takes
    (date_for, from the sentence's parse)."""
    held = {i: d for i, t in enumerate(trigs) if (d := held_since(text, t, dates)) is not None}
    dates = [d if d.of_event or not (deadline(text, d) and not EVENT_NOUN_AFTER.match(text[d.end:])
                                      or in_dateline(text, d))
             else DateMention(d.start, d.end, until(d.date), d.text, dateline=in_dateline(text, d))
             for d in dates if usable(text, d)]
    if not trigs or not dates:
        return dates, held
    doc = parses[text]
    tokens = [span_root(doc, t.start, t.end) for t in trigs]
    sentence = placed_dates(doc, dates, [tok for tok in tokens if tok is not None], lex.report_media,
                            [tok for t, tok in zip(trigs, tokens) if tok is not None and is_harm(t.event)],
                            [tok for t, tok in zip(trigs, tokens) if tok is not None and family(t.event) == "repair"])
    out = dict(held)
    for i, (t, tok) in enumerate(zip(trigs, tokens)):
        if i in out:
            continue
        cause = cause_date(tok, sentence) if tok is not None and t.rules.state else None
        found = cause or (date_for(tok, sentence) or after_date(tok, sentence) if tok is not None else None)
        if found is not None:
            out[i] = replace(found, of_event=True) if cause else found
    return dates, out


FUTURE_BOUND = re.compile(r"(?i)(?:until|till|by)\s")
PAREN_BEFORE = re.compile(r"(\w+)['’]?\s*\(\s*$")
SINCE_LEAD = re.compile(r"(?i)since\s")
SINCE_BEFORE = re.compile(r"(?i)\bsince\s+$")


def held_since(text: str, t: Trig, dates: list[DateMention]) -> DateMention | None:
    """'on the World Heritage List since 1992', 'in danger since 1993': a listing told with the time it has
    held since is dated by it (the listing's year); 'had been restored by archaeologists since the 1970s':
    a repair told as going on since a time is on or after it."""
    if family(t.event) == "listing":
        return next((d for d in dates if t.start <= d.start <= t.end + 2 and d.date.kind == "point"
                     and (SINCE_LEAD.match(d.text) or SINCE_BEFORE.search(text[t.start:d.start]))), None)
    if family(t.event) != "repair":
        return None
    for d in dates:
        gap = text[t.end:d.start]
        if d.start >= t.end and d.date.kind != "open" and re.fullmatch(r"[^,;.]{0,40}", gap) and \
                not re.search(r"(?i)\b(?:and|but|or|has|have|had|was|were|is|are|\d{4})\b", gap) and (
                SINCE_LEAD.match(d.text) or SINCE_BEFORE.search(gap)):
            start = d.date if d.date.kind == "point" else year(d.date.lo[0])  # 'since the 1970s': 1970/..
            return DateMention(d.start, d.end, since(start), d.text)
    return None


def event_date(text: str, t: Trig, dm: DateMention | None, cstart: int, lex, published) -> EDate | None:
    """The trigger's date: the one date_for gave it (for a trigger that tells a state seen then, 'lay in
    ruins on Wednesday', on or before it, unless it is the date of the event that caused it), else 'on
    or before publication' for a noun, a perfect, a progressive or a report ('has destroyed', 'is
    bulldozing'). A deadline in a year after publication ('will not be finished until 2037', 'by 2030') is
    a plan's, no time of a told event."""
    if dm is not None and FUTURE_BOUND.match(dm.text) and (dm.date.hi or dm.date.lo or (0,))[0] > published.year:
        dm = None
    if dm is not None:
        return until(dm.date) if t.rules.state and not dm.of_event else dm.date
    if t.frame == "noun" or PERFECT.search(text[cstart:t.start]) or BEING.search(text[cstart:t.start]) or \
            PERFECT.search(t.text) or (t.rules.state and PRESENT_STATE.match(t.text)) or \
            (t.text.lower().endswith("ing") and PROGRESSIVE_AUX.search(text[cstart:t.start])) or \
            lex.report_media.search(text[cstart:t.start]):
        return open_until(published)
    return None
