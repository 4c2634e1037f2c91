"""A trigger's frame read from the dependency parse: which tokens hold the site and the actor.

- an active verb: its direct object is the site ("ISIS destroyed the temple"), its subject the actor;
  a verb whose object is part of the trigger ("took control of X", "set fire to X") has the site in
  that object's prepositional complement;
- a passive verb (`nsubjpass`/`auxpass`, or a participle modifying a noun: "the temple destroyed by
  ISIS"): its passive subject or the noun is the site, the `by` agent the actor;
- an intransitive ("the minaret collapsed"): its subject is the site;
- a verb in a relative clause whose subject or object is the relative pronoun ("the temple, which ISIS
  blew up"): the noun the clause modifies;
- a verb coordinated with an earlier one and without a subject of its own ("was blown up in 1936 and
  rebuilt"): the first verb's subject;
- a noun ("the destruction of X", "damage to X"): the complement of its preposition;
- a participle used as an adjective ("the devastated tomb of X", "a museum in Russian-occupied Crimea"):
  the noun it describes; a place it describes that is no site tells nothing of the sentence's sites.
Coordinated and appositive nouns are sites too ("X, Y and Z were destroyed").
"""
from __future__ import annotations

from dataclasses import dataclass

from ..vocab.site_kinds import site_kinds
from .frames import INTRANSITIVE
from .lexicon import load as lexicon
from .parse import is_form, span_root

SUBJECTS = {"nsubj", "nsubjpass", "csubj", "csubjpass"}
RELATIVE = {"which", "that", "who", "whom", "where"}
PERSONAL = {"who", "whom"}  # 'a priest of the monastery, who had been seized': a person, never a site
NOUN_PREPS = {"of", "to", "at", "on", "in", "against", "inside"}
PLACE_PREPS = {"in", "at", "inside", "within", "across", "throughout", "near"}


@dataclass
class Roles:
    site: list  # tokens heading the site noun phrases
    actor: object | None  # the token heading the actor
    passive: bool
    attribute: bool = False  # a participle describing its noun ('the devastated tombstones')


def trigger_token(doc, start: int, end: int, noun: bool):
    """The trigger's head token: its last noun for a noun trigger ('completed the restoration'), else
    its first verb ('blew up', 'took control of')."""
    toks = [t for t in doc if start <= t.idx < end]
    if not toks:
        return None
    if noun:
        nouns = [t for t in toks if t.pos_ in ("NOUN", "PROPN")]
        return nouns[-1] if nouns else toks[-1]
    return next((t for t in toks if t.pos_ in ("VERB", "AUX")), toks[0])


def _owner(noun, obj):
    """'X and Y reported damage to their buildings': what 'its' or 'their' owns belongs to the subject of the verb
    whose object the event noun is; otherwise the noun's complement itself."""
    if noun.dep_ == "dobj" and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in obj.children):
        return _child(noun.head, SUBJECTS) or obj
    return obj


def _child(tok, deps):
    return next((c for c in tok.children if c.dep_ in deps), None)


def _is_passive(tok) -> bool:
    if any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children):
        return True
    if tok.dep_ == "acl" and tok.tag_ == "VBN":
        return True
    if tok.dep_ == "conj" and tok.tag_ == "VBN" and not _child(tok, SUBJECTS):
        return _is_passive(tok.head)
    return False


def _agent(tok):
    by = _child(tok, {"agent"})
    return _child(by, {"pobj"}) if by is not None else None


