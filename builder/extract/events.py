"""Event triggers in one sentence → raw claims (site, event, date, actor) and date hints.

A trigger is a verb or noun from the lexicon. Its site is found by its frame: the object of an
active verb (right), the subject of a passive or intransitive one (left, or the antecedent of
'which'), the complement of a noun ('the destruction of X'). Negation, modality, plans and
purpose clauses block a trigger. The date is the nearest temporal expression in the sentence; a
date that belongs to a report ('a video released last week showed ...') only bounds the event.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from . import certainty as cert
from .dates import DateMention, EDate, open_until, until, year as year_date
from .lexicon import Lexicon
from .model import Claim, Mention, Sentence

BOUNDARY = re.compile(
    r"[;:]|\s--?\s|\s[–—]\s|\s-\s|[\"“”‘]|(?:^|\s)'|'(?:\s|$)|"
    r"\b(?:which|who|whose|where|when|while|but|because|since|although|though|after|before|until|unless|if|whether|"
    r"that|(?<!well )as(?!\s+well\s+as)|according|said|says|told|saying)\b"
)
BE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be|am)\s+(?:(?:\w+ly|also|not|then|later|now|all|first|since|already|almost|completely|partially|partly|largely|badly|heavily|literally)\s+)*$", re.I)
PARTICIPLE = re.compile(r"(?:ed|en|wn|ut|ilt|uck|ook|ew|ept|un|one|ought|eft|ost)$", re.I)
PERFECT = re.compile(r"\b(?:has|have|'ve|\[have\])\b", re.I)
PROGRESSIVE_AUX = re.compile(r"\b(?:is|are|am)\s+(?:\w+ly\s+|still\s+|now\s+|also\s+)*$", re.I)
PARTIAL_BEFORE = re.compile(r"\b(?:some|part|parts|much|sections?|portions?|most|areas?|one|many|pieces?|rest)\s+of\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.I)
# a listing is told with its list or its body; 'inscribed' alone is carving
LISTING_CONTEXT = re.compile(r"World\s+Heritage|UNESCO|Unesco|heritage\s+list|[Cc]ommittee|tentative\s+list")
ITS_OBJECT = re.compile(r"^\s+(?:(?:part|parts|much|most|some|one|sections?)\s+of\s+)?(?:its|their)\s+", re.I)
# "..., and a monastery beside it was destroyed": a new subject after the last site mention
NEW_SUBJECT = re.compile(r"\b(?:and|but|while|whereas)\s+(?:a|an|the|its|their|some|many|several|dozens|\d[\d,]*)\b", re.I)
# "the golden dome of X", "its great organ": a part of the site, so harm to it is damage
PART_BEFORE = re.compile(r"\b(?:the|its|their)\s+(?:[\w\-]+\s+){0,2}?(?:dome|domes|roof|spire|organ|windows|fa[cç]ade|"
                         r"minaret|minarets|towers?|gate|gates|doors?|courtyard|nave|interior|wing|walls?|vault|vaulting)"
                         r"\s+of\s+(?:the\s+)?$", re.I)
PART_OBJECT = re.compile(r"^\s+(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:dome|roof|spire|organ|windows|fa[cç]ade|minaret|"
                         r"towers?|gate|doors?|courtyard|nave|interior|wing|walls?|vault|collection|archives?)\b", re.I)
PARTIAL_AFTER = re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:wing|walls?|roof|fa[cç]ade|dome|minaret|sections?|parts?|interior|floors?|basement|collections?|archives?|frescoe?s|rooms?|stones)\b", re.I)
COORD = re.compile(r"^(?:\s+(?:in|near|outside)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
                   r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?"  # "X in northern Greece and Y"
                   r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+|\s*&\s*|"
                   r"\s+(?:together|along)\s+with\s+)"
                   r"(?:(?:the|a|an|its|their|nearly|almost|some|famous|famed|ancient|historic|old|also|nearby|neighbouring|neighboring|"
                   r"[\d,]+-year-old|century-old)\s+)*$", re.I)
CONTAINER_OF = re.compile(r"\b([a-z]+)\s+of\s+$")
CONTAINER_OK = {"ruins", "site", "city", "remains", "town", "part", "parts", "some", "much", "most", "sections",
                "section", "one", "many", "areas", "rest", "walls", "portions", "pieces", "library", "museum"}
ATTRIBUTIVE = re.compile(r"^[\s-]*(?:B\.?C\.?E?\.?\s+)?[A-Z][a-z]+|^-?\s*(?:old|long)\b")
# "the 11th-century minaret": a hyphenated century before a noun is the object's age, not a date
ATTRIBUTIVE_NOUN = re.compile(r"^\s+(?!(?:and|or|when|as|but|to|in|on|at|of|by|with|for|until|after|before)\b)[A-Za-z]")
# "by late September 2014 they had been razed": a deadline bounds the event (on or before)
BY_DATE = re.compile(r"\bby\s+(?:the\s+)?$", re.I)
EVENT_NOUN_AFTER = re.compile(r"^\s+(?:earthquake|quake|fire|blaze|blast|explosion|bombing|attack|storm|flood)s?\b", re.I)
OBJECT_DATE = re.compile(r"\b(?:dat(?:e|es|ed|ing)\s+(?:back\s+)?(?:to|from)|back\s+to|by|until|built|founded|"
                         r"constructed|erected|since|from)\s+(?:the\s+)?$", re.I)
AGE = re.compile(r"(?:(nearly|almost|about|around|over|more than|some|roughly)\s+)?\b(\d[\d,]*|a)?[\s-]*"
                 r"(year|century)[\s-]old\s+$", re.I)
NOUN_CTX = re.compile(r"\b(?:the|a|an|its|their|further|partial|total|recent|latest|this|that|any|no|\d{4})\s+$", re.I)
PRONOUN_IT = re.compile(r"\bit\b")
# what may stand between an active verb and its object: not a clause break or an adjunct's preposition
# ("toppled Saddam Hussein, residents near the library", "smashed during their occupation of the city")
ADJUNCT_GAP = re.compile(r"\b(?:during|amid|after|before|since|despite|throughout|following|under|against|for|over|"
                         r"with|because|across|as)\b", re.I)
# a comma that continues the object: a list or an example ("some of the ruins, including the Arch of X")
LIST_TAIL = re.compile(r",\s*(?:and\s+|or\s+|including\s+|such\s+as\s+|notably\s+|especially\s+)?"
                       r"(?:(?:the|a|an|its|their|nearly|almost|famous|ancient|historic|old|iconic|[\d,]+-year-old|"
                       r"centuries-old|century-old)\s+)*$", re.I)
# between two verbs sharing one object ("smashed and looted the museum") only these words stand
SHARED_OBJECT_GAP = re.compile(r"^[\s,]*(?:(?:and|or|then|also|later|\w+ly)[\s,]+)*$", re.I)
# "a devastating fire": a participle after an article is an adjective, not the verb
ADJECTIVAL = re.compile(r"\b(?:a|an|the|this|that|most|more|very)\s+$", re.I)
# "Timbuktu's centuries-old tombs": the possessed sites are the patient, not the city
POSSESSED_SITES = re.compile(r"^['’]s\s+(?:[\w\-]+\s+){0,2}?(?:tombs|shrines|mausoleums|mosques|churches|temples|"
                             r"monuments|statues|graves|libraries|museums)\b", re.I)


@dataclass
class Hint:
    """A dated event mention with no site of its own: it dates the event told just before."""
    family: str
    date: EDate
    sentence: int
    noun: str


@dataclass
class Trig:
    start: int
    end: int
    event: str
    frame: str
    text: str


def find_triggers(text: str, lex: Lexicon) -> list[Trig]:
    if not lex.any_trigger.search(text):
        return []
    hits = []
    for t in lex.triggers:
        for m in t.rx.finditer(text):
            hits.append(Trig(m.start(), m.end(), t.event, t.frame, m.group(0)))
    def rank(h: Trig) -> int:  # 'the 2010 collapse of' is a noun, 'the wall collapsed' a verb
        noun_ctx = NOUN_CTX.search(text[:h.start]) or re.match(r"\s+(?:of|at|to)\b", text[h.end:])
        return 0 if (h.frame == "noun") == bool(noun_ctx) else 1
    hits.sort(key=lambda h: (h.start, -(h.end - h.start), rank(h)))
    out: list[Trig] = []
    for h in hits:  # longest first at each place; no overlaps
        if out and h.start < out[-1].end:
            continue
        out.append(h)
    return out


def left_clause(text: str, pos: int) -> tuple[int, str]:
    """Start of the clause holding pos, and the boundary word that opened it ('' at sentence start)."""
    start, word = 0, ""
    for m in BOUNDARY.finditer(text, 0, pos):
        start, word = m.end(), m.group(0).strip().lower()
    return start, word


def right_clause(text: str, pos: int) -> int:
    m = BOUNDARY.search(text, pos)
    return m.start() if m else len(text)


def blocked(text: str, trig: Trig, lex: Lexicon, cstart: int, bword: str) -> bool:
    before = text[cstart:trig.start]
    if bword in ("unless", "if", "whether"):
        return True
    # a capitalised 'May' inside a sentence is the month ("in May they took"), not the modal
    if lex.blockers.search(re.sub(r"(?<=\S)(\s+)May\b", r"\1   ", before)):
        return True
    inf = re.search(r"\bto\s+(?:\w+ly\s+)?$", before)
    if inf and trig.frame != "noun":
        gov = text[max(0, trig.start - 60):trig.start - len(inf.group(0))]
        if not lex.infinitive_ok.search(gov):
            return True
    return False


def _group(text: str, ms: list[Mention], after: int) -> list[Mention]:
    """The sites a verb's object names: the first mention, then the ones coordinated with it."""
    if not ms:
        return []
    first = 0
    # "the Glasgow School of Art's Mackintosh Building": the possessed site
    while first + 1 < len(ms) and re.fullmatch(r"['’]s\s+", text[ms[first].end:ms[first + 1].start]):
        first += 1
    # "the restored crown jewel of the ancient city of Pompeii, the Villa of Mysteries": the appositive
    lead = text[after:ms[first].start]
    cont = CONTAINER_OF.search(lead)
    if cont and cont.group(1).lower() not in CONTAINER_OK and first + 1 < len(ms) \
            and re.fullmatch(r"\s*,\s*", text[ms[first].end:ms[first + 1].start]):
        first += 1
    group = [ms[first]]
    for m in ms[first + 1:]:
        if COORD.match(text[group[-1].end:m.start]):
            group.append(m)
        else:
            break
    return group


