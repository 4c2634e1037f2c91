"""Names with no site noun that the parse makes an event's patient: 'The Hermitage was shelled',
'thieves ransacked the Green Vault', 'the looting of the Hofburg'.

find_mentions (sites.py) knows a site by its noun ('the X Museum') or by a list of known names; a
proper name with neither is no mention, so its event went to the nearest other name in the sentence
or nowhere. The parse says what the trigger acts on: an object, a passive subject, the subject of a
verb whose subject is the thing harmed ('burned down'), or the 'of' phrase of an event noun. That
role, filled by a proper name that is not a country, a region, a month or a body such as UNESCO, is
a site. Only sentences with a trigger and a capitalised word outside every mention are parsed.
`made_names` reads the same for the passive subject of a verb of building ('Machu Picchu ... was built').
"""
from __future__ import annotations

import re

from ..places import towns
from .lexicon import Lexicon
from .model import Mention, Site
from .parse import Parses, span_root
from .roles import member_of
from .sites import BAD_CAP_HEAD, CAPSEQ, HEADS, MONTH_DAY, STYLE_WORDS, Gazetteer, _country, _head, _region
from .triggers import Trig
from ..vocab.site_kinds import site_kinds

KINDS = site_kinds()
PARTS = KINDS.parts | KINDS.rooms  # 'the roof of X', 'the ballrooms of X', 'most of X'
ROLES = {"object": ("dobj", "nsubjpass"), "subject": ("nsubj", "nsubjpass"), "enemy": ("dobj", "nsubjpass")}
CAPITAL = re.compile(r"\b[A-Z]")
PLAIN_WORDS = re.compile(r"[A-Z][\w’'\-]*(?:\s+[A-Z][\w’'\-]*)+")


def named_patients(text: str, found: list[Mention], trigs: list[Trig], parses: Parses, gaz: Gazetteer,
                   lex: Lexicon, article: str = "") -> list[Mention]:
    """Mentions for the proper names filling a trigger's patient role outside every mention in `found`.
    `article`: the whole text, where a word opening the sentence may show it is a name."""
    first = 0 if _opens_with_name(text, article) else 1
    if not may_name(text, trigs, article) or all(_covered(m.start(), found) for m in CAPITAL.finditer(text, first)):
        return []
    doc = parses[text]
    out: list[Mention] = []
    for t in trigs:
        head = span_root(doc, t.start, t.end)
        if head is None or "from" in t.rules.site_preps and not lex.robs_place.match(t.text):
            continue
        for tok in _patients(head, t.frame):
            span = _own_conjunct(tok, _name_at(text, tok.idx))
            if span is None or _covered(span[0], found + out) or _covered(span[1] - 1, found + out):
                continue
            name = text[span[0]:span[1]]
            after = re.match(r"\s+([a-z]+)", text[span[1]:])
            if after and _head(after.group(1)) in HEADS:
                continue  # 'the Orthodox seminary': the name modifies a site noun after it
            if span[0] == 0 and " " not in name and gaz.lookup(name) is None and not _named_elsewhere(name, article):
                continue  # 'Downstream, ...', 'Windows were smashed': any first word is capitalised
            # after 'toppled', plain words with no article are a ruler ('toppled Saddam Hussein')
            person_like = bool(lex.topples_ruler.match(t.text) and PLAIN_WORDS.fullmatch(name)) and \
                not re.search(r"\b[Tt]he\s+$", text[:span[0]])
            site = _site(name, gaz, known_only=person_like)
            if site is not None:
                out.append(Mention(span[0], span[1], name, site))
    return out


# "Machu Picchu, perched on a ridge, was built for the emperor Pachacuti": what was built is a site
BUILT = ("built", "constructed", "erected")
MADE = re.compile(rf"\b(?:was|were)\s+(?:\w+ly\s+)?(?:{'|'.join(BUILT)})\b")


