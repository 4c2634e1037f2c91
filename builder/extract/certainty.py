"""Certainty of one event: `reported` when hedged or told only by unnamed or partisan sources.

Adverbial hedges ('reportedly', 'appeared to') count in the trigger's clause; attributions
('according to reports', 'activists said', 'could not be confirmed') for the whole sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .clauses import left_clause
from .lexicon import Lexicon
from .triggers import find_triggers


@lru_cache(maxsize=4)
def _say_rules(say: str) -> tuple[re.Pattern, re.Pattern, re.Pattern]:
    """From the verbs of saying (the lexicon's, as an alternation): a source followed by its verb ('activists,
    a monitoring group, said'), a verb followed by its source ('said residents', 'posted by activists'),
    and a pronoun saying at the start of a sentence ('He reported')."""
    return (re.compile(rf"[\s,]+(?:[\w\-]+[\s,]+){{0,4}}?{say}\b"),
            re.compile(rf"\b{say}\s+(?:by\s+)?(?:[\w\-]+\s+){{0,2}}$"),
            re.compile(rf"^(?:He|She|They)\s+(?:\w+\s+)?{say}\b"))


def _attributed_to_partisan(text: str, lex: Lexicon) -> bool:
    source_says, says_source, _ = _say_rules(lex.saying_alt)
    for m in lex.partisan.finditer(text):
        before = text[max(0, m.start() - 45):m.start()]
        after = text[m.end():m.end() + 40]
        if re.search(r"\baccording\s+to\s+(?:the\s+|an?\s+|one\s+)?(?:[\w\-’']+\s+){0,3}$", before, re.I):
            return True
        # "activists said", "the Observatory for Human Rights, a monitoring group, said", "posted by pro-government activists"
        if source_says.match(after) or says_source.search(before):
            return True
        if re.search(r"\b(?:via|on|through)\s+$", before) and "media" in m.group(0):
            return True
        if re.search(r"anonymity|named|identified|anonymous|unnamed", m.group(0)):
            return True
    return False


def assess(text: str, start: int, end: int, cstart: int, cend: int, lex: Lexicon, prev: str = "") -> str:
    clause = text[cstart:cend]
    # "Photos appeared to show that the museum had been ransacked": a hedge on the clause governing 'that'
    if re.search(r"\bthat\s*$", text[:cstart]):
        clause = text[left_clause(text, max(0, cstart - 6))[0]:cend]
    if lex.hedges_clause.search(clause) or lex.hedges_sentence.search(text):
        return "reported"
    if _attributed_to_partisan(text, lex):
        return "reported"
    # "He reported heavy damage" after "a professor, who spoke on condition he not be named"
    if _say_rules(lex.saying_alt)[2].match(text) and re.search(r"anonymity|not be named|unnamed|anonymous|declined to be named", prev):
        return "reported"
    return "confirmed"


def retracts(text: str, lex: Lexicon) -> bool:
    """A sentence such as 'CNN could not confirm the developments' hedges what came before it."""
    return bool(lex.hedges_sentence.search(text)) and not re.search(r"\baccording to\b", text)


def stage(state) -> None:
    """Stage `certainty` (article level): a sentence with no event of its own that casts doubt on
    the one before ('The claim could not be verified.') makes that sentence's claims reported."""
    for sent in state.sentences:
        prev = state.previous(sent)
        if prev is not None and not find_triggers(sent.text, state.lex) and retracts(sent.text, state.lex):
            for c in state.claims:
                if c.sentence == prev.index:
                    c.certainty = "reported"