def _partial(text: str, m: Mention, lead_from: int) -> bool:
    return bool(PARTIAL_BEFORE.search(text[lead_from:m.start]) or PARTIAL_AFTER.match(text[m.end:]))


def _actor_by(text: str, pos: int, end: int) -> str | None:
    m = re.match(r"\s*(?:,\s*)?by\s+(.+?)(?=\s*(?:,|\.|;|$|\bin\b|\bon\b|\bat\b|\bduring\b|\bafter\b|\bthat\b|\bwhich\b|\bwho\b|\baccording\b|\blast\b|\bsince\b))",
                 text[pos:end + 80])
    return m.group(1).strip() if m else None


def _actor_subject(text: str, cstart: int, pos: int, bword: str, ms_before: list[Mention]) -> str | None:
    if bword == "who":  # "militias loyal to the government who recaptured": the antecedent
        lead = text[:cstart].rstrip()
        lead = re.sub(r"\bwho$", "", lead).rstrip(" ,")
        span = re.split(r",|\bfor\b|\bby\b|\bwith\b|\bthat\b", lead)[-1]
        return _tidy(span)
    span = text[cstart:pos]
    span = re.split(r",\s+(?=[a-z])|\bthat\b|\bhow\b", span)[-1]
    return _tidy(span)


AUX_TAIL = re.compile(r"(?:\s+(?:had|has|have|was|were|is|are|also|reportedly|allegedly|first|then|later|already|been|be|being|"
                      r"did|to|trying|tried|busy|able|appeared|appear|appears|apparently|now|again|once|most|recently|"
                      r"\[have\]|\[has\]|helped|finally|all|both))+$", re.I)


