"""Fragments of pages remembered between `mkdocs serve` rebuilds, keyed by what they were made from.

Unchanged files load as the very same Site and Source objects (content/load.py caches them), so
a fragment's inputs, gathered in a `token` tuple, compare in a few identity checks. A fragment
whose token is unchanged is reused; one whose inputs changed is made again. Correct by
construction as long as the token holds every input of the fragment: each caller lists them.
Entries not asked for are dropped by `sweep()` once they add up, so deleted sites free their memory.
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
        """Forget what the last build did not ask for, once that is more than a twentieth of the
        entries (deleted sites' fragments, pages made anew under other keys); start counting the
        next build. Finding them means visiting all 140,000 entries (10,000 sites), 0.1 s: not
        worth it on every rebuild for a few, which are harmless while kept."""
        if len(self._entries) - len(self._used) > len(self._entries) // 20:  # the keys used are entries
            self._entries = {k: v for k, v in self._entries.items() if k in self._used}
        self._used = set()
        self.hits = self.misses = 0


class NoMemo(Memo):
    """A one-off build: make everything, remember nothing."""

    def get(self, key: Hashable, token: tuple, make: Callable[[], T]) -> T:
        return make()

    def peek(self, key: Hashable, token: tuple):
        return MISSING


def per_object(derive: Callable[[object], T] | None = None, *, keep: int = 200_000):
    """`derive(obj)`, made once per object (frozen content objects: a Site, a KnowledgeBase) and
    held while that very object lives on: a rebuild asks for every site's derived values in several
    passes (pages, checks, downloads, feed), and most sites are the objects of the last build.
    `keep`: how many objects to hold before starting again."""
    if derive is None:
        return lambda derive: per_object(derive, keep=keep)
    made: dict[int, tuple] = {}  # id(obj) -> (obj, derive(obj)); holding obj keeps its id from reuse

    def cached(obj) -> T:
        hit = made.get(id(obj))
        if hit is None or hit[0] is not obj:
            if len(made) >= keep:  # objects of builds ago: start again
                made.clear()
            hit = made[id(obj)] = (obj, derive(obj))
        return hit[1]
    cached.__doc__ = derive.__doc__
    return cached


@per_object
def cited(site) -> tuple[str, ...]:
    """The ids of the sources a Site's evidence cites, in order."""
    return tuple(dict.fromkeys(e.source for event in site.events for e in event.evidence))


class SiteInputs(dict):
    """Site id -> what a site's own fragments (its page's parts, its rows in the downloads) are
    made from: the site and the sources it cites (their titles and dates show in its evidence and
    order its events, hence its status); (None,) for no site. Objects, compared by identity first.
    Each made when first asked for, once per knowledge base object (`inputs_of`), so that every
    pass of a build looks up the same tuples at dict speed."""

    def __init__(self, kb) -> None:
        super().__init__()
        self.kb = kb

    def __missing__(self, site_id: str | None) -> tuple:
        site = self.kb.sites.get(site_id)
        made = self[site_id] = (None,) if site is None else (site, *map(self.kb.sources.get, cited(site)))
        return made


@per_object(keep=8)  # a build's knowledge base and its views (published.py)
def inputs_of(kb) -> SiteInputs:
    return SiteInputs(kb)
