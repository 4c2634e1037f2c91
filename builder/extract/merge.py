"""One event told several times → one claim with several quotes.

Claims about the same site and event family merge when their dates agree (one within the other,
approximate dates widened by their slack). An undated or open-ended retelling joins the latest
dated telling. Damage and destruction of one site at agreeing dates are one event (the stronger
word wins). A claim about a container site ('the destruction at Nineveh') with no date of its own
joins a claim about a part of it told in the same article ('the Nergal Gate entry to Nineveh').
"""
from __future__ import annotations

from ..vocab.registry import event_type, strength
from ..vocab.site_kinds import site_kinds
from .dates import EDate
from .lexicon import Lexicon
from .model import Claim



def _best(dates: list[EDate]) -> EDate | None:
    dated = [d for d in dates if d is not None]
    return max(dated, key=lambda d: d.rank) if dated else None


def _compatible(a: EDate | None, b: EDate | None) -> bool:
    return a is None or b is None or a.compatible(b)


def merge(claims: list[Claim], lex: Lexicon, published=None, text: str = "") -> list[Claim]:
    """`published`: the publication day of this reading; an open bound there ('has damaged', 'caused
    damage': on or before publication) says nothing of when, and joins a telling of any date. `text`: the
    article, whose names a guessed name may not take over."""
    _fuller_names(claims)
    _short_names(claims)
    _one_place_two_nouns(claims, text)
    _one_listing(claims, lex)
    groups: dict[tuple, list[Claim]] = {}
    for c in claims:
        groups.setdefault((c.site, lex.family(c.event)), []).append(c)
    out: list[Claim] = []
    for members in groups.values():
        out += _cluster(members, published)
    out = _into_parts(out, lex)
    out = _retaking(out)
    out.sort(key=lambda c: (c.offset, c.site))
    return out


def _cluster(members: list[Claim], published=None) -> list[Claim]:
    firm = sorted([c for c in members if c.date is not None and c.date.kind != "open"],
                  key=lambda c: -max(d.rank for d in [c.date, *c.dates] if d))
    loose = [c for c in members if c.date is None or c.date.kind == "open"]
    clusters: list[list[Claim]] = []
    for c in firm:
        home = next((cl for cl in clusters if all(_compatible(c.date, o.date) for o in cl)), None)
        (home.append(c) if home is not None else clusters.append([c]))
    for c in loose:
        # (an open bound at the publication day says nothing of when: a month- or year-only publication is read
        # from its first day too, which a telling later that month or year is no reason to doubt)
        fits = clusters if _at_publication(c.date, published) else \
            [cl for cl in clusters if all(_compatible(c.date, o.date) and _near_bound(c.date, o.date, published)
                                          for o in cl)]
        if fits:  # the latest telling: news is about what happened last
            max(fits, key=_latest).append(c)
        else:
            clusters.append([c])
    # a summary line alone naming a site only by a generic phrase ("temple in Hatra") is not a new site
    clusters = [cl for cl in clusters if not all(c.highlight and not c.known for c in cl)]
    return [_combine(cl) for cl in clusters]


def _near_bound(loose: EDate | None, firm: EDate | None, published=None) -> bool:
    """'razed by late September 2014' is not the 2003 damage: an explicit upper bound only joins a
    telling dated within two years before it. (An open bound at the publication date joins any.)"""
    if loose is None or firm is None or loose.lo is not None or firm.hi is None or loose.edtf.startswith("../") is False:
        return True
    if _at_publication(loose, published):
        return True
    return (loose.hi[0] - firm.hi[0]) * 12 + loose.hi[1] - firm.hi[1] <= 24


def _at_publication(date: EDate | None, published) -> bool:
    return published is not None and date is not None and date.kind == "open" and \
        date.hi == (published.year, published.month, published.day)


def _latest(cl: list[Claim]) -> tuple:
    best = _best([o.date for o in cl])
    return (best.lo or best.hi or (0,)) if best else (-10**6,)


def _combine(cl: list[Claim]) -> Claim:
    cl = sorted(cl, key=lambda c: c.offset)
    dates = [d for c in cl for d in [c.date, *c.dates] if d is not None]
    best = _best(dates)
    lead = next((c for c in cl if c.date is best or best in c.dates), cl[0])
    if best is not None and best.kind == "open":
        # several open-ended tellings: the earliest bound is the safe one
        best = min((d for d in dates if d.kind == "open"), key=lambda d: d.hi)
    event = max((c.event for c in cl), key=strength)
    # retellings by a noun ("the destruction at Nimrud") or in highlights do not vouch for the event
    firm = [c for c in cl if not c.highlight and not c.noun] or cl
    certainty = "confirmed" if any(c.certainty == "confirmed" for c in firm) else "reported"
    aliases, quotes = [], []
    for c in cl:
        for a in [c.mention, *c.aliases]:
            if a not in aliases:
                aliases.append(a)
        if c.quote not in quotes:
            quotes.append(c.quote)
    actor = lead.actor or next((c.actor for c in cl if c.actor), None)
    return Claim(site=lead.site, mention=lead.mention, event=event, date=best, actor=actor, certainty=certainty,
                 quote=lead.quote, offset=lead.offset, sentence=lead.sentence, kind=lead.kind, aliases=aliases,
                 quotes=quotes, part_of=lead.part_of, trigger=lead.trigger, highlight=all(c.highlight for c in cl))


