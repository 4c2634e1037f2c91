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
from functools import partial

from .content.model import KnowledgeBase, Site
from .memo import NoMemo, inputs_of, per_object
from .status import Status, current

UNCONFIRMED = "unconfirmed"


@per_object
def proposed(site: Site) -> tuple:
    """The site's events no person has reviewed yet."""
    return tuple(e for e in site.events if not e.reviewed)


@per_object
def proposed_quotes(site: Site) -> tuple:
    """(event, quote) for each quote a command added to an event a person had reviewed."""
    return tuple((e, ev) for e in site.events for ev in e.evidence if e.proposed_quote(ev))


def _checked(event):
    """The reviewed event as published: without the quotes no person has checked yet."""
    if not any(event.proposed_quote(ev) for ev in event.evidence):
        return event
    return replace(event, evidence=tuple(ev for ev in event.evidence if not event.proposed_quote(ev)))


def unconfirmed(site: Site) -> bool:
    """Known only from unreviewed claims: it has events, none is reviewed, and no person described
    it (ingest writes no description; a site made by hand with one is known from that person)."""
    return bool(site.events) and not site.description and all(not e.reviewed for e in site.events)


_VIEWS: dict[tuple, tuple] = {}  # (view, publish_unreviewed) -> (knowledge base, its view), the last asked


def _view(kb: KnowledgeBase, name: str, publish_unreviewed: bool, make) -> KnowledgeBase:
    """A view of `kb`, made once per knowledge base object: a build asks for it from the pages, the
    statuses, the Data page and the downloads (each a pass over every site of 10,000)."""
    hit = _VIEWS.get((name, publish_unreviewed))
    if hit is None or hit[0] is not kb:
        hit = _VIEWS[(name, publish_unreviewed)] = (kb, make(kb, publish_unreviewed))
    return hit[1]


def facts(kb: KnowledgeBase, publish_unreviewed: bool = False) -> KnowledgeBase:
    """Every site, each with its reviewed events and their reviewed quotes only (anchors unchanged)."""
    return _view(kb, "facts", publish_unreviewed, _facts)


def _facts(kb: KnowledgeBase, publish_unreviewed: bool) -> KnowledgeBase:
    changed = {sid for sid, s in kb.sites.items() if proposed(s) or proposed_quotes(s)} if not publish_unreviewed else ()
    if not changed:
        return kb
    sites = {sid: replace(site, events=tuple(_checked(e) for e in site.events if e.reviewed)) if sid in changed else site
             for sid, site in kb.sites.items()}
    return KnowledgeBase(sites, kb.sources, kb.texts)


def exported(kb: KnowledgeBase, publish_unreviewed: bool = False) -> KnowledgeBase:
    """What the downloads and the feed hold: the facts, without the unconfirmed sites."""
    return _view(kb, "exported", publish_unreviewed, _exported)


def _exported(kb: KnowledgeBase, publish_unreviewed: bool) -> KnowledgeBase:
    if publish_unreviewed:
        return kb
    view = facts(kb)
    sites = {sid: site for sid, site in view.sites.items() if not unconfirmed(kb.sites[sid])}
    return view if len(sites) == len(view.sites) else KnowledgeBase(sites, kb.sources, kb.texts)


def statuses(kb: KnowledgeBase, publish_unreviewed: bool = False, memo=None) -> dict[str, Status]:
    """Site id -> the status a reader is shown: from reviewed events; "unconfirmed" for an
    unconfirmed site. With a `memo` (memo.py), a site's status is made again only when the site
    or a source it cites changed (they are all it depends on)."""
    view = facts(kb, publish_unreviewed)
    memo = memo or NoMemo()

    def status(sid: str, site: Site) -> Status:
        return Status(UNCONFIRMED) if not publish_unreviewed and unconfirmed(site) else current(view.sites[sid], view)

    inputs = inputs_of(kb)
    return {sid: memo.get(("status", sid), (publish_unreviewed, inputs[sid]), partial(status, sid, site))
            for sid, site in kb.sites.items()}
