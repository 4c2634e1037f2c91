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
from .clauses import left_clause, quoted, right_clause
from .dates import DateMention, EDate
from .date_attachment import compared_event
from .event_dates import adopt_orphan_dates, dated_triggers, event_date
from ..vocab.registry import family, is_harm, partial as partial_event
from ..vocab.site_kinds import site_kinds
from .extent import event_for
from .frames import is_passive, sites_for, told_before
from .sites import ANAPHOR
from .roles import main_argument, pronoun_patient, read_roles, renamed, trigger_token
from .lexicon import Lexicon
from .parse import Parses, span_root
from .model import Claim, Mention, Sentence
from .triggers import ADJECTIVAL, Trig, blocked, find_triggers

__all__ = ["Hint", "age_claims", "extract_sentence", "find_triggers"]

# between two verbs sharing one object ("smashed and looted the museum") only these words stand
SHARED_OBJECT_GAP = re.compile(r"^[\s,]*(?:(?:and|or|then|also|later|\w+ly)[\s,]+)*$", re.I)
# "Timbuktu's centuries-old tombs": the possessed sites are the patient, not the city
POSSESSED_SITES = re.compile(r"^['’]s\s+(?:[\w\-]+\s+){0,2}?(?:tombs|shrines|mausoleums|mosques|churches|temples|"
                             r"monuments|statues|graves|libraries|museums)\b", re.I)

# an indefinite or counted object is a new thing: 'inscribed 17 works' is not the listing told before
NEW_OBJECT = re.compile(r"\s+(?:a|an|\d[\d,]*|some|several|dozens|hundreds|many|more|other|another)\b", re.I)
IT = re.compile(r"\b[Ii]ts?\b")
WHOLE = {"ruins", "remains", "site", "sites"}  # 'its ruins were inscribed': what stands for the whole site
INCLUDED = re.compile(r"\b(?:which|that)\s+(?:also\s+)?(?:includes?|included|comprises?|contains?)\s+[^;]*$")
SEQUEL = re.compile(r"\b(?:later|afterwards|subsequently|eventually)\b", re.I)


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
                     earlier: str = "", parses=None, recent: list | None = None) -> tuple[list[Claim], list[Hint]]:
    """`earlier`: the article's text before this sentence (what a listing or a repair is about);
    `parses`: the article's parses (parse.Parses), where dates find the trigger they modify;
    `recent`: the mentions of the sentences just before (`recent_mentions`), whose building a part noun
    of this one may belong to."""
    text = sent.text
    trigs = find_triggers(text, lex)
    dates, assigned = dated_triggers(text, trigs, dates, parses if parses is not None else Parses(), lex)
    claims: list[Claim] = []
    hints: list[Hint] = []
    orphans: list[tuple[Trig, EDate]] = []  # dated triggers that found no site
    sequels = {t.text for t in trigs if SEQUEL.search(text[left_clause(text, t.start)[0]:t.start])}
    sited: list[tuple[Trig, list[Mention]]] = []  # triggers that found their sites, for a conjunct that names none
    for i, t in enumerate(trigs):
        cstart, bword = left_clause(text, t.start)
        if not _live(text, t, lex, cstart, bword, prev, earlier):
            continue
        if parses is not None and _work_under_way(parses, text, t):
            continue
        rend = right_clause(text, t.end)
        nxt = next((u for u in trigs[i + 1:] if u.start < rend), None)
        if nxt is not None and not SHARED_OBJECT_GAP.match(text[t.end:nxt.start]):
            rend = nxt.start  # "smashed windows and damaged the organ of X": X is the second verb's
        before = [m for m in mentions if cstart <= m.start and m.end <= t.start]
        right = [m for m in mentions if t.end <= m.start and m.start < rend]
        passive = is_passive(text, t, cstart, before, right)
        sites, actor = sites_for(text, t, passive, before, right, mentions, cstart, bword, history, sent.paragraph)
        held = []  # sites that only held what was harmed ('statues inside the Mosul Museum')
        if parses is not None and (mentions or recent):
            sites, held = read_roles(parses[text], t, mentions, sites, recent or [])
        if not sites and parses is not None and (history or mentions) and IT.search(text) and \
                (it := pronoun_patient(parses[text], t)) is not None and not _unnamed_before(text, it.idx, mentions):
            main = main_argument(it) and not quoted(text, it.idx)  # (in quoted speech 'it' is the speaker's)
            sites = told_before(text, mentions, history, it.idx, sent.paragraph, main)  # coreference.py rule 2
            if it.lower_ == "its" and it.head.lower_ not in WHOLE:  # 'its first dome collapsed': a part of it
                held = list(sites)
        listed = [m for m in mentions if t.start <= m.listed_at < t.end] if t.event == "inscribed" else []
        if listed:  # the names the parse (or a dashed list) says the verb lists, and only those, with the
            # descriptions coordinated with them ('inscribed the cathedral, the Palace of Tau and ...')
            doc = parses[text] if parses is not None else None
            sites = listed + [m for m in sites if m not in listed and doc is not None and _listed_object(doc, m, t)]
            sites.sort(key=lambda m: m.start)
        if t.event == "inscribed":  # 'X, which includes both temples and the Valley of the Kings, has been on the
            # list since 1979': what the property includes is listed as part of it, not on its own
            sites = [m for m in sites if not (m.end <= t.start and INCLUDED.search(text, 0, m.start))]
        event = t.rules.event_by(t.event, actor)
        if event is None:
            continue
        dm = assigned.get(i)
        date = event_date(text, t, dm, cstart, lex, published)
        certainty = cert.assess(text, t.start, t.end, cstart, rend, lex, prev.text if prev else "")
        if not sites and sited and parses is not None and t.frame != "noun":  # (a sited trigger: the sentence is parsed)
            sites, how, partner = _conjunct_sites(parses[text], t, sited)
            if how == "consequence":  # (what the participle's surface frame took for its actor is the site's description)
                held, actor = list(sites), None
            elif how == "break-in":  # the break-in told with the theft is the theft (its doer the thief)
                actor = actor or next((c.actor for c in claims if c.trigger_at == partner.start), None)
                claims = [c for c in claims if c.trigger_at != partner.start]
        if not sites:
            word = t.text.split()[0]
            # a summary bullet re-tells; its dates do not date other events ("Souk burned last September")
            if dm is not None and date is not None and date.rank >= 2 and date.kind == "point" and not sent.highlight \
                    and not (parses is not None and compared_event(parses[text], t.start)):  # 'as in the flood of 1890'
                hints.append(Hint(lex.family(t.event), date, sent.index, word.lower(), forward=t.frame != "noun",
                                  backward=not (t.frame == "object" and not passive and NEW_OBJECT.match(text, t.end))))
            if dm is not None and date is not None and all(m.site.heritage for m in before + right):
                orphans.append((t, date))
            continue
        sited.append((t, sites))
        told: dict[int, str] = {}  # each mention's event, for an appositive after it
        for m in sites:
            if not m.site.heritage or POSSESSED_SITES.match(text[m.end:]):
                continue
            # "the spire of X, the country's oldest church": the appositive tells what its noun tells
            same = renamed(parses[text], m, sites) if parses is not None else None
            told[m.start] = told[same.start] if same is not None and same.start in told else \
                partial_event(event) if m in held else event_for(text, t, m, cstart, passive, _by_kind(text, t, m, event))
            for site in (m.site, *m.others):  # ('both mosques': each of the two)
                claims.append(Claim(
                    site=site.name, mention=m.text, event=told[m.start], date=date,
                    actor=actor, certainty=certainty, quote=text, offset=sent.offset, sentence=sent.index,
                    kind=site.kind, aliases=[m.text] + list(site.aliases), quotes=[text], part_of=site.part_of,
                    trigger=t.text, highlight=sent.highlight, noun=t.frame == "noun", known=site.known,
                    pending=site.pending, offset_in=m.start, trigger_at=t.start, listed=m.listed_at >= 0))
    # "... and Ansar Dine later drove the rebels out": a later episode does not take the earlier date
    adopt_orphan_dates([c for c in claims if c.trigger not in sequels], orphans, lex.family)
    hints += _noun_hints(sent, trigs, dates, assigned, claims, lex, parses)
    return claims, hints


