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
        if not _possessive(text, m.start()):
            start, word = m.end(), m.group(0).strip().lower()
    return start, word


def right_clause(text: str, pos: int) -> int:
    m = next((m for m in BOUNDARY.finditer(text, pos) if not _possessive(text, m.start())), None)
    return m.start() if m else len(text)


def quoted(text: str, pos: int) -> bool:
    """Inside quoted speech ("'We are not in a Notre-Dame scenario,' he said"): a site named there is a
    comparison or an aside, not what a later 'the cathedral' points back to; an 'it' there is the speaker's."""
    opened = [m for m in QUOTE_MARK.finditer(text, 0, pos) if not _possessive(text, m.start())]
    return len(opened) % 2 == 1


QUOTE_MARK = re.compile(r"(?:^|(?<=\s))['‘\"“]|['’\"”](?=[\s,.;:!?]|$)")


def _possessive(text: str, at: int) -> bool:
    """An apostrophe after a plural or a name in s ('St Thomas' Church', 'the soldiers' barracks') that no single
    quote opened before it is a possessive, not the end of a quotation."""
    if text[at:at + 1] not in "'’" or text[at - 1:at] != "s" or not re.match(r"['’]\s+\w", text[at:]):
        return False
    return sum(1 for m in re.finditer(r"(?:^|(?<=\s))['‘]", text[:at])) % 2 == 0
