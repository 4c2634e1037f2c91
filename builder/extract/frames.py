"""Which site mentions a trigger is about, by its frame: the object of an active verb (right),
the subject of a passive or intransitive one (left, or the antecedent of 'which'), the complement of a
noun ('the destruction of X'), the place a party is driven out of ('enemy').
"""
from __future__ import annotations

import re

from ..vocab.site_kinds import site_kinds
from .actors import actor_by, actor_subject, tidy
from .clauses import right_clause
from .coreference import topic
from .model import Mention, Site
from .triggers import Trig
BE_AUX = re.compile(r"\b(?:was|were|is|are|been|being|be|am)\s+(?:(?:\w+ly|also|not|then|later|now|all|first|since|already|almost|completely|partially|partly|largely|badly|heavily|literally)\s+)*$", re.I)
PARTICIPLE = re.compile(r"(?:ed|en|wn|ut|ilt|uck|ook|ew|ept|un|one|ought|eft|ost)$", re.I)
ITS_OBJECT = re.compile(r"^\s+(?:(?:part|parts|much|most|some|one|sections?|(?:almost\s+|nearly\s+)?all|many|the\s+bulk)\s+of\s+)?"
                        r"(?:its|their)\s+", re.I)
ITS_HEAD = re.compile(r"^\s+(?:(?:part|parts|much|most|some|sections?|the\s+bulk)\s+of\s+)?its\s+(?:(?:famous|famed|ancient|"
                      r"historic|celebrated|old|medieval|great)\s+)?(citadel|castle|fortress|cathedral|mosque|museum|"
                      r"library|palace|temple|church|minaret|bridge)\b", re.I)
# "..., and a monastery beside it was destroyed": a new subject after the last site mention
NEW_SUBJECT = re.compile(r"\b(?:and|but|while|whereas)\s+(?:a|an|the|its|their|some|many|several|dozens|\d[\d,]*)\b", re.I)
COORD = re.compile(r"^(?:\s+(?:in|near|outside)\s+(?:the\s+)?(?:(?:north|south|east|west)(?:ern)?\s+|central\s+)?"
                   r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)*)?"  # "X in northern Greece and Y"
                   r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+|\s+as\s+well\s+as\s+|\s*&\s*|"
                   r"\s+(?:together|along)\s+with\s+)"
                   r"(?:(?:the|a|an|its|their|nearly|almost|some|famous|famed|ancient|historic|old|also|nearby|neighbouring|neighboring|"
                   r"[\d,]+-year-old|century-old)\s+)*$", re.I)
CONTAINER_OF = re.compile(r"\b([a-z]+)\s+of\s+$")
CONTAINER_OK = {"ruins", "site", "city", "remains", "town", "part", "parts", "some", "much", "most", "sections",
                "section", "one", "many", "areas", "rest", "walls", "portions", "pieces", "library", "museum"}
PRONOUN_IT = re.compile(r"\bit\b")
# verbs that may stand without an object ("reopened in 2015", "reopened after ...", "reopened.")
INTRANSITIVE = re.compile(r"(?:reopen|re-open)", re.I)
NO_OBJECT = re.compile(r"^\s*(?:[.,;:!?]|$|(?:in|on|at|after|following|since|last|this|earlier|later|only|again|to)\b)", re.I)
# what may stand between an active verb and its object: not a clause break or an adjunct's preposition
# ("toppled Saddam Hussein, residents near the library", "smashed during their occupation of the city")
ADJUNCT_GAP = re.compile(r"\b(?:during|amid|after|before|since|despite|throughout|following|under|against|for|over|"
                         r"with|because|across|as)\b", re.I)
# a comma that continues the object: a list or an example ("some of the ruins, including the Arch of X")
LIST_TAIL = re.compile(r",\s*(?:and\s+|or\s+|including\s+|such\s+as\s+|notably\s+|especially\s+)?"
                       r"(?:(?:the|a|an|its|their|nearly|almost|famous|ancient|historic|old|iconic|[\d,]+-year-old|"
                       r"centuries-old|century-old)\s+)*$", re.I)


