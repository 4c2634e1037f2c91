"""Which of a sentence's dates dates which trigger.

Each date goes to its nearest trigger; coordinated verbs share one; a date that belongs to the object
('dating back to 5000 BC', 'the 11th-century minaret') dates nothing; 'by <date>' bounds the event;
a date told with a report ('a video released last week showed ...') only bounds it.
"""
from __future__ import annotations

import re

from dataclasses import dataclass

from .anchors import EVENT_NOUNS
from .clauses import left_clause
from .dates import DateMention, EDate, open_until, until
from .parse import span_root, token_at
from .triggers import Trig

# words that name an event: a date they take dates that event ('Saturday's quake flattened X')
EVENT_WORDS = frozenset({w for group in EVENT_NOUNS for w in group} | {"attack", "attacks", "assault", "blaze", "fire",
                         "blast", "explosion", "bombing", "raid", "destruction", "collapse", "looting", "strike",
                         "airstrike", "airstrikes", "shelling", "offensive", "tsunami"})

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


def in_relative(text: str, pos: int) -> bool:
    """Inside a relative clause that has not ended (at a comma) by pos: 'X, which had survived a quake in 1934,'."""
    cstart, word = left_clause(text, pos)
    return word in RELATIVES and "," not in text[cstart:pos]


# --- which date a trigger takes: read from the dependency parse ---------------------------------
#
# A time expression modifies the word its phrase hangs from (its governor): "blew up X on Wednesday
# night" (blew), "Saturday's quake" (quake), "the ministry said on Saturday" (said), "the mosque,
# built in 1172" (built). A trigger takes, in this order:
#   1. a date its own verb (with the verbs of its chain: 'have begun demolishing') governs;
#   2. the date of the verb it is coordinated with, told before it ('entered on Sunday and destroyed');
#   3. a date in a 'when'/'as' clause under it, or the 'took place on Sunday' of its own clause;
#   4. the date of the event that is its subject or agent ('the quake that struck on Friday
#      flattened X', 'flattened by the April 25 earthquake');
#   5. the date of the report that tells it ('X was razed, officials said on Saturday'; 'a video
#      released last week showed them smashing X'): the event is on or before it.
# A date that modifies a plain noun as its attribute ('the 11th-century minaret') dates nothing; one
# in a prepositional phrase under a plain noun ('the mosque in Mosul on Wednesday') is its verb's.

# verbs that report rather than tell an event: their date bounds what they report
REPORT_VERBS = frozenset({"say", "said", "says", "saying", "tell", "told", "tells", "announce", "announced",
                          "announces", "report", "reported", "reports", "confirm", "confirmed", "confirms",
                          "state", "stated", "add", "added", "claim", "claimed", "write", "wrote", "declare",
                          "declared", "acknowledge", "acknowledged"})
# 'which took place on Sunday': a verb that only places its subject in time
HAPPENED = frozenset({"took", "happened", "occurred", "took place"})
SUBJECT_DEPS = ("nsubj", "nsubjpass", "agent", "csubj")
CHAIN_DEPS = ("xcomp", "aux", "auxpass")
PLAIN_MODIFIER = ("compound", "poss", "amod", "nummod", "nmod", "det")
TIME_NOUNS = frozenset({"morning", "afternoon", "evening", "night", "dawn", "dusk", "noon", "midnight", "hours"})
FRONTED = re.compile(r"\s*(?:(?:On|In|Late|Early|By)\s*)?")


@dataclass(frozen=True)
class Placed:
    """A date mention and the word its phrase hangs from (None: the whole sentence's)."""
    date: DateMention
    governor: object | None
    attribute: bool  # it modifies its governor as an attribute ('Saturday's quake', 'the 2015 collapse')


@dataclass(frozen=True)
class SentenceDates:
    """One sentence's dates placed in its parse, its event words (token indices of triggers) and
    the words of publication (the lexicon's report_media: video, footage, released ...)."""
    placed: tuple[Placed, ...]
    events: frozenset
    media_words: re.Pattern

    def is_event(self, tok) -> bool:
        return tok.i in self.events or tok.lower_ in EVENT_WORDS

    def media(self, tok) -> bool:
        return bool(self.media_words.fullmatch(tok.text) or self.media_words.fullmatch(tok.text.rstrip("s")))


def placed_dates(doc, dates: list[DateMention], triggers: list, media_words: re.Pattern) -> SentenceDates:
    """`triggers`: the tokens of the sentence's event words."""
    events = frozenset(t.i for t in triggers)
    return SentenceDates(tuple(place(doc, d, events) for d in dates), events, media_words)


