"""content/ → KnowledgeBase, with the problems of each file as data.

Each file is parsed on its own and the result is cached by (mtime, size), so a `mkdocs serve`
rebuild after one edit re-reads one file. What a file gets wrong is reported at its line and the
rest of the file is still used wherever it makes sense.
"""
from __future__ import annotations

import hashlib
import os
import threading
from dataclasses import dataclass, replace
from pathlib import Path

from .. import dates
from ..errors import DateError, DisplayPaths, Problem, display_path
from . import files
from .model import (SLUG, Evidence, Event, KnowledgeBase, Location, Name, PlaceCandidate, Rejection, Rendition,
                    Site, Source)
from .schema import coordinates_valid, validate
from .yamlio import decode, parse_yaml

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


# The schema reports a value of the wrong type at its line; the model then takes only values of the
# right type, so that no later stage (check, render, export) meets a list where it expects text.

def _text(value) -> str | None:
    return value if isinstance(value, str) else None


def _items(value) -> list:
    return value if isinstance(value, list) else []


def _mapping(value) -> dict:
    return value if isinstance(value, dict) else {}


def _identifier(value) -> str | None:
    """An identifier written as text or as a number (pleiades: 668331)."""
    return str(value) if isinstance(value, (str, int)) and not isinstance(value, bool) else None


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
    for index, raw in enumerate(_items(doc.get("events"))):
        if not isinstance(raw, dict) or not isinstance(raw.get("type"), str):
            continue
        line = getattr(raw, "line", 0)
        evidence = []
        for ev in _items(raw.get("evidence")):
            if isinstance(ev, dict) and _text(ev.get("source")) and _text(ev.get("quote")):
                offset = ev.get("offset")
                evidence.append(Evidence(
                    source=ev["source"], quote=ev["quote"], line=getattr(ev, "line", line),
                    date=_date(ev.get("date"), path, ev.line_of("date"), "evidence date", problems),
                    actor=_text(ev.get("actor")), certainty=_text(ev.get("certainty")),
                    offset=offset if isinstance(offset, int) and not isinstance(offset, bool) else None,
                    quote_line=ev.line_of("quote"), reviewed=ev.get("reviewed", True) is not False))
        events.append(Event(
            type=raw["type"],
            date=_date(raw.get("date"), path, raw.line_of("date"), "event date", problems),
            actor=_text(raw.get("actor")) or None, certainty=_text(raw.get("certainty")) or "confirmed",
            summary=_text(raw.get("summary")) or "", evidence=tuple(evidence),
            reviewed=raw.get("reviewed", True) is not False, note=_text(raw.get("note")), line=line, index=index,
            added=_text(raw.get("added"))))
    location = _location(doc.get("location"), path, problems)
    names = tuple(Name(n["name"], _text(n.get("lang")), _text(n.get("note")))
                  for n in _items(doc.get("names")) if isinstance(n, dict) and _text(n.get("name")))
    identifiers = {k: _identifier(v) for k, v in _mapping(doc.get("identifiers")).items()
                   if isinstance(k, str) and _identifier(v)}
    candidates = tuple(PlaceCandidate(c["name"], _text(c.get("site")), _text(c.get("wikidata")),
                                      _identifier(c.get("pleiades")), _text(c.get("note")))
                       for c in _items(doc.get("candidates")) if isinstance(c, dict) and _text(c.get("name")))
    site = Site(id=stem, path=path, name=_text(doc.get("name")) or stem, names=names,
                kind=_text(doc.get("kind")) or "other", part_of=_text(doc.get("part_of")) or None,
                location=location, identifiers=identifiers, description=_text(doc.get("description")) or "",
                events=tuple(events), line=getattr(doc, "line", 1), key_lines=dict(getattr(doc, "key_lines", {})),
                candidates=candidates)
    return site, problems


def _location(loc, path: str, problems: list[Problem]) -> Location | None:
    """The location, when its coordinates are what the schema asks (the schema reports them when not);
    how plausible they are (swapped, (0, 0), far from the parent) is builder/check/locations.py's job."""
    if not isinstance(loc, dict):
        return None
    if loc.get("date") is not None:
        _date(loc.get("date"), path, loc.line_of("date"), "location date", problems)
    if not coordinates_valid(loc.get("lat"), loc.get("lon")):
        return None
    return Location(float(loc["lat"]), float(loc["lon"]), _text(loc.get("source")) or "manual",
                    _text(loc.get("provider")), _text(loc.get("query")), _text(loc.get("date")),
                    _text(loc.get("precision")), _text(loc.get("note")))


