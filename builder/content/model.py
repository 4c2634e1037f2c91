"""The knowledge base as frozen dataclasses: what content/ says, nothing derived but links."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from ..dates import EdtfDate

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Name:
    name: str
    lang: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Location:
    lat: float
    lon: float
    source: str = "manual"  # manual | gazetteer | geocoder
    provider: str | None = None
    query: str | None = None
    date: str | None = None
    precision: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Evidence:
    source: str
    quote: str
    line: int = 0
    # A source may disagree with the event's accepted values: its own reading is kept here.
    date: EdtfDate | None = None
    actor: str | None = None
    certainty: str | None = None
    offset: int | None = None
    quote_line: int = 0
    # False for a quote a command added to an event a person had already reviewed: it is shown on
    # the site page as proposed and publishes nothing (no disagreement, no export) until accepted.
    reviewed: bool = True


@dataclass(frozen=True)
class Event:
    type: str
    date: EdtfDate | None
    actor: str | None
    certainty: str
    summary: str
    evidence: tuple[Evidence, ...] = ()
    reviewed: bool = True
    note: str | None = None
    line: int = 0
    index: int = 0  # position in the file, a stable tie-breaker and anchor
    added: str | None = None  # ISO day the event entered the knowledge base (ingest writes it)

    @property
    def anchor(self) -> str:
        return f"event-{self.index + 1}"

    def proposed_quote(self, ev: Evidence) -> bool:
        """A quote a command added after a person reviewed this event: shown as proposed, published
        as nothing until accepted (builder/published.py)."""
        return self.reviewed and not ev.reviewed


@dataclass(frozen=True)
class PlaceCandidate:
    """A place a site may be, written by `heritage ingest` when names and context could not tell
    namesakes apart; a person keeps one (its `identifiers`, `part_of`) and deletes `candidates`."""
    name: str
    site: str | None = None
    wikidata: str | None = None
    pleiades: str | None = None
    note: str | None = None

    @property
    def ref(self) -> str:
        if self.site:
            return f"site:{self.site}"
        return f"wikidata:{self.wikidata}" if self.wikidata else f"builtin:{self.name}"


@dataclass(frozen=True)
class Site:
    id: str
    path: str
    name: str
    names: tuple[Name, ...] = ()
    kind: str = "other"
    part_of: str | None = None
    location: Location | None = None
    identifiers: dict = field(default_factory=dict)
    description: str = ""
    events: tuple[Event, ...] = ()
    line: int = 1
    key_lines: dict = field(default_factory=dict, compare=False)
    candidates: tuple[PlaceCandidate, ...] = ()  # unresolved namesakes, for the Review page

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)

    @property
    def candidate_refs(self) -> tuple[str, ...]:
        return tuple(c.ref for c in self.candidates)

    @property
    def all_names(self) -> list[str]:
        return [self.name, *(n.name for n in self.names)]


@dataclass(frozen=True)
class Rendition:
    file: str
    sha256: str | None = None
    note: str | None = None


@dataclass(frozen=True)
class Rejection:
    """A claim a person rejected in review, remembered on its source so ingest skips it."""
    claim: str  # review.ids.fingerprint(type, quote)
    site: str | None = None
    name: str | None = None
    type: str | None = None


@dataclass(frozen=True)
class Source:
    id: str
    path: str
    title: str
    publisher: str | None = None
    url: str | None = None
    published: EdtfDate | None = None
    renditions: tuple[Rendition, ...] = ()
    author: str | None = None
    rejected: tuple[Rejection, ...] = ()
    line: int = 1
    key_lines: dict = field(default_factory=dict, compare=False)

    def line_of(self, key: str) -> int:
        return self.key_lines.get(key, self.line)


@dataclass
class KnowledgeBase:
    sites: dict[str, Site]
    sources: dict[str, Source]
    texts: dict[str, list[str]] = field(default_factory=dict)  # source id -> texts of its renditions

    @cached_property
    def children(self) -> dict[str, list[str]]:
        """Site id -> ids of the sites that are `part_of` it, computed once (not per page)."""
        out: dict[str, list[str]] = {}
        for site in self.sites.values():
            if site.part_of in self.sites:
                out.setdefault(site.part_of, []).append(site.id)
        for ids in out.values():
            ids.sort(key=lambda i: self.sites[i].name.lower())
        return out

    def ancestors(self, site_id: str) -> list[str]:
        """Parents up the `part_of` chain, nearest first; stops at a cycle."""
        seen, out = {site_id}, []
        current = self.sites[site_id].part_of
        while current in self.sites and current not in seen:
            out.append(current)
            seen.add(current)
            current = self.sites[current].part_of
        return out
