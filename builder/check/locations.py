"""Every written location is a plausible place: not (0, 0), not swapped, near the site it is part of.

The rules are the geocoder's own (builder/geocode/sanity.py), so a hand-written location is held
to what a machine-found one must pass before it is written. Coordinates that are not finite
numbers in range never reach the model: the schema reports those.
"""
from __future__ import annotations

from geopy.distance import great_circle

from ..content.model import KnowledgeBase, Site
from ..errors import Problem
from ..geocode.sanity import Candidate, Parent, Rules, problems as sanity_problems

HINT = "correct lat and lon (decimal degrees, lat first), or remove location: and run `heritage geocode`"


def _candidate(site: Site) -> Candidate:
    return Candidate(site.location.lat, site.location.lon, "location")


def _parent(site: Site, kb: KnowledgeBase, rules: Rules) -> Parent | None:
    """The parent to measure against, when it has a location that is itself plausible and the site
    may be too far from it: a great circle (20x faster than the rule's geodesic, within 0.5% of it)
    clears nearly every site without the exact measure."""
    parent = kb.sites.get(site.part_of) if site.part_of else None
    if parent is None or parent.location is None or sanity_problems(_candidate(parent), None, rules):
        return None
    here, there = (site.location.lat, site.location.lon), (parent.location.lat, parent.location.lon)
    if great_circle(here, there).km < rules.max_km * 0.99:
        return None
    return Parent(parent.id, parent.name, there)


def check(kb: KnowledgeBase, rules: Rules = Rules()) -> list[Problem]:
    problems = []
    for site in kb.sites.values():
        if site.location is None:
            continue
        for reason in sanity_problems(_candidate(site), _parent(site, kb, rules), rules):
            problems.append(Problem(site.path, site.line_of("location"), reason, HINT, code="location"))
    return problems