def roles(doc, start: int, end: int, noun: bool) -> Roles | None:
    tok = trigger_token(doc, start, end, noun)
    if tok is None:
        return None
    span = {t.i for t in doc if start <= t.idx < end}
    if noun:
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ in NOUN_PREPS:
                obj = _child(prep, {"pobj"})
                if obj is not None:
                    return Roles([_owner(tok, obj)], _agent(tok), False)
        return Roles([], None, False)
    if tok.dep_ == "amod":
        return Roles([tok.head], None, tok.tag_ != "VBG", attribute=True)
    passive = _is_passive(tok)
    subj = _child(tok, SUBJECTS)
    obj = _child(tok, {"dobj"})
    if obj is not None and obj.i in span:  # 'took control of X', 'set fire to X'
        prep = next((p for p in obj.children if p.dep_ == "prep"), None) or _child(tok, {"prep", "dative"})
        obj = _child(prep, {"pobj"}) if prep is not None else None
    elif obj is None and any(t.i in span and t.dep_ == "prep" for t in tok.children):
        prep = next(t for t in tok.children if t.i in span and t.dep_ == "prep")  # 'set fire to X'
        obj = _child(prep, {"pobj"})
    if tok.dep_ == "relcl":  # 'the temple, which ISIS blew up': the noun the clause modifies
        if any(c.lower_ in PERSONAL for c in tok.children):
            return Roles([], None, passive)
        rel_subj = subj is not None and subj.lower_ in RELATIVE
        rel_obj = obj is not None and obj.lower_ in RELATIVE
        if rel_obj or (rel_subj and (passive or obj is None)) or (subj is None and obj is None):
            return Roles([tok.head], _agent(tok) if passive else (None if rel_subj else subj), passive)
    raised = _child(tok.head, SUBJECTS) if subj is None and tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX") \
        else None
    if raised is not None and (passive or obj is None):
        # 'X is believed to have been looted': the subject of the verb the trigger completes is the site; 'X was
        # said to have collapsed': an intransitive's subject (the caller reads it for the trigger's frame)
        return Roles([raised], _agent(tok), True) if passive else Roles([], raised, False)
    if passive:
        if subj is not None:
            return Roles([subj], _agent(tok), True)
        if tok.dep_ == "acl":
            return Roles([member_of(tok.head)], _agent(tok), True)
        if tok.dep_ == "conj":
            first = tok.head
            inherited = _child(first, SUBJECTS)
            return Roles([inherited] if inherited is not None else [], _agent(tok), True)
        return Roles([], _agent(tok), True)
    if obj is not None:
        return Roles([obj], subj, False)
    if tok.dep_ == "conj" and subj is None:  # 'smashed windows and damaged the organ': its own object
        subj = _child(tok.head, SUBJECTS)
    return Roles([], subj, False)  # intransitive: the caller reads the subject as the site for its frame


COPULAS = {"was", "were", "is", "are", "be", "been", "being", "remains", "remained"}
COUNTS = {"one", "two", "three", "four", "five", "some", "several", "many", "each", "few"}


def member_of(noun):
    """'X was among the buildings destroyed', 'Among the buildings lost was X', 'X was one of the sites inscribed':
    a participle describing a group the copula puts a site in tells of that site (else of the group's noun)."""
    prep = noun.head if noun.dep_ == "pobj" else None
    if prep is None or prep.lower_ not in ("among", "of"):
        return noun
    verb = prep.head if prep.lower_ == "among" else \
        prep.head.head if prep.head.lower_ in COUNTS or prep.head.like_num else None
    subj = _child(verb, SUBJECTS) if verb is not None and verb.lower_ in COPULAS else None
    return subj if subj is not None else noun


def pronoun_patient(doc, t):
    """The 'it' the parse makes the trigger's patient ('It was left in ruins by the war but was restored'; an
    intransitive's subject: 'it collapsed'), or None. Not for a theft, whose object is the thing taken."""
    if t.frame == "noun" or "from" in t.rules.site_preps:
        return None
    r = roles(doc, t.start, t.end, False)
    if r is None:
        return None
    held = r.site or ([r.actor] if r.actor is not None and (t.frame == "subject" or INTRANSITIVE.match(t.text)) else [])
    # 'Its ruins, which cover 40 square kilometres, were inscribed': the site's own fabric stands for it
    owned = [p for x in held if x.lower_ in site_kinds().parts for p in x.children if p.dep_ == "poss" and p.lower_ == "its"]
    return next((x for x in held if x.lower_ == "it"), None) or next(iter(owned), None)


def main_argument(tok) -> bool:
    """Is the token the subject or the object of the sentence's main verb?"""
    return tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.dep_ == "ROOT"


def expand(tok) -> list:
    """The token and the nouns coordinated with it ('X, Y and Z'), also those coordinated inside an
    'of' complement ('the tombs of X and Y')."""
    out = {tok.i: tok}
    for t in [tok, *_of_chain(tok)]:
        for x in t.conjuncts:
            out[x.i] = x
    for x in _more_objects(tok):
        out[x.i] = x
    return sorted(out.values(), key=lambda t: t.i)


def _more_objects(tok) -> list:
    """'added the ruins of X, a university in Y, and Z': a noun the parse joins to the verb after its object is
    one more object."""
    if tok.dep_ != "dobj":
        return []
    return [x for x in tok.head.conjuncts if x.i > tok.i and x.pos_ in ("NOUN", "PROPN")]