def object_group(text: str, ms: list[Mention], after: int) -> list[Mention]:
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
    # (not after a part: "the bell tower of X, the country's oldest church" is X's tower)
    if cont and cont.group(1).lower() not in CONTAINER_OK | site_kinds().parts and first + 1 < len(ms) \
            and re.fullmatch(r"\s*,\s*", text[ms[first].end:ms[first + 1].start]):
        first += 1
    # "some of the ruins, including the Arch of Triumph and the Temple of X": the named examples
    while first + 1 < len(ms) and ms[first].anaphor and \
            re.fullmatch(r"\s*,\s*(?:including|such\s+as|notably|especially|among\s+them)\s+(?:(?:the|a|an|nearly|almost|famous|"
                         r"ancient|historic|iconic|[\d,]+-year-old|centuries-old|century-old)\s+)*",
                         text[ms[first].end:ms[first + 1].start]):
        first += 1
    group = [ms[first]]
    for m in ms[first + 1:]:
        if COORD.match(text[group[-1].end:m.start]) and not _owner(text, m):
            group.append(m)
        else:
            break
    return group


def _owner(text: str, m: Mention) -> bool:
    """'The Temple of Bel, the city's most important monument, ...': a possessive names the owner of the
    noun after it (an apposition here), not one more site of the list."""
    return bool(re.match(r"['’]s\b", text[m.end:]))


def reduced_passive(text: str, t: Trig, before: list[Mention], right: list[Mention]) -> bool:
    """Headline style 'Minaret of Great Mosque of Aleppo destroyed yesterday': a participle right
    after a site, with no object of its own, tells what happened to that site (so does one set off by a
    comma: 'Baalbek, inscribed on the World Heritage List in 1984, ...')."""
    head = t.text.split()[0].lower()
    if not before or not head.endswith(("ed", "en", "wn")):
        return False
    if not re.fullmatch(r"\s*,?\s*(?:\w+ly\s+)?", text[before[-1].end:t.start]):
        return False
    return not (right and re.fullmatch(r"\s*(?:the\s+|a\s+|an\s+)?", text[t.end:right[0].start], re.I))


def object_reachable(text: str, end: int, m: Mention) -> bool:
    """Is m the verb's object (or inside it), rather than a mention after an adjunct or a clause break?"""
    gap = text[end:m.start]
    last = gap.rfind(",")
    if last >= 0:
        if not LIST_TAIL.search(gap):  # "toppled Saddam Hussein, residents near X"
            return False
        gap = gap[:last]
    if ADJUNCT_GAP.search(gap):
        return False
    # "pull down a statue of Saddam Hussein in Firdos Square": a square named after an object is where
    # the object stood
    if site_kinds().in_group(m.site.kind, "open_space") and re.search(r"^\s*(?:a|an|the|its|their)\s+\S.*\b(?:in|at|on|near)\s+(?:the\s+)?$", gap):
        return False
    return True


def subject_group(text: str, before: list[Mention], cstart: int) -> list[Mention]:
    """The subject of a passive: the sites named in the clause, less a fronted place ('In Bhaktapur
    Durbar Square the X temple was flattened': the temple) when another site follows it."""
    located = [m for m in before if re.search(r"\b(?:[Ii]n|[Aa]t|[Nn]ear|[Aa]cross|[Oo]f|[Ff]rom|[Ii]nside|[Ww]ithin)\s+(?:the\s+)?$",
                                               text[max(cstart, m.start - 8):m.start])]
    heads = [m for m in before if m not in located] or before
    heads = [m for m in heads if not _owner(text, m)] or heads  # 'X, the city's main temple, was ...': X
    # "..., and the 55-Window Palace was damaged": the subject is the site nearest the verb
    last = heads[-1]
    grp = [last]
    for m in reversed([m for m in heads if m.end <= last.start]):
        if COORD.match(text[m.end:grp[0].start]):
            grp.insert(0, m)
        else:
            break
    if len(grp) == 1 and grp[0] is not heads[0] and not re.search(
            r"(?:,|\band|\bbut)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w\-]*\s+){0,2}$", text[max(cstart, last.start - 30):last.start]):
        return object_group(text, heads, cstart)  # no clause break before the nearest: the first is the subject
    return grp


def subject_before_relative(text: str, t: Trig, mentions: list[Mention]) -> Mention | None:
    """'The door of the X Mosque, which the militants broke open in 2012 ..., has been repaired':
    the subject stands before a non-restrictive relative clause that ends just before the verb group."""
    rel = None
    # ", which", ", where", and after an appositive: "the Kasthamandap, a wooden pavilion from which ..."
    for rel in re.finditer(r",\s+(?:(?:an?|the)\s+(?:[\w\-]+\s+){0,4}?)?(?:(?:from|in|of|at|on|by|through|under|"
                           r"with|after)\s+)?(?:which|whom|who|whose|where)\b|,\s+(?:also\s+)?(?:known|called|nicknamed)\s+as\b",
                           text[:t.start]):
        pass
    # (or the trigger is the verb: "X, which covers six areas ..., becomes a World Heritage site")
    if rel is None or not re.search(r",\s*(?:(?:has|have|had|was|were|is|are)\b[\w\s]*)?$", text[rel.end():t.start]):
        return None
    cands = [m for m in mentions if m.end <= rel.start() and rel.start() - m.end <= 2]
    return cands[-1] if cands else None


