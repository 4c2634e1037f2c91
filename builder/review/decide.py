"""A person's decisions on pending claims, written to content/ through the comment-keeping atomic
writer (content/yamlio.update_yaml): each function reads the files it needs, changes only the event
or site it is about, and returns what it did (as lines a command can print).

Multi-file decisions write in the order that loses nothing if interrupted: the rejection is
remembered on the source before the event leaves its site; an event or a site's names are added
to their new site before they are removed from the old one.
"""
from __future__ import annotations

from pathlib import Path

from ruamel.yaml.comments import CommentedMap, CommentedSeq

from .. import dates
from ..content.load import SITES, SOURCES, SUFFIXES, load
from ..content.model import KnowledgeBase
from ..errors import ContentError, DateError, InputError
from ..ingest import _compatible as dates_compatible, same_quote
from ..published import unconfirmed
from ..vocab import vocab
from .ids import fingerprint, raw_event_ids
from .queue import Pending, find, pending

EDITABLE = ("date", "actor", "certainty", "type")
# What ingest writes on a site it creates: a site holding nothing else may go with its last claim.
_MACHINE_KEYS = {"name", "kind", "part_of", "events", "names", "identifiers", "location", "candidates"}


def _file(content: Path, folder: str, ident: str) -> Path:
    for suffix in SUFFIXES:
        path = content / folder / f"{ident}{suffix}"
        if path.exists():
            return path
    raise ContentError(f"no file for '{ident}'", content / folder, hint="check the id; run `heritage review --list`")


def _update(path: Path, edit) -> None:
    from ..content.yamlio import update_yaml  # the one writer: keeps comments, lands atomically
    update_yaml(path, edit)


def _pending(kb: KnowledgeBase, event_id: str) -> Pending:
    item = find(kb, event_id)
    if item is None:
        raise InputError(f"no event with id '{event_id}'", hint="list pending ids with `heritage review --list`")
    return item


def _whole_event(item: Pending) -> Pending:
    if item.quote:
        raise InputError(f"'{item.id}' is a quote proposed for a reviewed event: accept or reject the quote",
                         hint="the event itself is edited in its site file")
    return item


def _raw_index(doc, site_id: str, event_id: str, path: Path) -> int:
    events = doc.get("events") or []
    valid = [i for i, raw in enumerate(events) if hasattr(raw, "get") and isinstance(raw.get("type"), str)]
    ids = raw_event_ids(site_id, [events[i] for i in valid])
    if event_id not in ids:
        raise ContentError(f"event '{event_id}' changed while it was being reviewed", path,
                           hint="run `heritage review` again")
    return valid[ids.index(event_id)]


def _event_id_after(content: Path, site_id: str, position: int) -> str:
    site = load(content).kb.sites[site_id]
    from .ids import site_event_ids
    for event, eid in zip(site.events, site_event_ids(site)):
        if event.index == position:
            return eid
    return ""


# --- accept ---------------------------------------------------------------------------------

def _raw_quote(raw_event, item: Pending, path: Path):
    """The proposed quote's item in a round-trip event."""
    for ev in raw_event.get("evidence") or []:
        if (hasattr(ev, "get") and ev.get("reviewed", True) is False and ev.get("source") == item.quote.source
                and str(ev.get("quote", "")) == item.quote.quote):
            return ev
    raise ContentError(f"quote '{item.id}' changed while it was being reviewed", path, hint="run `heritage review` again")


def accept(content: Path, event_id: str) -> list[str]:
    kb = load(content).kb
    item = _pending(kb, event_id)
    if item.event.reviewed and not item.quote:
        return [f"{event_id}: already reviewed"]
    path = _file(content, SITES, item.site.id)

    def edit(doc):
        raw = doc["events"][_raw_index(doc, item.site.id, item.event_id, path)]
        # README: a reviewed event (or quote) simply has no `reviewed: false` line
        del (_raw_quote(raw, item, path) if item.quote else raw)["reviewed"]
    _update(path, edit)
    what = "quote for the " if item.quote else ""
    return [f"{event_id}: accepted ({what}{item.event.type} at {item.site.name})"]


def accept_source(content: Path, source_id: str) -> list[str]:
    kb = load(content).kb
    if source_id not in kb.sources:
        raise InputError(f"no source '{source_id}'", hint="give a file name from content/sources/ without .yml, or an event id")
    items = [p for p in pending(kb) if source_id in p.sources]
    if not items:
        return [f"{source_id}: no pending claims"]
    out = []
    for item in items:
        out += accept(content, item.id)
    return out


# --- reject ---------------------------------------------------------------------------------

def _removable(doc, kb: KnowledgeBase, site_id: str) -> bool:
    """A site ingest made (nothing but what ingest writes, no location a person gave, no parts),
    whose every event was proposed: with its last claim rejected it has nothing left to say."""
    if set(doc) - _MACHINE_KEYS or doc.get("events"):
        return False
    location = doc.get("location")
    if hasattr(location, "get") and location.get("source", "manual") == "manual":
        return False
    return not kb.children.get(site_id)


