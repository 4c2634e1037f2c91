"""One index of place names: the knowledge base's sites, the embedded gazetteer, the built-in list.

    index = PlaceIndex.build(kb)                     # kb=None: the world only (gazetteer + list)
    found = index.resolve("Umayyad Mosque", near=context_keys(quote), far=context_keys(article))
    found.status        # "certain" | "ambiguous" | "none"
    found.place         # the Place when certain: .site_id, .wikidata, .pleiades, .parent ...
    found.candidates    # every namesake still in the running, best first

How a mention is resolved:

1. A generic mention ("the site", "the city", "it") matches nothing.
2. Names: a place whose name (any name, any script) has the mention's key. A name qualified by
   where the place is ("Umayyad Mosque of Aleppo", "Central Library" said of Mosul) also answers
   to its bare form, but only when the article names the qualifying place. A mention qualified
   the same way ("X of Aleppo") only matches an X that lies in Aleppo.
3. Only when no name matches: fuzzy matching (rapidfuzz) over the names, with rules on words: the
   words that tell which place (not "the", "monastery", "4th century") must meet, letter slips
   allowed; the kind nouns must agree ("Palmyra" is not "Palmyra Museum").
4. Namesakes: each candidate scores where it lies (its parent, its city, its country) against
   the places named near the mention (its quote: `near`), then in the whole article (`far`). The
   best is certain when alone; a knowledge-base site wins a tie with the same place from the
   gazetteer or the list; otherwise the answer is ambiguous and carries the candidates.
5. Elsewhere: the gazetteer holds only some of the world's places, so one item of a name is not
   proof. A lone world place (not a site) that nothing in the article puts it in, while the
   article names other towns or countries, is ambiguous: the Church of Saint George of Lalibela is
   not the one an article about Maaloula means. A dedication ("Basilica of Saint Mark") needs its
   town named, as many towns have one.

One place may come from several sources: a site with a Wikidata or Pleiades id is that gazetteer
item; a built-in entry with a site's name (and no other parent) is that site; a built-in entry
whose name one gazetteer item has is that item. The merged Place keeps the site's id, the ids and
the names of all.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Iterable

from rapidfuzz import fuzz, process

from .builtin import builtin_entries
from .gazetteer_data import Entry, entries
from .normalize import DEDICATION_WORDS, STOP_WORDS, _ordinal, distinctive, is_generic, key, kind_of, words

EXACT, QUALIFIED, FUZZY = 3, 2, 1
HOW = {EXACT: "name", QUALIFIED: "qualified name", FUZZY: "fuzzy"}
FUZZY_CUTOFF = 75  # rapidfuzz token_set_ratio, a first sieve: the word rules below decide
WORD_CUTOFF = 85  # one long word against another (rapidfuzz ratio): "Baalshamin"/"Baalshamine"
FUZZY_LIMIT = 25
_QUALIFIERS = ("of", "in", "at", "near")
_DESCRIBED_IN = re.compile(r"^.*\b(?:located in|in|of|near|above the city of)\s+(?:modern-day\s+)?(.+)$", re.I)


@dataclass(frozen=True)
class Place:
    """One real place, whichever sources know it."""

    ref: str  # "site:palmyra" | "wikidata:Q5747" | "builtin:Great Mosque of Aleppo"
    name: str
    names: tuple[str, ...] = ()  # every name, the first the one to show
    kind: str | None = None
    site_id: str | None = None  # the knowledge base's id, when it has the place
    wikidata: str | None = None
    pleiades: tuple[str, ...] = ()
    parent: str | None = None  # the name of the place it lies in, nearest
    parent_site: str | None = None  # that parent's site id, when the knowledge base has it
    within: tuple[frozenset, ...] = ()  # keys of where it lies, one set per level, nearest first
    description: str = ""
    qualified: tuple[tuple[str, str], ...] = ()  # (bare key, qualifier key): "Central Library" of Mosul
    pending: frozenset = frozenset()  # refs a site's `candidates:` lists: ingest could not choose
    sources: tuple[str, ...] = ()  # "site", "gazetteer", "builtin"
    point: tuple[float, float] | None = None  # (lat, lon) the gazetteer gives, if any

    @property
    def identifiers(self) -> dict[str, str]:
        out = {}
        if self.wikidata:
            out["wikidata"] = self.wikidata
        if self.pleiades:
            out["pleiades"] = self.pleiades[0]
        return out

    def identifiers_all(self) -> list[tuple[str, str]]:
        return ([("wikidata", self.wikidata)] if self.wikidata else []) + [("pleiades", p) for p in self.pleiades]

    def support(self, context: frozenset) -> int:
        """How well the places named in `context` say this is the place: 2 for its parent or
        qualifier, 1 for each further level (its country)."""
        return sum((2 if i == 0 else 1) for i, level in enumerate(self.within) if level & context)


@dataclass(frozen=True)
class Resolution:
    mention: str
    status: str  # certain | ambiguous | none
    place: Place | None = None
    candidates: tuple[Place, ...] = ()
    how: str = ""  # name | qualified name | fuzzy

    @property
    def certain(self) -> bool:
        return self.status == "certain"

    @property
    def ambiguous(self) -> bool:
        return self.status == "ambiguous"


# --- reading the sources into places -------------------------------------------------------------

def _described_within(description: str) -> tuple[str | None, tuple[frozenset, ...]]:
    """"mosque in Damascus, Syria" → ("Damascus", ({damascus}, {syria}))."""
    m = _DESCRIBED_IN.search(description or "")
    if not m:
        return None, ()
    parts = [p.strip(" .") for p in re.split(r",|\band\b", m[1]) if p.strip(" .")]
    levels = tuple(frozenset({k}) for p in parts if (k := key(p)))
    return (parts[0] if parts else None), levels


def split_qualifier(name: str) -> tuple[str, str] | None:
    """"Umayyad Mosque of Aleppo" → ("umayyadmosque", "aleppo"): a name that says which place
    holds it, when what comes before the qualifier is itself a name (a distinctive word and a kind
    noun), not "Temple of Bel" or "Citadel of Aleppo"."""
    w = words(name)
    for i in range(len(w) - 2, 0, -1):
        if w[i] in _QUALIFIERS:
            head, tail = w[:i], w[i + 1:]
            head_name = " ".join(head)
            if tail and distinctive(head_name) and kind_of(head_name) and distinctive(" ".join(tail)):
                return "".join(head), "".join(tail)
    return None


def _gazetteer_place(e: Entry) -> Place:
    parent, within = _described_within(e.description)
    return Place(ref=f"wikidata:{e.wikidata}", name=e.name, names=e.names, wikidata=e.wikidata, pleiades=e.pleiades,
                 parent=parent, within=within, description=e.description, sources=("gazetteer",), point=e.point)


def _builtin_place(entry: dict) -> Place:
    names = (entry["name"], *(entry.get("aliases") or []))
    parent = entry.get("part_of")
    within = (frozenset({key(parent)}),) if parent else ()
    qualified = [q for n in names if (q := split_qualifier(n))]
    for place, extra in (entry.get("context_aliases") or {}).items():
        qualified += [(key(n), key(place)) for n in extra]
    if qualified:
        own = frozenset(q for _, q in qualified)
        within = (within[0] | own,) + within[1:] if within else (own,)
    return Place(ref=f"builtin:{entry['name']}", name=entry["name"], names=names, kind=entry.get("kind"),
                 parent=parent, within=within, qualified=tuple(dict.fromkeys(qualified)), sources=("builtin",))


def _merge(base: Place, other: Place) -> Place:
    """`base` keeps its ref, name, kind and parent; names, ids and where it lies are pooled."""
    within = list(base.within)
    for i, level in enumerate(other.within):
        if i < len(within):
            within[i] = within[i] | level
        else:
            within.append(level)
    return replace(base, names=tuple(dict.fromkeys(base.names + other.names)), kind=base.kind or other.kind,
                   wikidata=base.wikidata or other.wikidata, pleiades=base.pleiades or other.pleiades,
                   parent=base.parent or other.parent, within=tuple(within),
                   description=base.description or other.description, point=base.point or other.point,
                   qualified=tuple(dict.fromkeys(base.qualified + other.qualified)),
                   sources=tuple(dict.fromkeys(base.sources + other.sources)))


def _compatible_parents(a: Place, b: Place) -> bool:
    """Two records of one name are one place unless both say where they are and disagree."""
    if not a.within or not b.within:
        return True
    return bool(a.within[0] & b.within[0]) or any(b.within[0] & level for level in a.within) \
        or any(a.within[0] & level for level in b.within)


def site_places(kb) -> list[Place]:
    """The knowledge base's sites as places; where they lie from their `part_of` chain."""
    out = []
    for site in kb.sites.values():
        levels = [frozenset(k for n in kb.sites[a].all_names if (k := key(n))) for a in kb.ancestors(site.id)]
        qualified = tuple(q for n in site.all_names if (q := split_qualifier(n)))
        if qualified:
            own = frozenset(q for _, q in qualified)
            levels = [levels[0] | own, *levels[1:]] if levels else [own]
        parent = kb.sites[site.part_of] if site.part_of in kb.sites else None
        pleiades = str(site.identifiers["pleiades"]) if site.identifiers.get("pleiades") else None
        out.append(Place(ref=f"site:{site.id}", name=site.name, names=tuple(dict.fromkeys(site.all_names)),
                         kind=site.kind, site_id=site.id, wikidata=site.identifiers.get("wikidata") or None,
                         pleiades=(pleiades,) if pleiades else (), parent=parent.name if parent else None,
                         parent_site=parent.id if parent else None, within=tuple(levels),
                         description=site.description, qualified=qualified,
                         pending=frozenset(getattr(site, "candidate_refs", ()) or ()), sources=("site",)))
    return out


