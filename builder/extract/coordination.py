"""Coordination: "ISIS destroyed the Arch of Triumph, the Temple of Bel and the Tetrapylon" tells the
event of every conjunct. When a claim's site stands in a coordination in the parse, each other
conjunct that is a recognised site mention of the same sentence gets the same claim (same trigger,
date, actor and certainty). Only mentions the site finder recognised count, so a coordinated
common noun ("the Temple of Bel and its columns") adds nothing.
"""
from __future__ import annotations

import re
from dataclasses import replace

from .parse import span_root, token_at


def _coordinated(root) -> set[int]:
    """Token indices coordinated with `root`. A list 'A, B and C' often parses with B as an apposition
    of A: between two recognised site mentions an apposition is a list, not a renaming (a renaming
    names the same site, which the caller skips)."""
    members = {root.i: root}
    for _ in range(2):
        for t in list(members.values()):
            linked = list(t.conjuncts) + [c for c in t.children if c.dep_ == "appos"]
            if t.dep_ == "appos":
                linked.append(t.head)
            members.update({x.i: x for x in linked})
    members.pop(root.i)
    return set(members)


def _objects_hung_from_verb(doc, trigger_at: int, root) -> set[int]:
    """'set fire to the Church of X on the slope below the fortress and the small Church of Y': the parser may
    hang a second object from the verb, or from a place phrase after the first, as a conjunct; a name there is
    coordinated with the first object."""
    verb = token_at(doc, trigger_at)
    if verb is None or verb.pos_ != "VERB" or root.i < verb.i:
        return set()
    hosts = {verb.i} | {t.i for t in verb.subtree if t.dep_ == "pobj" and t.pos_ == "NOUN" and t.i > root.i
                        and _same_clause(t, verb)}
    return {c.i for c in verb.subtree if c.dep_ == "conj" and c.pos_ in ("NOUN", "PROPN") and c.i > root.i
            and c.head.i in hosts}


def _same_clause(tok, verb) -> bool:
    """No other verb between `tok` and `verb` ('captured Palmyra and went on to demolish the temples of ...')."""
    for a in tok.ancestors:
        if a.i == verb.i:
            return True
        if a.pos_ in ("VERB", "AUX"):
            return False
    return True


def _told_of(c, m, **changes):
    """Claim `c` told of the site of mention `m` as well."""
    return replace(c, site=m.site.name, mention=m.text, kind=m.site.kind, aliases=[m.text, *m.site.aliases],
                   part_of=m.site.part_of, known=m.site.known, pending=m.site.pending, offset_in=m.start,
                   quotes=list(c.quotes), dates=list(c.dates), **changes)


def spread_over_conjuncts(claims: list, mentions_by_sentence: dict, parses) -> list:
    told = [c for c in claims if c.trigger_at >= 0 and not c.listed]  # a listing's names are read already
    parses.add([c.quote for c in told])
    have = {(c.sentence, c.site, c.event) for c in claims}
    out = list(claims)
    for c in told:
        doc = parses[c.quote]
        root = span_root(doc, c.offset_in, c.offset_in + len(c.mention)) if c.named_here else None
        if root is None:
            continue
        group = _coordinated(root) | _objects_hung_from_verb(doc, c.trigger_at, root)
        if not group:
            continue
        for m in mentions_by_sentence.get(c.sentence, []):
            if m.anaphor or not m.site.heritage or (c.sentence, m.site.name, c.event) in have:
                continue
            other = span_root(doc, m.start, m.end)
            if other is not None and other.i in group:
                out.append(_told_of(c, m))
                have.add((c.sentence, m.site.name, c.event))
    return out


