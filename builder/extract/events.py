"""Event triggers in one sentence → raw claims (site, event, date, actor) and date hints.

The stages, one module each: triggers (find them, drop blocked ones) → frames (which site each is
about, and who did it: actors) → event_dates (which date goes to which trigger) → extent (partial
harm) → certainty. This module only strings them together for one sentence.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import certainty as cert
from .ages import age_claims
from .clauses import left_clause, right_clause
from .dates import DateMention, EDate
from .event_dates import adopt_orphan_dates, dated_triggers, event_date
from .extent import event_for
from .frames import is_passive, sites_for
from .lexicon import Lexicon
from .parse import Parses
from .model import Claim, Mention, Sentence
from .triggers import ADJECTIVAL, Trig, blocked, find_triggers

__all__ = ["Hint", "age_claims", "extract_sentence", "find_triggers"]

# a listing is told with its list or its body; 'inscribed' alone is carving
LISTING_CONTEXT = re.compile(r"World\s+Heritage|UNESCO|Unesco|heritage\s+list|[Cc]ommittee|tentative\s+list")
# between two verbs sharing one object ("smashed and looted the museum") only these words stand
SHARED_OBJECT_GAP = re.compile(r"^[\s,]*(?:(?:and|or|then|also|later|\w+ly)[\s,]+)*$", re.I)
# "Timbuktu's centuries-old tombs": the possessed sites are the patient, not the city
POSSESSED_SITES = re.compile(r"^['’]s\s+(?:[\w\-]+\s+){0,2}?(?:tombs|shrines|mausoleums|mosques|churches|temples|"
                             r"monuments|statues|graves|libraries|museums)\b", re.I)

REPAIR_CONTEXT = re.compile(r"\b(?:restor|rebuil|reconstruct|repair|renovat|refurbish)\w*", re.I)
# an indefinite or counted object is a new thing: 'inscribed 17 works' is not the listing told before
NEW_OBJECT = re.compile(r"\s+(?:a|an|\d[\d,]*|some|several|dozens|hundreds|many|more|other|another)\b", re.I)
SEQUEL = re.compile(r"\b(?:later|afterwards|subsequently|eventually)\b", re.I)
# who storms a museum to loot it does not seize it; who drives others out is not retaking it if it is
# an armed group, not a state's forces ('Ansar Dine later drove the rebels out of Timbuktu')
NOT_CAPTORS = re.compile(r"\b(?:looters|thieves|robbers|burglars|mob|mobs|rioters|protesters|crowds?)\b", re.I)
THIEVES = re.compile(r"\b(?:thieves|thief|burglars?|robbers?|looters|raiders|gang)\b", re.I)
NON_STATE = re.compile(r"\b(?:militants?|jihadists?|insurgents?|rebels?|Islamists?|ISIS|ISIL|Islamic\s+State|al[\s-]Qaeda|"
                       r"Ansar\s+Dine|Taliban|al[\s-]Shabaab|Boko\s+Haram|Houthis?|fighters|group)\b")


@dataclass
class Hint:
    """A dated event mention with no site of its own: it dates the event told just before."""
    family: str
    date: EDate
    sentence: int
    noun: str
    forward: bool = False  # a siteless verb: may date an undated claim told in the next sentence
    backward: bool = True  # not a verb with an object of its own ('inscribed 17 works': another event)


def extract_sentence(sent: Sentence, mentions: list[Mention], dates: list[DateMention], lex: Lexicon,
                     published: dt.date, history: list[Mention], prev: Sentence | None,
                     earlier: str = "", parses=None) -> tuple[list[Claim], list[Hint]]:
    """`earlier`: the article's text before this sentence (what a listing or a repair is about);
    `parses`: the article's parses (parse.Parses), where dates find their triggers."""
    text = sent.text
    trigs = find_triggers(text, lex)
    dates, assigned = dated_triggers(text, trigs, dates, parses if parses is not None else Parses(), lex)
    claims: list[Claim] = []
    hints: list[Hint] = []
    orphans: list[tuple[Trig, EDate]] = []  # dated triggers that found no site
    sequels = {t.text for t in trigs if SEQUEL.search(text[left_clause(text, t.start)[0]:t.start])}
    for i, t in enumerate(trigs):
        cstart, bword = left_clause(text, t.start)
        if not _live(text, t, lex, cstart, bword, prev, earlier):
            continue
        rend = right_clause(text, t.end)
        nxt = next((u for u in trigs[i + 1:] if u.start < rend), None)
        if nxt is not None and not SHARED_OBJECT_GAP.match(text[t.end:nxt.start]):
            rend = nxt.start  # "smashed windows and damaged the organ of X": X is the second verb's
        before = [m for m in mentions if cstart <= m.start and m.end <= t.start]
        right = [m for m in mentions if t.end <= m.start and m.start < rend]
        passive = is_passive(text, t, cstart, before, right)
        sites, actor = sites_for(text, t, passive, before, right, mentions, cstart, bword, history)
        event = _event_by_actor(t, actor)
        if event is None:
            continue
        dm = assigned.get(i)
        date = event_date(text, t, dm, cstart, lex, published)
        certainty = cert.assess(text, t.start, t.end, cstart, rend, lex, prev.text if prev else "")
        if not sites:
            word = t.text.split()[0]
            # a summary bullet re-tells; its dates do not date other events ("Souk burned last September")
            if dm is not None and date is not None and date.rank >= 2 and date.kind == "point" and not sent.highlight:
                hints.append(Hint(lex.family(t.event), date, sent.index, word.lower(), forward=t.frame != "noun",
                                  backward=not (t.frame == "object" and not passive and NEW_OBJECT.match(text, t.end))))
            if dm is not None and date is not None and all(m.site.heritage for m in before + right):
                orphans.append((t, date))
            continue
        for m in sites:
            if not m.site.heritage or POSSESSED_SITES.match(text[m.end:]):
                continue
            claims.append(Claim(
                site=m.site.name, mention=m.text, event=event_for(text, t, m, cstart, passive, event), date=date,
                actor=actor, certainty=certainty, quote=text, offset=sent.offset, sentence=sent.index,
                kind=m.site.kind, aliases=[m.text] + list(m.site.aliases), quotes=[text], part_of=m.site.part_of,
                trigger=t.text, highlight=sent.highlight, noun=t.frame == "noun", known=m.site.known,
                pending=m.site.pending, offset_in=m.start, trigger_at=t.start))
    # "... and Ansar Dine later drove the rebels out": a later episode does not take the earlier date
    adopt_orphan_dates([c for c in claims if c.trigger not in sequels], orphans, lex.family)
    hints += _noun_hints(sent, trigs, dates, assigned, claims, lex)
    return claims, hints