def has_object(text: str, t: Trig) -> bool:
    """An explicit object noun phrase follows the verb ('rebuilding the last of 14 mausoleums')."""
    return bool(re.match(r"\s+(?:the|a|an|its|their|his|her|some|many|several|dozens|hundreds|\d[\d,]*)\b", text[t.end:], re.I))


def sites_for(text, t, passive, before, right, mentions, cstart, bword, history, paragraph=None):
    """Which mentions the trigger is about, and who did it."""
    actor = None
    if t.frame == "noun":
        lead = text[t.end:right[0].start] if right else ""
        if right and re.match(r"^\s*(?:\w+\s+){0,1}?(?:of|at|to|on|in|against)\b", lead) and len(lead.split()) <= 8:
            return object_group(text, right, t.end), actor_by(text, t.end, len(text))
        # "the theft of a gold coin, the Big Maple Leaf, from X": what was taken, then where from
        if "from" in t.rules.site_preps:
            frm = [m for m in mentions if m.start > t.end and re.search(r"\bfrom\s+(?:the\s+)?(?:[A-Z][\w\-]*['’]s\s+)?$", text[t.end:m.start])
                   and not re.search(r"[;:]", text[t.end:m.start]) and len(text[t.end:m.start].split()) <= 16]
            if frm:
                return frm[:1], actor_by(text, t.end, len(text))
        return [], None
    if t.frame == "enemy":
        frm = [m for m in right if re.search(r"\b(?:from|out\s+of)\s+(?:the\s+)?$", text[t.start:m.start])]
        # "(the fighters) were driven out by French troops": the agent drove them out
        actor = actor_by(text, t.end, len(text)) or actor_subject(text, cstart, t.start, bword, before)
        if frm:
            return [frm[0]], actor
        topic = next((m for m in reversed(history + [m for m in mentions if m.end <= t.start])
                      if m.site.heritage and site_kinds().in_group(m.site.kind, "theatre_of_war")), None)
        return ([topic] if topic else []), actor
    if passive or t.frame == "subject":
        actor = actor_by(text, t.end, len(text))
        if t.frame == "subject" and t.text.lower().endswith(" to"):
            actor = tidy(text[t.end:right_clause(text, t.end)])
        # "who" has a person before it, never a site; "X, whose minaret was toppled", "X, where parts collapsed"
        if bword in ("which", "that", "whose", "where"):
            prior = [m for m in mentions if m.end <= cstart and cstart - m.end < 40]
            if prior:
                last = prior[-1]
                if last.inner is not None:
                    return [Mention(last.start, last.end, last.text, last.inner)], actor
                return [last], actor
        # "X ... served as a warehouse before being renovated": the main clause's subject
        if bword in ("before", "after", "while", "since", "when", "until") and \
                re.fullmatch(r"\s*(?:being|having\s+been)\s+(?:\w+ly\s+)?", text[cstart:t.start]):
            main = [m for m in mentions if m.end <= cstart and m.site.heritage]
            if main:
                return main[:1], actor
        if before and not NEW_SUBJECT.search(text[before[-1].end:t.start]):
            # "X was added to the list in 2006 together with the nearby Y": Y too
            with_ = [m for m in right if re.search(r"\b(?:together|along)\s+with\s+(?:the\s+)?(?:[\w\-]+\s+){0,2}$",
                                                   text[t.end:m.start])]
            return subject_group(text, before, cstart) + with_[:1], actor
        if before:  # "X suffered cracks, and a monastery beside it was destroyed": not X
            return [], actor
        subj = subject_before_relative(text, t, mentions)
        if subj is not None:
            return [subj], actor
        # "It was razed in 1945.", "It was damaged in 1945 and reopened in 2006"
        # "Its buildings were almost entirely destroyed in 1945": the site told before, through its parts
        if re.match(r"(?:.*[,;]\s*(?:(?:and|but|then)\s+)?)?\s*[Ii]t\s+(?:\w+\s+){0,3}$", text[cstart:t.start]) or \
                re.match(r"\s*[Ii]t\s.*,\s*only\s+to\s+be\s+(?:\w+ly\s+)?$", text[cstart:t.start]) or \
                HAD_IT.search(text[cstart:t.start]) or \
                re.match(r"\s*[Ii]ts\s+(?:[\w\-]+\s+){1,2}(?:was|were|had\s+been|has\s+been)\s+(?:almost\s+|nearly\s+|\w+ly\s+){0,2}$",
                         text[cstart:t.start]) or \
                (re.match(r"\s*[Ii]t\s+(?:was|were|is|has\s+been|had\s+been)\b", text[cstart:t.start]) and
                 SHARED_AUX.search(text[cstart:t.start])):
            if told := told_before(text, mentions, history, cstart, paragraph):
                return told, actor
        # "paintings were stolen from the museum": where the objects were taken from (`site_after`)
        loc = [m for m in right if t.rules.site_after.search(text[t.end:m.start])]
        return loc[:1], actor
    # active verb: the object
    actor = actor_subject(text, cstart, t.start, bword, before)
    obj = right if right and object_reachable(text, t.end, right[0]) else []
    it = PRONOUN_IT.match(text, t.end + 1)
    if it and before:  # "the Romans overtook it": the site named earlier in the sentence
        return [before[0]], actor
    if obj:
        return object_group(text, obj, t.end), actor
    # "The museum only reopened in 2015 after a renovation": a verb used without an object has the
    # site as its subject
    if INTRANSITIVE.match(t.text) and before and NO_OBJECT.match(text[t.end:]) and \
            not NEW_SUBJECT.search(text[before[-1].end:t.start]):
        return subject_group(text, before, cstart), None
    # "It reopened last year after a restoration", "After a restoration, it reopened": the site told before
    if INTRANSITIVE.match(t.text) and NO_OBJECT.match(text[t.end:]) and \
            re.fullmatch(r"(?:[^,]*,)?\s*[Ii]t\s+(?:\w+\s+){0,2}", text[cstart:t.start]):
        return told_before(text, mentions, history, cstart, paragraph), None
    if bword in ("which", "that") and not before:  # "the Buddhas, which the Taliban dynamited"
        prior = [m for m in mentions if m.end <= cstart and cstart - m.end < 40]
        if prior:
            return [prior[-1] if prior[-1].inner is None else Mention(prior[-1].start, prior[-1].end, prior[-1].text, prior[-1].inner)], actor
        if not ITS_OBJECT.match(text[t.end:]):
            return [], actor  # the object is the antecedent, and it is not a site
    if ITS_OBJECT.match(text[t.end:]):  # "damaged part of its chapel": its = the site named last
        prior = [m for m in mentions if m.end <= t.start and m.site.heritage] or [m for m in history if m.site.heritage]
        if prior:
            # "reduced most of its famous citadel to dust" after "the city of Bam": the city's citadel, a
            # building of its own ("Bam Citadel"), not the city
            own = ITS_HEAD.match(text[t.end:])
            if own and site_kinds().in_group(prior[-1].site.kind, "inhabited") and site_kinds().kind_of(own.group(1)):
                head = own.group(1).lower()
                start = t.end + own.start(0) + len(own.group(0)) - len(own.group(0).lstrip())
                mtext = text[start:t.end + own.end(0)]
                name = f"{prior[-1].site.name} {head.title()}"
                return [Mention(start, t.end + own.end(0), mtext,
                                Site(name, site_kinds().kind_of(head), aliases=(mtext,), part_of=prior[-1].site.name, known=False))], actor
            return [prior[-1]], actor
    loc = [m for m in mentions if m.end <= t.start and re.search(r"\b(?:in|at|inside)\s+(?:the\s+)?$", text[max(0, m.start - 12):m.start])]
    # a place inside the subject ("Masons in Timbuktu have rebuilt the tombs") is where the agents are;
    # only a fronted place ("In Palmyra, militants destroyed ...") sets the scene for the verb
    loc = [m for m in loc if not (has_object(text, t) and m.start > cstart and m.end <= t.start
                                  and not re.search(r",\s*(?:\w+\s+){0,4}$", text[m.end:t.start]))]
    if loc and loc[-1].start >= cstart - 80:
        # "broke into the Green Vault in Dresden's Royal Palace ... and stole": a site inside a site
        inner = [m for m in mentions if m.end <= loc[-1].start and
                 re.fullmatch(r"\s+(?:in|at|inside)\s+(?:the\s+)?", text[m.end:loc[-1].start])]
        return [inner[-1] if inner and inner[-1].site.heritage and loc[-1].site.heritage else loc[-1]], actor
    first = [m for m in mentions if m.end <= t.start]
    if it and first:
        return [first[0]], actor
    if it:  # "Raiders sacked it in 1540": the site told before
        return told_before(text, mentions, history, cstart, paragraph), actor
    return [], actor