def made_names(text: str, found: list[Mention], parses: Parses, gaz: Gazetteer) -> list[Mention]:
    """Mentions for the proper names the parse makes the passive subject of a verb of building: a built thing
    named by no site noun is a site (the 'it' after it names it)."""
    if not MADE.search(text):
        return []
    doc = parses[text]
    out: list[Mention] = []
    for verb in (t for t in doc if t.tag_ == "VBN" and t.lower_ in BUILT):
        for tok in (c for c in verb.children if c.dep_ == "nsubjpass" and c.tag_ in ("NNP", "NNPS")):
            span = _name_at(text, tok.idx)
            if span is not None and not _covered(span[0], found + out) and not _covered(span[1] - 1, found + out) \
                    and (site := _site(text[span[0]:span[1]], gaz, known_only=False)) is not None:
                out.append(Mention(span[0], span[1], text[span[0]:span[1]], site))
    return out


def _named_elsewhere(word: str, article: str) -> bool:
    """Does the article write the word capitalised inside a sentence ('the temples of Hampi'), so that it is a
    name where it opens one ('Hampi was sacked in 1565')?"""
    return bool(re.search(rf"[a-z,;][ \t]+{re.escape(word)}(?![\w’'\-])", article))  # (not after a line break)


def _opens_with_name(text: str, article: str) -> bool:
    m = re.match(r"[A-Z][\w’'\-]*", text)
    return bool(m) and _named_elsewhere(m.group(0), article)


def may_name(text: str, trigs: list[Trig], article: str = "") -> bool:
    """Could the sentence name a patient this module reads (a trigger, and a capitalised run that may be a
    site's name, not the sentence's first word alone)? Only such sentences are parsed for it, in one batch
    (mentions.py)."""
    return bool(trigs) and any((m.start() > 0 or m.group(0).split()[0] in BAD_CAP_HEAD or " " in m.group(0) or
                                _opens_with_name(text, article)) and plausible(m.group(0))
                               for m in CAPSEQ.finditer(text))


def plausible(name: str) -> bool:
    """Could the name be a site's, by its words alone? Not a month, an actor, a person with a title, a body
    ('the Soviet Union'), a dateline, a country or a region,
    a letter, a person's work ('Munch's The Scream'), nor a name with a site noun (find_mentions reads those)."""
    words = name.split()
    while words and words[0] in BAD_CAP_HEAD:
        words = words[1:]
    name = " ".join(words)
    return len(name) >= 3 and not (any(_head(w) in HEADS for w in words) or MONTH_DAY.match(name) or
                                   len(words) == 1 and STYLE_WORDS.match(name) or
                                   words[0].split("-")[0] in KINDS.actor_names | KINDS.person_titles or
                                   any(w in KINDS.body_words for w in words) or _country(name) or _region(name) or
                                   any(len(w) > 2 and w.isupper() for w in words) or re.search(r"['’]s\s", name))


def _patients(head, frame: str) -> list:
    """The tokens filling the trigger's patient role, with their conjuncts ('X and Y were looted')."""
    if frame == "noun":
        roles = [p for c in head.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children
                 if p.dep_ == "pobj"]
    else:
        deps = ROLES.get(frame, ())
        roles = [c for c in head.children if c.dep_ in deps]
        # 'X appears to have been razed', 'X is believed to have been looted': the subject raised to the verb the
        # trigger completes
        if not roles and frame == "object" and head.dep_ == "xcomp" and head.tag_ == "VBN" and \
                any(c.dep_ == "auxpass" for c in head.children):
            roles = [c for c in head.head.children if c.dep_ == "nsubj"]
        if frame == "subject" and any(c.dep_ == "dobj" for c in head.children):
            roles = []  # 'the fire destroyed X': the subject is the cause, not what was harmed
        # 'Baalbek, inscribed on the World Heritage List in 1984, ...': the noun a participle set off by a comma
        # describes (the parser may hang the participle from it, or make the name its subject)
        if frame == "object" and head.tag_ in ("VBN", "VBD") and head.i > 0 and head.doc[head.i - 1].text == "," and \
                not any(c.dep_ == "dobj" for c in head.children):
            roles += [head.head] if head.dep_ == "acl" else [c for c in head.children if c.dep_ == "nsubj" and c.i < head.i]
        # 'Mesa Verde was among the first places inscribed on the List': the name the copula puts in the group
        if frame == "object" and head.dep_ == "acl" and (member := member_of(head.head)) is not head.head:
            roles.append(member)
    out = []
    for tok in map(_antecedent, roles):
        out.append(tok)
        out += [c for c in tok.conjuncts if c.i > tok.i]
    # 'the ballrooms of the Hofburg were restored': a part or a room harmed or restored is its building's event
    out += [p for tok in out if tok.tag_ in ("NN", "NNS") and _part(tok.lower_)
            for c in tok.children if c.dep_ == "prep" and c.lower_ == "of" for p in c.children if p.dep_ == "pobj"]
    # (the parser may tag a name opening the sentence as a common noun: named_patients checks that word)
    # ('the Justice statue by Alfredo Ceschiatti, daubed with graffiti': a name after 'by' is a maker or an agent)
    return [t for t in out if (t.tag_ in ("NNP", "NNPS") or t.i == 0 and t.tag_ == "NN" and t.text[:1].isupper())
            and not (t.dep_ == "pobj" and t.head.lower_ == "by")]