def place(doc, d: DateMention, events: frozenset = frozenset()) -> Placed:
    """Where in the parse a date mention hangs."""
    if d.start == d.end:  # a date taken from an earlier sentence ('Then ...'): the main clause's
        return Placed(d, _main_verb(doc), False)
    top = span_root(doc, d.start, d.end)
    if top is None:
        return Placed(d, None, False)
    inside = lambda t: d.start <= t.idx < d.end
    while not _root(top) and (inside(top.head) or top.head.lower_ in TIME_NOUNS or
                              (top.dep_ in ("pobj", "pcomp") and top.head.pos_ == "ADP")):
        top = top.head  # out of the date phrase ('yesterday morning') and its preposition
    if _root(top) or FRONTED.fullmatch(doc.text[:d.start]) and doc.text[d.end:].lstrip().startswith(","):
        return Placed(d, _main_verb(doc), False)  # 'On Friday, hours before ..., the committee inscribed X'
    gov = top.head
    # 'Saturday's quake', 'the 11th-century minaret' (a name is no attribute: 'On Saturday ISIS seized')
    if (top.dep_ == "poss" and gov.pos_ in ("NOUN", "PROPN")) or (top.dep_ in PLAIN_MODIFIER and gov.pos_ == "NOUN"):
        return Placed(d, gov, True)
    event = lambda t: t.i in events or t.lower_ in EVENT_WORDS
    # a time phrase under a plain noun ('the mosque in Mosul on Wednesday night') is its verb's; so is
    # one under a verb of the same predicate ('reduced X to rubble on Monday', 'began to loot it on Friday')
    while not _root(gov) and not event(gov) and (gov.pos_ not in ("VERB", "AUX") or
                                                 gov.dep_ in ("xcomp", "pcomp") or (gov.dep_ == "advcl" and not _mark(gov))):
        gov = gov.head
    if _root(gov) and gov.pos_ not in ("VERB", "AUX") and not event(gov):
        return Placed(d, _main_verb(doc), False)  # a fragment the parser left apart: the sentence's
    return Placed(d, gov, False)


def _main_verb(doc):
    """The sentence's main verb: its first root that is a verb (the parser may leave several roots)."""
    roots = [t for t in doc if _root(t)]
    return next((t for t in roots if t.pos_ in ("VERB", "AUX")), roots[0] if roots else None)


def _root(tok) -> bool:
    return tok.head.i == tok.i  # spaCy makes a new Token object on each access: compare positions


def _chain(tok) -> set:
    """The verbs of one predicate: 'have begun demolishing', 'was forced to abandon'; an event noun
    and the verb it is the subject or object of ('the restoration was completed in May')."""
    out = {tok.i}
    if tok.dep_ in ("nsubj", "nsubjpass", "dobj") and tok.head.pos_ == "VERB":
        out.add(tok.head.i)
    head = tok
    while head.dep_ in CHAIN_DEPS and not _root(head):
        head = head.head
        out.add(head.i)
    out |= {c.i for c in tok.subtree if c.dep_ in ("xcomp",) and c.head.i in out}
    return out


def _best(cands: list[Placed], tok) -> DateMention | None:
    if not cands:
        return None
    return max(cands, key=lambda p: (p.date.date.rank, -abs(p.date.start - tok.idx))).date