def _unnamed_before(text: str, pos: int, mentions: list[Mention]) -> bool:
    """Does a description the site finder could not name stand before `pos` in the sentence ('dig the temple out
    again, and in 1985 it was inscribed')? Then that is what 'it' stands for, not a site told before."""
    # (an appositive renames the site before it: 'the Temple of the Tooth in Kandy, the most sacred shrine')
    return any(not any(x.start <= d.start() < x.end for x in mentions) and not re.search(r",\s*$", text[:d.start()])
               for d in ANAPHOR.finditer(text, 0, pos))


def _by_kind(text: str, t: Trig, m: Mention, event: str) -> str:
    """The event for the kind of site its subject right before it is ('the city fell': seized; not 'In Apamea the
    colonnade fell')."""
    if m.end <= t.start and re.fullmatch(r"\s*(?:\w+ly\s+)?", text[m.end:t.start]):
        return t.rules.event_for_kind(event, m.site.kind)
    return event


def _work_under_way(parses, text: str, t: Trig) -> bool:
    """'a fire started by builders repairing the roof': a repair told as what people were doing (a present
    participle modifying a noun) is work under way, not a restoration done."""
    if t.event != "restored" or not t.text.lower().split()[0].endswith("ing"):
        return False
    tok = span_root(parses[text], t.start, t.end)
    return tok is not None and tok.dep_ == "acl" and tok.tag_ == "VBG"


def _listed_object(doc, m: Mention, t: Trig) -> bool:
    """Is the mention the listing verb's object (the passive's subject), or coordinated with it?"""
    tok = span_root(doc, m.start, m.end)
    while tok is not None and tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok is not None and tok.dep_ in ("dobj", "nsubjpass") and tok.head.tag_.startswith("VB") and \
        t.start <= tok.head.idx < t.end