def _of_chain(tok, depth: int = 2) -> list:
    """'most of the ruins', 'the minaret of the Great Mosque': the complements of 'of' after a part or a
    share (site_kinds.yml `parts`), nearest first; 'a priest of the monastery' has none."""
    out = []
    parts = site_kinds().parts
    for _ in range(depth):
        if tok.lower_ not in parts:
            break
        prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        obj = _child(prep, {"pobj"}) if prep is not None else None
        if obj is None:
            break
        out.append(obj)
        tok = obj
    return out


def mentions_for(doc, tokens, mentions) -> list:
    """The site mentions the role tokens stand for: the mention holding the token, else the one its
    'of' complement names ('the minaret of the Great Mosque': the mosque). A relative pronoun stands
    for nothing here: the clause's noun is the role (roles())."""
    out = []
    for tok in tokens:
        for t in expand(tok):
            hit = None
            for x in [t, *_of_chain(t)]:
                hit = next((m for m in mentions if m.start <= x.idx < m.end), None)
                if hit is not None:
                    break
            if hit is not None and hit not in out:
                out.append(hit)
    return out


def read_roles(doc, t, mentions: list, surface: list, recent: list = ()) -> tuple[list, list]:
    """The trigger's sites (`_read_roles`), less those the sentence only compares it with or names as where
    something is kept (`_aside`). `recent`: the mentions of the sentences just before, whose building a
    definite part noun ('the transept was restored') may belong to."""
    sites, held = _read_roles(doc, t, mentions, surface, recent)
    if not sites:
        return sites, held
    trigger = trigger_token(doc, t.start, t.end, t.frame == "noun")
    kept = [m for m in sites if not _aside(doc, m, trigger)]
    return kept, [m for m in held if m in kept]


def _aside(doc, mention, trigger) -> bool:
    """Is the mention only compared with ('Like the Temple of Bel, the temple was destroyed', 'worse than at X';
    site_kinds.yml `comparisons`) or where a thing is kept ('bronzes looted in 1897, now displayed at the British
    Museum'; `holds`: a verb of keeping the mention is placed by, not inside the trigger's phrase as in
    'stole a painting displayed at X')?"""
    kinds = site_kinds()
    if trigger is None:
        return False
    below, clause = None, False  # the token under `tok` on the way up; a clause passed on the way
    for tok in _up(doc, mention, trigger):
        if _comparing(tok):
            return True
        if tok.pos_ in ("VERB", "AUX") and is_form(tok, kinds.holds) and not trigger.is_ancestor(tok):
            return True
        if not clause and _speaker(tok, below, trigger):
            return True
        clause = clause or tok.pos_ in ("VERB", "AUX")
        below = tok
    return False


def _speaker(verb, subject, trigger) -> bool:
    """'Staff at the museum said some exhibits had been broken': a site in the subject of a verb of saying
    (events_lexicon.yml `saying_verbs`) whose reported clause holds the trigger is who tells, not where it happened ('the
    museum reported damage to its roof': the trigger is the verb's object, the museum its site)."""
    if subject is None or subject.dep_ not in SUBJECTS or not is_form(verb, lexicon().saying):
        return False
    clause = trigger
    while clause.head.i != clause.i and clause.head.i != verb.i:
        clause = clause.head
    return clause.head.i == verb.i and clause.dep_ in ("ccomp", "parataxis")


def compared(doc, mention) -> bool:
    """Is the mention only what its sentence compares with ('as if the Louvre had lost the Mona Lisa', 'like X')?
    Such a site is no antecedent of a later 'the museum' (mentions.py)."""
    return any(_comparing(tok) for tok in _up(doc, mention, None))


def _comparing(tok) -> bool:
    """Does the token open a comparison: a preposition 'like', 'than' ... or a clause marked 'as if'
    (site_kinds.yml comparisons, comparison_clauses)?"""
    kinds = site_kinds()
    if tok.dep_ == "prep" and tok.lower_ in kinds.comparisons:
        return True
    marks = " ".join(c.lower_ for c in tok.children if c.dep_ == "mark")
    return marks in kinds.comparison_clauses


def _up(doc, mention, stop):
    """The mention's head token and its ancestors, up to `stop` (a token, not included) or the root."""
    tok = span_root(doc, mention.start, mention.end)
    while tok is not None and (stop is None or tok.i != stop.i):
        yield tok
        if tok.head.i == tok.i:
            return
        tok = tok.head