def _retaking(claims: list[Claim]) -> list[Claim]:
    """Taking control of a site on the day it is retaken is the retaking: 'troops recaptured the castle
    yesterday ... took full control of the fortress yesterday morning' is one recapture, not a seizure
    (vocab.yml: recaptured `absorbs` seized)."""
    back = [c for c in claims if _absorbs(c.event) and c.date is not None and c.date.kind == "point"]
    keep = []
    for c in claims:
        # (as precise as the retaking: 'occupied since February' is not the retaking of February 26)
        same = next((r for r in back if c.event == _absorbs(r.event) and r.site == c.site and c.date is not None
                     and c.date.kind == "point" and c.date.rank >= r.date.rank and r.date.compatible(c.date)), None)
        if same is None:
            keep.append(c)
            continue
        same.quotes += [q for q in c.quotes if q not in same.quotes]
        same.aliases += [a for a in c.aliases if a not in same.aliases]
    return keep


def _absorbs(event: str) -> str | None:
    t = event_type(event)
    return t.absorbs if t else None


def _into_parts(claims: list[Claim], lex: Lexicon) -> list[Claim]:
    keep = []
    for c in claims:
        undated = c.date is None or c.date.kind == "open"
        part = next((p for p in claims if p is not c and p.part_of == c.site and lex.family(p.event) == lex.family(c.event)
                     and _compatible(p.date, c.date)), None) if undated else None
        if part is None:
            keep.append(c)
            continue
        for q in c.quotes:
            if q not in part.quotes:
                part.quotes.append(q)
        for a in [c.mention, *c.aliases]:
            if a not in part.aliases:
                part.aliases.append(a)
    return keep


def _fuller_names(claims: list[Claim]) -> None:
    """'a museum in the town of Mallawi' (→ 'Mallawi Museum') and 'The Mallawi National Museum' told in the
    same article are one site: a guessed 'Place Head' name takes the fuller name 'Place ... Head'."""
    names = {c.site for c in claims}
    for c in claims:
        words = c.site.split()
        if c.known or len(words) < 2:
            continue
        place, head = " ".join(words[:-1]).lower(), words[-1].lower()
        fuller = sorted(n for n in names if n != c.site and n.lower().startswith(place + " ")
                        and n.lower().endswith(" " + head))
        if len(fuller) == 1:
            _rename(c, fuller[0])


def _short_names(claims: list[Claim]) -> None:
    """'the Baphuon temple ... The Baphuon was damaged': a new site named by another one's name without its head
    noun is that site (the only one it shortens)."""
    heads = site_kinds().heads
    names = {c.site for c in claims}
    for c in claims:
        if c.known:
            continue
        longer = [n for n in names if n.startswith(c.site + " ") and len(n.split()) == len(c.site.split()) + 1
                  and n.split()[-1].lower() in heads]
        if len(longer) == 1:
            _rename(c, longer[0])


def _rename(c: Claim, name: str) -> None:
    """The claim's site is `name`; the words the article used stay as an alias."""
    if c.mention not in c.aliases:
        c.aliases.insert(0, c.mention)
    c.site = name


def _one_place_two_nouns(claims: list[Claim], text: str) -> None:
    """'The mausoleum of Imam Dur ... the shrine of Imam Dur': one name under two site nouns that may name the
    same building (site_kinds.yml `anaphors`: a shrine may be a tomb) is one site, under the name told first."""
    kinds = site_kinds()
    # (only names the article writes: 'Wells Church', made of 'a Victorian church in Wells' in a headline, is not
    # 'Wells Cathedral' named later)
    lower = text.lower()
    written = {c.site for c in claims if c.site.lower() in lower}
    first: dict[tuple, tuple[str, str | None]] = {}
    for c in sorted(claims, key=lambda c: c.offset):
        words = c.site.split()
        nouns = [w.lower() for w in words if w.lower() in kinds.heads]
        rest = tuple(w.lower() for w in words if w.lower() not in kinds.heads and w.lower() not in ("of", "the"))
        if c.known or len(nouns) != 1 or not rest or c.site not in written:
            continue
        name, kind = first.setdefault(rest, (c.site, c.kind))
        fits = kinds.anaphors.get(nouns[0], frozenset())
        if name != c.site and kind is not None and (fits is None or kind in fits):
            _rename(c, name)
            c.kind = kind


def _one_listing(claims: list[Claim], lex: Lexicon) -> None:
    """'Rosia Montana ... has become a World Heritage site' and 'the Rosia Montana Mining Landscape was inscribed':
    a place listed in an article that lists a property whose name begins with the place's is that property."""
    listings = [c for c in claims if lex.family(c.event) == "listing"]
    listed = {c.site for c in listings}
    for c in listings:
        fuller = [n for n in listed if n.startswith(c.site + " ")]
        if len(fuller) == 1:
            _rename(c, fuller[0])


def stage(state) -> None:
    """Stage `merge`: one claim per site and event."""
    state.claims = merge(state.claims, state.lex, state.published, state.text)