def date_for(tok, sentence: SentenceDates) -> DateMention | None:
    """The date the trigger word `tok` (a token of the sentence's parse) takes, or None; a video's
    or a photograph's date comes back as 'on or before' it."""
    # 'three months after a tourist carved a letter': the date is the event's under 'after'
    for p in sentence.placed:
        if p.date.relative_after and tok.i in _after_clause(tok.doc, p.date):
            return p.date
    placed = [p for p in sentence.placed if p.governor is not None and not p.attribute and not p.date.relative_after]
    dated = lambda word: [p for p in placed if p.governor.i in _chain(word)]
    own = dated(tok) + [p for p in sentence.placed if p.attribute and p.governor.i == tok.i]  # 'the 2010 collapse'
    if tok.pos_ in ("NOUN", "PROPN"):  # 'the fire that raged through X on Monday evening'
        own += [p for p in placed if p.governor.head.i == tok.i and p.governor.dep_ in ("relcl", "acl")]
    if own:
        return _best(own, tok)
    # 'the 2003 invasion, during which a tank had damaged its chapel': the time of the antecedent
    if tok.dep_ == "relcl" and any(c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children)
                                   for c in tok.children):
        during = [p for p in sentence.placed if p.governor is not None and p.governor.i == tok.head.i]
        if during:
            return _best(during, tok)
    # 'collapsed when the quake struck on Saturday'; 'the heist, which took place on Sunday' (the
    # event word just before the relative clause, wherever the parser hung it); 'the temples, which
    # they rigged with explosives in August' (an act on its object that is no event of its own)
    under = {t.i for t in tok.subtree}
    objects = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
    for p in placed:
        g = p.governor
        if g.dep_ == "advcl" and _mark(g) in SAME_TIME and g.i in under and g.head.i in _chain(tok):
            return p.date
        if g.lower_ in HAPPENED and g.dep_ == "relcl" and tok.i == max((e for e in sentence.events if e < g.i), default=-1):
            return p.date
        if g.dep_ == "relcl" and g.i in objects and g.i not in sentence.events:
            return p.date
    # the event that is its subject or agent ('the quake that struck on Friday', 'by Tuesday's blast')
    # ('reduced to a mound by the earthquake that struck on December 26', wherever 'by' was hung)
    causes = [c for i in _chain(tok) for c in tok.doc[i].children if c.dep_ in SUBJECT_DEPS] + \
        [t for t in tok.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.i != tok.i]
    for c in causes:
        head = next((g for g in c.children if g.dep_ == "pobj"), c) if c.lower_ == "by" else c
        if sentence.is_event(head):
            phrase = {t.i for t in head.subtree}
            cause = [p for p in sentence.placed if p.governor is not None and p.governor.i in phrase]
            if cause:
                return _best(cause, tok)
    # the words above it, nearest first: the first that has a date gives it: a statement's date is
    # the event's as far as the text says ('X was razed, officials said on Saturday'), a video's only
    # bounds it ('a video released last week showed them smashing X'), a verb of the same episode
    # shares it ('hit the city early Friday, destroying X'; 'lit up the river as X was reopened')
    word, same_time = tok, True
    while not _root(word) and word.dep_ != "relcl":
        edge = word.dep_
        if edge == "advcl" and _mark(word) not in SAME_TIME:
            break  # 'days after the group bulldozed Nimrud': a time of its own
        if edge == "advcl" and any(c.dep_ == "punct" and c.text in LABEL_MARKS for c in word.children):
            break  # 'Crumbling: tourists look on ... today': a caption's label, not a clause of its verb
        if edge in ("ccomp", "parataxis"):
            same_time = False  # what a verb reports or fears is not at its time unless it is a report
        if edge == "conj" and not same_time:
            break
        word = word.head
        found = dated(word)
        media = any(sentence.media(word.doc[i]) for i in _chain(word)) or \
            any(c.dep_ in SUBJECT_DEPS + ("dobj",) and sentence.media(c) for c in word.children)
        if not found:  # 'a video released last week showed ...'
            args = {word.i} | {c.i for c in word.children if c.dep_ in SUBJECT_DEPS + ("dobj",)}
            found = [p for p in placed if p.governor.dep_ in ("acl", "relcl") and p.governor.head.i in args
                     and (sentence.media(p.governor) or sentence.media(p.governor.head))]
            media = media or bool(found)
        if not found:
            continue
        d = _best(found, tok)
        if media:
            return DateMention(d.start, d.end, until(d.date), d.text)
        if word.lower_ in REPORT_VERBS or same_time:
            return d
        return None
    # a statement the parser left as a tree of its own ('X was added to the list on Sunday, the
    # agency said' parsed as two sentences)
    if not _root(word):
        return None
    for root in (t for t in tok.doc if _root(t) and t.i != word.i and t.lower_ in REPORT_VERBS):
        if dated(root):
            return _best(dated(root), tok)
    return None


def _after_clause(doc, d: DateMention) -> set:
    """The words of the event an 'N months after' phrase counts back from."""
    word = token_at(doc, d.end - 1)
    if word is None:
        return set()
    anchor = word if list(word.children) else word.head  # 'after' a preposition, or the mark of a clause
    return {t.i for t in anchor.subtree} - {t.i for t in doc if d.start <= t.idx < d.end}


# conjunctions that set a clause at the time of the one it hangs from ('' = a bare participle)
SAME_TIME = frozenset({"", "when", "as", "while"})
LABEL_MARKS = frozenset({":", "—", "–"})


def _mark(verb) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ == "mark"), "")


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


def dated_triggers(text: str, trigs: list[Trig], dates: list[DateMention], parses, lex
                   ) -> tuple[list[DateMention], dict[int, DateMention]]:
    """The sentence's usable dates ('by <date>' made an upper bound), and the one each trigger takes
    (date_for, from the sentence's parse)."""
    dates = [d if not BY_DATE.search(text[max(0, d.start - 12):d.start]) or EVENT_NOUN_AFTER.match(text[d.end:])
             else DateMention(d.start, d.end, until(d.date), d.text) for d in dates if usable(text, d)]
    if not trigs or not dates:
        return dates, {}
    doc = parses[text]
    tokens = [span_root(doc, t.start, t.end) for t in trigs]
    sentence = placed_dates(doc, dates, [tok for tok in tokens if tok is not None], lex.report_media)
    out = {}
    for i, tok in enumerate(tokens):
        found = date_for(tok, sentence) if tok is not None else None
        if found is not None:
            out[i] = found
    return dates, out


def event_date(text: str, t: Trig, dm: DateMention | None, cstart: int, lex, published) -> EDate | None:
    """The trigger's date: the one date_for gave it, else 'on or before
    publication' for a noun, a perfect, a progressive or a report ('has destroyed', 'is bulldozing')."""
    if dm is not None:
        return dm.date
    if t.frame == "noun" or PERFECT.search(text[cstart:t.start]) or BEING.search(text[cstart:t.start]) or \
            (t.text.lower().endswith("ing") and PROGRESSIVE_AUX.search(text[cstart:t.start])) or \
            lex.report_media.search(text[cstart:t.start]):
        return open_until(published)
    return None
