"""Every event of a knowledge base in date order, held between `mkdocs serve` rebuilds.

The global timeline sorts all events (50,000 at 10,000 sites) on every build. Held here, the
order survives an edit: the events of a site whose inputs changed are taken out and put back by
bisection, the others stay where they are. The result is what a stable sort of the same
(event, site) pairs gives, because ties are broken as that sort breaks them: by the site's rank
in the knowledge base, then the event's index in its file. When sites come or go (ranks move),
it sorts again from scratch.
"""
from __future__ import annotations

from bisect import bisect_left, insort
from typing import Callable


class EventOrder:
    def __init__(self) -> None:
        self._ids: tuple | None = None  # the site ids in order, as last seen
        self._tokens: dict[str, tuple] = {}  # site id -> the inputs its entries were made from
        self._by_site: dict[str, list[tuple]] = {}  # site id -> its entries
        self._entries: list[tuple] = []  # (date key, site rank, event index, payload, event, site), sorted

    def update(self, sites: dict, token: Callable[[str], tuple], key: Callable) -> tuple[list[tuple], list]:
        """(event, site) pairs of `sites` (id -> Site, in the knowledge base's order) in date order,
        and the payload of each. `token(site id)`: everything the site's keys are made from
        (memo.site_inputs); `key(event, site)`: (the event's date-order key (status.order_key),
        a payload carried along, such as its year)."""
        ids = tuple(sites)
        if ids != self._ids:
            self._ids = ids
            self._tokens = {sid: token(sid) for sid in ids}
            self._by_site = {sid: _entries(sites[sid], rank, key) for rank, sid in enumerate(ids)}
            self._entries = sorted(entry for entries in self._by_site.values() for entry in entries)
        else:
            entries = self._entries
            for rank, sid in enumerate(ids):
                now = token(sid)
                if now != self._tokens[sid]:
                    for entry in self._by_site[sid]:
                        del entries[bisect_left(entries, entry)]  # (key, rank, index) is unique
                    self._by_site[sid] = new = _entries(sites[sid], rank, key)
                    for entry in new:
                        insort(entries, entry)
                    self._tokens[sid] = now
        return [entry[4:] for entry in self._entries], [entry[3] for entry in self._entries]


def _entries(site, rank: int, key: Callable) -> list[tuple]:
    return [(order, rank, event.index, payload, event, site)
            for event in site.events for order, payload in (key(event, site),)]