def _antecedent(tok):
    """A relative pronoun stands for the noun its clause describes, and a description set off after a name
    for the name: 'Old Havana, the colonial quarter that UNESCO inscribed in 1982'."""
    if tok.tag_ not in ("WDT", "WP") or tok.head.dep_ != "relcl":
        return tok
    noun = tok.head.head
    noun = noun.head if noun.dep_ == "appos" and noun.tag_ in ("NN", "NNS") else noun
    # 'the stave church near Bergen, which was burned': a place locating another noun is not what the clause is about
    if noun.dep_ == "pobj" and noun.head.lower_ != "of" and noun.head.head.pos_ in ("NOUN", "PROPN"):
        return tok
    return noun


def _own_conjunct(tok, span: tuple[int, int] | None) -> tuple[int, int] | None:
    """'the towns of Woldia and Dessie': a run of names the parse coordinates is two names; keep the token's own."""
    if span is None or not plausible(tok.doc.text[span[0]:span[1]].replace(" and ", " ")):
        return span  # ('the Lin Family Mansion and Garden' is one name, and find_mentions' to read)
    for c in tok.conjuncts:
        cc = next((w for w in tok.doc[min(tok.i, c.i):max(tok.i, c.i)] if w.dep_ == "cc"), None)
        if cc is not None and span[0] <= c.idx < span[1]:
            span = (span[0], cc.idx - 1) if c.i > tok.i else (cc.idx + len(cc.text_with_ws), span[1])
    return span


def _part(noun: str) -> bool:
    return noun in PARTS or noun.endswith("rooms") or noun.rstrip("s") in PARTS


def _name_at(text: str, pos: int) -> tuple[int, int] | None:
    """The capitalised run holding the character at `pos`, without a leading article."""
    for m in CAPSEQ.finditer(text, max(0, pos - 120)):
        if m.start() <= pos < m.end():
            words = m.group(0).split()
            s = m.start()
            while words and words[0] in BAD_CAP_HEAD:
                s += len(words[0]) + 1
                words = words[1:]
            # "Milan's La Scala": a town owns the name that follows it
            if len(words) > 1 and re.fullmatch(r"[A-Z][\w\-]*['’]s", words[0]) and s + len(words[0]) < pos and \
                    towns.town(words[0][:-2]) is not None:
                s += len(words[0]) + 1
                words = words[1:]
            # ('St Bride's was burned out': a saint's name with 's alone is the church, and keeps it)
            e = m.end() - 2 if re.search(r"['’]s$", m.group(0)) and words[0] not in ("St", "St.", "Saint") else m.end()
            return (s, e) if words and s < e else None
        if m.start() > pos:
            break
    return None


def _site(name: str, gaz: Gazetteer, known_only: bool) -> Site | None:
    if not plausible(name):
        return None
    known = gaz.lookup(name)
    if known is not None:
        return known if known.heritage else None
    return None if known_only else Site(name, "other", known=False)


def _covered(pos: int, mentions: list[Mention]) -> bool:
    return any(m.start <= pos < m.end for m in mentions)
