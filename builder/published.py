"""What may be published as fact: the knowledge base without the events no person has reviewed.

An event a command proposed (`reviewed: false`) changes no status, map colour, date-control state,
export row or feed entry until a person accepts it; nor does a quote a command added to an event a
person had reviewed (`reviewed: false` on the quote). Site pages and the Review page still show it,
marked as proposed. A site known only from such events is *unconfirmed*: it is listed with a
review mark, its status reads "Unconfirmed", and the exports leave it out. A project may choose to
publish unreviewed events (`publish_unreviewed: true` under the heritage plugin); then this view
is the knowledge base itself.
"""
from __future__ import annotations

from dataclasses import replace

from .content.model import KnowledgeBase, Site
from .status import Status, current

UNCONFIRMED = "unconfirmed"


def proposed(site: Site) -> list:
    """The site's events no person has reviewed yet."""
    return [e for e in site.events if not e.reviewed]


def proposed_quotes(site: Site) -> list:
    """(event, quote) for each quote a command added to an event a person had reviewed."""
    return [(e, ev) for e in site.events if e.reviewed for ev in e.evidence if not ev.reviewed]


def _checked(event):
    """The reviewed event as published: without the quotes no person has checked yet."""
    if all(ev.reviewed for ev in event.evidence):
        return event
    return replace(event, evidence=tuple(ev for ev in event.evidence if ev.reviewed))


def unconfirmed(site: Site) -> bool:
    """Known only from unreviewed claims: it has events, none is reviewed, and no person described
    it (ingest writes no description; a site made by hand with one is known from that person)."""
    return bool(site.events) and not site.description and all(not e.reviewed for e in site.events)


def facts(kb: KnowledgeBase, publish_unreviewed: bool = False) -> KnowledgeBase:
    """Every site, each with its reviewed events and their reviewed quotes only (anchors unchanged)."""
    changed = {sid for sid, s in kb.sites.items() if proposed(s) or proposed_quotes(s)} if not publish_unreviewed else ()
    if not changed:
        return kb
    sites = {sid: replace(site, events=tuple(_checked(e) for e in site.events if e.reviewed)) if sid in changed else site
             for sid, site in kb.sites.items()}
    return KnowledgeBase(sites, kb.sources, kb.texts)


def exported(kb: KnowledgeBase, publish_unreviewed: bool = False) -> KnowledgeBase:
    """What the downloads and the feed hold: the facts, without the unconfirmed sites."""
    if publish_unreviewed:
        return kb
    view = facts(kb)
    sites = {sid: site for sid, site in view.sites.items() if not unconfirmed(kb.sites[sid])}
    return view if len(sites) == len(view.sites) else KnowledgeBase(sites, kb.sources, kb.texts)


def statuses(kb: KnowledgeBase, publish_unreviewed: bool = False) -> dict[str, Status]:
    """Site id -> the status a reader is shown: from reviewed events; "unconfirmed" for an
    unconfirmed site."""
    view = facts(kb, publish_unreviewed)
    return {sid: Status(UNCONFIRMED) if not publish_unreviewed and unconfirmed(site) else current(view.sites[sid], view)
            for sid, site in kb.sites.items()}