def remember(content: Path, kb: KnowledgeBase, item: Pending, decision: str) -> None:
    """Write on each source of the claim that it is not to be proposed again for this site as it
    was extracted: rejected, moved to another site, or corrected (its type or date)."""
    for source_id in item.sources:
        if source_id not in kb.sources:
            continue
        records = [fingerprint(item.event.type, ev.quote) for ev in item.evidence if ev.source == source_id]

        path = _file(content, SOURCES, source_id)

        def add(doc, records=records, path=path):
            seq = doc.get("rejected")
            if seq is None:
                seq = doc["rejected"] = CommentedSeq()
            if not isinstance(seq, list):
                raise ContentError("`rejected:` is not a list", path, hint="make it a list (or delete it); nothing was written")
            known = {(str(r.get("claim")), r.get("site")) for r in seq if hasattr(r, "get")}
            for claim in dict.fromkeys(records):
                if (claim, item.site.id) not in known:
                    rec = CommentedMap(claim=claim, site=item.site.id, name=item.site.name, type=item.event.type)
                    if decision != "rejected":
                        rec["decision"] = decision
                    rec.fa.set_flow_style()
                    seq.append(rec)
        _update(path, add)


def reject(content: Path, event_id: str) -> list[str]:
    kb = load(content).kb
    item = _pending(kb, event_id)
    if item.event.reviewed and not item.quote:
        raise InputError(f"'{event_id}' is a reviewed event", hint="only pending claims are rejected here; edit the file by hand")
    out = []
    remember(content, kb, item, "rejected")
    path = _file(content, SITES, item.site.id)
    if item.quote:
        def drop_quote(doc):
            raw = doc["events"][_raw_index(doc, item.site.id, item.event_id, path)]
            raw["evidence"].remove(_raw_quote(raw, item, path))
        _update(path, drop_quote)
        return [f"{event_id}: quote rejected; remembered on {item.quote.source} so ingest will not propose it again"]
    emptied = []

    def drop(doc):
        del doc["events"][_raw_index(doc, item.site.id, event_id, path)]
        emptied.append(not doc["events"] and unconfirmed(item.site) and _removable(doc, kb, item.site.id))
    _update(path, drop)
    out.append(f"{event_id}: rejected; remembered on {', '.join(item.sources)} so ingest will not propose it again")
    if emptied and emptied[0]:
        path.unlink()
        out.append(f"{item.site.id}: removed (it was known only from the rejected claim)")
    return out


# --- edit -----------------------------------------------------------------------------------

def check_value(field: str, value: str) -> str | None:
    """The value as it will be written (None: remove the field), or InputError saying what is wrong."""
    value = (value or "").strip()
    if field == "date":
        if not value:
            return None
        try:
            dates.parse(value)
        except DateError as exc:
            raise InputError(f"date: {exc.message}", hint="write an EDTF date: 2015, 2015-05, 2015-05-20, 2015-05/2016-03") from None
        return value
    if field == "actor":
        return value or None
    choices = list(vocab()["events"] if field == "type" else vocab()["certainty"])
    if value not in choices:
        raise InputError(f"{field} '{value}' is not one of: {', '.join(choices)}", hint=f"choose a {field} from builder/vocab/vocab.yml")
    return value


def edit(content: Path, event_id: str, field: str, value: str) -> tuple[str, list[str]]:
    """Set one field of a pending event; returns (its id afterwards, messages). The event stays
    pending: a person accepts it when it is right."""
    if field not in EDITABLE:
        raise InputError(f"'{field}' cannot be edited here", hint=f"one of: {', '.join(EDITABLE)}")
    new = check_value(field, value)
    kb = load(content).kb
    item = _whole_event(_pending(kb, event_id))
    path = _file(content, SITES, item.site.id)
    if field in ("type", "date") and not item.event.reviewed:
        # a re-ingest would propose the claim as extracted beside the corrected event
        remember(content, kb, item, "corrected")
    where = []

    def change(doc):
        index = _raw_index(doc, item.site.id, event_id, path)
        raw = doc["events"][index]
        where.append(index)
        if new is None:
            raw.pop(field, None)
        else:
            raw[field] = new
    _update(path, change)
    new_id = _event_id_after(content, item.site.id, where[0])
    return new_id, [f"{event_id}: {field} set to {new if new is not None else '(none)'}"]


# --- sites: attach a claim elsewhere, merge two sites --------------------------------------

def resolve_site(kb: KnowledgeBase, text: str) -> str:
    """A site named by its id or any of its names (case-insensitive); one clear error otherwise."""
    text = (text or "").strip()
    if text in kb.sites:
        return text
    wanted = text.casefold()
    hits = sorted({s.id for s in kb.sites.values() if any(n.casefold() == wanted for n in s.all_names)})
    if not hits:
        hits = sorted({s.id for s in kb.sites.values() if any(wanted and wanted in n.casefold() for n in s.all_names)})
    if len(hits) == 1:
        return hits[0]
    if not hits:
        import difflib
        names = {n: s.id for s in kb.sites.values() for n in (s.id, *s.all_names)}
        close = list(dict.fromkeys(names[n] for n in difflib.get_close_matches(text, list(names), n=4, cutoff=0.6)))
        raise InputError(f"no site named '{text}'" + (f" (did you mean {', '.join(close)}?)" if close else ""),
                         hint="give a site id (file name) or a name; `heritage new` creates a site")
    raise InputError(f"'{text}' names several sites: {', '.join(hits[:8])}", hint="give the site id")


