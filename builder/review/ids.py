"""Stable names for events and claims, defined once.

A claim's fingerprint hashes what a source said (event type + quote, folded: white space and
typography do not count), so it survives re-ingest, reordering and edits to date or actor. An
event's id is `<site id>/<fingerprint of its first quote>`: the same event keeps its id across
builds and edits elsewhere in the file; `-2`, `-3` tell apart events of one site that share it.
A rejected claim is remembered on its source as `{claim, site, type}` so ingest can skip it.
"""
from __future__ import annotations

import hashlib
import re
from typing import Iterable

from ..check.quotes import fold

_WORDS = re.compile(r"\w+")


def fingerprint(event_type: str, quote: str) -> str:
    words = " ".join(_WORDS.findall(fold(quote or "").lower()))
    return hashlib.sha1(f"{event_type}\n{words}".encode("utf-8")).hexdigest()[:12]


def event_ids(site_id: str, events: Iterable[tuple[str, str]]) -> list[str]:
    """Ids for a site's events, given each one's (type, first quote) in file order."""
    out, seen = [], {}
    for event_type, quote in events:
        base = f"{site_id}/{fingerprint(event_type, quote)}"
        seen[base] = seen.get(base, 0) + 1
        out.append(base if seen[base] == 1 else f"{base}-{seen[base]}")
    return out


def site_event_ids(site) -> list[str]:
    """Ids of a loaded Site's events (content.model), in file order."""
    return event_ids(site.id, ((e.type, e.evidence[0].quote if e.evidence else "") for e in site.events))


def raw_event_ids(site_id: str, events) -> list[str]:
    """Ids of the events of a round-trip site document (the same ids as `site_event_ids`)."""
    def first_quote(raw) -> str:
        evidence = raw.get("evidence") or []
        return str(evidence[0].get("quote", "")) if evidence and hasattr(evidence[0], "get") else ""
    return event_ids(site_id, ((str(raw.get("type", "")), first_quote(raw)) for raw in events if hasattr(raw, "get")))


def _folded_name(name: str | None) -> str:
    return " ".join(_WORDS.findall(fold(name or "").lower()))


def is_rejected(rejected, claim: dict, site_id: str | None) -> bool:
    """Was this claim (a dict from the extractor) rejected before for this site?

    `rejected` holds a source's Rejection records. A record matches a claim with the same
    fingerprint whose site is the same id, or has the same name (the site may have been removed
    with the rejection and would be created again under that name)."""
    if not rejected:
        return False
    quotes = [q for q in (claim.get("quotes") or []) if q] or [claim.get("quote") or ""]
    prints = {fingerprint(claim.get("event", ""), q) for q in quotes}
    names = {_folded_name(n) for n in (claim.get("site"), claim.get("mention"), *(claim.get("aliases") or [])) if n}
    for record in rejected:
        if record.claim in prints and (record.site == site_id or _folded_name(record.name) in names or not record.site):
            return True
    return False
