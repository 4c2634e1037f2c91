"""Names put on the heritage list, read from the parse: whatever a listing verb takes is a site, whether or
not its name holds a site noun ("placed the Galápagos Islands on the List of World Heritage in Danger",
"added two properties to the List: X, Y and Z", "the ancient cities of Bosra and Damascus", "new sites
include Gordion and ...").

The verb is 'inscribe' in a sentence about the list, 'add', 'place' or 'put' with the list as their
complement ('to/on the List'), or 'include' with new sites as its subject. Its object (the passive's
subject) is followed through conjuncts and appositions; a common noun stands for the proper names of its
'of' complement ('the ancient cities of X and Y') or of its apposition ('two properties: X, Y').
"""
from __future__ import annotations

import re

from ..vocab.site_kinds import site_kinds
from .parse import forms

LIST_CUE = re.compile(r"\b(?:World\s+Heritage|UNESCO|Unesco|[Ll]ist)\b")
# a sentence worth parsing for it: 'inscribe', or 'add/place/put' with a list, or 'include' with sites
CUE = re.compile(r"\binscrib\w*|\b(?:add|adds|added|adding|place|places|placed|placing|put|puts|putting)\b(?=.*\b[Ll]ist\b)|"
                 r"\b(?:sites|properties)\b(?=.*\binclude[sd]?\b)", re.S)
VERBS = frozenset({"inscribe", "add", "place", "put", "include"})
TO_LIST = frozenset({"to", "on", "onto"})
NEW = frozenset({"new", "other", "newly", "inscribed", "listed", "added"})
SITES = frozenset({"sites", "properties", "additions", "entries"})
# nouns whose 'of' complement is the name of what they stand for
PLACES = frozenset({"city", "cities", "town", "towns", "village", "villages", "site", "sites", "ruins", "remains",
                    "settlement", "port", "capital"})
# a dateline opens the sentence: 'BONN, Germany — ...'
DATELINE = re.compile(r"^[A-Z][A-Z .'’\-]+,[^—–]{0,40}?\s[—–-]+\s")
# the words of a name (besides proper nouns): 'Related Monastic Buildings', 'Jewish-Medieval'
NAME_DEPS = frozenset({"compound", "nmod", "amod", "poss"})


def listed_spans(text: str, doc) -> list[tuple[int, int, int]]:
    """Character spans of the names the sentence puts on the list, each with where its verb starts."""
    if not CUE.search(text):
        return []
    verbs = forms(VERBS)
    out: list[tuple[int, int, int]] = []
    dateline = DATELINE.match(text)
    for verb in doc:
        if not verb.tag_.startswith("VB") or verb.lower_ not in verbs or not _listing(verb, text) or _denied(verb):
            continue
        passive = any(c.dep_ == "auxpass" for c in verb.children)
        objects = [c for c in verb.children if c.dep_ in (("nsubjpass",) if passive else ("dobj",))]
        # "the Sacred City of Kandy, which was inscribed ...": the relative pronoun's antecedent
        objects = [_antecedent(o, verb) if o.tag_ == "WDT" and verb.dep_ == "relcl" else o for o in objects]
        # "added two properties to the List: X, and Y": what follows the verb's colon, however it is attached
        for colon in (c for c in verb.children if c.text == ":"):
            objects += [t for t in doc[colon.i + 1:] if t.head.i < colon.i and t.dep_ != "punct"]
        for obj in objects:
            for tok in _names(obj, set()):
                span = _span(tok)
                if span is not None and dateline and span[0] < dateline.end():
                    continue
                if span is not None and span not in [o[:2] for o in out]:
                    out.append((*span, verb.idx))
    return out


def _antecedent(pronoun, verb):
    """What ', which was inscribed' is about: the name just before the comma ('the temple, inside the Sacred City
    of Kandy, which ...': the city, wherever the parser hung the clause), else the clause's head."""
    doc = pronoun.doc
    i = pronoun.i - 1
    while i >= 0 and doc[i].is_punct:
        i -= 1
    near = doc[i] if i >= 0 else None
    # up from 'Kandy' in 'the Sacred City of Kandy' to 'City'
    while near is not None and near.dep_ == "pobj" and near.head.lower_ == "of" and near.head.head.tag_ in ("NNP", "NNPS"):
        near = near.head.head
    # 'the Selimiye Mosque, the masterpiece of the architect Sinan, which ...': a person's name is no antecedent; the
    # building its phrase describes is
    roles = site_kinds().person_roles
    if near is not None and any(c.lower_ in roles for c in near.children if c.dep_ in ("compound", "appos")):
        owner = near.head.head if near.dep_ == "pobj" and near.head.lower_ == "of" else None
        return owner.head if owner is not None and owner.dep_ == "appos" else pronoun  # (the pronoun names nothing)
    return near if near is not None and near.tag_ in ("NNP", "NNPS") else verb.head