def attach(content: Path, event_id: str, target: str) -> tuple[str, list[str]]:
    """Move a pending claim to another site (it stays pending there)."""
    kb = load(content).kb
    item = _whole_event(_pending(kb, event_id))
    target_id = resolve_site(kb, target)
    if target_id == item.site.id:
        return event_id, [f"{event_id}: already on {target_id}"]
    source_path, target_path = _file(content, SITES, item.site.id), _file(content, SITES, target_id)
    remember(content, kb, item, "moved")  # a re-ingest must not propose it for the old site again
    moved = []

    def take(doc):
        moved.append(doc["events"][_raw_index(doc, item.site.id, event_id, source_path)])
    from ..content.yamlio import load_round_trip
    take(load_round_trip(source_path))

    def add(doc):
        events = doc.get("events")
        if events is None:
            events = doc["events"] = CommentedSeq()
        events.append(moved[0])
        moved.append(len(events) - 1)
    _update(target_path, add)
    emptied = []

    def drop(doc):
        del doc["events"][_raw_index(doc, item.site.id, event_id, source_path)]
        emptied.append(not doc["events"] and unconfirmed(item.site) and _removable(doc, kb, item.site.id))
    _update(source_path, drop)
    out = [f"{event_id}: moved to {target_id} ({kb.sites[target_id].name})"]
    if emptied[0]:
        source_path.unlink()
        out.append(f"{item.site.id}: removed (its only claims now belong to {target_id})")
    return _event_id_after(content, target_id, moved[1]), out


def _same_event(events, raw):
    """The event of `events` that `raw` tells again: same type, dates that overlap, and the same
    review state (a pending claim never slips into a reviewed event by a merge)."""
    pending_raw = raw.get("reviewed", True) is False
    for event in events:
        if (hasattr(event, "get") and event.get("type") == raw.get("type") and dates_compatible(event.get("date"), raw.get("date"))
                and (event.get("reviewed", True) is False) == pending_raw):
            return event
    return None


def merge_sites(content: Path, from_site: str, into_site: str) -> list[str]:
    """One place, two files: `from_site`'s names, identifiers, location and events join
    `into_site`, sites that were part of it point at `into_site`, and its file goes."""
    kb = load(content).kb
    gone, keep = resolve_site(kb, from_site), resolve_site(kb, into_site)
    if gone == keep:
        raise InputError(f"'{from_site}' and '{into_site}' are the same site", hint="name two different sites")
    old, new = kb.sites[gone], kb.sites[keep]
    gone_path, keep_path = _file(content, SITES, gone), _file(content, SITES, keep)
    from ..content.yamlio import load_round_trip
    donor = load_round_trip(gone_path)

    def absorb(doc):
        known = {n.casefold() for n in new.all_names}
        names = doc.get("names")
        extra = [(old.name, None), *((n.name, n.lang) for n in old.names)]
        for name, lang in extra:
            if name.casefold() in known:
                continue
            if names is None:
                names = doc["names"] = CommentedSeq()
            entry = CommentedMap(name=name)
            if lang:
                entry["lang"] = lang
            entry.fa.set_flow_style()
            names.append(entry)
            known.add(name.casefold())
        for key, value in (donor.get("identifiers") or {}).items():
            ids = doc.get("identifiers")
            if ids is None:
                ids = doc["identifiers"] = CommentedMap()
            ids.setdefault(key, value)
        if donor.get("location") and not doc.get("location"):
            doc["location"] = donor["location"]
        if doc.get("part_of") == gone:
            if donor.get("part_of") and donor.get("part_of") != keep:
                doc["part_of"] = donor["part_of"]
            else:
                del doc["part_of"]
        events = doc.get("events")
        if events is None:
            events = doc["events"] = CommentedSeq()
        for raw in donor.get("events") or []:
            twin = _same_event(events, raw)
            if twin is None:
                events.append(raw)
                continue
            evidence = twin.setdefault("evidence", CommentedSeq())
            for item in raw.get("evidence") or []:
                if not any(same_quote(str(item.get("quote", "")), str(e.get("quote", ""))) for e in evidence):
                    evidence.append(item)
    _update(keep_path, absorb)
    out = [f"{gone}: merged into {keep} ({len(old.events)} event(s), names {old.name!r} and others kept as names)"]
    for child in kb.children.get(gone, []):
        if child == keep:
            continue

        def repoint(doc):
            doc["part_of"] = keep
        _update(_file(content, SITES, child), repoint)
        out.append(f"{child}: part_of {gone} -> {keep}")
    gone_path.unlink()
    return out