def live_events(sent: Sentence, lex: Lexicon, prev: Sentence | None, earlier: str = "") -> list[str]:
    """The events of the sentence's triggers that are not blocked (whether or not a site was found)."""
    out = []
    for t in find_triggers(sent.text, lex):
        cstart, bword = left_clause(sent.text, t.start)
        if _live(sent.text, t, lex, cstart, bword, prev, earlier):
            out.append(t.event)
    return out


def _event_by_actor(t: Trig, actor: str | None) -> str | None:
    """The trigger's event given who did it, or None when it is no event of its kind."""
    if t.event == "seized" and actor and NOT_CAPTORS.search(actor):
        return None
    if t.event == "looted" and re.match(r"(?:broke|break)", t.text, re.I) and "(?=" not in t.text and \
            not (actor and THIEVES.search(actor)) and not re.search(r"\s(?:and|before)\s", t.text):
        return None  # "protesters broke into the parliament": no theft told
    if t.frame == "enemy" and actor and NON_STATE.search(actor):
        return "seized"
    return t.event


def _live(text: str, t: Trig, lex: Lexicon, cstart: int, bword: str, prev: Sentence | None, earlier: str = "") -> bool:
    """Not blocked, not an adjective ('a devastating fire'), not carving told as 'inscribed', not
    building work told as 'work on X was completed'."""
    if blocked(text, t, lex, cstart, bword):
        return False
    if t.frame in ("object", "subject") and t.text.lower().endswith("ing") and ADJECTIVAL.search(text[:t.start]):
        return False
    if t.event == "inscribed":
        # the list is named here or just before, or it is 'the list' of an article about the heritage list
        local = LISTING_CONTEXT.search(text + " " + (prev.text if prev else ""))
        the_list = re.search(r"\b(?:the|its|that)\s+list\b", text[t.start:]) and LISTING_CONTEXT.search(earlier)
        if not (local or the_list):
            return False
    if t.event == "restored" and t.frame == "noun" and re.match(r"(?:\w+\s+)?works?\b", t.text, re.I) and \
            not REPAIR_CONTEXT.search(earlier[-600:] + " " + text):
        return False
    return True


def _noun_hints(sent: Sentence, trigs: list[Trig], dates: list[DateMention], assigned: dict, claims: list[Claim],
                lex: Lexicon) -> list[Hint]:
    """Nouns that name an event ("the attack, which took place on Sunday") date the event before."""
    text = sent.text
    out = []
    for m in lex.event_nouns.finditer(text if not sent.highlight else ""):  # bullets re-tell, they do not date
        for d in dates:
            if d.date.rank >= 2 and d.date.kind == "point" and 0 <= d.start - m.end() < 60 and \
                    not any(t.start <= m.start() < t.end for t in trigs if assigned.get(trigs.index(t)) is d and _has_site(t, claims)):
                out.append(Hint("harm", d.date, sent.index, m.group(0).lower()))
    return out


def _has_site(t: Trig, claims: list[Claim]) -> bool:
    return any(c.trigger == t.text for c in claims)
