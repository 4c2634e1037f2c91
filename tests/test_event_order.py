"""builder/event_order.py: the date order held between rebuilds equals a fresh stable sort after
any sequence of site edits, additions and removals, ties included."""
from __future__ import annotations

import random
from dataclasses import dataclass

import pytest

from builder.event_order import EventOrder


@dataclass(frozen=True, eq=False)  # compared by identity, as loaded Sites are
class Event:
    index: int
    year: int


@dataclass(frozen=True, eq=False)
class Site:
    id: str
    events: tuple


def site(sid: str, rng: random.Random) -> Site:
    # few distinct years: many ties, which a stable sort keeps in site order, then file order
    return Site(sid, tuple(Event(i, rng.randrange(1990, 1996)) for i in range(rng.randrange(0, 5))))


def expected(sites: dict) -> list[tuple]:
    return sorted(((e, s) for s in sites.values() for e in s.events), key=lambda pair: pair[0].year)


def order(held: EventOrder, sites: dict) -> list[tuple]:
    pairs, years = held.update(sites, lambda sid: (sites[sid],), lambda event, s: ((event.year,), event.year))
    assert years == [e.year for e, _ in pairs]  # each payload stays with its event
    return pairs


@pytest.mark.parametrize("seed", range(5))
def test_held_order_equals_a_fresh_sort_after_random_edits(seed):
    rng = random.Random(seed)
    sites = {f"s{i:03d}": site(f"s{i:03d}", rng) for i in range(40)}
    held = EventOrder()
    assert order(held, sites) == expected(sites)
    for step in range(60):
        what = rng.random()
        if what < 0.7:  # an edit: a new Site object for one id
            sid = rng.choice(list(sites))
            sites[sid] = site(sid, rng)
        elif what < 0.85:
            sid = f"n{step:03d}"
            sites = dict(sorted({**sites, sid: site(sid, rng)}.items()))
        elif len(sites) > 1:
            del sites[rng.choice(list(sites))]
        got = order(held, sites)
        assert [(e.index, s.id, e.year) for e, s in got] == [(e.index, s.id, e.year) for e, s in expected(sites)]
        assert all(a[0] is b[0] and a[1] is b[1] for a, b in zip(got, expected(sites)))


def test_an_unchanged_site_is_not_keyed_again():
    rng = random.Random(1)
    sites = {f"s{i}": site(f"s{i}", rng) for i in range(10)}
    held, asked = EventOrder(), []
    key = lambda event, s: asked.append(s.id) or ((event.year,), None)  # noqa: E731
    held.update(sites, lambda sid: (sites[sid],), key)
    asked.clear()
    sites["s3"] = Site("s3", (Event(0, 1993), Event(1, 1991)))
    held.update(sites, lambda sid: (sites[sid],), key)
    assert asked == ["s3", "s3"]


def test_a_pair_is_new_exactly_when_its_site_changed():
    """Callers tell by identity which events' inputs changed (the timeline's period pages): an
    unchanged site keeps its pair objects through an edit elsewhere and through a new site."""
    rng = random.Random(2)
    sites = {f"s{i}": site(f"s{i}", rng) for i in range(10)}
    sites["s3"] = Site("s3", (Event(0, 1993), Event(1, 1991)))
    held = EventOrder()
    before = {id(pair): pair for pair in order(held, sites)}
    sites["s3"] = Site("s3", (Event(0, 1993), Event(1, 1991)))  # same events, a new Site: its inputs changed
    sites = dict(sorted({**sites, "s05": site("s05", rng)}.items()))
    after = order(held, sites)
    kept = [pair for pair in after if before.get(id(pair)) is pair]
    assert {s.id for _, s in kept} == {s.id for s in sites.values() if s.events} - {"s3", "s05"}
    assert len(kept) == sum(len(s.events) for sid, s in sites.items() if sid not in ("s3", "s05"))