def told_before(text: str, mentions: list[Mention], history: list[Mention], cstart: int, paragraph=None,
                main: bool = False) -> list[Mention]:
    """What 'it' at the start of a clause stands for: the heritage site of the clause before ("..., was
    shelled for weeks before it gave way"), or at the start of a sentence the one told last; when that
    was told in an earlier paragraph, the article's topic (coreference.py rule 2). `main`: the 'it' is the
    subject or object of the sentence's main verb, so what stands before it is that verb's subject or a fronted
    phrase, none of which it can stand for ('In 1979 it was inscribed', 'An English squadron took it in 1664')."""
    here = [m for m in mentions if m.end <= cstart and m.site.heritage]
    if here:
        return here[:1]
    # (a later clause of a sentence that names nothing before it and whose subject is no noun of its own: 'Left a
    # ruin after the war, it reopened', 'A fire burned it down in 1843, and it was rebuilt'; not 'The library
    # was so badly wrecked that it had to be torn down')
    prior = [m for m in history if m.site.heritage] if cstart == 0 or main or (
        not any(m.end <= cstart for m in mentions) and (re.search(r"\b[Ii]t\b", text[:cstart]) or
                                                          FRONTED_PHRASE.match(text))) else []
    if prior and paragraph is not None and prior[-1].paragraph != paragraph:
        main = topic([m for m in prior if not m.text.isupper()])  # (not a heading's name)
        return [next(m for m in reversed(prior) if m.site.name == main.name)] if main is not None else prior[-1:]
    # 'the Neues Museum on Museum Island ... it': a site named right after another places it, it is not the topic
    if len(prior) >= 2 and 0 < prior[-1].start - prior[-2].end <= 8 and prior[-1].paragraph == prior[-2].paragraph \
            and prior[-1].site.name != prior[-2].site.name:
        return prior[-2:-1]
    return prior[-1:]