def parse_source(doc, stem: str, path: str) -> tuple[Source | None, list[Problem]]:
    problems = _slug_problem(stem, path)
    if not isinstance(doc, dict):
        return None, problems + [Problem(path, 1, "a source file must be a mapping with `title:` and `published:`", code="schema")]
    problems += validate(doc, "source", path)
    renditions = tuple(Rendition(r["file"], _text(r.get("sha256")), _text(r.get("note")))
                       for r in _items(doc.get("renditions")) if isinstance(r, dict) and _text(r.get("file")))
    # claims decided in `heritage review`; a wrong type is a schema problem, never a crash
    rejected = tuple(Rejection(r["claim"], _text(r.get("site")), _text(r.get("name")), _text(r.get("type")))
                     for r in _items(doc.get("rejected")) if isinstance(r, dict) and _text(r.get("claim")))
    source = Source(id=stem, path=path, title=_text(doc.get("title")) or stem, publisher=_text(doc.get("publisher")),
                    url=_text(doc.get("url")), author=_text(doc.get("author")), rejected=rejected,
                    published=_date(doc.get("published"), path, doc.line_of("published"), "published", problems),
                    renditions=renditions, line=getattr(doc, "line", 1), key_lines=dict(getattr(doc, "key_lines", {})))
    return source, problems


def read_rendition(content: Path, source: Source, rendition: Rendition) -> tuple[str | None, list[Problem]]:
    """The text of one rendition; refuses a path or a link that leaves content/, anything but a
    regular file and a text over the size limit, and checks the checksum."""
    line = source.line_of("renditions")
    target = content / SOURCES / rendition.file
    raw, problems = files.read(target, content, files.TEXT_LIMIT, source.path, line,
                               what=f"rendition file '{rendition.file}'")
    if raw is None:  # a text the source names must be there: what a listing may skip is an error here
        return None, [replace(p, severity="error") for p in problems]
    if rendition.sha256 and hashlib.sha256(raw).hexdigest() != rendition.sha256:
        problems.append(Problem(source.path, line, f"'{rendition.file}' changed since it was ingested (checksum differs)",
                                "restore the original text, or delete `sha256:` if the change is intended",
                                severity="warning", code="checksum"))
    return raw.decode("utf-8", errors="replace"), problems


