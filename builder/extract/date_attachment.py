"""Which word of a sentence a time expression dates, read from the sentence's dependency parse.

A time expression modifies the word its phrase hangs from (its governor): "blew up X on Wednesday
night" (blew), "Saturday's quake" (quake), "the ministry said on Saturday" (said), "the mosque, built
in 1172" (built). A trigger word takes, in this order:

1. "three months after a tourist carved a letter": the date of an 'N units after' phrase, for the
   event under 'after';
2. a date its own predicate governs (with the verbs of its chain: 'have begun demolishing'; an
   event noun with the verb it is subject or object of: 'the restoration was completed in May'),
   its own attribute ('the 2010 collapse') or its relative clause ('the fire that raged ... on
   Monday evening');
3. 'the 2003 invasion, during which a tank had damaged ...', 'a quake last September, which damaged
   the walls': the time of the antecedent;
4. a 'when/as/while' clause under it, the 'which took place on Sunday' after it, or an act on its
   object that is no event of its own ('the temples, which they rigged with explosives in August');
5. the date of the event that causes it: its subject or a 'by' phrase ('the quake that struck on
   Friday flattened X', 'reduced to dust by the earthquake that struck on December 26', 'a quake in
   September had caused damage');
6. the first word above it that has a date: a statement's ('X was razed, officials said on
   Saturday') dates it; a video's or a photograph's ('a video released last week showed them
   smashing X') only bounds it (on or before); a verb of the same episode shares it ('hit the city
   early Friday, destroying X'; 'lit up the river as X was reopened'). The walk stops at a relative
   clause, at a clause with a time of its own ('days after the group bulldozed Nimrud'), at a
   caption's label ('Crumbling: ...').

A date that is a plain noun's attribute ('the 11th-century minaret') dates nothing; a time phrase
under a plain noun ('the mosque in Mosul on Wednesday night') is its verb's; a fronted date ('On
Friday, hours before ..., the committee inscribed X') is the main verb's. The parser errs (two roots
for one sentence, 'to rubble' as a verb): a statement left as a tree of its own still dates the
other, a fragment's date is the main verb's.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from .assertion import unasserted
from .dates import DateMention, since, until
from ..vocab.registry import vocab
from .lexicon import load
from .parse import forms, is_form, span_root, token_at

# event nouns that may name the same event again; one set per kind of event ('the storm surge' is the storm's)
EVENT_NOUNS = [{"earthquake", "quake", "tremor"}, {"fire", "blaze", "inferno", "wildfire", "bushfire"},
               {"explosion", "blast", "bombing", "bomb"}, {"attack", "assault", "raid"},
               {"storm", "cyclone", "hurricane", "typhoon", "flood", "floods", "flooding", "floodwater", "floodwaters",
                "surge", "tsunami", "landslide", "mudslide"}]
# words that name an event: a date they take dates that event ('Saturday's quake flattened X')
EVENT_WORDS = frozenset({w for group in EVENT_NOUNS for w in group} | {"attack", "attacks", "assault", "blaze", "fire",
                         "blast", "explosion", "bombing", "raid", "destruction", "collapse", "looting", "strike",
                         "airstrike", "airstrikes", "shelling", "offensive", "tsunami"})

# verbs of statement (the lexicon's verbs of saying): their date dates what they report, as far as the text tells
REPORT_VERBS = forms(load().saying)
CREATION = forms(load().creation)
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
    harms: frozenset = frozenset()  # the event words that tell harm (vocab.yml `harm`)
    repairs: frozenset = frozenset()  # the event words that tell a restoration

    def is_event(self, tok) -> bool:
        return tok.i in self.events or tok.lower_ in EVENT_WORDS

    def media(self, tok) -> bool:
        return bool(self.media_words.fullmatch(tok.text) or self.media_words.fullmatch(tok.text.rstrip("s")))


def placed_dates(doc, dates: list[DateMention], triggers: list, media_words: re.Pattern,
                 harms: list = (), repairs: list = ()) -> SentenceDates:
    """`triggers`: the tokens of the sentence's event words; `harms`: those of them that tell harm;
    `repairs`: those that tell a restoration."""
    events = frozenset(t.i for t in triggers)
    return SentenceDates(tuple(place(doc, d, events) for d in dates), events, media_words,
                         frozenset(t.i for t in harms), frozenset(t.i for t in repairs))


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
    if top.head.i != top.i and _compared(top.head):
        return Placed(d, None, False)  # 'Unlike in 2009, ...', 'the worst since 1666': the other time's
    if _root(top) or FRONTED.fullmatch(doc.text[:d.start]) and doc.text[d.end:].lstrip().startswith(","):
        return Placed(d, _main_verb(doc), False)  # 'On Friday, hours before ..., the committee inscribed X'
    if FRONTED.fullmatch(doc.text[:d.start]) and top.head.dep_ in ("nsubj", "nsubjpass") and top.head.idx >= d.end \
            and re.search(r"(?i)\b(?:day|night|morning|afternoon|evening|week|month|year)$", d.text):
        return Placed(d, _main_verb(doc), False)  # 'The following night looters ransacked X' (read 'night looters')
    gov = top.head
    # 'X, a landmark since 1971, was damaged': a state's start told of a noun is the noun's, not its verb's time
    if top.lower_ == "since" and gov.pos_ in ("NOUN", "PROPN"):
        return Placed(d, gov, True)
    # 'Saturday's quake', 'the 11th-century minaret' (a name is no attribute: 'On Saturday ISIS seized'),
    # 'the fire of April 15', 'a building of 1864' (but 'by the end of 2014', 'during the war of the 1990s'
    # are times)
    if (top.dep_ == "poss" and gov.pos_ in ("NOUN", "PROPN")) or (top.dep_ in PLAIN_MODIFIER and gov.pos_ == "NOUN") \
            or (top.lower_ == "of" and gov.pos_ == "NOUN" and gov.dep_ != "pobj" and not is_form(gov, _time_heads())):
        return Placed(d, gov, True)
    # 'the 1650 Kellan Chapel': a bare year before a name is the named thing's ('the 2015 Nepal earthquake':
    # the noun the name qualifies)
    if top.dep_ in ("nummod", "compound", "amod", "det") and gov.pos_ == "PROPN" and re.fullmatch(r"(?i)(?:the\s+)?\d{4}", d.text) \
            and d.end <= gov.idx:
        while gov.dep_ == "compound" and gov.head.pos_ in ("NOUN", "PROPN") and gov.head.i > gov.i:
            gov = gov.head
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


def _compared(tok) -> bool:
    """A word that sets what hangs from it against the sentence's event (vocab.yml `assertion.comparison`:
    'like', 'unlike' ...; 'than'; a superlative: 'the worst since 1666', not 'later in 2015')."""
    return tok.tag_ == "JJS" or \
        tok.pos_ in ("ADP", "SCONJ", "ADJ") and (tok.lower_ == "than" or is_form(tok, _comparison_words()))


def compared_event(doc, char: int) -> bool:
    """Is the event word at `char` only what the sentence compares with ('as in the great flood of
    September 1890', 'compared the loss to the damage done by the flood of 1966', 'like the fire of
    1901')? Its date is the other time's: it dates nothing else the article tells."""
    tok = token_at(doc, char)
    if tok is None:
        return False
    if unasserted(doc, char) == "comparison":
        return True
    word = tok
    # 'as in X', 'as during X': up through prepositional phrases to 'as' (and from a clause on the compared event:
    # 'as in the great flood of 1890, when three arches were swept away')
    for _ in range(8):
        if _root(word) or word.dep_ not in ("pobj", "prep", "compound", "amod", "relcl"):
            return False
        word = word.head
        if word.lower_ == "as" and word.dep_ == "prep" and any(c.dep_ == "prep" for c in word.children):
            return True
    return False


def _comparison_words() -> frozenset:
    return frozenset(vocab()["assertion"]["comparison"])


def _time_heads() -> frozenset:
    return frozenset(vocab()["actors"]["time_heads"])


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


TIME_NOUN_BEFORE = re.compile(r"\bthe\s+(?:night|day|evening|morning|afternoon|week|month|year|summer|winter|spring|"
                              r"autumn)\b[^,;]{0,40}?,?\s*$", re.I)


def date_for(tok, sentence: SentenceDates) -> DateMention | None:
    """The date the trigger word `tok` (a token of the sentence's parse) takes, or None; a video's
    or a photograph's date comes back as 'on or before' it. A dateline's date ('PORT-AU-PRINCE, Jan. 14
    (Newswire) - The quake that struck on Tuesday brought down X') is taken only when no other date
    of the sentence dates the word: the parser hangs it from the main verb, but it is the report's."""
    datelines = tuple(p for p in sentence.placed if p.date.dateline)
    if not datelines:
        return _date_for(tok, sentence)
    return _date_for(tok, replace(sentence, placed=tuple(p for p in sentence.placed if not p.date.dateline))) or \
        _date_for(tok, replace(sentence, placed=datelines))


def _date_for(tok, sentence: SentenceDates) -> DateMention | None:
    placed = [p for p in sentence.placed if p.governor is not None and not p.attribute and not p.date.relative_after]
    dated = lambda word: [p for p in placed if p.governor.i in _chain(word)]
    own = dated(tok) + [p for p in sentence.placed if p.attribute and p.governor.i == tok.i]  # 'the 2010 collapse'
    if tok.pos_ in ("NOUN", "PROPN"):  # 'the fire that raged through X on Monday evening'
        own += [p for p in placed if p.governor.head.i == tok.i and p.governor.dep_ in ("relcl", "acl")]
    # 'blew up what remained of the castle in 1944': the parser hangs the date from the free relative that
    # is the verb's object; what survives is no event of its own, the date is the act's
    own += [p for p in placed if p.governor.i in _remains_object(tok, sentence)]
    if own:
        return _best(own, tok)
    # 'three months after a tourist carved a letter': the date is the event's under 'after' (unless it
    # has its own: 'five years after a fire destroyed its spire in April 2019')
    for p in sentence.placed:
        if p.date.relative_after and tok.i in _after_clause(tok.doc, p.date):
            return p.date
    # 'in 2009, when the cathedral was damaged': the time the clause describes (a verb coordinated in
    # the clause with no subject of its own is in it: 'the 2009 quake, which killed 300 and brought down X')
    rel = tok
    while rel.dep_ == "conj" and rel.pos_ in ("VERB", "AUX") and not any(c.dep_ in SUBJECT_DEPS for c in rel.children):
        rel = rel.head
    if rel.dep_ == "relcl":
        times = [p for p in sentence.placed if p.date.start <= rel.head.idx < p.date.end]
        if times:
            return _best(times, tok)
    # 'to remember the night 80 years ago when bombers set X on fire', 'the day in 1942 when ...': the time the
    # 'when' clause describes (the parser may hang the clause, or the date, from the verb of remembering)
    when = next((c for c in rel.children if c.dep_ == "advmod" and c.lower_ == "when"), None)
    base = max(0, when.idx - 60) if when is not None else 0
    if when is not None and (noun := TIME_NOUN_BEFORE.search(tok.doc.text[base:when.idx])):
        times = [p for p in sentence.placed if base + noun.start() <= p.date.start and p.date.end <= when.idx]
        if times:
            return _best(times, tok)
    # 'the 2003 invasion, during which a tank had damaged its chapel', 'a quake last September, which
    # damaged the walls': the time of the antecedent
    if rel.dep_ == "relcl" and (sentence.is_event(rel.head) or any(
            c.dep_ == "prep" and any(g.lower_ == "which" for g in c.children) for c in rel.children)):
        during = [p for p in sentence.placed if p.governor is not None and p.governor.i == rel.head.i]
        if during:
            return _best(during, tok)
    # 'the 2009 earthquake in L'Aquila, which killed 300 and brought down X': the parser hangs the clause
    # from the nearest noun; a 'which' subject names the event its noun phrase hangs from
    cause = _event_antecedent(rel, sentence) if rel.dep_ == "relcl" else None
    if cause is not None:
        during = [p for p in sentence.placed if p.governor is not None and p.governor.i == cause.i]
        if during:
            return _best(during, tok)
    # 'collapsed when the quake struck on Saturday'; 'the heist, which took place on Sunday' (the
    # event word just before the relative clause, wherever the parser hung it); 'the temples, which
    # they rigged with explosives in August' (an act on its object that is no event of its own)
    under = {t.i for t in tok.subtree}
    objects = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
    for p in placed:
        g = p.governor
        if g.dep_ == "advcl" and _mark(g) in SAME_TIME and g.i in under and g.head.i in _chain(tok) \
                and not _elliptical(g) and not (tok.i in sentence.repairs and g.i in sentence.harms):
            return p.date  # not 'When X burned in 1911, the town rebuilt it': the repair came after
        if g.lower_ in HAPPENED and g.dep_ == "relcl" and tok.i == max((e for e in sentence.events if e < g.i), default=-1):
            return p.date
        if g.dep_ == "relcl" and g.i in objects and g.i not in sentence.events and any(
                c.lower_ in OBJECT_RELATIVES and c.dep_ == "dobj" for c in g.children) and any(
                c.lower_ in DOERS and c.dep_ == "nsubj" for c in g.children):
            # the doers' own act ('which they rigged'), not 'the ravine where soldiers murdered 33,000 people in
            # 1941' nor 'which Napoleon visited in 1809': another event's time
            return p.date
    # 'was rebuilt and inaugurated in 1912': a verb coordinated under the same subject that tells no event
    # of its own (a step of the same act) shares the date told after it, unless a word of sequence sets it
    # apart ('and later inaugurated in 1920'); another event ('damaged by fire and rebuilt in 1950') does not
    if tok.pos_ in ("VERB", "AUX"):
        spans = [(p.date.start, p.date.end) for p in sentence.placed]
        for c in tok.children:
            if c.dep_ != "conj" or c.pos_ != "VERB" or c.i in sentence.events or c.lower_ in REPORT_VERBS or \
                    any(g.dep_ in SUBJECT_DEPS for g in c.children):  # '..., officials said on Thursday': no step
                continue
            if not any(g.dep_ == "cc" and tok.i < g.i < c.i for g in tok.children):
                continue  # 'ransacked the museum, opened in 1965': a participle the parser coordinated, no step
            if any(g.lower_ in SEQUENCE and not any(a <= g.idx < b for a, b in spans) for g in c.children):
                continue
            shared = [p for p in dated(c) if p.date.start > c.idx and not p.date.text.lower().startswith("since")]
            if shared:
                return _best(shared, tok)
    # the event that is its subject or agent ('the quake that struck on Friday', 'by Tuesday's blast')
    # ('reduced to a mound by the earthquake that struck on December 26', wherever 'by' was hung)
    # ('destroyed in the 2015 earthquake', 'damaged in Saturday's blast', 'looted during the 2003 invasion':
    # the event or the period its phrase names)
    subjects = [c for i in _chain(tok) for c in tok.doc[i].children if c.dep_ in SUBJECT_DEPS]
    # 'At X, a fire on Easter Monday 1986 destroyed ...': the parser may make the event an appositive of
    # the subject or of the fronted place
    placed_in = [o for i in _chain(tok) for c in tok.doc[i].children if c.dep_ == "prep" and c.i < tok.i
                 for o in c.children if o.dep_ == "pobj"]
    causes = subjects + [a for c in subjects + placed_in for a in c.children if a.dep_ == "appos"] + \
        [t for t in tok.subtree if t.lower_ == "by" and t.dep_ in ("prep", "agent") and t.i != tok.i] + \
        [c for i in _chain(tok) for c in tok.doc[i].children if c.dep_ == "prep" and c.lower_ in IN_EVENT]
    for c in causes:
        head = next((g for g in c.children if g.dep_ == "pobj"), c) if c.lower_ == "by" or c.dep_ == "prep" else c
        # 'collapsed in a snowstorm and an earthquake in 2004': any of a coordinated list of events
        if any(sentence.is_event(h) for h in [head] + [g for g in head.children if g.dep_ == "conj"]) or \
                c.lower_ in PERIOD and head.pos_ == "NOUN":
            phrase = {t.i for t in head.subtree}
            cause = [p for p in sentence.placed if p.governor is not None and p.governor.i in phrase]
            if cause:
                return _best(cause, tok)
    # 'shown smashing statues in a video released in February 2015': a video the act is seen in, under
    # its own predicate, bounds it
    chain = _chain(tok)
    for p in placed:
        g = p.governor
        if g.dep_ in ("acl", "relcl") and (sentence.media(g) or sentence.media(g.head)) and g.head.dep_ == "pobj" \
                and _under_phrases(g.head, chain):
            return DateMention(p.date.start, p.date.end, until(p.date.date), p.date.text)
    # 'was rebuilt by the architect; the work was completed in 1902': the end of the work the sentence
    # tells dates the repair
    if tok.i in sentence.repairs:
        done = [p for p in placed if p.governor.lower_ in COMPLETED and p.governor.i not in sentence.events
                and any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in WORK_NOUNS and
                        any(d.lower_ in DEFINITE_WORK for d in c.children) for c in p.governor.children)]
        if done:
            return _best(done, tok)
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
        if edge == "conj" and word.head.lower_ in CREATION and word.head.i not in sentence.events:
            # 'The Madonna, painted in the 1500s, was taken ... on Wednesday, police said': the parser's
            # coordination is a participle; the making's time is its own, the walk goes on above it
            word = word.head
            continue
        if edge == "conj" and word.head.i in sentence.harms and word.i in sentence.repairs:
            break  # 'damaged in 1880 and rebuilt': the repair coordinated after a harm is not at its time
        if edge == "conj" and word.head.i in sentence.events and not any(
                g.dep_ in SUBJECT_DEPS or g.lower_ in SEQUENCE for g in word.children):
            # 'the quake that struck on Tuesday brought down X and left Y in ruins': one subject's acts
            # coordinated as one episode share the first act's date, its cause's included
            shared = _date_for(word.head, sentence)
            if shared is not None:
                return shared
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


def _event_antecedent(rel, sentence: SentenceDates):
    """The event noun a relative clause with a 'which'/'that' subject tells of when the parser hung it from
    a noun inside or beside that event's phrase ('the 2009 earthquake in L'Aquila, about 50 km away,
    which ...'), or None."""
    if not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ in ("which", "that") for c in rel.children):
        return None
    word = rel.head
    for _ in range(4):
        if word.dep_ not in ("pobj", "prep", "conj", "appos") or _root(word):
            return None
        word = word.head
        if word.pos_ == "NOUN" and sentence.is_event(word):
            return word
    return None


def _remains_object(tok, sentence: SentenceDates) -> set:
    """The verbs of free relatives of remaining that are the word's object ('what remained of X', 'what was
    left of X')."""
    return {c.i for c in tok.children if c.dep_ in ("ccomp", "dobj", "xcomp") and c.lower_ in REMAINING
            and c.i not in sentence.events
            and any(g.lower_ in ("what", "whatever") and g.dep_ in SUBJECT_DEPS for g in c.children)}


def cause_date(tok, sentence: SentenceDates) -> DateMention | None:
    """'lay in a heap on Wednesday after Tuesday's earthquake (sent it crashing)': the date of the event
    an 'after' phrase or clause under the word names: the event noun's own date, the article's for it
    (anchors.by_event_noun), or the date of the clause it is the subject of ('after the quake struck on
    Tuesday')."""
    causes = []  # (event noun, the verb of its clause or None)
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ in AFTER:
            causes += [(n, None) for n in c.children if n.dep_ == "pobj"]
        elif c.dep_ == "advcl" and _mark(c) in AFTER:
            causes += [(n, c) for n in c.children if n.dep_ in ("nsubj", "nsubjpass")]
    for noun, verb in causes:
        if not sentence.is_event(noun):
            continue
        heads = {noun.i} | ({verb.i} if verb is not None else set())
        dated = [p for p in sentence.placed if p.governor is not None and p.governor.i in heads
                 or (p.date.of_event and p.date.start <= noun.idx < p.date.end)]
        if dated:
            return _best(dated, noun)
    return None


def after_date(tok, sentence: SentenceDates) -> DateMention | None:
    """'rebuilt after an earthquake in 1934 destroyed most of it', 'restored after the floods of 1966',
    'plundered after the city fell in May 2015': an act with no date of its own that an 'after' phrase or
    clause under it sets later than a dated event is on or after that date ('2015-05/..'); after an event
    told only to the year, that year (the one the text names for it; annotators read it so)."""
    phrases = [c for i in _chain(tok) for c in tok.doc[i].children
               if (c.dep_ == "prep" and c.lower_ in AFTER) or (c.dep_ == "advcl" and _mark(c) in AFTER)]
    for c in phrases:
        inside = {t.i for t in c.subtree}
        dated = [p for p in sentence.placed if p.governor is not None and p.governor.i in inside
                 and p.date.date.kind == "point" and p.date.date.lo and not p.date.relative_after]
        if dated:
            d = _best(dated, tok)
            if d.date.precision == "year":
                return replace(d, of_event=True)
            return DateMention(d.start, d.end, since(d.date), d.text, of_event=True)
    return None


def _under_phrases(tok, chain: set) -> bool:
    """Does the noun hang from a verb of the chain through prepositional phrases only ('smashing statues
    in the galleries of X in a video': the parser may hang 'in a video' from 'galleries')?"""
    for _ in range(8):
        if tok.dep_ not in ("pobj", "prep") or _root(tok):
            return False
        tok = tok.head
        if tok.i in chain:
            return True
    return False


def _after_clause(doc, d: DateMention) -> set:
    """The words of the event an 'N months after' phrase counts back from."""
    word = token_at(doc, d.end - 1)
    if word is None:
        return set()
    anchor = word if list(word.children) else word.head  # 'after' a preposition, or the mark of a clause
    return {t.i for t in anchor.subtree} - {t.i for t in doc if d.start <= t.idx < d.end}


# prepositions that set an event inside another ('in the quake', 'amid the shelling'), and those whose
# noun is a period whatever it names ('during the invasion')
IN_EVENT = frozenset({"in", "during", "amid", "amidst"})
PERIOD = frozenset({"during"})
# conjunctions that set a clause at the time of the one it hangs from ('' = a bare participle)
SAME_TIME = frozenset({"", "when", "as", "while"})
AFTER = frozenset({"after", "following"})  # what a state seen later was caused by ('after Tuesday's quake')
# words that set a coordinated verb after another in time ('damaged, and later rebuilt in 1950')
SEQUENCE = frozenset({"later", "then", "afterwards", "subsequently", "eventually", "finally", "since", "again"})
LABEL_MARKS = frozenset({":", "—", "–"})
# the relative pronoun of a clause that tells an act on its antecedent ('the temples, which they rigged')
OBJECT_RELATIVES = frozenset({"which", "that", "whom"})
DOERS = frozenset({"they", "he", "she", "we"})  # the act's doers told again in its object's relative clause
# 'the work was completed in 1902': the end of a repair told of its work
COMPLETED = frozenset({"completed", "finished", "done", "ended", "concluded"})
WORK_NOUNS = frozenset({"work", "works", "restoration", "rebuilding", "reconstruction", "repair", "repairs",
                        "renovation", "project"})
DEFINITE_WORK = frozenset({"the", "this", "that", "its", "their"})
# verbs of what is left of a thing ('what remained of the castle')
REMAINING = frozenset({"remained", "remains", "left", "survived", "survives", "stood", "stands", "was", "were", "is", "are"})


def _elliptical(verb) -> bool:
    """'damaged, as the cathedral had been in 2009': a comparison whose verb is left out (the clause has
    only its auxiliary), not a time shared with the verb it hangs from."""
    return _mark(verb) in ("as", "than") and verb.pos_ == "AUX" and not any(
        c.dep_ in ("acomp", "attr", "oprd", "dobj", "xcomp", "ccomp") for c in verb.children)


def _mark(verb) -> str:
    return next((c.lower_ for c in verb.children if c.dep_ == "mark"), "")
