"""Claims from one article → changes to content/, planned as data, then written atomically.

`plan()` reads content/ and returns the new text of every file it would touch; nothing is written
until `apply()`. It only adds: a source (or a rendition of a story already known), sites that do
not exist yet, events that are new (marked `reviewed: false`), and quotes that are new to an
existing event (themselves marked `reviewed: false` when a person has reviewed that event). It
never removes or rewrites what a person wrote, and running it twice changes nothing the second
time.
"""
from __future__ import annotations

import datetime
import difflib
import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from . import dates
from .check.quotes import fold
from .content.load import SOURCES, load
from .content.model import KnowledgeBase
from .content.paths import source_path, text_path
from .content.transaction import write_files
from .content.yamlio import dump_round_trip, load_round_trip
from .errors import ContentError, DateError
from .review.ids import is_rejected
from .site_match import SiteMatcher, add_names, quotes_of as _quotes, short_slug
from .vocab import vocab

SITE_HEADER = "# yaml-language-server: $schema=../../builder/schema/site.schema.json\n"
SOURCE_HEADER = "# yaml-language-server: $schema=../../builder/schema/source.schema.json\n"
SAME_STORY = 0.5  # share of word 5-grams two texts must have in common to be renditions of one story


@dataclass
class Plan:
    content: Path
    files: dict[Path, tuple[str, str]] = field(default_factory=dict)  # path -> (old, new)
    messages: list[str] = field(default_factory=list)
    new_sites: list[str] = field(default_factory=list)  # ids of the sites this article creates

    @property
    def changed(self) -> dict[Path, tuple[str, str]]:
        return {p: (o, n) for p, (o, n) in self.files.items() if o != n}

    def diff(self) -> str:
        out = []
        for path, (old, new) in sorted(self.changed.items()):
            rel = path.relative_to(self.content.parent) if path.is_relative_to(self.content.parent) else path
            out += difflib.unified_diff(old.splitlines(True), new.splitlines(True),
                                        f"a/{rel}" if old else "/dev/null", f"b/{rel}")
        return "".join(out)


def apply(plan: Plan) -> list[Path]:
    """Write every changed file as one crash-safe change (builder.content.transaction): after a
    kill or a full disk, the source, its text and the sites quoting it land together or not at all."""
    order = sorted(plan.changed, key=lambda p: (SOURCES not in p.parts, str(p)))
    return write_files({path: plan.changed[path][1] for path in order}, plan.content)


# --- sources ---------------------------------------------------------------------------------

def _shingles(text: str, n: int = 5) -> set[tuple[str, ...]]:
    words = re.findall(r"\w+", text.lower())
    return {tuple(words[i:i + n]) for i in range(max(len(words) - n + 1, 1))}


def _similarity(a: str, b: str) -> float:
    sa, sb = _shingles(a), _shingles(b)
    return len(sa & sb) / min(len(sa), len(sb)) if sa and sb else 0.0


@dataclass
class SourceMatch:
    id: str
    new_rendition: bool
    text_file: str | None = None


def _source(plan: Plan, kb: KnowledgeBase, text: str, title: str | None, file_stem: str, published: str,
            meta: dict) -> SourceMatch:
    raw = text.encode("utf-8")
    digest = hashlib.sha256(raw).hexdigest()
    for source in kb.sources.values():
        if any(r.sha256 == digest for r in source.renditions):
            _restore_text(plan, source, digest, text)
            return SourceMatch(source.id, False)
    sources_dir = plan.content / SOURCES
    for source in kb.sources.values():
        if any(_similarity(text, known) >= SAME_STORY for known in kb.texts.get(source.id, [])):
            match = SourceMatch(source.id, True, f"texts/{source.id}-{len(source.renditions) + 1}.txt")
            path = source_path(plan.content, source.id)
            doc = load_round_trip(path)
            renditions = doc.setdefault("renditions", CommentedSeq())
            renditions.append(CommentedMap(file=match.text_file, sha256=digest, note=f"from {file_stem}"))
            _stage(plan, path, dump_round_trip(doc))
            _stage(plan, text_path(plan.content, match.text_file), text)
            plan.messages.append(f"{source.id}: same story as a known source: added rendition {match.text_file}")
            return match
    base = short_slug(title or file_stem) or "source"
    source_id, n = base, 2
    while source_id in kb.sources or (sources_dir / f"{source_id}.yml") in plan.files:
        source_id, n = f"{base}-{n}", n + 1
    text_file = f"texts/{source_id}.txt"
    doc = CommentedMap()
    doc["title"] = title or file_stem
    for key in ("publisher", "author", "url"):
        if meta.get(key):
            doc[key] = meta[key]
    doc["published"] = published
    doc["renditions"] = CommentedSeq([CommentedMap(file=text_file, sha256=digest, note=f"from {file_stem}")])
    _stage(plan, source_path(plan.content, source_id), SOURCE_HEADER + dump_round_trip(doc))
    _stage(plan, text_path(plan.content, text_file), text)
    plan.messages.append(f"{source_id}: new source ({text_file})")
    return SourceMatch(source_id, True, text_file)