def _tidy(span: str) -> str | None:
    span = " ".join(span.split())
    span = re.sub(r"\b(?:used|using|uses)\b.*$", "", span).strip()
    span = AUX_TAIL.sub("", " " + span).strip(" ,'\"‘’“”")
    span = re.sub(r"^(?:and|but|then|so|yet)\s+", "", span, flags=re.I)
    words = span.split()
    if not words or len(words) > 12:
        return " ".join(words[-8:]) or None
    return span or None


def _assign_dates(trigs: list[Trig], dates: list[DateMention], text: str) -> dict[int, DateMention]:
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
            if best_cost is None or cost < best_cost:
                best, best_cost = i, cost
        if best is not None and best_cost < 400:
            prev = out.get(best)
            if prev is None or abs(prev.start - trigs[best].start) > abs(d.start - trigs[best].start):
                out[best] = d
    return out


def _share_dates(trigs: list[Trig], assigned: dict[int, DateMention], text: str) -> dict[int, DateMention]:
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


def _usable(text: str, d: DateMention) -> bool:
    """Not an object's date ('dating back to 5000 BC', 'the 9th-century B.C. king')."""
    if EVENT_NOUN_AFTER.match(text[d.end:]):  # "flattened by the April 25 earthquake"
        return True
    if OBJECT_DATE.search(text[max(0, d.start - 30):d.start]) and not BY_DATE.search(text[max(0, d.start - 30):d.start]):
        return False
    if "centur" in d.text and "-centur" in text[d.start:d.end + 1] and (
            ATTRIBUTIVE.match(text[d.end:d.end + 20]) or ATTRIBUTIVE_NOUN.match(text[d.end:d.end + 20])):
        return False
    return not re.match(r"^\s*-?\s*(?:year|century)-old", text[d.end:d.end + 15])


