"""Event triggers in a sentence (verbs and nouns of the lexicon), and what blocks one.

Triggers are matched longest first at each place, without overlaps. Negation, modality, plans and
purpose clauses ('to destroy', unless an 'able to' or 'tried to' governs it) block a trigger.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import Lexicon, Rules
NOUN_CTX = re.compile(r"\b(?:the|a|an|its|their|further|partial|total|recent|latest|this|that|any|no|\d{4})\s+$", re.I)
# "a devastating fire": a participle after an article is an adjective, not the verb
ADJECTIVAL = re.compile(r"\b(?:a|an|the|this|that|most|more|very)\s+$", re.I)


@dataclass
class Trig:
    start: int
    end: int
    event: str
    frame: str
    text: str
    rules: Rules  # what the trigger needs beyond its words (events_lexicon.yml)


_CACHE: dict = {}


def find_triggers(text: str, lex: Lexicon) -> list[Trig]:
    """The sentence's triggers, longest first at each place, without overlaps (remembered while one
    article is read: several stages ask; `forget()` starts the next article afresh)."""
    key = (text, id(lex))
    if key not in _CACHE:
        _CACHE[key] = _find(text, lex)
    return [Trig(t.start, t.end, t.event, t.frame, t.text, t.rules) for t in _CACHE[key]]


def forget() -> None:
    _CACHE.clear()


def _find(text: str, lex: Lexicon) -> list[Trig]:
    if not lex.any_trigger.search(text):
        return []
    hits = []
    for t in lex.triggers:
        for m in t.rx.finditer(text):
            hits.append(Trig(m.start(), m.end(), t.event, t.frame, m.group(0), t.rules))
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


def blocked(text: str, trig: Trig, lex: Lexicon, cstart: int, bword: str) -> bool:
    before = text[cstart:trig.start]
    if bword in ("unless", "if", "whether"):
        return True
    if bword == "that" and DENIAL.search(text[max(0, cstart - 40):cstart]):  # "Officials denied that X was damaged"
        return True
    # a capitalised 'May' inside a sentence is the month ("in May they took"), not the modal
    if lex.blockers.search(re.sub(r"(?<=\S)(\s+)May\b", r"\1   ", before)):
        return True
    inf = re.search(r"\bto\s+(?:be\s+|have\s+been\s+)?(?:\w+ly\s+)?$", before)  # "is to be rebuilt": a plan
    if inf and trig.frame != "noun":
        gov = text[max(0, trig.start - 60):trig.start - len(inf.group(0))]
        # a committee that "agreed to inscribe" X inscribed it
        asserts = trig.rules.infinitive_after
        if not lex.infinitive_ok.search(gov) and not (asserts and asserts.search(gov)):
            return True
        # "had tried to blow up the statue on September 2, but the explosives failed to detonate"
        if ATTEMPT.search(gov) and FAILED.search(text[trig.end:]):
            return True
    return False


DENIAL = re.compile(r"\b(?:den(?:y|ies|ied|ying)|rejected|dismissed|refuted|disputed)\s+(?:\w+\s+){0,2}that\s*$", re.I)
ATTEMPT = re.compile(r"\b(?:try|tries|tried|trying|attempt|attempts|attempted|attempting)\s*$", re.I)
# "tried to break into X but were stopped", "... fled empty-handed": the attempt came to nothing
FAILED = re.compile(r"\b(?:failed|fails|did\s+not|didn't|unsuccessful(?:ly)?|in\s+vain|foiled|thwarted|empty-handed|"
                    r"(?:was|were|got)\s+(?:\w+ly\s+)?(?:stopped|caught|arrested|interrupted|disturbed|repelled|repulsed|"
                    r"driven\s+off|scared\s+off|chased\s+off))\b", re.I)
