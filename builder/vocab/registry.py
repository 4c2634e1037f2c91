"""The typed registry over vocab.yml: code asks it questions (`strength`, `is_harm`, `family`,
`scored`) instead of comparing event names in literals. A new event type is one entry in vocab.yml."""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

from . import vocab


@dataclass(frozen=True)
class EventType:
    name: str
    label: str
    family: str
    condition: str | None = None  # what it does to the fabric (status.py)
    control: str | None = None  # what it does to who holds the site
    strength: int = 0  # rank inside its family: the strongest telling of one event wins
    harm: bool = False
    scored: bool = False
    note: str = ""
    partial: str | None = None  # the type told of the whole site when only a part of it suffered this
    written: bool = True  # False for the extractor's own pseudo-events (never in content/)
    from_age: bool = False  # what an age phrase tells ('the 1,800-year-old arch')
    absorbs: str | None = None  # a telling of that type at the same site and day is this event


@lru_cache(maxsize=1)
def event_types() -> dict[str, EventType]:
    data = vocab()
    out = {}
    for section, written in (("events", True), ("extractor_events", False)):
        for name, spec in (data.get(section) or {}).items():
            out[name] = EventType(name=name, written=written, **spec)
    return out


def event_type(name: str) -> EventType | None:
    return event_types().get(name)


def family(name: str) -> str:
    t = event_type(name)
    return t.family if t else name


def strength(name: str) -> int:
    t = event_type(name)
    return t.strength if t else 0


def is_harm(name: str) -> bool:
    t = event_type(name)
    return bool(t and t.harm)


def scored() -> frozenset[str]:
    return frozenset(n for n, t in event_types().items() if t.scored)


def partial(name: str) -> str:
    """The type told of the whole site when only a part of it (or of its contents) suffered `name`."""
    t = event_type(name)
    return t.partial if t and t.partial else name


def from_age() -> str:
    """The event type an age phrase tells."""
    return next(n for n, t in event_types().items() if t.from_age)


def ranked(name: str) -> bool:
    """Has a strength: one of a family's graded tellings (attacked < damaged < destroyed)."""
    return strength(name) > 0
