"""Is the event asserted? Read from the parse of the claim's sentence, not from its wording.

A sentence can name a site next to an event word without saying it happened there. Each check
below is one construction (its words are data: vocab.yml `assertion`):

- negation: the trigger has a `neg` dependent ("was not damaged", "never destroyed", "no damage");
- comparison: the trigger stands under 'like', 'akin to' ... or in an 'as if' clause;
- denial: the trigger's clause is the complement of 'deny', 'dismiss' ..., or of a report the text answers
  with a negated clause ('reported that X had been blown up, but it had not been damaged');
- intention: the trigger is the infinitive of 'threaten', 'plan', 'vow' ... or follows a noun
  such as 'plan', 'threat' ('plans for the restoration of X');
- possibility: a modal without a perfect ('could be destroyed', 'will be restored'), or a clause
  under 'if'/'unless'; 'may have been damaged' is a hedged report and stays (certainty handles it);
- provenance: the site is the object of 'from' attached to a noun ('objects from the museum');
- generic: a gerund subject of a present or future verb ('Destroying X is akin to ...').

`unasserted(doc, trigger_char, site_char)` returns the construction's name, or None when the
sentence asserts the event.
"""
from __future__ import annotations

from functools import lru_cache

from ..vocab import vocab
from .lexicon import load
from .parse import is_form, span_root, token_at

NEGATIVE_SUBJECTS = {"nothing", "nobody", "none", "noone"}
CLAUSE_LINKS = {"ccomp", "xcomp", "advcl", "conj", "relcl", "acl", "pcomp", "pobj", "prep", "dobj", "nsubjpass",
                "nsubj", "amod", "compound", "appos", "attr", "oprd", "acomp"}


@lru_cache(maxsize=1)
def _words() -> dict[str, frozenset]:
    data = vocab()["assertion"]
    return {k: frozenset(str(x) for x in v) for k, v in data.items()}


def _ancestors(tok, limit: int = 8):
    """The trigger's governors up to the sentence root (a bounded walk: parses can be deep)."""
    out = []
    while tok.head.i != tok.i and len(out) < limit:
        tok = tok.head
        out.append(tok)
    return out


