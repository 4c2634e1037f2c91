"""Partial harm: 'part of X', 'X's west wing', 'the dome of X', 'damaged its roof' make a
destruction a damage."""
from __future__ import annotations

import re

from ..vocab.registry import partial as partial_event
from ..vocab.site_kinds import site_kinds
from .clauses import left_clause
from .frames import ITS_OBJECT
from .model import Mention
from .triggers import Trig
PARTIAL_BEFORE = re.compile(r"\b(?:some|part|parts|much|sections?|portions?|most|areas?|one|many|pieces?|rest)\s+of\s+(?:the\s+)?(?:[\w’'\-]+\s+){0,2}$", re.I)
# "the golden dome of X", "its great organ": a part of the site, so harm to it is damage
# (site_kinds.yml `parts`, but not what stands for the whole: 'the ruins of X', 'the remains of X')
_PART_NOUNS = sorted((site_kinds().parts - site_kinds().shares - {"ruins", "remains"}) |
                     {"domes", "fa[cç]ade", "wing", "vaulting", "section", "corner", "gallery", "galleries"})
PART_BEFORE = re.compile(rf"\b(?:the|its|their|a|an|one|two|three|four|five|six|several|\d+)\s+(?:[\w\-]+\s+){{0,2}}?(?:{'|'.join(_PART_NOUNS)})"
                         r"\s+of\s+(?:the\s+)?$", re.I)
PART_OBJECT = re.compile(r"^\s+(?:its|their)\s+(?:[\w\-]+\s+){0,2}?(?:dome|roof|spire|organ|windows|fa[cç]ade|minaret|"
                         r"towers?|gate|doors?|courtyard|nave|interior|wing|walls?|vault|collection|archives?)\b", re.I)
PARTIAL_AFTER = re.compile(r"^['’]s?\s+(?:[\w\-]+\s+){0,2}?(?:wing|walls?|roof|fa[cç]ade|dome|minarets?|spire|towers?|nave|organ|sections?|parts?|interior|floors?|basement|collections?|archives?|frescoe?s|rooms?|stones)\b", re.I)

# a clause whose subject is a part: "where parts of the upper terraces collapsed"
PARTS_SUBJECT = re.compile(r"^\s*(?:(?:the|its|their)\s+)?(?:part|parts|sections?|portions?|some|much|one|pieces?|"
                           r"(?:upper|lower|top)\s+(?:floors?|terraces?|storeys?|stories))\s+(?:of\b|collapsed|fell)", re.I)

AT_SITE = re.compile(r"^\W*(?:At|In|Inside)\s+(?:the\s+)?$")
IN_SITE = re.compile(r"\s+(?:down\s+)?(?:in|across|throughout)\s+(?:the\s+)?$", re.I)


def part_named(m: Mention) -> bool:
    """'the central tower', 'the roof' resolved to the building they belong to: the mention names a part of the
    site, not the whole (unless the site is of the part's own kind, or its name holds the noun: 'the tower' of
    the Tower of London; 'the ruins' stand for the whole site)."""
    if not m.anaphor:
        return False
    head = m.text.split()[-1].lower()
    kinds = site_kinds()
    return head in kinds.parts and head not in kinds.shares and head not in WHOLE and \
        kinds.heads.get(head) != m.site.kind and head not in m.site.name.lower().split()


WHOLE = {"ruins", "remains"}
OWN_PART_SUBJECT = re.compile(r"(?:,|\band|\bbut|\bwhile)\s+(?:(?:part|parts|much|most|some|sections?|portions?|one)\s+of\s+)?"
                              r"(?:its|their)\s+(?:[\w\-]+\s+){0,3}$", re.I)


def partial(text: str, m: Mention, lead_from: int) -> bool:
    return bool(PARTIAL_BEFORE.search(text[lead_from:m.start]) or PARTIAL_AFTER.match(text[m.end:]))


def event_for(text: str, t: Trig, m: Mention, cstart: int, passive: bool, event: str) -> str:
    """The trigger's event for this site: a destruction of part of it is a damage."""
    # a subject before the trigger's clause ("The minaret of X, known as Y, was destroyed"): from its own clause
    lead_from = t.end if m.start >= t.end else \
        min(cstart, left_clause(text, m.start)[0]) if text[m.end:m.end + 1] == "," else cstart
    part = partial(text, m, lead_from) or (t.frame != "noun" and PARTIAL_BEFORE.search(text[cstart:t.start])
                                           and m.start > t.end and t.frame == "object" and not passive)
    if t.frame == "noun" and re.match(r"\s*(?:\w+\s+)?at\b", text[t.end:m.start]):
        part = True
    if PART_BEFORE.search(text[lead_from:m.start]) or (m.end <= t.start and (
            PART_OBJECT.match(text[t.end:]) or ITS_OBJECT.match(text[t.end:]))):
        part = True
    # "X, whose minaret was toppled", "X, where parts of the terraces collapsed": a part of X
    if m.end <= cstart and re.search(r"\bwhose\s*$", text[max(0, cstart - 7):cstart]):
        part = True
    if m.end <= t.start and PARTS_SUBJECT.match(text[cstart:t.start]):
        part = True
    # "the cathedral was cracked and part of its bell tower fell": the verb's subject is the site's part
    if part_named(m) or (m.end <= t.start and OWN_PART_SUBJECT.search(text[m.end:t.start])):
        part = True
    # "several old buildings collapsed in X", "At X, the tip of a spire fell": what came down stood in the site,
    # which was damaged
    if t.frame == "subject" and (m.start >= t.end and IN_SITE.match(text[t.end:m.start]) or m.end <= t.start and
                                 AT_SITE.search(text[cstart:m.start]) and re.match(r",\s+(?:the|a|an|one|some)\s", text[m.end:t.start])):
        part = True
    # "partly collapsed", "was partially destroyed": the adverb says part of it
    if re.search(r"\b(?:partly|partially|half)\s+$", text[max(0, t.start - 12):t.start], re.I):
        part = True
    return partial_event(event) if part else event  # destroying a part of a site damages the site
