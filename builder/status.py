"""A site's status, derived from its events and never typed by hand. The one place the rule lives.

Each event type has at most two effects (vocab.yml): on the fabric (`condition`: intact, damaged,
looted, destroyed, restored) and on who holds the site (`control`: occupied or free). Walking the
events in date order, the latest effect of each kind holds, except that damage or looting after a
destruction does not make a destroyed site merely damaged: only a restoration (or a rebuild) does.
The status shown is the most telling of the two: destroyed, then occupied, then looted / damaged,
then restored, else intact.

"At a date" an event dated to a day, month or year counts from the start of that day, month or
year (a reader choosing "May 2015" expects May's seizure). An event known only within a range
(an interval, or undated: known by the time its source was published) counts once the range is
over; before that, while the range straddles the day, it is `pending`: it may have happened.
"""
from __future__ import annotations

from dataclasses import dataclass

from .content.model import Event, KnowledgeBase, Site
from .dates import Bound
from .vocab import event_types

_SEVERITY = {"intact": 0, "restored": 0, "damaged": 1, "looted": 1, "destroyed": 2}


@dataclass(frozen=True)
class Status:
    key: str  # intact | restored | occupied | looted | damaged | destroyed
    event: Event | None = None  # the event that set it
    reported: bool = False  # that event is only reported
    occupied: bool = False
    condition: str = "intact"
    pending: tuple[Event, ...] = ()


def known_by(event: Event, kb: KnowledgeBase) -> Bound | None:
    """The day by which the event had certainly happened."""
    if event.date and event.date.upper:
        return event.date.upper
    published = [kb.sources[e.source].published for e in event.evidence
                 if e.source in kb.sources and kb.sources[e.source].published]
    uppers = [p.upper for p in published if p and p.upper]
    return min(uppers) if uppers else None


def earliest(event: Event) -> Bound | None:
    return event.date.lower if event.date else None


def effective(event: Event, kb: KnowledgeBase) -> Bound | None:
    """The day from which the event counts in the status."""
    if event.date and event.date.lower and not event.date.interval:
        return event.date.lower
    return known_by(event, kb)


def order_key(event: Event, kb: KnowledgeBase) -> tuple:
    """Where an event stands in date order: undated events by the day their sources knew of them."""
    by = known_by(event, kb)
    far = (9999, 12, 31)
    return (earliest(event) or by or far, by or far, event.index)


def ordered(events, kb: KnowledgeBase) -> list[Event]:
    """Date order; undated events by the day their sources knew of them."""
    return sorted(events, key=lambda e: order_key(e, kb))


def derive(events: list[Event]) -> Status:
    """Status after `events`, which must be in date order."""
    types = event_types()
    condition, cond_event, occupied, ctrl_event = "intact", None, False, None
    for event in events:
        effect = types.get(event.type, {})
        new = effect.get("condition")
        if new and not (condition == "destroyed" and _SEVERITY.get(new, 0) in (1,)):
            condition, cond_event = new, event
        control = effect.get("control")
        if control:
            occupied, ctrl_event = control == "occupied", event
    if condition == "destroyed":
        key, by = "destroyed", cond_event
    elif occupied:
        key, by = "occupied", ctrl_event
    elif condition in ("looted", "damaged", "restored"):
        key, by = condition, cond_event
    else:
        key, by = "intact", None
    return Status(key, by, bool(by and by.certainty == "reported"), occupied, condition)


def current(site: Site, kb: KnowledgeBase) -> Status:
    return derive(ordered(site.events, kb))


def timed(site: Site, kb: KnowledgeBase) -> list[tuple]:
    """(event, day it counts from, earliest day it may have happened) for the site's events, in order."""
    return [(event, effective(event, kb), earliest(event)) for event in ordered(site.events, kb)]


def split(events: list[tuple], day: Bound) -> tuple[list, list]:
    """Of `timed` events, those certainly over by `day` and those that may have been (pending)."""
    done, pending = [], []
    for event, since, first in events:
        if since and since <= day:
            done.append(event)
        elif first is None or first <= day:
            pending.append(event)
    return done, pending


def at(site: Site, kb: KnowledgeBase, day: Bound) -> Status:
    """Status on `day`: events certainly over by then count; those that may have been are pending."""
    done, pending = split(timed(site, kb), day)
    status = derive(done)
    return Status(status.key, status.event, status.reported, status.occupied, status.condition, tuple(pending))


def changes(site: Site, kb: KnowledgeBase) -> list[tuple[Bound | None, Bound | None, str]]:
    """(from, until, status) spans over the site's history, as `at()` sees them: the status can
    only change on a day an event starts to count, so `at()` is asked on those days alone."""
    days = sorted({d for e in site.events for d in (effective(e, kb),) if d})
    spans: list[tuple[Bound | None, Bound | None, str]] = []
    start: Bound | None = None
    last = derive([]).key
    for day in days:
        now = at(site, kb, day).key
        if now != last:
            spans.append((start, day, last))
            start, last = day, now
    spans.append((start, None, last))
    return spans