def _read_roles(doc, t, mentions: list, surface: list, recent: list = ()) -> tuple[list, list]:
    """The trigger's sites read from the parse, given those its surface frame found (frames.py), and
    which of them only held what was harmed (their event is the partial one: damaged, not destroyed).
    The subject of an intransitive trigger ('the spire of the Htilominlo Temple collapsed', not the
    temple named first in the sentence) is the parse's; otherwise the parse fills in where the surface
    frame found no site, and takes away a site that only stood beside the object."""
    if t.frame == "enemy":  # the site is where a party is driven out of: the surface frame's 'from X'
        return surface, []
    r = roles(doc, t.start, t.end, t.frame == "noun")
    if r is None:
        return surface, []
    if r.attribute:
        found = mentions_for(doc, r.site, mentions)
        noun = r.site[0]
        # a description holding the participle tells no event ('a damaged temple in X', 'the burnt-out
        # building'); a place that is no site holds none of the sentence's sites ('a museum in
        # Russian-occupied Crimea')
        if any(m.start <= t.start < m.end for m in found):
            return [], []
        if found or (noun.dep_ == "pobj" and noun.head.lower_ in PLACE_PREPS):
            return found, []
    # 'X, the home where ..., reopened to the public': a verb that may stand without an object (frames.INTRANSITIVE)
    # and has none tells of its subject
    # ('X, a foundation whose church ..., lost its roof': a subject-frame trigger's object that is a part of the site
    # leaves the subject as the site)
    intransitive = r.actor is not None and (
        (t.frame == "subject" and (all(x.lower_ in site_kinds().parts for x in r.site) or
                                   # 'X, a tower that has stood since 1848, lost bricks in the storm': an object
                                   # that names no site is what the subject lost or suffered
                                   (not surface and not mentions_for(doc, r.site, mentions)))) or
        (not r.site and t.frame == "object" and not r.passive and INTRANSITIVE.match(t.text) is not None))
    found = mentions_for(doc, [r.actor] if intransitive else r.site, mentions)
    if found and (not surface or intransitive):
        return found, []
    # '..., and parts of the Y palace were damaged': the trigger's own passive subject, not a site of the clause before
    trigger = trigger_token(doc, t.start, t.end, t.frame == "noun")
    if found and r.passive and not any(m in surface for m in found) and trigger is not None and any(
            x.dep_ == "nsubjpass" and x.head.i == trigger.i for x in r.site):
        return found, []
    # 'compared to Coventry Cathedral, destroyed by German bombs in 1940': a participle set off by a comma tells of
    # the noun it follows, not of the sentence's subject
    if found and r.passive and trigger is not None and trigger.dep_ == "acl" and trigger.i > 0 and \
            doc[trigger.i - 1].text == "," and not any(m in surface for m in found):
        return found, []
    if intransitive and not found and not surface:
        # 'At X, the roof collapsed', 'the dome gave way': a part's building was harmed
        held = _possessor(doc, r.actor, t, mentions) or _owner_of_part(doc, r.actor, t, mentions, recent) or \
            _scene(doc, r.actor, t, mentions)
        if held:
            return held, held
    if not r.site and not found and t.frame != "noun":
        # a site after a verb the parse gives no site to stands in the verb's own phrase ('stolen from X'),
        # not in the next clause ('... is said to have collapsed, and tombs at X were waterlogged')
        verb = span_root(doc, t.start, t.end)
        if verb is not None and verb.pos_ == "VERB":
            surface = [m for m in surface if m.start < t.start or _governs(verb, doc, m)]
    if r.site and not found:
        # the object is a thing, not a site: a site placed beside it is not what was harmed ('set fire to
        # a box near the palace', 'restored the lion statue from Palmyra'); a building it stands in held
        # it ('smashing statues with sledgehammers inside the Mosul Museum')
        if not surface:
            examples = _with_examples(doc, r.site, mentions, [])  # 'placed all five of its sites, including X and Y'
            if examples:
                return examples, []
            held = _container(doc, r.site[0], t.rules.site_preps, mentions) or \
                _owner_of_part(doc, r.site[0], t, mentions, recent) or _scene(doc, r.site[0], t, mentions)
            return held, held
        # (nor a site in another clause: 'a gang dismantled a wall at X ...; police stopped a truck and seized
        # 100 pieces'; a pronoun object points back to a site before it: 'three years after militants looted it')
        obj = r.site[0]
        verb = obj.head
        surface = [m for m in surface if r.passive or not _beside(doc, obj, m, t.rules.site_preps)
                   and (verb.pos_ != "VERB" or _governs(verb, doc, m)
                        or (obj.pos_ == "PRON" and m.end <= obj.idx))]
        # 'smashed headstones in the Commonwealth war cemetery': the site held what was harmed (a noun object
        # after the verb, the site after it)
        if surface and not r.passive and obj.pos_ in ("NOUN", "PROPN") and obj.i > verb.i and \
                all(m.start > obj.idx for m in surface):
            return surface, list(surface)
    more = mentions_for(doc, [x for t in r.site for x in _more_objects(t)], mentions)
    return _with_examples(doc, r.site, mentions, surface + [m for m in more if m not in surface]), []


