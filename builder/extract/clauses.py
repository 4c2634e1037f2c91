"""Clauses of one sentence: where the clause holding a word starts and ends, and the word that opened it.

A boundary is punctuation that ends a clause (';', ':', dashes, quote marks) or a word that opens a new
one (relative pronouns, conjunctions, 'said' and the other verbs of saying of the lexicon).
"""
from __future__ import annotations

import re

from .lexicon import load

# a verb of saying opens the clause it reports, but not when it stands inside a relative clause with the verb
# it reports right after it ('which they say was set on fire')
PARENTHETICAL = r"(?!\s+(?:was|were|is|are|has|have|had)\b)"
BOUNDARY = re.compile(
    r"[;:]|\s--?\s|\s[–—]\s|\s-\s|[\"“”‘]|(?:^|\s)'|'(?:\s|$)|"
    r"\b(?:which|who|whose|where|when|while|but|because|since|although|though|after|before|until|unless|if|whether|"
    rf"that|(?<!well )as(?!\s+well\s+as)|according|{load().saying_alt}{PARENTHETICAL})\b"
)


def left_clause(text: str, pos: int) -> tuple[int, str]:
    """Start of the clause holding pos, and the boundary word that opened it ('' at sentence start)."""
    start, word = 0, ""
    for m in BOUNDARY.finditer(text, 0, pos):
        start, word = m.end(), m.group(0).strip().lower()
    return start, word


def right_clause(text: str, pos: int) -> int:
    m = BOUNDARY.search(text, pos)
    return m.start() if m else len(text)


def quoted(text: str, pos: int) -> bool:
    """Inside quoted speech ("'We are not in a Notre-Dame scenario,' he said"): a site named there is a
    comparison or an aside, not what a later 'the cathedral' points back to; an 'it' there is the speaker's."""
    opened = re.findall(r"(?:^|(?<=\s))['‘\"“]|['’\"”](?=[\s,.;:!?]|$)", text[:pos])
    return len(opened) % 2 == 1