class Loader:
    """Loads content/ and keeps each parsed file until its mtime or size changes.

    Each load fingerprints content/ (files.stamp: a stat of each of its 11,000 files at 10,000
    sites, a tenth of a second). Under `mkdocs serve` the file events of content/ come in anyway
    (serve.watch_natively): once `track()`ed, the loader hears of each through `note`, and a load
    after only files it knows of were modified (an editor saving a site) stats those alone and lists
    no folder. Anything else (a file created, deleted or moved, a folder event, a symbolic link
    under content/ whose target no watch of content/ sees) and the next load walks content/."""

    def __init__(self, content: Path):
        self.content = Path(content)
        self._sources = str(self.content / SOURCES)
        self._cache: dict[str | tuple, tuple[tuple, object, list[Problem]]] = {}  # file path (str) -> (stamp, object, problems)
        self._last: tuple | None = None
        self._lock = threading.Lock()  # `note` runs on the watcher's thread
        self._tracking = False
        self._noted: set[str] | None = None  # files modified since the last load; None: walk content/
        self._at: dict[str, int] | None = None  # path -> its place in the last stamp; None: no link-free walk yet
        self._listings: dict[str, tuple[list[str], list[Problem]]] = {}  # folder -> files.listing, as last made
        self._shown: DisplayPaths | None = None  # display_path during a load

    def track(self) -> None:
        """From now on every change under content/ is `note`d (the next load still walks)."""
        with self._lock:
            self._tracking, self._noted = True, None

    def note(self, event_type: str, path: str, is_directory: bool) -> None:
        """A file event under content/ (watchdog's event_type and src_path)."""
        if event_type in ("opened", "closed", "closed_no_write") or (is_directory and event_type == "modified"):
            return  # a folder's "modified" only accompanies a file's own event (watchdog's inotify emitter)
        with self._lock:
            if self._noted is None:
                return
            if not is_directory and event_type in ("modified", "attrib"):
                self._noted.add(path)
            else:
                self._noted = None

    def _restamp(self, noted: set[str]) -> tuple | None:
        """The last stamp with the noted files stat-ed again, or None when content/ must be walked."""
        at, last = self._at, self._last
        if at is None or last is None or not all(path in at for path in noted):
            return None
        entries = list(last[0])
        for path in noted:
            try:
                st = os.stat(path)
            except OSError:
                return None
            entries[at[path]] = (path, st.st_mtime_ns, st.st_size, st.st_mode)
        return tuple(entries)

    def _parse(self, name: str, parse, known: tuple | None = None):
        """`known`: the file's (mtime, size, mode) as the build's stamp of content/ saw it (not stat again)."""
        stamp = known
        if stamp is None:
            try:
                st = os.stat(name)
                stamp = (st.st_mtime_ns, st.st_size, st.st_mode)
            except OSError:
                stamp = None  # dangling link or unreadable folder: files.read says which
        hit = self._cache.get(name)
        if stamp and hit and hit[0] == stamp:
            return hit[1], hit[2]
        path = Path(name)  # a Path only for a file read again: 10,000 are listed on every serve rebuild
        shown = (self._shown or display_path)(path)
        obj, problems = None, []
        raw, problems = files.read(path, self.content, files.YAML_LIMIT, shown, paths=self._shown)
        if raw is not None:
            text, problems = decode(raw, shown)
            if text is not None:
                doc, problems = parse_yaml(text, shown, files.YAML_LIMIT)
                if doc is not None or not problems:
                    try:
                        obj, found = parse(doc, path.stem, shown)
                    except Exception as exc:  # a bug must not stop a build: report it at the file
                        obj, found = None, [Problem(shown, 1, f"could not be read ({type(exc).__name__}: {exc})",
                                                    "please report this as a bug of heritage", code="internal")]
                    problems += found
        if stamp:
            self._cache[name] = (stamp, obj, problems)
        return obj, problems

    def _rendition(self, source: Source, rendition: Rendition) -> tuple[str | None, list[Problem]]:
        """read_rendition, again only when the text file or what the source says of it changed."""
        # as text, not a Path: 1,000 renditions are stat-ed on every serve rebuild (10,000 sites)
        target = os.path.join(self._sources, rendition.file)
        try:  # the link itself and what it points at: read_rendition judges both
            link, st = os.lstat(target), os.stat(target)
            file_stamp = (link.st_mtime_ns, link.st_mode, st.st_mtime_ns, st.st_size, st.st_mode)
        except OSError:
            file_stamp = None
        key = ("rendition", source.path, source.line_of("renditions"), rendition)
        hit = self._cache.get(key)
        if hit and hit[0] == file_stamp and file_stamp is not None:
            return hit[1], hit[2]
        text, problems = read_rendition(self.content, source, rendition)
        self._cache[key] = (file_stamp, text, problems)
        return text, problems

    def stamp(self) -> tuple:
        """A cheap fingerprint of content/: unchanged means the last result still holds."""
        return files.stamp(self.content)

    def load(self) -> Loaded:
        with self._lock:
            noted, self._noted = self._noted, (set() if self._tracking else None)
        try:
            return self._load(noted)
        except BaseException:
            with self._lock:  # the files noted were not all read: walk next time
                self._noted = None
            raise

    def _load(self, noted: set[str] | None) -> Loaded:
        stamp = self._restamp(noted) if noted is not None else None
        walked, at = stamp is None, self._at
        if walked:
            at = None
            if self._tracking:
                stamp, links = files.stamp_and_links(self.content)
                at = None if links else {entry[0]: i for i, entry in enumerate(stamp)}
            else:
                stamp = self.stamp()
        if self._last and self._last[0] == stamp:
            self._at = at
            return self._last[1]
        seen = {entry[0]: entry[1:] for entry in stamp if entry[1] is not None}
        self._shown = DisplayPaths()  # this load's: folders resolved once
        problems: list[Problem] = []
        sites: dict[str, Site] = {}
        sources: dict[str, Source] = {}
        for folder, parse, into in ((SITES, parse_site, sites), (SOURCES, parse_source, sources)):
            if walked or folder not in self._listings:  # no file came or went: the same listing
                self._listings[folder] = files.listing(self.content / folder, SUFFIXES)
            paths, found = self._listings[folder]
            problems += found
            for path in paths:
                obj, found = self._parse(path, parse, seen.get(path))
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
                text, found = self._rendition(source, rendition)
                problems += found
                if text is not None:
                    texts[source.id].append(text)
        self._shown = None
        result = Loaded(KnowledgeBase(sites, sources, texts), problems)
        self._last, self._at = (stamp, result), at
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
