"""Checks on a geocoder's answer before anything is written: pure functions returning reasons.

A candidate that fails any check is never written; the reasons are what a person reads
("Palmyra, New York is 9,210 km from the parent site Palmyra (limit 5 km)"). All points are
(lat, lon), as geopy and `geodesic` take them.
"""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from geopy.distance import geodesic

Point = tuple[float, float]  # (lat, lon)


@dataclass(frozen=True)
class Candidate:
    """One answer of any geocoder (the gazetteer included), reduced to what the checks need."""

    lat: float
    lon: float
    label: str
    score: float | None = None  # the provider's rank (Nominatim `importance`); None: only the order ranks
    country: str | None = None  # ISO 3166-1 alpha-2, lower case, when the provider says
    kind: str | None = None  # what the provider matched (an OSM tag, "10 m" for the gazetteer)
    ident: str | None = None  # "wikidata:Q5747", "osm:way/123", "geonames:163808"
    licence: str | None = None
    alternatives: tuple[Point, ...] = ()  # further coordinates the source gives for the same place
    extra: dict = field(default_factory=dict, compare=False)

    @property
    def point(self) -> Point:
        return (self.lat, self.lon)


@dataclass(frozen=True)
class Parent:
    """The site a candidate must lie near: the one it is `part_of`, with a known location."""

    id: str
    name: str
    point: Point


@dataclass(frozen=True)
class Rules:
    max_km: float = 5.0  # a monument lies within this of its parent (a city, an archaeological site)
    countries: tuple[str, ...] = ()  # accepted ISO codes, lower case; empty: any
    ambiguity_km: float = 1.0  # two likely answers further apart than this are two places, not one
    rank_ratio: float = 0.9  # scores within this ratio of the best count as "close in rank"


@dataclass(frozen=True)
class Verdict:
    chosen: Candidate | None
    reasons: tuple[str, ...] = ()


def km_text(km: float) -> str:
    return f"{km:,.0f} km" if km >= 10 else f"{km:.1f} km"


def _usable(lat, lon) -> bool:
    return all(isinstance(v, (int, float)) and math.isfinite(v) for v in (lat, lon)) and abs(lat) <= 90 and abs(lon) <= 180


def problems(c: Candidate, parent: Parent | None, rules: Rules) -> list[str]:
    """Why `c` cannot be this site's location (empty: it can)."""
    if not _usable(c.lat, c.lon):
        if _usable(c.lon, c.lat):
            return [f"{c.label}: lat/lon look swapped (latitude {c.lat} is out of range)"]
        return [f"{c.label}: no usable coordinates (lat {c.lat}, lon {c.lon})"]
    if abs(c.lat) < 1e-3 and abs(c.lon) < 1e-3:
        return [f"{c.label}: (0, 0) is a placeholder, not a place"]
    out = []
    if parent is not None:
        km = geodesic(c.point, parent.point).km
        if km > rules.max_km:
            swapped = geodesic((c.lon, c.lat), parent.point).km if _usable(c.lon, c.lat) else math.inf
            if swapped <= rules.max_km:
                out.append(f"{c.label}: lat/lon look swapped ({c.lat}, {c.lon}) is {km_text(km)} from the parent "
                           f"site {parent.name}, ({c.lon}, {c.lat}) would be {km_text(swapped)}")
            else:
                out.append(f"{c.label} is {km_text(km)} from the parent site {parent.name} (limit {rules.max_km:g} km)")
    if rules.countries and c.country and c.country.lower() not in rules.countries:
        out.append(f"{c.label} is in {c.country.upper()}, not in {', '.join(x.upper() for x in rules.countries)}")
    return out


def _close_in_rank(c: Candidate, top: Candidate, position: int, rules: Rules) -> bool:
    if c.score is not None and top.score is not None:
        return c.score >= top.score * rules.rank_ratio
    return position <= 2  # no scores: the next two in the provider's order are close enough to doubt


def choose(candidates, parent: Parent | None, rules: Rules) -> Verdict:
    """The one candidate to write, or None with the reasons; candidates come in the provider's order."""
    if not candidates:
        return Verdict(None, ("no match",))
    passing, reasons = [], []
    for c in candidates:
        found = problems(c, parent, rules)
        (reasons.extend(found) if found else passing.append(c))
    if not passing:
        return Verdict(None, tuple(dict.fromkeys(reasons)))
    if all(c.score is not None for c in passing):
        passing.sort(key=lambda c: -c.score)  # stable: equal scores keep the provider's order
    top = passing[0]
    for position, c in enumerate(passing[1:], start=1):
        if _close_in_rank(c, top, position, rules):
            km = geodesic(c.point, top.point).km
            if km > rules.ambiguity_km:
                return Verdict(None, (f"ambiguous: '{top.label}' and '{c.label}' are both likely and "
                                      f"{km_text(km)} apart",))
    return Verdict(top)