def extract_sentence(sent: Sentence, mentions: list[Mention], dates: list[DateMention], lex: Lexicon,
                     published: dt.date, history: list[Mention], prev: Sentence | None) -> tuple[list[Claim], list[Hint]]:
    text = sent.text
    trigs = find_triggers(text, lex)
    dates = [d if not BY_DATE.search(text[max(0, d.start - 12):d.start]) or EVENT_NOUN_AFTER.match(text[d.end:])
             else DateMention(d.start, d.end, until(d.date), d.text) for d in dates if _usable(text, d)]
    assigned = _share_dates(trigs, _assign_dates(trigs, dates, text), text)
    claims: list[Claim] = []
    hints: list[Hint] = []
    orphans: list[tuple[Trig, EDate]] = []  # dated triggers that found no site
    for i, t in enumerate(trigs):
        cstart, bword = left_clause(text, t.start)
        if blocked(text, t, lex, cstart, bword):
            continue
        if t.frame in ("object", "subject") and t.text.lower().endswith("ing") and ADJECTIVAL.search(text[:t.start]):
            continue
        if t.event == "inscribed" and not LISTING_CONTEXT.search(text + " " + (prev.text if prev else "")):
            continue
        rend = right_clause(text, t.end)
        nxt = next((u for u in trigs[i + 1:] if u.start < rend), None)
        if nxt is not None and not SHARED_OBJECT_GAP.match(text[t.end:nxt.start]):
            rend = nxt.start  # "smashed windows and damaged the organ of X": X is the second verb's
        before = [m for m in mentions if cstart <= m.start and m.end <= t.start]
        right = [m for m in mentions if t.end <= m.start and m.start < rend]
        head = t.text.split()[0].lower()
        passive = bool(t.frame == "object" and not head.endswith("ing") and
                       (BE_AUX.search(text[cstart:t.start]) or
                        (PARTICIPLE.search(head) and re.match(r"\s+by\b", text[t.end:])) or
                        _reduced_passive(text, t, before, right)))
        sites, actor = _sites(text, t, passive, before, right, mentions, cstart, bword, history)
        # date
        dm = assigned.get(i)
        date = None
        if dm is not None:
            lo, hi = sorted((dm.end, t.start)) if dm.end <= t.start else (t.end, dm.start)
            between = text[lo:hi]
            near = text[dm.end:dm.end + 25]
            media = lex.report_media.search(between) or (dm.end <= t.start and lex.report_media.match(near.strip()))
            date = until(dm.date) if media else dm.date
        elif t.frame == "noun" or PERFECT.search(text[cstart:t.start]) or \
                (t.text.lower().endswith("ing") and PROGRESSIVE_AUX.search(text[cstart:t.start])) or \
                lex.report_media.search(text[cstart:t.start]):
            date = open_until(published)
        certainty = cert.assess(text, t.start, t.end, cstart, rend, lex, prev.text if prev else "")
        if not sites:
            word = t.text.split()[0]
            # a summary bullet re-tells; its dates do not date other events ("Souk burned last September")
            if dm is not None and date is not None and date.rank >= 2 and date.kind == "point" and not sent.highlight:
                hints.append(Hint(lex.family(t.event), date, sent.index, word.lower()))
            if dm is not None and date is not None and all(m.site.heritage for m in before + right):
                orphans.append((t, date))
            continue
        for m in sites:
            event = t.event
            lead_from = t.end if m.start >= t.end else cstart
            partial = _partial(text, m, lead_from) or (t.frame != "noun" and PARTIAL_BEFORE.search(text[cstart:t.start])
                                                        and m.start > t.end and t.frame == "object" and not passive)
            if t.frame == "noun" and re.match(r"\s*(?:\w+\s+)?at\b", text[t.end:m.start]):
                partial = True
            if PART_BEFORE.search(text[lead_from:m.start]) or (m.end <= t.start and (
                    PART_OBJECT.match(text[t.end:]) or ITS_OBJECT.match(text[t.end:]))):
                partial = True
            if event == "destroyed" and partial:
                event = "damaged"
            if not m.site.heritage or POSSESSED_SITES.match(text[m.end:]):
                continue
            claims.append(Claim(
                site=m.site.name, mention=m.text, event=event, date=date, actor=actor, certainty=certainty,
                quote=text, offset=sent.offset, sentence=sent.index, kind=m.site.kind,
                aliases=[m.text] + list(m.site.aliases), quotes=[text], part_of=m.site.part_of,
                trigger=t.text, highlight=sent.highlight, noun=t.frame == "noun",
                known=m.site.known))
    _adopt_orphan_dates(claims, orphans)
    # nouns that name an event ("the attack, which took place on Sunday") date the event before
    for m in lex.event_nouns.finditer(text if not sent.highlight else ""):  # bullets re-tell, they do not date
        for d in dates:
            if d.date.rank >= 2 and d.date.kind == "point" and 0 <= d.start - m.end() < 60 and \
                    not any(t.start <= m.start() < t.end for t in trigs if assigned.get(trigs.index(t)) is d and _has_site(t, claims)):
                hints.append(Hint("harm", d.date, sent.index, m.group(0).lower()))
    return claims, hints


