"""The geocode cache: every online answer kept in one committed file, so no build needs the network.

content/geocode-cache.json lives beside sites/ and sources/ (a copy of content/ carries its
cache along). One entry per request asked: provider, query, the narrowing sent (countries and
the box around the parent site), the date, the provider's licence and every candidate it
returned, even the ones the checks rejected: the checks run again on each read, so changing a
rule (say max_km) needs no new request. An empty answer is kept too ("nothing found" is an
answer). Delete an entry to ask again.
"""
from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path

from ..content import files
from ..content.yamlio import atomic_write
from .errors import CacheError
from .sanity import Candidate

FILE_NAME = "geocode-cache.json"
LIMIT = 64 << 20  # about 50,000 answers; a bigger file is not a cache this tool wrote
ABOUT = ("Answers of online geocoders, kept so that builds never call the network. Written by "
         "`heritage geocode --online`; delete an entry to ask again. Each entry keeps the provider's licence.")


@dataclass(frozen=True)
class CacheEntry:
    provider: str
    query: str
    params: dict  # the narrowing sent: {"countries": [...], "box": [[s, w], [n, e]]}
    date: str
    licence: str
    candidates: tuple[Candidate, ...] = field(default=())

    @property
    def key(self) -> tuple[str, str, str]:
        return cache_key(self.provider, self.query, self.params)


def cache_key(provider: str, query: str, params: dict) -> tuple[str, str, str]:
    return (provider, " ".join(query.split()), json.dumps(params, sort_keys=True))


def _candidate_dict(c: Candidate) -> dict:
    d = {k: v for k, v in asdict(c).items() if k not in ("extra", "alternatives") and v is not None}
    if c.alternatives:
        d["alternatives"] = [list(p) for p in c.alternatives]
    return d


def _candidate(d: dict) -> Candidate:
    known = {k: d[k] for k in ("lat", "lon", "label", "score", "country", "kind", "ident", "licence") if k in d}
    return Candidate(**known, alternatives=tuple(tuple(p) for p in d.get("alternatives", ())))


class GeocodeCache:
    def __init__(self, path: Path | None, entries: dict | None = None):
        self.path = path
        self._entries: dict[tuple, CacheEntry] = entries or {}
        self.dirty = False

    @classmethod
    def load(cls, path: Path) -> "GeocodeCache":
        if not os.path.lexists(path):
            return cls(path)
        # read like every content file: not through a link out of its folder, not a pipe, not huge
        data, problems = files.read(path, path.parent, LIMIT, what="the geocode cache")
        if problems:
            raise CacheError(problems[0].message, path, hint=problems[0].hint)
        try:
            doc = json.loads(data.decode("utf-8"))
            entries = {}
            for raw in doc.get("entries", []):
                entry = CacheEntry(provider=raw["provider"], query=raw["query"], params=raw.get("params") or {},
                                   date=raw["date"], licence=raw.get("licence", ""),
                                   candidates=tuple(_candidate(c) for c in raw.get("candidates", [])))
                entries[entry.key] = entry
        except (ValueError, KeyError, TypeError, AttributeError, RecursionError) as exc:
            raise CacheError(f"cannot read the geocode cache ({type(exc).__name__}: {exc})", path,
                             hint="fix it by hand, or delete it (online answers will be asked again)") from None
        return cls(path, entries)

    def __len__(self) -> int:
        return len(self._entries)

    def get(self, provider: str, query: str, params: dict) -> CacheEntry | None:
        return self._entries.get(cache_key(provider, query, params))

    def lookup(self, provider: str, query: str, params: dict) -> CacheEntry | None:
        """The configured provider's answer, else any other provider's to the same request."""
        hit = self.get(provider, query, params)
        if hit:
            return hit
        for (p, q, prm), entry in sorted(self._entries.items()):
            if (q, prm) == cache_key(provider, query, params)[1:]:
                return entry
        return None

    def add(self, entry: CacheEntry) -> None:
        self._entries[entry.key] = entry
        self.dirty = True

    def dumps(self) -> str:
        rows = []
        for entry in sorted(self._entries.values(), key=lambda e: e.key):
            rows.append({"provider": entry.provider, "query": entry.query, "params": entry.params, "date": entry.date,
                         "licence": entry.licence, "candidates": [_candidate_dict(c) for c in entry.candidates]})
        return json.dumps({"about": ABOUT, "entries": rows}, indent=2, ensure_ascii=False) + "\n"

    def save(self) -> bool:
        """Write atomically when something was added; True when it wrote."""
        if not self.dirty or self.path is None:
            return False
        atomic_write(self.path, self.dumps())
        self.dirty = False
        return True