def _negated(trig) -> bool:
    # "but not before the flames had destroyed the organ", "not until": the event took place
    if any(c.dep_ == "neg" and not (c.i + 1 < len(c.doc) and c.doc[c.i + 1].lower_ in ("before", "until"))
           for c in trig.children):
        return True
    # "no damage was reported to X", "without destroying"
    if trig.pos_ == "NOUN" and any(c.dep_ == "det" and c.lower_ == "no" for c in trig.children):
        return True
    # a negative subject: "nothing had been stolen from X", "no statues were damaged"
    subj = next((c for c in trig.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subj is not None and (subj.lower_ in NEGATIVE_SUBJECTS or any(c.dep_ == "det" and c.lower_ == "no"
                                                                     for c in subj.children)):
        return True
    return any(c.lower_ == "without" for c in [trig.head] if trig.dep_ == "pcomp")


def _comparison(trig, w) -> bool:
    # 'like the fire that destroyed X in 1990', 'unlike in 2009, when X was damaged': what a relative
    # clause tells in the past happened; only the comparison is with it
    if trig.dep_ == "relcl" and _definite(trig.head) and (trig.tag_ == "VBD" or any(
            c.dep_ in ("aux", "auxpass") and c.tag_ == "VBD" for c in trig.children)):
        return False
    # 'compared to Coventry Cathedral, destroyed by German bombs in November 1940': a participle with a year of its
    # own tells what happened to what is compared
    if trig.dep_ == "acl" and trig.tag_ == "VBN" and any(_year(t) for t in trig.subtree):
        return False
    chain = [trig] + _ancestors(trig)
    for tok in chain[1:]:
        if is_form(tok, w["comparison"]) and tok.dep_ in ("prep", "amod", "acomp", "advmod"):
            return True
    # "compared the attacks to the demolition of X": the event after to/with of a comparing verb
    for prev, tok in zip(chain, chain[1:]):
        if tok.dep_ == "prep" and tok.lower_ in ("to", "with") and prev.dep_ == "pobj":
            verb = tok.head if tok.head.pos_ == "VERB" else tok.head.head
            if is_form(verb, w["comparison_verbs"]):
                return True
    for tok in chain[:3]:
        marks = " ".join(c.lower_ for c in tok.children if c.dep_ in ("mark", "advmod") and c.i < tok.i)
        if any(m in marks for m in w["comparison_marks"]):
            return True
    return False


def _year(tok) -> bool:
    return tok.like_num and len(tok.text) == 4 and tok.text.isdigit() and 1000 <= int(tok.text) <= 2099


def _definite(noun) -> bool:
    """'the fire', 'its collapse', '2009', 'Katrina': one known thing or time (not 'a bomb that ...')."""
    return noun.pos_ in ("PROPN", "NUM") or any(
        c.dep_ == "poss" or c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
        for c in noun.children)


def _denied(trig, w) -> bool:
    tok = trig
    for _ in range(4):
        if tok.head.i == tok.i:
            return False
        dep, tok = tok.dep_, tok.head
        if dep in ("ccomp", "xcomp", "dobj", "pobj", "prep") and is_form(tok, w["denial"]):
            return True
        if dep in ("acl", "ccomp", "prep") and tok.pos_ in ("NOUN", "PROPN") and is_form(tok, w["report_nouns"]):
            return _report_denied(tok, w)
        if dep == "ccomp" and is_form(tok, REPORTING) and (_contradicted(tok, w) or _contradicted(trig, w)):
            return True
        if dep not in ("ccomp", "xcomp", "conj", "dobj", "pobj", "prep"):
            return False
    return False


REPORTING = load().saying


def _contradicted(verb, w) -> bool:
    """'newspapers reported that the monument had been blown up, but it had not been damaged': a report
    the text answers, after 'but', with a harm negated (not 'but officials have not confirmed it')."""
    return any(c.dep_ == "cc" and c.lower_ == "but" for c in verb.children) and any(
        c.dep_ == "conj" and c.i > verb.i and is_form(c, w["contradicting"]) and any(g.dep_ == "neg" for g in c.children)
        for c in verb.children)


def _report_denied(noun, w) -> bool:
    """'claims that ...' rejected, 'reports that ...' called false, 'no evidence that ...'."""
    if any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children):
        return True
    head = noun.head
    if noun.dep_ in ("dobj", "pobj") and is_form(head, w["denial"]):
        return True
    if noun.dep_ in ("nsubj", "nsubjpass"):
        return any(c.dep_ in ("acomp", "attr", "oprd") and is_form(c, w["untrue"]) for c in head.children)
    return False


HELP = frozenset({"help"})


def _intended(trig, w) -> bool:
    tok = trig
    # "threatened to destroy", "plans to restore", "vowed to blow up and loot"
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ == "xcomp" and is_form(tok.head, HELP) and tok.head.dep_ == "xcomp":
        tok = tok.head  # "willing to help rebuild X": the help is what is intended
    if tok.dep_ == "xcomp" and is_form(tok.head, w["intention"]) or \
            tok.dep_ == "xcomp" and tok.head.dep_ == "acomp" and is_form(tok.head, w["intention"]):
        return True
    # "calling for X to be rebuilt": a for-to infinitive the parser hangs from the intention verb as a clause
    if tok.dep_ == "advcl" and is_form(tok.head, w["intention"]) and \
            any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            any(c.dep_ == "mark" and c.lower_ == "for" for c in tok.children):
        return True
    # "its threat to destroy X", "plans to restore X": an infinitive completing an intention noun
    if tok.dep_ == "acl" and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children) and \
            is_form(tok.head, w["intention_nouns"]):
        return True
    # "plans for the restoration of X", "called for / warned against the destruction of X"
    if trig.pos_ == "NOUN" and trig.dep_ == "pobj" and trig.head.dep_ == "prep":
        holder = trig.head.head
        if holder.pos_ == "NOUN" and is_form(holder, w["intention_nouns"]) or \
                holder.pos_ == "VERB" and is_form(holder, w["intention"]):
            return True
    if trig.dep_ in ("compound",) and is_form(trig.head, w["intention_nouns"]):
        return True
    # "to prevent the looting of X": the object of an intention verb
    if trig.pos_ == "NOUN" and trig.dep_ == "dobj" and is_form(trig.head, w["intention"]):
        return True
    return False