def _denied(verb) -> bool:
    """'decided against placing X on the list', 'was not added', 'escaped being put on it'."""
    if any(c.dep_ == "neg" for c in verb.children):
        return True
    head = verb.head
    return (verb.dep_ == "pcomp" and head.lower_ in ("against", "without", "of")) or \
        (verb.dep_ in ("xcomp", "pcomp") and head.lower_ in forms(frozenset({"escape", "avoid", "refuse", "reject",
                                                                             "decline", "fail"})))


def _listing(verb, text: str) -> bool:
    word = verb.lower_
    if word in forms(frozenset({"include"})):
        subj = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        return subj is not None and subj.lower_ in SITES and any(c.lower_ in NEW for c in subj.children)
    if word in forms(frozenset({"inscribe"})):  # bare: the lexicon's context says whether it is the list
        return not any(c.dep_ == "prep" and c.lower_ in ("with", "into") for c in verb.children)
    # add / place / put: the list is where the object goes
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ in TO_LIST:
            if any(p.dep_ == "pobj" and p.lower_ == "list" for p in prep.children):
                return True
    return False


def _names(tok, seen: set) -> list:
    """The proper-noun heads a listed object stands for, through conjuncts and appositions."""
    if tok.i in seen:
        return []
    seen.add(tok.i)
    out = []
    if tok.tag_ in ("NNP", "NNPS"):
        out.append(tok)
    elif tok.lower_ in PLACES:  # 'the trading town of Hedeby', 'the ancient cities of X and Y' (not 'the
        # villages of north-west Wales': a plural's 'of' is where they are, unless it names several)
        for prep in tok.children:
            if prep.dep_ == "prep" and prep.lower_ == "of":
                for p in prep.children:
                    if p.dep_ == "pobj" and p.tag_ in ("NNP", "NNPS") and \
                            (tok.tag_ == "NN" or any(c.dep_ == "conj" for c in p.children)):
                        out += _names(p, seen)
    for c in tok.children:
        if c.dep_ == "appos" and tok.tag_ in ("NNP", "NNPS") and _dashed(tok, c):
            seen.add(c.i)  # "L'viv - the Ensemble of the Historic Centre": one name (_span)
        elif c.dep_ in ("conj", "appos"):
            out += _names(c, seen)
    return out


def _dashed(tok, appos) -> bool:
    """A proper-noun apposition after a dash: the rest of the name, not another site."""
    doc = tok.doc
    return appos.tag_ in ("NNP", "NNPS") and appos.i > tok.i and \
        any(t.text in ("-", "–", "—") for t in doc[tok.i + 1:appos.left_edge.i])


def _span(tok) -> tuple[int, int] | None:
    """The name of a proper-noun head: its capitalised modifiers on the left (not an owner's name, not a
    determiner) and an 'of' complement that is a name too ('the Old Town of Corfu')."""
    doc, joins = tok.doc, {"and", *site_kinds().name_particles}  # ('Quebrada de Humahuaca')
    start = tok.i
    while start > 0:
        prev = doc[start - 1]
        inside = start <= prev.head.i <= tok.i
        if prev.dep_ in NAME_DEPS | {"conj"} and inside and prev.text[:1].isupper() and prev.dep_ != "poss":
            start -= 1
        elif (prev.text in ("-", "/") or prev.text in joins and inside) and start > 1 and \
                doc[start - 2].text[:1].isupper() and doc[start - 2].dep_ != "poss":
            start -= 1
        else:
            break
    end = tok.i + 1
    prep = next((c for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" and c.i == end), None)
    if prep is not None:
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.text[:1].isupper() and all(t.text[:1].isupper() or t.lower_ == "the"
                                                                   for t in doc[prep.i + 1:pobj.i + 1]):
            end = pobj.i + 1
    dashed = next((c for c in tok.children if c.dep_ == "appos" and _dashed(tok, c)), None)
    if dashed is not None:
        inner = _span(dashed)
        if inner is not None:
            return doc[start].idx, inner[1]
    if not any(doc[i].text[:1].isupper() for i in range(start, end)):
        return None
    return doc[start].idx, doc[end - 1].idx + len(doc[end - 1].text)


# "Sites inscribed this year include: - the X in Y; - Z, Country; ...": a list after a colon, its items
# opened by a dash or a bullet (sentences.py joins the lines), under a clause that lists
LIST_HEAD = re.compile(r"\b(?:inscrib\w*|added|listed|new\s+(?:World\s+Heritage\s+)?(?:sites|properties))\b[^:;]*?"
                       r"\b(?:include|includes|included|are|were|was)\s*:\s*(?=[-–•]\s)")
ITEM = re.compile(r"(?:^|;)\s*[-–•]\s+(?:the\s+)?((?:[A-Z][\w’'\-]*|St\.)(?:\s+(?:(?:of|de|du|des|la|le|del|di|and)\s+"
                  r"(?:the\s+)?)?[A-Z][\w’'\-]*)*)")


def listed_items(text: str) -> list[tuple[int, int, int]]:
    """The first name of each item of a listing's dashed list, with where the listing word starts."""
    head = LIST_HEAD.search(text)
    if head is None:
        return []
    body = head.end()
    return [(body + m.start(1), body + m.end(1), head.start()) for m in ITEM.finditer(text[body:])]