def _governs(verb, doc, mention) -> bool:
    """Does the verb govern the mention? (A mention past the end of a long sentence's parse has no token.)"""
    root = span_root(doc, mention.start, mention.end)
    return root is not None and verb.is_ancestor(root)


def _container(doc, obj, preps: frozenset, mentions) -> list:
    """The building a harmed thing stood in: a mention of a building kind after one of the trigger's
    site prepositions (events_lexicon.yml site_after: in, inside, at, within; for a theft also from) in
    its verb's phrase ('smashing statues with sledgehammers inside the Mosul Museum', 'stole a Rembrandt
    from the Gardner Museum')."""
    vocab = site_kinds()
    verb = obj.head
    phrase = _own_phrase(verb)
    # 'smashed a display case in X and took a chalice': a verb sharing its subject with the one before it
    # acts where that one did
    if verb.dep_ == "conj" and verb.head.pos_ == "VERB" and not _child(verb, SUBJECTS):
        phrase += _own_phrase(verb.head)
    for prep in phrase:
        if prep.dep_ == "prep" and prep.lower_ in preps:
            pobj = _child(prep, {"pobj"})
            hit = next((m for m in mentions if pobj is not None and m.start <= pobj.idx < m.end), None)
            # a building, or a heritage place of many monuments ('raided tombs in the Valley of the Kings')
            if hit is not None and (vocab.in_group(hit.site.kind, "building") or
                                    hit.site.heritage and vocab.in_group(hit.site.kind, "settlement")):
                return [hit]
    return []


def _owner_of_part(doc, obj, t, mentions, recent: list = ()) -> list:
    """'a blaze at the Cathedral of St. Peter ..., but not before the flames had destroyed the great organ':
    a part noun (site_kinds.yml parts) with no owner of its own belongs to the heritage site named last
    before the trigger in its sentence; a definite part of a building ('The transept was restored in 1988',
    not a share: 'the rest', 'most') with none there, to the heritage building of the sentences just before
    (`recent`), when that is the only one they name."""
    kinds = site_kinds()
    if obj.lower_ not in kinds.parts or any(c.dep_ == "poss" or c.lower_ == "of" for c in obj.children):
        return []
    before = [m for m in mentions if m.end <= t.start and m.site.heritage]
    if before or obj.lower_ in kinds.shares or not any(c.dep_ == "det" and c.lower_ == "the" for c in obj.children) \
            or any(m.site.heritage for m in mentions):
        return before[-1:]
    told = {m.site.name: m for m in recent if m.site.heritage and kinds.in_group(m.site.kind, "building")}
    return list(told.values()) if len(told) == 1 else []


def _possessor(doc, thing, t, mentions) -> list:
    """'X was damaged, and one of its towers collapsed': a part ('one of its towers', 'its dome'; site_kinds.yml
    parts) owned by 'its' belongs to the heritage site named last before it in its sentence."""
    for tok in [thing, *_of_chain(thing)]:
        if tok.lower_ not in site_kinds().parts:
            return []
        if any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in tok.children):
            before = [m for m in mentions if m.end <= tok.idx and m.site.heritage]
            return before[-1:]
    return []


SCENE_PREPS = {"at", "inside", "within"}  # not 'in': 'In Cholula, ...' sets a town as the scene, not a building