def _adopt_orphan_dates(claims: list[Claim], orphans: list[tuple[Trig, EDate]]) -> None:
    """'A fire raged through X on Monday evening and toppled its spire': the date went to the nearer,
    siteless verb; an undated claim of the same sentence takes it (the sentence tells one episode)."""
    for c in claims:
        if c.date is None and orphans:
            c.date = orphans[0][1]


def _reduced_passive(text: str, t: Trig, before: list[Mention], right: list[Mention]) -> bool:
    """Headline style 'Minaret of Great Mosque of Aleppo destroyed yesterday': a participle right
    after a site, with no object of its own, tells what happened to that site."""
    head = t.text.split()[0].lower()
    if not before or not head.endswith(("ed", "en", "wn")):
        return False
    if not re.fullmatch(r"\s*(?:\w+ly\s+)?", text[before[-1].end:t.start]):
        return False
    return not (right and re.fullmatch(r"\s*(?:the\s+|a\s+|an\s+)?", text[t.end:right[0].start], re.I))


def _object_reachable(text: str, end: int, m: Mention) -> bool:
    """Is m the verb's object (or inside it), rather than a mention after an adjunct or a clause break?"""
    gap = text[end:m.start]
    last = gap.rfind(",")
    if last >= 0:
        if not LIST_TAIL.search(gap):  # "toppled Saddam Hussein, residents near X"
            return False
        gap = gap[:last]
    return not ADJUNCT_GAP.search(gap)


