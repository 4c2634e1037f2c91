"""content/ → KnowledgeBase, with the problems of each file as data.

Each file is parsed on its own and the result is cached by (mtime, size), so a `mkdocs serve`
rebuild after one edit re-reads one file. What a file gets wrong is reported at its line and the
rest of the file is still used wherever it makes sense.
"""
from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from .. import dates
from ..errors import DateError, Problem, display_path
from .model import (SLUG, Evidence, Event, KnowledgeBase, Location, Name, PlaceCandidate, Rejection, Rendition,
                    Site, Source)
from .schema import validate
from .yamlio import read_yaml

SITES, SOURCES = "sites", "sources"
SUFFIXES = (".yml", ".yaml")


@dataclass
class Loaded:
    kb: KnowledgeBase
    problems: list[Problem]


def _date(value, path: str, line: int, what: str, problems: list[Problem]):
    try:
        text = dates.normalize(value)
        return dates.parse(text) if text else None
    except DateError as exc:
        problems.append(Problem(path, line, f"{what}: {exc.message}", exc.hint, code="date"))
        return None


def _slug_problem(stem: str, path: str) -> list[Problem]:
    if SLUG.match(stem):
        return []
    safe = "-".join("".join(c if c.isalnum() else " " for c in stem.lower()).split())
    return [Problem(path, 1, f"'{stem}' is not a safe id (lower-case letters, digits and single hyphens)",
                    f"rename the file to {safe or 'a-safe-id'}.yml and update references to it", code="slug")]


def parse_site(doc, stem: str, path: str) -> tuple[Site | None, list[Problem]]:
    problems = _slug_problem(stem, path)
    if not isinstance(doc, dict):
        return None, problems + [Problem(path, 1, "a site file must be a mapping with at least `name:`",
                                         "see `heritage new --help` for a skeleton", code="schema")]
    problems += validate(doc, "site", path)
    if doc.get("id") not in (None, stem):
        problems.append(Problem(path, doc.line_of("id"), f"id '{doc.get('id')}' differs from the file name '{stem}'",
                                f"remove `id:` or rename the file to {doc.get('id')}.yml", code="id"))
    events = []
    for index, raw in enumerate(doc.get("events") or []):
        if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
            continue
        line = getattr(raw, "line", 0)
        evidence = []
        for ev in raw.get("evidence") or []:
            if isinstance(ev, dict) and isinstance(ev.get("source"), str) and isinstance(ev.get("quote"), str):
                evidence.append(Evidence(
                    source=ev["source"], quote=ev["quote"], line=getattr(ev, "line", line),
                    date=_date(ev.get("date"), path, ev.line_of("date"), "evidence date", problems),
                    actor=ev.get("actor"), certainty=ev.get("certainty"), offset=ev.get("offset"),
                    quote_line=ev.line_of("quote")))
        events.append(Event(
            type=raw["type"],
            date=_date(raw.get("date"), path, raw.line_of("date"), "event date", problems),
            actor=raw.get("actor") or None, certainty=raw.get("certainty") or "confirmed",
            summary=str(raw.get("summary") or ""), evidence=tuple(evidence),
            reviewed=raw.get("reviewed", True) is not False, note=raw.get("note"), line=line, index=index,
            added=raw.get("added") if isinstance(raw.get("added"), str) else None))
    loc = doc.get("location")
    location = None
    if isinstance(loc, dict) and isinstance(loc.get("lat"), (int, float)) and isinstance(loc.get("lon"), (int, float)):
        location = Location(float(loc["lat"]), float(loc["lon"]), loc.get("source") or "manual", loc.get("provider"),
                            loc.get("query"), loc.get("date"), loc.get("precision"), loc.get("note"))
    names = tuple(Name(str(n["name"]), n.get("lang"), n.get("note"))
                  for n in doc.get("names") or [] if isinstance(n, dict) and n.get("name"))
    identifiers = {k: str(v) for k, v in (doc.get("identifiers") or {}).items()} if isinstance(doc.get("identifiers"), dict) else {}
    candidates = tuple(PlaceCandidate(str(c["name"]), c.get("site"), c.get("wikidata"),
                                      str(c["pleiades"]) if c.get("pleiades") else None, c.get("note"))
                       for c in (doc.get("candidates") if isinstance(doc.get("candidates"), list) else [])
                       if isinstance(c, dict) and c.get("name"))
    site = Site(id=stem, path=path, name=str(doc.get("name") or stem), names=names, kind=doc.get("kind") or "other",
                part_of=doc.get("part_of") or None, location=location, identifiers=identifiers,
                description=str(doc.get("description") or ""), events=tuple(events),
                line=getattr(doc, "line", 1), key_lines=dict(getattr(doc, "key_lines", {})), candidates=candidates)
    return site, problems