# --- the index -------------------------------------------------------------------------------------

class _Layer:
    """Places with their names' keys, bare (qualified) keys and fuzzy strings."""

    def __init__(self):
        self.places: dict[str, Place] = {}
        self.by_key: dict[str, list[str]] = {}
        self.by_bare: dict[str, list[tuple[str, str]]] = {}
        self.by_id: dict[tuple[str, str], list[str]] = {}  # ("wikidata", "Q5747") -> refs
        self.choices: list[str] = []
        self.choice_refs: list[tuple[str, str]] = []  # (ref, the name) per choice
        self.areas: set[str] = set()  # keys of the places others lie in (towns, regions, countries)

    def add(self, place: Place) -> None:
        self.places[place.ref] = place
        self.areas.update(*place.within)
        for ident in place.identifiers_all():
            if place.ref not in self.by_id.setdefault(ident, []):
                self.by_id[ident].append(place.ref)
        for name in place.names:
            k = key(name)
            if k and place.ref not in self.by_key.setdefault(k, []):
                self.by_key[k].append(place.ref)
            text = _fuzzy_text(name)
            if text and distinctive(name):
                self.choices.append(text)
                self.choice_refs.append((place.ref, name))
        for bare, qualifier in place.qualified:
            if (place.ref, qualifier) not in self.by_bare.setdefault(bare, []):
                self.by_bare[bare].append((place.ref, qualifier))