def parts_to_their_owner(claims: list, mentions_by_sentence: dict, parses) -> list:
    """'Both the minaret and the prayer hall of the Great Mosque of Aleppo were damaged': a part noun
    that the site finder resolved to an earlier site points to the site named after 'of' in its own
    coordination instead (the parse shows whose minaret it is)."""
    for c in claims:
        if c.trigger_at < 0:
            continue
        mentions = mentions_by_sentence.get(c.sentence, [])
        own = next((m for m in mentions if m.start == c.offset_in and m.anaphor), None)
        if own is None:
            continue
        doc = parses[c.quote]
        root = span_root(doc, own.start, own.end)
        if root is None:
            continue
        for t in [root, *(doc[i] for i in _coordinated(root))]:
            owners = [p for prep in t.children if prep.dep_ == "prep" and prep.lower_ == "of"
                      for p in prep.children if p.dep_ == "pobj"]
            named = [m for m in mentions if not m.anaphor and m.site.heritage and
                     any((r := span_root(doc, m.start, m.end)) is not None and r.i == o.i for o in owners)]
            if named:
                m = named[0]
                c.site, c.mention, c.kind, c.part_of, c.known = m.site.name, m.text, m.site.kind, m.site.part_of, m.site.known
                c.aliases, c.offset_in = [m.text, *m.site.aliases], m.start
                break
    return claims


def gapped_clauses(claims: list, mentions_by_sentence: dict, parses, dates_by_sentence: dict) -> list:
    """'the Kazan Cathedral was rebuilt in 1993, and the Iberian Gate two years later': a site the parser hangs
    from the verb as a conjunct after it, with no verb of its own and a time of its own after it, tells the same
    event again, at that time."""
    out = list(claims)
    have = {(c.sentence, c.site, c.event) for c in claims}
    for c in claims:
        if c.trigger_at < 0 or c.listed or not c.named_here:
            continue
        doc = parses[c.quote]
        verb, root = token_at(doc, c.trigger_at), span_root(doc, c.offset_in, c.offset_in + len(c.mention))
        if verb is None or root is None or verb.pos_ != "VERB" or root.i > verb.i:
            continue
        for g in (t for t in verb.children if t.dep_ == "conj" and t.pos_ in ("NOUN", "PROPN") and t.i > verb.i):
            if any(t.pos_ in ("VERB", "AUX") for t in g.subtree):
                continue
            when = next((d for d in dates_by_sentence.get(c.sentence, []) if d.start > g.idx), None)
            m = next((m for m in mentions_by_sentence.get(c.sentence, []) if not m.anaphor and m.site.heritage
                      and (r := span_root(doc, m.start, m.end)) is not None and r.i == g.i), None)
            if when is None or m is None or (c.sentence, m.site.name, c.event) in have:
                continue
            out.append(_told_of(c, m, date=when.date))
            have.add((c.sentence, m.site.name, c.event))
    return out


# "...; so was St Lawrence Jewry", "So were the Tomb of X and Y": the clause before tells what happened to them too
SO_WAS = re.compile(r"(?:^|[;,]\s+(?:and\s+)?|\band\s+)(?:[Ss]o|[Aa]s)\s+(?:was|were|did|had|has|have)\s+(?:the\s+)?$")


def so_clauses(claims: list, sentences: list, mentions_by_sentence: dict) -> list:
    """'St Bride's was burned out; so was St Lawrence Jewry': a clause that is 'so was' and a site repeats the
    event of the clause before (in its sentence, else the sentence before) for that site, at the same time."""
    out = list(claims)
    for sent in sentences:
        for m in mentions_by_sentence.get(sent.index, []):
            if m.anaphor or not m.site.heritage or not SO_WAS.search(sent.text[:m.start]):
                continue
            at = SO_WAS.search(sent.text[:m.start]).start()
            here = [c for c in claims if c.sentence == sent.index and 0 <= c.trigger_at < at]
            told = here or [c for c in claims if c.sentence == sent.index - 1 and c.trigger_at >= 0]
            last = max((c.trigger_at for c in told), default=None)
            for c in (c for c in told if c.trigger_at == last and c.site != m.site.name):
                out.append(_told_of(c, m) if here else replace(
                    _told_of(c, m), sentence=sent.index, quote=sent.text, offset=sent.offset, trigger_at=-1))
    return out


def stage(state) -> None:
    """Stage `coordination`: conjuncts share a claim; a gapped clause tells it again; a part's claim goes to its
    owner."""
    state.claims = spread_over_conjuncts(state.claims, state.mentions, state.parses)
    state.claims = gapped_clauses(state.claims, state.mentions, state.parses, state.dates)
    state.claims = so_clauses(state.claims, state.sentences, state.mentions)
    state.claims = parts_to_their_owner(state.claims, state.mentions, state.parses)