def _subject_group(text: str, before: list[Mention], cstart: int) -> list[Mention]:
    """The subject of a passive: the sites named in the clause, less a fronted place ('In Bhaktapur
    Durbar Square the X temple was flattened': the temple) when another site follows it."""
    located = [m for m in before if re.search(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Oo]f|[Ff]rom)\s+(?:the\s+)?$",
                                               text[max(cstart, m.start - 8):m.start])]
    heads = [m for m in before if m not in located] or before
    # "..., and the 55-Window Palace was damaged": the subject is the site nearest the verb
    last = heads[-1]
    group = [last]
    for m in reversed([m for m in heads if m.end <= last.start]):
        if COORD.match(text[m.end:group[0].start]):
            group.insert(0, m)
        else:
            break
    if len(group) == 1 and group[0] is not heads[0] and not re.search(r"(?:,|\band|\bbut)\s+(?:(?:the|a|an)\s+)?$",
                                                                  text[max(cstart, last.start - 12):last.start]):
        return _group(text, heads, cstart)  # no clause break before the nearest: the first is the subject
    return group


def _subject_before_relative(text: str, t: Trig, mentions: list[Mention]) -> Mention | None:
    """'The door of the X Mosque, which the militants broke open in 2012 ..., has been repaired':
    the subject stands before a non-restrictive relative clause that ends just before the verb group."""
    rel = None
    for rel in re.finditer(r",\s+(?:which|who|whose|where)\b", text[:t.start]):
        pass
    if rel is None or not re.search(r",\s*(?:has|have|had|was|were|is|are)\b[\w\s]*$", text[rel.end():t.start]):
        return None
    cands = [m for m in mentions if m.end <= rel.start() and rel.start() - m.end <= 2]
    return cands[-1] if cands else None


def _has_object(text: str, t: Trig) -> bool:
    """An explicit object noun phrase follows the verb ('rebuilding the last of 14 mausoleums')."""
    return bool(re.match(r"\s+(?:the|a|an|its|their|his|her|some|many|several|dozens|hundreds|\d[\d,]*)\b", text[t.end:], re.I))


def _has_site(t: Trig, claims: list[Claim]) -> bool:
    return any(c.trigger == t.text for c in claims)