def _restore_text(plan: Plan, source, digest: str, text: str) -> None:
    """A known rendition whose text file is gone (lost by an older, unjournaled run): this article is
    that text byte for byte (same sha256), so write it back."""
    for rendition in source.renditions:
        if rendition.sha256 != digest:
            continue
        try:
            path = text_path(plan.content, rendition.file)
        except ContentError:
            return  # an unusual file name: `heritage check` reports it
        if not path.exists():
            _stage(plan, path, text)
            plan.messages.append(f"{source.id}: restored its missing text file {rendition.file}")
        return


def _stage(plan: Plan, path: Path, new: str) -> None:
    old = plan.files[path][0] if path in plan.files else (path.read_text(encoding="utf-8") if path.exists() else "")
    plan.files[path] = (old, new)


# --- events ----------------------------------------------------------------------------------

def _parsed(text) -> dates.EdtfDate | None:
    try:
        return dates.parse(str(text)) if text else None
    except DateError:
        return None


def _compatible(a, b) -> bool:
    """Two dates may name one event: either is unknown, or their ranges overlap."""
    da, db = _parsed(a), _parsed(b)
    return da is None or db is None or dates.overlaps(da, db)


def _contains(outer, inner) -> bool:
    do, di = _parsed(outer), _parsed(inner)
    return bool(do and di and dates.contains(do, di))


def _words_of(text: str) -> list[str]:
    return re.findall(r"\w+", fold(text).lower())


def same_quote(a: str, b: str) -> bool:
    """One sentence in two renditions: equal up to white space and typography, or with a few words
    dropped or added (the CNN/DailyMail rendition drops hyphenated words and adds "(CNN)")."""
    wa, wb = _words_of(a), _words_of(b)
    return wa == wb or difflib.SequenceMatcher(None, wa, wb, autojunk=False).ratio() >= 0.75


def merge_claim(doc, claim: dict, source_id: str) -> str | None:
    """Add the claim to the site document; return what changed, or None."""
    events = doc.get("events")
    if events is None:
        events = doc["events"] = CommentedSeq()
    date = claim.get("date") or None
    for event in events:
        if event.get("type") != claim["event"] or not _compatible(event.get("date"), date):
            continue
        evidence = event.setdefault("evidence", CommentedSeq())
        known = [str(e.get("quote", "")) for e in evidence]
        reviewed = event.get("reviewed", True) is not False
        added = 0
        for quote in _quotes(claim):
            if any(same_quote(quote, k) for k in known):
                continue
            item = CommentedMap(source=source_id, quote=quote)
            own = event.get("date")
            if date and str(date) != str(own) and not _contains(date, own):
                item["date"] = date  # this source's own reading, shown beside the event's
            if claim.get("certainty") and claim["certainty"] != event.get("certainty", "confirmed"):
                item["certainty"] = claim["certainty"]
            if reviewed:
                item["reviewed"] = False  # a person checked the event, not this new quote
            evidence.append(item)
            known.append(quote)
            added += 1
        if not added:
            return None
        return f"+{added} quote(s) for the {claim['event']} event" + (", not yet reviewed" if reviewed else "")
    event = CommentedMap()
    event["type"] = claim["event"]
    if date:
        event["date"] = str(date)
    if claim.get("actor"):
        event["actor"] = claim["actor"]
    event["certainty"] = claim.get("certainty") or "confirmed"
    event["reviewed"] = False
    event["added"] = datetime.date.today().isoformat()  # the day it entered the knowledge base: the feed's date
    event["evidence"] = CommentedSeq(CommentedMap(source=source_id, quote=q) for q in _quotes(claim))
    events.append(event)
    return f"new {claim['event']} event ({date or 'undated'}), not yet reviewed"


def plan(content: Path, text: str, claims: list[dict], published: str, file_stem: str,
         title: str | None = None, meta: dict | None = None) -> Plan:
    """Everything ingesting one article would change, as file texts; writes nothing."""
    content = Path(content)
    result = Plan(content)
    loaded = load(content) if content.exists() else None
    kb = loaded.kb if loaded else KnowledgeBase({}, {})
    src = _source(result, kb, text, title, file_stem, published, meta or {})
    sites = SiteMatcher(kb, content, text, claims)
    rejected = kb.sources[src.id].rejected if src.id in kb.sources else ()  # decided in `heritage review`
    docs: dict[Path, object] = {}
    for claim in claims:
        if claim.get("event") not in vocab()["events"] or not claim.get("site") or not _quotes(claim):
            continue
        target = sites.target(claim)
        if target is None:
            result.messages.append(f"{claim['event']} claim left out: {sites.reason}")
            continue
        if is_rejected(rejected, claim, target.site_id):
            result.messages.append(f"{target.site_id}: skipped a {claim['event']} claim already decided in review")
            continue
        if target.path not in docs:
            docs[target.path] = load_round_trip(target.path) if target.new is None else target.new
            if target.new is not None:
                result.messages.append(target.message)
                result.new_sites.append(target.site_id)
        for form in add_names(docs[target.path], target.forms, src.id):
            result.messages.append(f"{target.site_id}: '{form}' added to names")
        change = merge_claim(docs[target.path], claim, src.id)
        if change:
            result.messages.append(f"{target.site_id}: {change}")
    for path, doc in docs.items():
        new = dump_round_trip(doc)
        if not path.exists():
            new = SITE_HEADER + new
        _stage(result, path, new)
    return result