def _fuzzy_text(name: str) -> str:
    return " ".join(w for w in words(name) if w not in STOP_WORDS and not _ordinal(w))


@lru_cache(maxsize=1)
def _world() -> _Layer:
    """The gazetteer and the built-in list, merged, read once per process."""
    layer = _Layer()
    for e in entries():
        layer.add(_gazetteer_place(e))
    for entry in builtin_entries():
        place = _builtin_place(entry)
        keys = {key(n) for n in place.names}
        same = {ref for k in keys for ref in layer.by_key.get(k, []) if ref.startswith("wikidata:")}
        same = [ref for ref in same if _compatible_parents(place, layer.places[ref])]
        if len(same) > 1 and place.within:  # namesakes: the one that lies where the entry says
            same = [ref for ref in same if layer.places[ref].within and _compatible_parents(place, layer.places[ref])]
        if len(same) == 1:  # one gazetteer item of that name: the entry is that item
            merged = _merge(layer.places[same[0]], place)
            merged = replace(merged, name=place.name, names=tuple(dict.fromkeys(place.names + merged.names)),
                             kind=place.kind, parent=place.parent or merged.parent)
            layer.add(merged)
        else:
            layer.add(place)
    return layer


class PlaceIndex:
    """The world (gazetteer + built-in list) with the knowledge base's sites over it."""

    def __init__(self, places: Iterable[Place] = (), world: bool = True):
        self.world = _world() if world else _Layer()
        self.local = _Layer()
        self.alias: dict[str, str] = {}  # a world ref → the local place that is the same place
        for place in places:
            self.add(place)

    @classmethod
    def build(cls, kb=None, world: bool = True) -> "PlaceIndex":
        return cls(site_places(kb) if kb is not None else (), world=world)

    # --- building ---
    def add(self, place: Place) -> Place:
        """Add a local place (a site); it absorbs the world's record of the same place."""
        # one Pleiades place may be several Wikidata items (Bam and its citadel): Wikidata decides when given
        idents = [("wikidata", place.wikidata)] if place.wikidata else place.identifiers_all()
        same = [ref for ident in idents for ref in self.world.by_id.get(ident, [])]
        for name in place.names:
            for ref in self.world.by_key.get(key(name), []):
                other = self.world.places[ref]
                if ref.startswith("builtin:") or "builtin" in other.sources:
                    if _compatible_parents(place, other) and not (place.wikidata and other.wikidata
                                                                  and place.wikidata != other.wikidata):
                        same.append(ref)
        merged = place
        for ref in dict.fromkeys(same):
            if ref in self.alias:
                continue
            merged = _merge(merged, self.world.places[ref])
            self.alias[ref] = place.ref
        self.local.add(merged)
        return merged

    # --- looking up ---
    def place(self, ref: str) -> Place | None:
        ref = self.alias.get(ref, ref)
        return self.local.places.get(ref) or self.world.places.get(ref)

    def by_id(self, scheme: str, value: str) -> list[Place]:
        """Places carrying an id ("wikidata", "Q5747"; "pleiades", "668331"), sites first."""
        refs = self.local.by_id.get((scheme, str(value)), []) + self.world.by_id.get((scheme, str(value)), [])
        return list({p.ref: p for r in refs if (p := self.place(r))}.values())

    def site_place(self, site_id: str) -> Place | None:
        return self.local.places.get(f"site:{site_id}")

    def _exact(self, k: str) -> list[str]:
        return self.local.by_key.get(k, []) + self.world.by_key.get(k, [])

    def _bare(self, k: str) -> list[tuple[str, str]]:
        return self.local.by_bare.get(k, []) + self.world.by_bare.get(k, [])

    def _fuzzy(self, mention: str) -> dict[str, int]:
        text = _fuzzy_text(mention)
        if not text or not _has_proper_word(mention):
            return {}
        out: dict[str, int] = {}
        for layer in (self.local, self.world):
            if not layer.choices:
                continue
            for _, score, i in process.extract(text, layer.choices, scorer=fuzz.token_set_ratio,
                                               score_cutoff=FUZZY_CUTOFF, limit=FUZZY_LIMIT):
                ref, name = layer.choice_refs[i]
                if _words_agree(mention, name) and _kinds_agree(mention, name, layer.places[ref]):
                    out[ref] = max(out.get(ref, 0), int(score))
        return out

    def resolve(self, mention: str, near: Iterable[str] = (), far: Iterable[str] = ()) -> Resolution:
        """Which place `mention` names, given the keys of places named near it and in the article
        (see `context_keys`)."""
        near, far = frozenset(near), frozenset(far)
        if not mention or is_generic(mention):
            # "the National Museum" names a place only through the city told with it
            hits = {p.ref: p for ref, q in self._bare(key(mention)) if q in near and (p := self.place(ref))}
            if len(hits) == 1 and mention:
                [place] = hits.values()
                return Resolution(mention, "certain", place, (place,), HOW[QUALIFIED])
            return Resolution(mention or "", "none")
        context = near | far
        k = key(mention)
        hits: dict[str, tuple[int, int]] = {}  # ref -> (quality, fuzzy score)
        for ref in self._exact(k):
            hits[ref] = (EXACT, 100)
        for ref, qualifier in self._bare(k):
            if qualifier in context:
                hits.setdefault(ref, (QUALIFIED, 100))
        split = split_qualifier(mention)
        if split:  # "X of Aleppo": an X that lies in Aleppo
            bare, qualifier = split
            near = near | {qualifier}
            for ref in self._exact(bare) + [r for r, q in self._bare(bare) if q == qualifier]:
                place = self.place(ref)
                if any(qualifier in level for level in place.within):
                    hits.setdefault(ref, (QUALIFIED, 100))
        if not hits:
            hits = {ref: (FUZZY, score) for ref, score in self._fuzzy(mention).items()}
        places: dict[str, tuple[Place, tuple]] = {}
        for ref, (quality, score) in hits.items():
            place = self.place(ref)
            rank = (place.support(near), place.support(far), quality)
            if place.ref not in places or places[place.ref][1] < rank + (score,):
                places[place.ref] = (place, rank + (score,))
        if not places:
            return Resolution(mention, "none")
        ordered = sorted(places.values(), key=lambda pr: (pr[1], pr[0].site_id is not None), reverse=True)
        candidates = tuple(p for p, _ in ordered)
        best = ordered[0][1][:3]
        top = [p for p, rank in ordered if rank[:3] == best]
        how = HOW[best[2]]
        if len(top) == 1 and self._elsewhere(mention, top[0], context):
            return Resolution(mention, "ambiguous", None, tuple(top), how)
        if len(top) == 1:
            return Resolution(mention, "certain", top[0], candidates, how)
        sites = [p for p in top if p.site_id]
        if len(sites) == 1 and all(p.site_id or _same_place(sites[0], p) for p in top):
            return Resolution(mention, "certain", sites[0], candidates, how)
        pending = [p for p in sites if {q.ref for q in top if q is not p} <= p.pending | {q.ref for q in sites}]
        if len(pending) == 1:  # the site ingest made last time for this very choice
            return Resolution(mention, "certain", pending[0], candidates, how)
        return Resolution(mention, "ambiguous", None, tuple(top), how)

    def _elsewhere(self, mention: str, place: Place, context: frozenset) -> bool:
        """A world place the article does not put where it lies (see 5. in the module's docstring)."""
        if place.site_id or not place.within or not context:
            return False
        town = place.within[0]
        if any(w.startswith(x) or x.startswith(w) for w in town for x in context if len(x) > 3):
            return False  # its town (Homs for "Homs Governorate") is named
        if any(w in DEDICATION_WORDS for w in words(mention)) and not any(w in key(mention) for w in town):
            return True  # a dedication ("Basilica of Saint Mark"), not one that names its town ("San Francesco d'Assisi")
        # where it lies, one step further up through its town (Rome → Italy)
        lies_in = set().union(*place.within, *(level for k in town for ref in self.world.by_key.get(k, [])
                                               for level in self.world.places[ref].within))
        return not context.isdisjoint(self.world.areas) and lies_in.isdisjoint(context)

    def parent_site(self, place: Place, near: Iterable[str] = (), far: Iterable[str] = ()) -> str | None:
        """The site id of the place `place` lies in, when the knowledge base has it."""
        if place.parent_site:
            return place.parent_site
        if not place.parent:
            return None
        found = self.resolve(place.parent, near, far)
        return found.place.site_id if found.certain and found.place.site_id else None