def parse_source(doc, stem: str, path: str) -> tuple[Source | None, list[Problem]]:
    problems = _slug_problem(stem, path)
    if not isinstance(doc, dict):
        return None, problems + [Problem(path, 1, "a source file must be a mapping with `title:` and `published:`", code="schema")]
    problems += validate(doc, "source", path)
    renditions = tuple(Rendition(str(r["file"]), r.get("sha256"), r.get("note"))
                       for r in doc.get("renditions") or [] if isinstance(r, dict) and r.get("file"))
    rejected = tuple(Rejection(str(r["claim"]), r.get("site"), r.get("name"), r.get("type"))
                     for r in doc.get("rejected") or [] if isinstance(r, dict) and r.get("claim"))
    source = Source(id=stem, path=path, title=str(doc.get("title") or stem), publisher=doc.get("publisher"),
                    url=doc.get("url"), author=doc.get("author"), rejected=rejected,
                    published=_date(doc.get("published"), path, doc.line_of("published"), "published", problems),
                    renditions=renditions, line=getattr(doc, "line", 1), key_lines=dict(getattr(doc, "key_lines", {})))
    return source, problems


def read_rendition(content: Path, source: Source, rendition: Rendition) -> tuple[str | None, list[Problem]]:
    """The text of one rendition; refuses a path that leaves content/ and checks the checksum."""
    line = source.line_of("renditions")
    base = (content / SOURCES).resolve()
    target = (base / rendition.file).resolve()
    if not target.is_relative_to(content.resolve()):
        return None, [Problem(source.path, line, f"rendition file '{rendition.file}' is outside content/",
                              "keep article texts under content/sources/", code="path")]
    try:
        raw = target.read_bytes()
    except OSError:
        return None, [Problem(source.path, line, f"rendition file '{rendition.file}' not found",
                              f"put the article text at {display_path(target)}", code="path")]
    problems = []
    if rendition.sha256 and hashlib.sha256(raw).hexdigest() != rendition.sha256:
        problems.append(Problem(source.path, line, f"'{rendition.file}' changed since it was ingested (checksum differs)",
                                "restore the original text, or delete `sha256:` if the change is intended",
                                severity="warning", code="checksum"))
    return raw.decode("utf-8", errors="replace"), problems


class Loader:
    """Loads content/ and keeps each parsed file until its mtime or size changes."""

    def __init__(self, content: Path):
        self.content = Path(content)
        self._cache: dict[Path, tuple[tuple, object, list[Problem]]] = {}
        self._last: tuple | None = None

    def _files(self, folder: str) -> list[Path]:
        where = self.content / folder
        return sorted(p for p in where.iterdir() if p.suffix in SUFFIXES and not p.name.startswith(".")) if where.is_dir() else []

    def _parse(self, path: Path, parse):
        st = path.stat()
        stamp = (st.st_mtime_ns, st.st_size)
        hit = self._cache.get(path)
        if hit and hit[0] == stamp:
            return hit[1], hit[2]
        shown = display_path(path)
        doc, problems = read_yaml(path, shown)
        obj = None
        if not problems:
            obj, problems = parse(doc, path.stem, shown)
        self._cache[path] = (stamp, obj, problems)
        return obj, problems

    def stamp(self) -> tuple:
        """A cheap fingerprint of content/: unchanged means the last result still holds."""
        out = []
        for path in sorted(self.content.rglob("*")):
            if path.is_file():
                st = path.stat()
                out.append((str(path), st.st_mtime_ns, st.st_size))
        return tuple(out)

    def load(self) -> Loaded:
        stamp = self.stamp()
        if self._last and self._last[0] == stamp:
            return self._last[1]
        problems: list[Problem] = []
        sites: dict[str, Site] = {}
        sources: dict[str, Source] = {}
        for folder, parse, into in ((SITES, parse_site, sites), (SOURCES, parse_source, sources)):
            for path in self._files(folder):
                obj, found = self._parse(path, parse)
                problems += found
                if obj is None:
                    continue
                if obj.id in into:
                    problems.append(Problem(obj.path, 1, f"duplicate id '{obj.id}': {into[obj.id].path} has it too",
                                            "keep one of the two files", code="duplicate"))
                    continue
                into[obj.id] = obj
        texts = {}
        for source in sources.values():
            texts[source.id] = []
            for rendition in source.renditions:
                text, found = read_rendition(self.content, source, rendition)
                problems += found
                if text is not None:
                    texts[source.id].append(text)
        result = Loaded(KnowledgeBase(sites, sources, texts), problems)
        self._last = (stamp, result)
        return result


_LOADERS: dict[Path, Loader] = {}


def loader_for(content: Path) -> Loader:
    """The process's one Loader for a folder: a build, an ingest of many articles and the
    extractor's list of known names share its per-file cache instead of re-parsing content/."""
    key = Path(content).resolve()
    if key not in _LOADERS:
        _LOADERS[key] = Loader(key)
    return _LOADERS[key]


def load(content: Path) -> Loaded:
    """content/ as it is now (files unchanged since the last call are not parsed again)."""
    return loader_for(content).load()