def _sites(text, t, passive, before, right, mentions, cstart, bword, history):
    """Which mentions the trigger is about, and who did it."""
    actor = None
    if t.frame == "noun":
        lead = text[t.end:right[0].start] if right else ""
        if right and re.match(r"^\s*(?:\w+\s+){0,1}?(?:of|at|to|on|in|against)\b", lead) and len(lead.split()) <= 8:
            return _group(text, right, t.end), _actor_by(text, t.end, len(text))
        return [], None
    if t.frame == "enemy":
        frm = [m for m in right if re.search(r"\bfrom\s+(?:the\s+)?$", text[t.end:m.start])]
        actor = _actor_subject(text, cstart, t.start, bword, before)
        if frm:
            return [frm[0]], actor
        topic = next((m for m in reversed(history + [m for m in mentions if m.end <= t.start])
                      if m.site.heritage and m.site.kind in ("city", "ancient place", "archaeological site")), None)
        return ([topic] if topic else []), actor
    if passive or t.frame == "subject":
        actor = _actor_by(text, t.end, len(text))
        if t.frame == "subject" and t.text.lower().endswith(" to"):
            actor = _tidy(text[t.end:right_clause(text, t.end)])
        if bword in ("which", "that"):  # "who" has a person before it, never a site
            prior = [m for m in mentions if m.end <= cstart and cstart - m.end < 40]
            if prior:
                last = prior[-1]
                if last.inner is not None:
                    return [Mention(last.start, last.end, last.text, last.inner)], actor
                return [last], actor
        if before and not NEW_SUBJECT.search(text[before[-1].end:t.start]):
            # "X was added to the list in 2006 together with the nearby Y": Y too
            with_ = [m for m in right if re.search(r"\b(?:together|along)\s+with\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
                                                   text[t.end:m.start])]
            return _subject_group(text, before, cstart) + with_[:1], actor
        if before:  # "X suffered cracks, and a monastery beside it was destroyed": not X
            return [], actor
        subj = _subject_before_relative(text, t, mentions)
        if subj is not None:
            return [subj], actor
        if cstart == 0 and re.match(r"It\s+(?:\w+\s+){0,3}$", text[:t.start]):  # "It was razed in 1945."
            prior = [m for m in history if m.site.heritage]
            if prior:
                return [prior[-1]], actor
        loc = [m for m in right if re.search(r"\b(?:at|in|inside|within)\s+(?:the\s+)?$", text[t.end:m.start])]
        return loc[:1], actor
    # active verb: the object
    actor = _actor_subject(text, cstart, t.start, bword, before)
    obj = right if right and _object_reachable(text, t.end, right[0]) else []
    it = PRONOUN_IT.match(text, t.end + 1)
    if it and before:  # "the Romans overtook it": the site named earlier in the sentence
        return [before[0]], actor
    if obj:
        return _group(text, obj, t.end), actor
    if bword in ("which", "that") and not before:  # "the Buddhas, which the Taliban dynamited"
        prior = [m for m in mentions if m.end <= cstart and cstart - m.end < 40]
        if prior:
            return [prior[-1] if prior[-1].inner is None else Mention(prior[-1].start, prior[-1].end, prior[-1].text, prior[-1].inner)], actor
        if not ITS_OBJECT.match(text[t.end:]):
            return [], actor  # the object is the antecedent, and it is not a site
    if ITS_OBJECT.match(text[t.end:]):  # "damaged part of its chapel": its = the site named last
        prior = [m for m in mentions if m.end <= t.start and m.site.heritage] or [m for m in history if m.site.heritage]
        if prior:
            return [prior[-1]], actor
    loc = [m for m in mentions if m.end <= t.start and re.search(r"\b(?:in|at|inside)\s+(?:the\s+)?$", text[max(0, m.start - 12):m.start])]
    # a place inside the subject ("Masons in Timbuktu have rebuilt the tombs") is where the agents are;
    # only a fronted place ("In Palmyra, militants destroyed ...") sets the scene for the verb
    loc = [m for m in loc if not (_has_object(text, t) and m.start > cstart and m.end <= t.start
                                  and not re.search(r",\s*(?:\w+\s+){0,4}$", text[m.end:t.start]))]
    if loc and loc[-1].start >= cstart - 80:
        return [loc[-1]], actor
    first = [m for m in mentions if m.end <= t.start]
    if it and first:
        return [first[0]], actor
    return [], actor


def age_claims(sent: Sentence, mentions: list[Mention], published: dt.date) -> list[Claim]:
    """'the 1,800-year-old Arch of Triumph' in 2016 → built c. 216."""
    out = []
    for m in mentions:
        inner = re.match(r"(?:the|a|an)\s+(.*?-old\s+)", m.text, re.I)
        a = AGE.search(inner.group(1) if inner else sent.text[max(0, m.start - 40):m.start])
        if not a or not m.site.heritage:
            continue
        n = 1 if (a.group(2) or "a").lower() == "a" else int(a.group(2).replace(",", ""))
        n *= 100 if a.group(3).lower() == "century" else 1
        d = year_date(published.year - n, approx=True)
        out.append(Claim(site=m.site.name, mention=m.text, event="built", date=d, actor=None, certainty="confirmed",
                         quote=sent.text, offset=sent.offset, sentence=sent.index, kind=m.site.kind,
                         aliases=[m.text], quotes=[sent.text], trigger=a.group(0).strip()))
    return out
