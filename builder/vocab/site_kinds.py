"""The typed registry over site_kinds.yml: site head nouns, their kinds, the groups of kinds rules
name, and what a definite description points back to. Code asks (`kind_of`, `in_group`, `anaphor`)
instead of holding tables of nouns or comparing kind names."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

PATH = Path(__file__).parent / "site_kinds.yml"


@dataclass(frozen=True)
class SiteKinds:
    heads: dict[str, str]  # head noun → kind
    after_name: tuple[str, ...]  # heads read in lower case after a proper name
    placed_heads: tuple[str, ...]  # heads a place's name stands before or after ('a museum in Mosul')
    plurals: dict[str, str]  # plural head shared by a coordination → kind
    descriptions: dict[str, str]  # head of a lead description named later → kind
    homes: frozenset[str]
    home_names: frozenset[str]  # last words of a home's own name ('Ashcombe House')
    heritage_words: frozenset[str]  # words of a gazetteer description saying a place is a site
    regions: frozenset[str]  # last words of a region's name ('Gaza Strip', 'Indus Valley')
    countries: frozenset[str]  # countries and large regions: no town ('In Syria, the museum ...')
    parts: frozenset[str]  # nouns naming a part or a share of a site ('the roof of X')
    shares: frozenset[str]  # the parts that only say how much ('most of X'), not which part of a building
    not_inside: frozenset[str]  # prepositions placing a thing beside a site ('a box near the palace')
    name_suffixes: dict[str, str]  # endings of a one-word name ('Rijksmuseum') → kind
    compound_heads: dict[str, str]  # two-word heads ('opera house') → kind
    styles: frozenset[str]  # style and order adjectives ('Gothic', 'Franciscan'): descriptions, not names
    periods: frozenset[str]  # last words of a period's name ('Iron Age', 'Ming dynasty')
    rooms: frozenset[str]  # rooms of a building ('the Hall of Mirrors at X' is X)
    comparisons: frozenset[str]  # prepositions comparing with a site ('like X')
    comparison_clauses: frozenset[str]  # marks of a comparison clause ('as if')
    holds: frozenset[str]  # verbs of keeping a thing at a place ('displayed at X')
    positions: frozenset[str]  # where in a building ('the Upper Church' of a basilica named before: that basilica)
    saint_places: frozenset[str]  # words after 'St.' naming a place, not a saint ('St. Petersburg')
    actor_names: frozenset[str]  # first words of names that act on sites, never sites ('Typhoon', 'UNESCO')
    person_titles: frozenset[str]  # first words of a person's name ('Major', 'Pope')
    person_roles: frozenset[str]  # lower-case nouns naming what a person is ('the architect Sinan')
    name_particles: frozenset[str]  # lower-case words inside a name ('della', 'ibn')
    body_words: frozenset[str]  # words of a body's name ('Army', 'Union'), never a site's
    groups: dict[str, frozenset[str]]
    kin: dict[str, frozenset[str]]
    anaphors: dict[str, frozenset[str] | None]  # None: any heritage site

    def kind_of(self, noun: str, default: str | None = None) -> str | None:
        return self.heads.get(noun.lower(), default)

    def in_group(self, kind: str, group: str) -> bool:
        return kind in self.groups[group]

    def akin(self, described: str, kind: str) -> bool:
        """May a site of `kind` be what a description of kind `described` names?"""
        return kind in self.kin.get(described, frozenset({described}))


@lru_cache(maxsize=1)
def site_kinds(path: Path = PATH) -> SiteKinds:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    groups = {k: frozenset(v) for k, v in data["groups"].items()}

    def kinds(value):
        if value == "any":
            return None
        return groups[value] if isinstance(value, str) else frozenset(value)

    return SiteKinds(heads=dict(data["heads"]), after_name=tuple(data["after_name"]),
                     placed_heads=tuple(data["placed_heads"]), plurals=dict(data["plurals"]),
                     descriptions=dict(data["descriptions"]), homes=frozenset(data["homes"]), home_names=frozenset(data["home_names"]), regions=frozenset(data["regions"]),
                     countries=frozenset(data["countries"]),
                     heritage_words=frozenset(data["heritage_words"]),
                     parts=frozenset(data["parts"]) | frozenset(data["shares"]), shares=frozenset(data["shares"]),
                     not_inside=frozenset(data["not_inside"]), name_suffixes=dict(data["name_suffixes"]),
                     compound_heads=dict(data["compound_heads"]), styles=frozenset(data["styles"]),
                     periods=frozenset(data["periods"]), comparisons=frozenset(data["comparisons"]),
                     comparison_clauses=frozenset(data["comparison_clauses"]), rooms=frozenset(data["rooms"]),
                     holds=frozenset(data["holds"]), positions=frozenset(data["positions"]),
                     saint_places=frozenset(data["saint_places"]), actor_names=frozenset(data["actor_names"]),
                     person_titles=frozenset(data["person_titles"]), person_roles=frozenset(data["person_roles"]),
                     name_particles=frozenset(data["name_particles"]), body_words=frozenset(data["body_words"]),
                     groups=groups,
                     kin={k: frozenset(v) for k, v in data["kin"].items()},
                     anaphors={k: kinds(v) for k, v in data["anaphors"].items()})
