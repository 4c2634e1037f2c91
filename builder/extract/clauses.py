"""Clauses of one sentence: where the clause holding a word starts and ends, and the word that opened it.

A boundary is punctuation that ends a clause (';', ':', dashes, quote marks) or a word that opens a new
one (relative pronouns, conjunctions, 'said' and other verbs of saying).
"""
from __future__ import annotations

import re
BOUNDARY = re.compile(
    r"[;:]|\s--?\s|\s[–—]\s|\s-\s|[\"“”‘]|(?:^|\s)'|'(?:\s|$)|"
    r"\b(?:which|who|whose|where|when|while|but|because|since|although|though|after|before|until|unless|if|whether|"
    r"that|(?<!well )as(?!\s+well\s+as)|according|said|says|told|saying)\b"
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