def _generic(trig) -> bool:
    """'Destroying X is akin to ...', 'Restoring X will cost millions': a gerund subject of a verb in the
    present or the future names the act, it does not tell it ('Looting X was a crime' does)."""
    if trig.tag_ != "VBG" or trig.dep_ not in ("csubj", "csubjpass"):
        return False
    verb = trig.head
    return verb.tag_ in ("VBZ", "VBP") or any(c.dep_ == "aux" and c.tag_ == "MD" for c in verb.children)


def _possible(trig, w) -> bool:
    verb = trig
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "auxpass")]
    modal = [a for a in auxes if a.lower_ in w["modals"] or a.tag_ == "MD"]
    perfect = any(a.lower_ in ("have", "has", "had", "'ve") for a in auxes)
    if modal and not perfect:
        return True
    if perfect and any(a.lower_ in w["counterfactual"] for a in modal):
        return True  # "would have been destroyed (had ...)": it was not
    # "if they destroy the temple ...": the trigger's own clause is a condition
    return any(c.dep_ == "mark" and c.lower_ in w["hypothetical_marks"] for c in verb.children)


def _provenance(site, trig, w, site_preps: frozenset = frozenset()) -> bool:
    if site is None or site.dep_ != "pobj":
        return False
    prep = site.head
    if prep.lower_ not in w["provenance"]:
        return False
    holder = prep.head
    # 'stole a Rembrandt from the museum', 'made off with three crowns from the museum': a theft names its
    # site with 'from' (events_lexicon.yml site_after) after the thing taken, its object or its
    # preposition's object
    if prep.lower_ in site_preps and _taken(holder, trig):
        return False
    # 'the theft of a cup, the X Cup, from Y': a theft noun names its site with 'from' after the thing
    # taken, with no verb between (read on the words: the parse may hang an appositive elsewhere)
    if prep.lower_ in site_preps and trig.pos_ == "NOUN" and trig.i < prep.i and \
            not any(tok.pos_ in ("VERB", "AUX") for tok in trig.doc[trig.i + 1:prep.i]):
        return False
    return holder.i != trig.i and holder.pos_ in ("NOUN", "PROPN", "PRON")


def _taken(holder, trig) -> bool:
    """Is the holder the trigger's object, directly or through its own preposition ('made off with X')?"""
    tok = holder
    for _ in range(5):  # 'made off with dozens of manuscripts from X'
        if tok.head.i == trig.i:
            return True
        if tok.dep_ not in ("pobj", "prep", "conj", "prt") or tok.head.i == tok.i:
            return False
        tok = tok.head
    return False


def unasserted(doc, trigger_char: int, site_start: int | None = None, site_end: int | None = None,
               site_preps: frozenset = frozenset()) -> str | None:
    """The construction that keeps the sentence from asserting the event at the site, or None.
    `site_preps`: the prepositions the trigger names its site with after its object ('stolen from')."""
    trig = token_at(doc, trigger_char)
    if trig is None:
        return None
    w = _words()
    site = span_root(doc, site_start, site_end) if site_start is not None and site_end is not None else None
    if _negated(trig):
        return "negation"
    if _comparison(trig, w):
        return "comparison"
    if _denied(trig, w):
        return "denial"
    if _intended(trig, w):
        return "intention"
    if _generic(trig):
        return "generic"
    # a participle describing a noun ('a fully restored X') is as possible as the clause holding the noun
    clause = next((a for a in _ancestors(trig) if a.pos_ in ("VERB", "AUX")), trig) if trig.dep_ == "amod" else trig
    if _possible(clause, w):
        return "possibility"
    if _provenance(site, trig, w, site_preps):
        return "provenance"
    return None


def keep_asserted(claims: list, parses, site_preps=lambda event: frozenset()) -> list:
    """The claims whose sentence asserts their event at their site (the others are dropped).
    `site_preps(event)`: the prepositions that event's triggers name their site with."""
    told = [c for c in claims if c.trigger_at >= 0]
    parses.add([c.quote for c in told])
    out = []
    for c in claims:
        if c.trigger_at >= 0:
            start = c.offset_in
            if unasserted(parses[c.quote], c.trigger_at, start if c.named_here else None, start + len(c.mention),
                          site_preps(c.event)) is not None:
                continue
        out.append(c)
    return out


def stage(state) -> None:
    """Stage `assertion`: claims whose sentence does not assert the event go."""
    state.claims = keep_asserted(state.claims, state.parses, state.lex.site_preps)
