"""Lead descriptions named later: 'A 19th-century Armenian cathedral ... was hit on Thursday. Photographs
showed a hole in the roof of the Ghazanchetsots Cathedral'. News leads describe a site and name it in
the next sentences; the description stands for the first named site of a fitting kind told after it.

- `descriptions(text)` finds the descriptions in a sentence: an indefinite ('a 12th-century church'),
  or owned by a place ('Odesa's largest Orthodox cathedral', 'the city's castle').
- `resolve(claims, named)` gives each claim told about a description the named site it stands for
  (the first one of a fitting kind within the next three sentences; an owned description may also
  point back to one named in the two sentences before); claims left unresolved are dropped.
"""
from __future__ import annotations

import re

from ..vocab.site_kinds import site_kinds

# lower-case nouns that describe one building or monument (not a city: 'a city' is never a site)
KINDS = site_kinds().descriptions
_HEAD = "|".join(sorted(KINDS, key=len, reverse=True))
_MODS = r"(?:(?!(?:the|a|an|its|their|of|in|at|on|and|to|by|for|with|from|that|which|was|were|is|are|has|had)\b)[\w,’'\-]+\s+){0,4}?"
INDEFINITE = re.compile(rf"\b(?:[Aa]n?|[Oo]ne\s+of\s+(?:the\s+)?)\s+{_MODS}({_HEAD})s?\b(?!\s+(?:of|in|at)\s+[A-Z])")
OWNED = re.compile(rf"\b(?:(?:[A-Z][\w\-]+)|[Tt]he\s+(?:city|town|country|region|nation|village|capital|island))['’]s\s+"
                   rf"{_MODS}({_HEAD})\b(?!\s+(?:of|in|at)\s+[A-Z])")


# only a sentence's subject, at its start (after a dateline), is a lead description: 'soldiers seized a
# bridge over the Bosphorus' describes a bridge that no later name stands for
DATELINE = re.compile(r"^(?:[^()]{0,60}\(CNN\)\s*|[A-Z][A-Z .,'’\-]+(?:,\s*[A-Z][\w .,'’\-]+)?\s+[—–-]+\s*)?$")


def descriptions(text: str, lead: bool = False):
    """(start, end, head, owned) for the description the sentence opens with, if any; in the article's
    first sentence also one in the object ('Fire destroyed a 400-year-old wooden church on Sunday')."""
    out = []
    for rx, owned in ((INDEFINITE, False), (OWNED, True)):
        m = rx.search(text)
        if m and (lead or DATELINE.match(text[:m.start()])):
            out.append((m.start(), m.end(), m.group(1).lower(), owned))
    return sorted(out)[:1]


def fits(head: str, site) -> bool:
    """Can a site of this name and kind be what 'a <head>' described? Its name holds the head word
    ('the Al-Omari Mosque'), or it is of the head's specific kind; a home is any building ('Clandon Park,
    a Palladian mansion'); a bridge or a tower must say so in its name."""
    vocab = site_kinds()
    kind = KINDS[head]
    if head.split()[-1] in site.name.lower():
        return True
    if vocab.in_group(kind, "specific"):
        return vocab.akin(kind, site.kind)
    return head in vocab.homes and vocab.in_group(site.kind, "any_building")


def resolve(claims, named):
    """`named`: (sentence index, Mention) of every named site mention in the article, in order."""
    out = []
    # a description resolved once is resolved for every later claim pointing back to it ('the Anglican
    # cathedral' ... 'damage to the building')
    resolved: dict = {}
    for c in sorted(claims, key=lambda c: c.sentence):  # the first telling first; the result keeps their order
        pend = getattr(c, "pending", None)
        if pend is None:
            out.append(c)
            continue
        head, owned = pend
        after = [m for i, m in named if c.sentence <= i <= c.sentence + 3 and (i > c.sentence or m.start > c.offset_in)
                 and m.site.heritage and fits(head, m.site)]
        back = [m for i, m in named if c.sentence - 2 <= i <= c.sentence and m.site.heritage and fits(head, m.site)
                and (i < c.sentence or m.end <= c.offset_in)] if owned else []
        target = resolved.get(c.site) or (back[-1] if back else None) or (after[0] if after else None)
        if target is None:
            continue
        resolved.setdefault(c.site, target)
        site = target.site
        c.site, c.kind, c.part_of, c.known = site.name, site.kind, site.part_of, site.known
        c.aliases = [c.mention, target.text] + [a for a in site.aliases if a not in (c.mention, target.text)]
        c.pending = None
        out.append(c)
    kept = {id(c) for c in out}
    return [c for c in claims if id(c) in kept]