# a fronted phrase with no subject of its own: 'Left a ruin after the war, ', 'In 1945, '
FRONTED_PHRASE = re.compile(r"\s*(?:[A-Z]\w*(?:ed|en|ft|lt|wn)|In|On|After|Before|During|Since|By|Until)\b[^,;]*,\s*[Ii]t\b")


def is_passive(text: str, t: Trig, cstart: int, before: list[Mention], right: list[Mention]) -> bool:
    """'X was destroyed', 'destroyed by ISIS', headline 'X destroyed': the site is the subject."""
    head = t.text.split()[0].lower()
    return bool(t.frame == "object" and not head.endswith("ing") and
                (BE_AUX.search(text[cstart:t.start]) or
                 (PARTICIPLE.search(head) and re.match(r"\s+by\b", text[t.end:])) or
                 reduced_passive(text, t, before, right) or HAD_ITS.search(text[cstart:t.start]) or
                 HAD_IT.search(text[cstart:t.start]) or HAD_DONE.search(text[cstart:t.start]) or
                 (PARTICIPLE.search(head) and SHARED_AUX.search(text[cstart:t.start]))))


# "X had its windows blown out": X is the patient
HAD_ITS = re.compile(r"\b(?:had|has|have)\s+(?:its|their)\s+(?:[\w\-]+\s+){1,3}$", re.I)
# "the sultan had it repaired": what 'it' stands for is the patient (not "Had it fallen, ...": a condition)
HAD_IT = re.compile(r"(?<=\w\s)(?:had|has|have|having|got)\s+it\s+$")
# "Charles V had the old Abbey of St Bavo torn down": what one has done to is the patient
HAD_DONE = re.compile(r"\b(?:had|has|have|having)\s+(?:the|a|an|its|their|his|her)\s+[^,;]{1,80}?\s$")
# "was blown up by Soviet authorities in 1936 and rebuilt": the second participle shares the auxiliary
SHARED_AUX = re.compile(r"\b(?:was|were|is|are|been)\s+(?:\w+ly\s+)?\w+(?:ed|en|wn|ilt|ut|up)\b(?:\s+up)?[^,;]{0,80}?"
                        r"\band\s+(?:later\s+|then\s+|\w+ly\s+)?$", re.I)
