"""Every event of a knowledge base in date order, held between `mkdocs serve` rebuilds.

The global timeline sorts all events (50,000 at 10,000 sites) on every build. Held here, the
order survives an edit: the events of a site whose inputs changed are taken out and put back by
bisection, the others stay where they are. The result is what a stable sort of the same
(event, site) pairs gives, because ties are broken as that sort breaks them: by the site's rank
in the knowledge base, then the event's index in its file. When sites come or go (ranks move),
it sorts again from scratch.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from typing import Callable


class EventOrder:
    def __init__(self) -> None:
        self._ids: tuple | None = None  # the site ids in order, as last seen
        self._held: dict[str, tuple[tuple, list]] = {}  # site id -> (the inputs its entries were made from, its entries)
        self._entries: list[tuple] = []  # (date key, site rank, event index, payload, (event, site)), sorted
        # the entries' pairs and payloads, kept in step: handed out as copies made at C speed
        self._pairs: list = []
        self._payloads: list = []

    def update(self, sites: dict, token: Callable[[str], tuple], key: Callable) -> tuple[list[tuple], list]:
        """(event, site) pairs of `sites` (id -> Site, in the knowledge base's order) in date order,
        and the payload of each. `token(site id)`: everything the site's keys are made from
        (memo.SiteInputs); `key(event, site)`: (the event's date-order key (status.order_key),
        a payload carried along, such as its year). A pair is the object of the last update while
        its site's token holds, and a new object once it changed: a caller may tell by identity
        which events' inputs changed."""
        ids = tuple(sites)
        if ids != self._ids:  # ranks moved: sort again, keeping the pairs of unchanged sites
            held = {}
            for rank, sid in enumerate(ids):
                now, (then, old) = token(sid), self._held.get(sid, ((), None))
                held[sid] = (now, _entries(sites[sid], rank, key, [entry[4] for entry in old] if then == now else None))
            self._ids, self._held = ids, held
            self._entries = sorted(entry for _, entries in held.values() for entry in entries)
            self._pairs = [entry[4] for entry in self._entries]
            self._payloads = [entry[3] for entry in self._entries]
        else:
            entries, pairs, payloads = self._entries, self._pairs, self._payloads
            for rank, sid in enumerate(ids):
                now = token(sid)
                if now != self._held[sid][0]:
                    for entry in self._held[sid][1]:
                        at = bisect_left(entries, entry)  # (key, rank, index) is unique
                        del entries[at], pairs[at], payloads[at]
                    self._held[sid] = (now, new := _entries(sites[sid], rank, key))
                    for entry in new:
                        at = bisect_right(entries, entry)  # where insort puts it
                        entries.insert(at, entry)
                        pairs.insert(at, entry[4])
                        payloads.insert(at, entry[3])
        return list(self._pairs), list(self._payloads)


def _entries(site, rank: int, key: Callable, pairs: list | None = None) -> list[tuple]:
    pairs = pairs or [(event, site) for event in site.events]
    return [(order, rank, event.index, payload, pair)
            for event, pair in zip(site.events, pairs) for order, payload in (key(event, site),)]