def live_events(sent: Sentence, lex: Lexicon, prev: Sentence | None, earlier: str = "") -> list[str]:
    """The events of the sentence's triggers that are not blocked (whether or not a site was found)."""
    out = []
    for t in find_triggers(sent.text, lex):
        cstart, bword = left_clause(sent.text, t.start)
        if _live(sent.text, t, lex, cstart, bword, prev, earlier):
            out.append(t.event)
    return out


def _live(text: str, t: Trig, lex: Lexicon, cstart: int, bword: str, prev: Sentence | None, earlier: str = "") -> bool:
    """Not blocked, not an adjective ('a devastating fire'), and its context stands near it (carving is
    not 'inscribed' on a list; 'work on X was completed' is no repair outside an article about repair)."""
    if blocked(text, t, lex, cstart, bword):
        return False
    if t.frame in ("object", "subject") and t.text.lower().endswith("ing") and ADJECTIVAL.search(text[:t.start]):
        return False
    if t.rules.context and not t.rules.context.holds(text, t.start, prev.text if prev else "", earlier):
        return False
    return True


def _conjunct_sites(doc, t: Trig, sited: list) -> tuple[list[Mention], str, Trig | None]:
    """The sites a trigger naming none takes from an earlier one of its sentence that found them, how, and from
    which trigger: (sites, how, partner), `how` one of
    - "same": 'took 19 paintings from the house in 1974, and a gang ... stole 18 more in 1986', a verb of the same
      event coordinated with it tells of that site again;
    - "break-in": 'smashed through the door of X and stole a painting', the break-in's site is where the theft was
      (the break-in is the theft's, no harm of its own);
    - "consequence": 'Bombs exploded on the terraces of Borobudur, damaging nine stupas', a participle of
      consequence harmed things at that site (its event is the partial one)."""
    verb = trigger_token(doc, t.start, t.end, False)
    if verb is None or verb.pos_ != "VERB":
        return [], "", None
    for u, sites in reversed(sited):
        other = trigger_token(doc, u.start, u.end, u.frame == "noun")
        if other is None or other.i >= verb.i:
            continue
        if verb in other.conjuncts and u.event == t.event:
            return sites, "same", u
        if verb in other.conjuncts and family(t.event) == "loss" and is_harm(u.event):
            return sites, "break-in", u
        # (the trigger may be the verb's subject: 'Bombs exploded ...')
        if verb.dep_ == "advcl" and verb.head.i in (other.i, other.head.i) and verb.tag_ == "VBG":
            return sites, "consequence", u
    return [], "", None


def _noun_hints(sent: Sentence, trigs: list[Trig], dates: list[DateMention], assigned: dict, claims: list[Claim],
                lex: Lexicon, parses=None) -> list[Hint]:
    """Nouns that name an event ("the attack, which took place on Sunday") date the event before."""
    text = sent.text
    out = []
    for m in lex.event_nouns.finditer(text if not sent.highlight else ""):  # bullets re-tell, they do not date
        for d in dates:
            # a date a sited trigger of the sentence took dates that event ('was gutted by fire on 5 October'):
            # the noun tells its means, not an event of its own
            if d.date.rank >= 2 and d.date.kind == "point" and 0 <= d.start - m.end() < 60 and \
                    not any(assigned.get(i) is d and _has_site(t, claims) for i, t in enumerate(trigs)) \
                    and not (parses is not None and compared_event(parses[text], m.start())):
                out.append(Hint("harm", d.date, sent.index, m.group(0).lower()))
    return out


def _has_site(t: Trig, claims: list[Claim]) -> bool:
    return any(c.trigger == t.text for c in claims)


def stage(state) -> None:
    """Stage `frames`: each sentence's triggers, the sites and actors of their frames, their dates."""
    # the sentences whose roles the parse may read, parsed in one batch
    recent = {s.index: recent_mentions(state, s) for s in state.sentences}
    state.parses.add([s.text for s in state.sentences if (state.mentions[s.index] or recent[s.index])
                      and find_triggers(s.text, state.lex)])
    for sent in state.sentences:
        prev, earlier = state.previous(sent), state.before(sent)
        found, hints = extract_sentence(sent, state.mentions[sent.index], state.dates[sent.index], state.lex,
                                        state.published, state.history[sent.index], prev, earlier, state.parses,
                                        recent[sent.index])
        state.claims += found
        state.hints += hints
        state.told[sent.index] = live_events(sent, state.lex, prev, earlier) if not sent.highlight else []


def recent_mentions(state, sent: Sentence) -> list[Mention]:
    """For a sentence that names no site but holds a part noun ('The transept was restored'): the mentions
    of the two sentences before it, whose building the part may belong to (roles._owner_of_part); not those
    named in quoted speech or only compared with (mentions.py keeps them out of the history)."""
    if state.mentions[sent.index] or sent.highlight or not _PARTS.search(sent.text):
        return []
    kept = {id(m) for m in state.history[sent.index]}
    return [m for i in (sent.index - 2, sent.index - 1) if i >= 0 for m in state.mentions.get(i, []) if id(m) in kept]


_PARTS = re.compile(rf"\b(?:{'|'.join(sorted(site_kinds().parts - site_kinds().shares))})\b", re.I)