def _same_place(site: Place, other: Place) -> bool:
    """A site and a world record of its name with nothing telling them apart."""
    return not (site.wikidata and other.wikidata and site.wikidata != other.wikidata) and _compatible_parents(site, other)


def word_meets(a: str, b: str) -> bool:
    """One word against another: equal; letters swapped ("Benham"/"Behnam"); or, in a long word, a
    slip (ratio ≥ WORD_CUTOFF). A short word with one other letter is another name ("Nimrod")."""
    if a == b:
        return True
    if len(a) >= 5 and sorted(a) == sorted(b):
        return fuzz.ratio(a, b) >= WORD_CUTOFF - 10
    return min(len(a), len(b)) >= 7 and fuzz.ratio(a, b) >= WORD_CUTOFF


def _has_proper_word(mention: str) -> bool:
    """Does a word that tells which place stand capitalised in the mention? A description in common words
    ('the modern art museum') may name a place exactly, but is no ground for a guess."""
    told = set(distinctive(mention))
    return any(w[:1].isupper() and w.lower() in told for w in re.findall(r"\w+", mention)) or \
        not any(c.isalpha() and c.isascii() for c in mention)  # (a name in another script has no capitals)


def _words_agree(mention: str, name: str) -> bool:
    """Every word of the mention that tells which place meets one of the name's, letter slips
    allowed; the name may say more ("... and Sarah"), the mention not ("Antequera Dolmens" is not
    the town of Antequera)."""
    dm, dn = distinctive(mention), distinctive(name)
    return bool(dm) and bool(dn) and all(any(word_meets(a, b) for b in dn) for a in dm)


def _kinds_agree(mention: str, name: str, place: Place) -> bool:
    """The kind nouns agree: "Bam Citadel" is not the town "Bam"; "Palmyra" is not "Palmyra Museum"."""
    km, kn = kind_of(mention), kind_of(name)
    if km is None:
        return kn is None
    return kn == km or (kn is None and place.kind == km)
