"""The renderer's two indexes over every site, kept between `mkdocs serve` rebuilds.

`names` (surface name -> site id) feeds the linker; `claims` (source id -> the (event, site) pairs
citing it, in site order) feeds the source pages. A rebuild after an edit has one new Site object
among 10,000: instead of two passes over every site's names and events, the last build's index
is kept while the names are the same, and only the sources the changed sites cite (before or
after) have their lists made again. The result is what the full pass gives (tests/test_render.py).
"""
from __future__ import annotations

from ..memo import Memo, NoMemo, per_object


@per_object
def _names_of(site) -> tuple[str, ...]:
    return tuple(site.all_names)


@per_object
def claims_of(site) -> dict[str, list]:
    """Source id -> the site's (event, site) pairs citing it, in file order (an event once a source)."""
    out: dict[str, list] = {}
    for event in site.events:
        for sid in dict.fromkeys(e.source for e in event.evidence):
            out.setdefault(sid, []).append((event, site))
    return out


def _all_names(ids: list[str], each: tuple) -> dict[str, str]:
    names: dict[str, str] = {}
    for site_id, site_names in zip(ids, each):
        for name in site_names:
            names.setdefault(name, site_id)
    return names


def names(kb, memo: Memo) -> dict[str, str]:
    """Surface name -> the id of the first site (by id) with that name; the same dict object as
    the last build's while no site's names changed (the linker is kept by its identity)."""
    ids = sorted(kb.sites)
    each = tuple(_names_of(kb.sites[sid]) for sid in ids)
    return memo.get(("names",), (ids, each), lambda: _all_names(ids, each))


class Claims:
    """Source id -> (event, site) pairs, mended site by site (see the module doc)."""

    def __init__(self) -> None:
        self.ids: tuple = ()
        self.sites: tuple = ()  # the Site objects the index was made from, in order
        self.rank: dict[str, int] = {}
        self.by_source: dict[str, list] = {}
        self.citing: dict[str, tuple] = {}  # source id -> the ids of the sites citing it, in order

    def update(self, kb) -> "Claims":
        ids, sites = tuple(kb.sites), tuple(kb.sites.values())
        if ids != self.ids:  # sites came, went or moved: a full pass
            self.rank = {sid: rank for rank, sid in enumerate(ids)}
            self.by_source = {}
            for site in sites:
                for sid, pairs in claims_of(site).items():
                    self.by_source.setdefault(sid, []).extend(pairs)
            self.citing = {sid: _ids(pairs) for sid, pairs in self.by_source.items()}
        else:
            changed = [(old, new) for old, new in zip(self.sites, sites) if old is not new]
            if changed:
                self._mend(changed)
        self.ids, self.sites = ids, sites
        return self

    def _mend(self, changed: list[tuple]) -> None:
        """New dicts (the last build's stay as they were) where the sources the changed sites cite,
        before or after, list the new sites' pairs in the old ones' place."""
        gone = {old.id for old, _ in changed}
        by_source, citing = dict(self.by_source), dict(self.citing)
        for sid in {sid for pair in changed for site in pair for sid in claims_of(site)}:
            # (site rank, place in its site's list): a site's pairs stand together, in site order
            entries = [(self.rank[pair[1].id], i, pair) for i, pair in enumerate(by_source.get(sid, ()))
                       if pair[1].id not in gone]
            entries += [(self.rank[new.id], i, pair) for _, new in changed
                        for i, pair in enumerate(claims_of(new).get(sid, ()))]
            entries.sort(key=lambda entry: entry[:2])
            if entries:
                by_source[sid] = [pair for _, _, pair in entries]
                citing[sid] = _ids(by_source[sid])
            else:
                by_source.pop(sid, None)
                citing.pop(sid, None)
        self.by_source, self.citing = by_source, citing


def _ids(pairs: list) -> tuple[str, ...]:
    return tuple(dict.fromkeys(site.id for _, site in pairs))


def claims(kb, memo: Memo) -> Claims:
    """The index for `kb`: `by_source` and `citing` (not to be changed)."""
    if type(memo) is NoMemo:
        return Claims().update(kb)
    return memo.get(("claims index",), (), Claims).update(kb)
