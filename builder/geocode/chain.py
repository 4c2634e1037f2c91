"""The resolution chain: for each site without a location, the first link that answers wins.

    written by a person (kept, never touched) → embedded gazetteer → geocode cache → online (opt-in)

Pure-ish: takes sites and geocoders, yields one Outcome per site, parents before their parts (a
monument is looked for near its city, once the city is placed). It writes nothing; the one side
effect is that online answers are added to the in-memory cache, so the caller can save them as
they come. Every answer passes builder.geocode.sanity before it becomes a location.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable, Iterator

from ..content.model import KnowledgeBase, Site
from ..places import PlaceIndex, context_keys
from .cache import CacheEntry, GeocodeCache
from .gazetteer import EmbeddedGazetteer, to_candidate
from .gazetteer import LICENCE as GAZETTEER_LICENCE
from .providers import LICENCES, GeocoderSettings, Narrowing, Online, OnlineFailure
from .sanity import Candidate, Parent, Rules, choose

GAZETTEER_DATE = "2026-08-21"  # the snapshot the embedded gazetteer was made from
ID_SCHEMES = ("wikidata", "pleiades", "geonames")
MAX_QUERIES = 3  # names tried online per site: each one is a request
CONTRADICTED = object()  # the gazetteer places the site's own id somewhere it cannot be


@dataclass(frozen=True)
class Outcome:
    site_id: str
    link: str  # located (had one; kept) | gazetteer | cache | geocoder | unresolved | failed
    message: str
    location: dict | None = None  # what to write; None: write nothing
    reasons: tuple[str, ...] = ()  # why candidates were refused
    hint: str = ""


def rules_from(settings: GeocoderSettings) -> Rules:
    return Rules(max_km=settings.max_distance_km, countries=tuple(settings.countries))


def _names(site: Site) -> list[str]:
    return list(dict.fromkeys(n.strip() for n in site.all_names if n and n.strip()))


def _parent(site: Site, kb: KnowledgeBase, points: dict) -> tuple[Parent | None, Site | None]:
    """The nearest ancestor with a known point (and the direct parent site, placed or not)."""
    direct = kb.sites.get(site.part_of) if site.part_of else None
    for ancestor in kb.ancestors(site.id):
        if ancestor in points:
            return Parent(ancestor, kb.sites[ancestor].name, points[ancestor]), direct
    return None, direct


def _gazetteer_location(c: Candidate, query: str) -> dict:
    raw = c.extra.get("raw", {})
    ids = [f"Wikidata {raw.get('wikidata')}"] + [f"Pleiades {p}" for p in raw.get("pleiades", [])]
    note = f"{raw.get('name')}, {', '.join(ids)} ({GAZETTEER_LICENCE})"
    if c.alternatives:  # the rule is builder/data/README.md's
        note += f"; {len(c.alternatives) + 1} coordinates in the source, the most precise used"
    return {"lat": round(c.lat, 6), "lon": round(c.lon, 6), "source": "gazetteer", "provider": "wikidata-pleiades",
            "query": query, "date": GAZETTEER_DATE, "precision": c.kind, "note": note,
            "alternatives": [{"lat": round(a, 6), "lon": round(b, 6), "note": "also given by Wikidata"}
                             for a, b in c.alternatives]}


def _geocoder_location(c: Candidate, entry: CacheEntry) -> dict:
    what = f"{c.label} ({c.ident})" if c.ident else c.label
    return {"lat": round(c.lat, 6), "lon": round(c.lon, 6), "source": "geocoder", "provider": entry.provider,
            "query": entry.query, "date": entry.date, "precision": c.kind,
            "note": f"{what}; {c.licence or entry.licence}"}


def _said(reason: str) -> str:
    return "nothing found" if reason == "no match" else reason


def _fmt(lat: float, lon: float) -> str:
    return f"{lat:.6f}, {lon:.6f}"


def _site_context(site: Site, kb: KnowledgeBase) -> frozenset:
    """Keys of the places a site's own words name: its names, its parents', its description and the
    quotes of its events ("the Umayyad Mosque in Aleppo")."""
    ancestors = [n for a in kb.ancestors(site.id) for n in kb.sites[a].all_names]
    quotes = [ev.quote for e in site.events for ev in e.evidence]
    return context_keys(*site.all_names, *ancestors, site.description, *quotes)


def _namesake(query: str, raw: dict, around: frozenset) -> str | None:
    """Why the gazetteer's item found by this name is a namesake elsewhere, or None: the place-name
    index, told where the site's own words put it, names another place (the Umayyad Mosque of
    Aleppo is not the one in Damascus)."""
    found = PlaceIndex.build().resolve(query, near=around)
    if not found.certain or found.place.wikidata == raw["wikidata"]:
        return None
    where = f" in {found.place.parent}" if found.place.parent else ""
    return (f"gazetteer's '{raw['name']}' ({raw['wikidata']}, {raw.get('description') or 'no description'}) is a "
            f"namesake: {query!r} here is {found.place.name}{where}")


def _implied_parent(site: Site, around: frozenset) -> tuple[Parent | None, tuple[str, ...]]:
    """For a site with no `part_of`: the city its own name puts it in ("Great Mosque of Aleppo", the
    Umayyad Mosque said of Aleppo), when the place-name index knows the site only by name (no
    gazetteer item of its own) and the gazetteer places that city. Answers must then lie near it."""
    index = PlaceIndex.build()
    for name in _names(site):
        found = index.resolve(name, near=around)
        if not found.certain or found.place.wikidata or not found.place.within:
            continue
        for qualifier in sorted(found.place.within[0]):
            holder = index.resolve(qualifier)
            if holder.certain and holder.place.point:
                return Parent(holder.place.ref, holder.place.name, holder.place.point), holder.place.names
    return None, ()


class Chain:
    def __init__(self, gazetteer: EmbeddedGazetteer, cache: GeocodeCache, settings: GeocoderSettings,
                 online: Online | None = None, today: str = ""):
        self.gazetteer, self.cache, self.settings, self.online, self.today = gazetteer, cache, settings, online, today
        self.rules = rules_from(settings)

    def run(self, kb: KnowledgeBase, targets: Iterable[str]) -> Iterator[Outcome]:
        """One Outcome per target id, parents first; the whole KB gives the parents."""
        points = {s.id: (s.location.lat, s.location.lon) for s in kb.sites.values() if s.location}
        order = {sid: i for i, sid in enumerate(targets)}
        self._place_ancestors(kb, order, points)
        for sid in sorted(order, key=lambda s: (len(kb.ancestors(s)), order[s])):
            outcome = self.resolve(kb.sites[sid], kb, points)
            if outcome.location:
                points[sid] = (outcome.location["lat"], outcome.location["lon"])
            yield outcome

    def _place_ancestors(self, kb: KnowledgeBase, targets, points: dict) -> None:
        """A parent that is not being geocoded in this run still gives its parts a place to be
        near: placed from the offline links for context only (nothing is written for it)."""
        online, self.online = self.online, None
        try:
            wanted = {a for sid in targets for a in kb.ancestors(sid)} - set(targets) - set(points)
            for sid in sorted(wanted, key=lambda s: (len(kb.ancestors(s)), s)):
                outcome = self.resolve(kb.sites[sid], kb, points)
                if outcome.location:
                    points[sid] = (outcome.location["lat"], outcome.location["lon"])
        finally:
            self.online = online

    def resolve(self, site: Site, kb: KnowledgeBase, points: dict) -> Outcome:
        if site.location:
            return Outcome(site.id, "located", f"{site.id}: has a location ({site.location.source}); kept")
        if site.candidates and not site.identifiers:  # ingest could not choose: a name search must not either
            names = ", ".join(f"{c.name} ({c.wikidata or c.site or c.pleiades})" for c in site.candidates)
            return Outcome(site.id, "unresolved", f"{site.id}: unresolved: namesakes to choose from: {names}",
                           hint=f"in {site.path}, write the right one's `identifiers:` (or a `location:`) and delete `candidates:`")
        parent, direct = _parent(site, kb, points)
        reasons: list[str] = []
        around = _site_context(site, kb)
        context = tuple(_names(kb.sites[parent.id])) if parent else ()
        if parent is None and direct is None:
            parent, context = _implied_parent(site, around)
        found = self._gazetteer(site, parent, context, reasons, around)
        if found is CONTRADICTED:
            return Outcome(site.id, "unresolved", f"{site.id}: unresolved: {'; '.join(reasons)}", reasons=tuple(reasons),
                           hint=f"check `identifiers:` and `part_of:` in {site.path}, or write `location:` by hand")
        if found:
            c, query = found
            where = f" near {parent.name}" if parent else ""
            return Outcome(site.id, "gazetteer", f"{site.id}: gazetteer: {c.label} ({c.ident}) at {_fmt(c.lat, c.lon)}"
                           f"{where}, matched by {query!r}", _gazetteer_location(c, query))
        if not reasons:
            reasons.append("not in the gazetteer")
        return self._geocoder(site, parent, direct, reasons)

    # --- link 2: the embedded gazetteer ---------------------------------------------------------
    def _gazetteer(self, site: Site, parent: Parent | None, context: tuple[str, ...], reasons: list[str],
                   around: frozenset = frozenset()):
        near = parent.point if parent else None
        queries = [f"{s}:{site.identifiers[s]}" for s in ID_SCHEMES if site.identifiers.get(s)]
        known_by_id = False
        for q in queries:
            scheme, value = q.split(":", 1)
            known = self.gazetteer.known(scheme, value)
            known_by_id |= bool(known)
            if known and not any(e.point for e in known):
                reasons.append(f"the gazetteer knows {q} ({known[0].name}) but has no coordinate for it")
        if not known_by_id:  # an id the gazetteer knows decides; a name must not overrule it
            queries += _names(site)
        wikidata = site.identifiers.get("wikidata")
        for q in queries:
            locations = self.gazetteer.geocode(q, exactly_one=False, near=near, within_km=self.rules.max_km,
                                               context=context) or []
            candidates = []
            for loc in locations:
                if wikidata and ":" not in q and loc.raw["wikidata"] != wikidata:
                    reasons.append(f"gazetteer's '{loc.raw['name']}' is {loc.raw['wikidata']}, the site says {wikidata}")
                    continue
                other = _namesake(q, loc.raw, around) if ":" not in q and not wikidata else None
                if other:
                    reasons.append(other)
                    continue
                candidates.append(to_candidate(loc))
            if not candidates:
                continue
            verdict = choose(candidates, parent, self.rules)
            if verdict.chosen:
                return verdict.chosen, q
            reasons.extend(f"gazetteer, {q!r}: {r}" for r in verdict.reasons)
            if ":" in q:  # the site's own id points elsewhere: no name search may paper over that
                return CONTRADICTED
        return None

    # --- links 3 and 4: the cache, then the online geocoder ----------------------------------------
    def _geocoder(self, site: Site, parent: Parent | None, direct: Site | None, reasons: list[str]) -> Outcome:
        narrowing = Narrowing.around(parent.point if parent else None, self.rules.max_km, self.settings.countries)
        params = narrowing.params()
        names = _names(site)[:MAX_QUERIES]
        if direct is not None and parent is None:  # no box to search in: the parent's name narrows instead
            names = [f"{n}, {direct.name}" for n in names]
        provider = self.settings.provider
        unasked = []
        for q in names:
            entry = self.cache.lookup(provider, q, params)
            if entry is None:
                unasked.append(q)
                continue
            verdict = choose(entry.candidates, parent, self.rules)
            if verdict.chosen:
                c = verdict.chosen
                return Outcome(site.id, "cache", f"{site.id}: cache: {entry.provider} answer of {entry.date} to {q!r}: "
                               f"{c.label} at {_fmt(c.lat, c.lon)}", _geocoder_location(c, entry))
            reasons.extend(f"cached {entry.provider} answer to {q!r} ({entry.date}): {_said(r)}" for r in verdict.reasons)
        if self.online is not None:
            for q in unasked:
                try:
                    candidates = self.online.search(q, narrowing)
                except OnlineFailure as failure:
                    return Outcome(site.id, "failed", f"{site.id}: {failure}; nothing written; run again later",
                                   reasons=tuple(reasons), hint="run again later: answers already cached are not asked again")
                entry = CacheEntry(provider, q, params, self.today, LICENCES[provider], tuple(candidates))
                self.cache.add(entry)
                verdict = choose(entry.candidates, parent, self.rules)
                if verdict.chosen:
                    c = verdict.chosen
                    return Outcome(site.id, "geocoder", f"{site.id}: {self.settings.label}: {c.label} at "
                                   f"{_fmt(c.lat, c.lon)} for {q!r}", _geocoder_location(c, entry))
                reasons.extend(f"{self.settings.label}, {q!r}: {_said(r)}" for r in verdict.reasons)
        if self.online is None and unasked:
            hint = f"write `location:` by hand in {site.path}, or run `heritage geocode {site.id} --online`"
        else:
            hint = f"write `location:` by hand in {site.path}"
        if self.online is None and unasked:
            reasons.append("no cached answer")
        why = "; ".join(dict.fromkeys(reasons))
        return Outcome(site.id, "unresolved", f"{site.id}: unresolved: {why}", reasons=tuple(reasons), hint=hint)