def _scene(doc, thing, t, mentions) -> list:
    """'At Hampton Court Palace, a fire destroyed part of the King's Apartments': a sentence that opens with a
    place phrase naming a heritage building, then a comma, sets the scene of its main clause; a trigger there
    whose object (or subject) is a thing, not a site, harmed that building. A town set as the scene ('In Loboc,
    the church fell') is no building: the sites of the clause are its own."""
    first = next((x for x in doc if not x.is_punct and not x.is_space), None)
    if first is None or first.lower_ not in SCENE_PREPS:
        return []
    comma = next((x for x in doc if x.i > first.i and x.text == ","), None)
    if comma is None or t.start < comma.idx or thing.i < comma.i:
        return []
    head = [m for m in mentions if m.start >= first.idx + len(first.text) and m.end <= comma.idx]
    if len(head) != 1 or doc.text[first.idx + len(first.text):head[0].start].strip().lower() not in ("", "the") \
            or doc.text[head[0].end:comma.idx].strip():
        return []
    m = head[0]
    return [m] if m.site.heritage and site_kinds().in_group(m.site.kind, "building") else []


CLAUSES = {"conj", "cc", "relcl", "advcl", "ccomp", "xcomp", "acl", "parataxis"}


def _own_phrase(verb) -> list:
    """The verb's phrase without the clauses joined to it ('smashed windows ..., and a fire was set at X')."""
    out, todo = [], [c for c in verb.children if c.dep_ not in CLAUSES]
    while todo:
        t = todo.pop()
        out.append(t)
        todo += [c for c in t.children if c.dep_ not in CLAUSES]
    return sorted(out, key=lambda t: t.i)


def _with_examples(doc, site_tokens, mentions, surface) -> list:
    """'Several temples in Durbar Square were reduced to rubble, including the Maju Deval': named examples
    of a plural site noun are sites of the event too."""
    plural = [t for t in site_tokens if _plural(t) and not any(m.start <= t.idx < m.end for m in mentions)]
    if not plural:
        return surface
    out = list(surface)
    for t in doc:
        if t.lower_ in ("including", "notably", "especially") and t.dep_ == "prep":
            for obj in (c for c in t.children if c.dep_ == "pobj"):
                for hit in _named(obj, mentions):
                    if hit not in out:
                        out.append(hit)
    return out


def _plural(tok) -> bool:
    """A plural noun, or a count of one ('all five of Libya's sites', 'two of the temples')."""
    if tok.tag_ in ("NNS", "NNPS"):
        return True
    obj = _of_object(tok) if tok.tag_ in ("CD", "DT") else None
    return obj is not None and obj.tag_ in ("NNS", "NNPS")


def _of_object(tok):
    """The complement of the word's 'of' ('five of its sites': sites), or None."""
    of = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of"), None)
    return _child(of, {"pobj"}) if of is not None else None


def _named(tok, mentions) -> list:
    """The mentions a noun and its conjuncts stand for; a plural noun that is no mention itself stands for the
    names of its 'of' complement ('the Roman cities of Leptis Magna and Sabratha': both)."""
    out = []
    for x in [tok, *tok.conjuncts]:
        hit = next((m for m in mentions if m.start <= x.idx < m.end), None)
        if hit is None and x.tag_ in ("NNS", "NNPS"):
            obj = _of_object(x)
            out += _named(obj, mentions) if obj is not None else []
        elif hit is not None:
            out.append(hit)
    return out


def _beside(doc, obj, mention, site_preps: frozenset) -> bool:
    """Does the mention stand in the object's phrase after a preposition that does not put the object
    inside it (site_kinds.yml `not_inside`: near, from, outside ...), unless the trigger names its site
    with it (a theft's 'from': 'stole a Rembrandt from the museum')?"""
    tok = next((t for t in doc if mention.start <= t.idx < mention.end and not (
        mention.start <= t.head.idx < mention.end and t.head.i != t.i)), None)
    not_inside = site_kinds().not_inside - site_preps
    while tok is not None and tok.i != obj.i and tok.head.i != tok.i:
        # on the object ('a box near the palace') or on its verb after it ('restored the statue from X')
        if tok.dep_ == "prep" and tok.lower_ in not_inside and (obj.is_ancestor(tok) or
                                                               (tok.head.i == obj.head.i and tok.i > obj.i)):
            return True
        tok = tok.head
    return False


def renamed(doc, mention, earlier: list):
    """The earlier mention this one is an appositive of ('the spire of X, the country's oldest church': X),
    or None."""
    root = span_root(doc, mention.start, mention.end)
    if root is None or root.dep_ != "appos":
        return None
    return next((m for m in earlier if m.start <= root.head.idx < m.end), None)
