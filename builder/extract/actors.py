"""Who did it: the agent of a passive ('by X') or the subject of an active verb, tidied."""
from __future__ import annotations

import calendar
import re

from ..vocab import vocab
from .model import Mention
from .parse import forms, is_form


def actor_by(text: str, pos: int, end: int) -> str | None:
    m = re.match(r"\s*(?:,\s*)?by\s+(.+?)(?=\s*(?:,|\.|;|$|\bin\b|\bon\b|\bat\b|\bduring\b|\bafter\b|\bthat\b|\bwhich\b|\bwho\b|\baccording\b|\blast\b|\bsince\b))",
                 text[pos:end + 80])
    return m.group(1).strip() if m else None


PARTICIPLE_ASIDE = re.compile(r",\s+(?:\w+ly\s+)?[a-z]+(?:ed|en|wn)\s+by\s+[^,]+,\s*$")


def actor_subject(text: str, cstart: int, pos: int, bword: str, ms_before: list[Mention]) -> str | None:
    if bword == "who":  # "militias loyal to the government who recaptured": the antecedent
        lead = text[:cstart].rstrip()
        lead = re.sub(r"\bwho$", "", lead).rstrip(" ,")
        span = re.split(r",|\bfor\b|\bby\b|\bwith\b|\bthat\b", lead)[-1]
        return tidy(span)
    span = text[cstart:pos]
    # "government troops, backed by Hezbollah fighters, recaptured": a participle's aside between commas
    # is not the subject (whoever backed them did not recapture)
    span = PARTICIPLE_ASIDE.sub("", span)
    span = re.split(r",\s+(?=[a-z])|\bthat\b|\bhow\b", span)[-1]
    return tidy(span)
AUX_TAIL = re.compile(r"(?:\s+(?:had|has|have|was|were|is|are|also|reportedly|allegedly|first|then|later|already|been|be|being|"
                      r"did|to|trying|tried|busy|able|appeared|appear|appears|apparently|now|again|once|most|recently|"
                      r"\[have\]|\[has\]|helped|finally|all|both))+$", re.I)


def tidy(span: str) -> str | None:
    span = " ".join(span.split())
    span = re.sub(r"^(?:[^()]{0,60}\(CNN\)\s*(?:--|—|-)?\s*|[A-Z][A-Z .,'’\-]+\s+[—–-]+\s*)", "", span)  # a dateline
    span = re.sub(r"\b(?:used|using|uses)\b.*$", "", span).strip()
    span = AUX_TAIL.sub("", " " + span).strip(" ,'\"‘’“”")
    span = re.sub(r"^(?:and|but|then|so|yet)\s+", "", span, flags=re.I)
    words = span.split()
    if not words or len(words) > 12:
        return " ".join(words[-8:]) or None
    return span or None



CALENDAR = {m.lower() for m in calendar.month_name[1:] + calendar.day_name[:]}


def actor_phrase(doc) -> str | None:
    """The parsed actor text as a noun phrase naming someone, or None. A leading time phrase goes
    ('Last week ISIS' → 'ISIS'); a phrase headed by a time word, by an event or a natural force
    ('a fire', 'the blast': vocab.yml `actors.not_agents`), or holding a verb, an auxiliary or a
    dangling preposition or conjunction is no actor ('by have yielded thousands of')."""
    words = vocab()["actors"]
    times = forms(frozenset(words["time_heads"]))
    toks = [t for t in doc if not t.is_punct]
    # "Last week ISIS", "On Friday the army": a leading time phrase, up to its time word
    lead = next((i for i, t in enumerate(toks[:4]) if t.lower_ in times or _calendar(t)), None)
    if lead is not None and lead + 1 < len(toks):
        toks = toks[lead + 1:]
    while toks and toks[0].pos_ in ("CCONJ", "SCONJ"):
        toks = toks[1:]
    # ('ransacked, its icons torn down': what a site owns is no one acting on it)
    if not toks or toks[0].pos_ in ("ADP", "AUX", "VERB", "PART", "ADV") or toks[0].lower_ in ("its", "their") or \
            toks[-1].pos_ in ("ADP", "CCONJ", "SCONJ", "DET", "ADV", "AUX", "PART"):
        return None
    inside = {t.i for t in toks}
    roots = [t for t in toks if t.head.i not in inside or t.head.i == t.i]
    if len(roots) != 1:
        return None
    root = roots[0]
    if root.pos_ not in ("NOUN", "PROPN") or root.tag_ == "VBG" or root.lower_ in times or _calendar(root) or \
            is_form(root, frozenset(words["not_agents"])):
        return None
    if any(t.pos_ in ("AUX", "VERB") and t.dep_ not in ("amod", "compound") for t in toks):
        return None
    return doc[toks[0].i:toks[-1].i + 1].text


def _calendar(tok) -> bool:
    """A month or weekday name, or a year ('Friday', 'March', '2015')."""
    return tok.lower_ in CALENDAR or (tok.like_num and len(tok.text) == 4)


def keep_noun_phrases(claims: list, parses) -> None:
    """An actor that is not a noun phrase naming an organisation, force, group or person becomes null."""
    parses.add([c.actor for c in claims if c.actor])
    for c in claims:
        if c.actor:
            phrase = actor_phrase(parses[c.actor])
            c.actor = phrase if phrase and phrase.lower() not in (c.site.lower(), c.mention.lower()) else None


def stage(state) -> None:
    """Stage `actors`: an actor is a noun phrase of the parse, or nothing."""
    keep_noun_phrases(state.claims, state.parses)
