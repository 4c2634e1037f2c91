"""Fragments of pages remembered between `mkdocs serve` rebuilds, keyed by what they were made from.

Unchanged files load as the very same Site and Source objects (content/load.py caches them), so
a fragment's inputs, gathered in a `token` tuple, compare in a few identity checks. A fragment
whose token is unchanged is reused; one whose inputs changed is made again. Correct by
construction as long as the token holds every input of the fragment: each caller lists them.
Entries not asked for during a build are dropped by `sweep()`, so deleted sites free their memory.
"""
from __future__ import annotations

from typing import Callable, Hashable, TypeVar

T = TypeVar("T")
MISSING = object()  # what `peek` returns for a fragment not remembered with that token


class Memo:
    def __init__(self) -> None:
        self._entries: dict[Hashable, tuple[tuple, object]] = {}
        self._used: set[Hashable] = set()
        self.hits = self.misses = 0

    def get(self, key: Hashable, token: tuple, make: Callable[[], T]) -> T:
        self._used.add(key)
        hit = self._entries.get(key)
        if hit is not None and hit[0] == token:
            self.hits += 1
            return hit[1]  # type: ignore[return-value]
        self.misses += 1
        value = make()
        self._entries[key] = (token, value)
        return value

    def peek(self, key: Hashable, token: tuple):
        """The fragment remembered under `key` with this token, else MISSING (then make it with `get`):
        for callers that make their misses together (one git call for every file it does not know)."""
        hit = self._entries.get(key)
        if hit is not None and hit[0] == token:
            self._used.add(key)
            self.hits += 1
            return hit[1]
        return MISSING

    def keep(self, keys) -> None:
        """Keep these entries through the next sweep though not asked for: the parts of a
        fragment that was reused whole, ready for when it is made again."""
        self._used.update(keys)

    def sweep(self) -> None:
        """Forget what the last build did not ask for; start counting the next build."""
        if len(self._entries) > len(self._used):  # the keys used are entries: equal sizes, nothing to drop
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        self._used = set()
        self.hits = self.misses = 0


class NoMemo(Memo):
    """A one-off build: make everything, remember nothing."""

    def get(self, key: Hashable, token: tuple, make: Callable[[], T]) -> T:
        return make()

    def peek(self, key: Hashable, token: tuple):
        return MISSING


_CITED: dict[int, tuple] = {}  # id(site) -> (site, the source ids its evidence cites, in order)


def cited(site) -> tuple[str, ...]:
    """The ids of the sources a Site's evidence cites, once per Site object: a rebuild asks for
    every site's inputs several times (pages, checks, downloads, feed) and most sites are the
    objects of the last build."""
    hit = _CITED.get(id(site))
    if hit is None or hit[0] is not site:
        if len(_CITED) > 200_000:  # objects of many builds ago: start again
            _CITED.clear()
        hit = _CITED[id(site)] = (site, tuple(dict.fromkeys(e.source for event in site.events for e in event.evidence)))
    return hit[1]


def site_inputs(kb, site_id: str | None) -> tuple:
    """What a site's own fragments (its page's parts, its rows in the downloads) are made from:
    the site and the sources it cites (their titles and dates show in its evidence and order its
    events, hence its status). Objects, compared by identity first."""
    site = kb.sites.get(site_id)
    if site is None:
        return (None,)
    return (site, *map(kb.sources.get, cited(site)))
