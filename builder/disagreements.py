"""Where a source's own reading of an event differs from the event's: one rule that the pages
(claims side by side) and the downloads (the CSV's `disputed` column) both show."""
from __future__ import annotations

from . import dates
from .content.model import Event, Evidence


def differs(event: Event, ev: Evidence) -> list[str]:
    """Fields on which this quote's own reading differs from the event's (date, actor, certainty).
    A coarser date that covers the event's ("late March" around "March 27") agrees with it."""
    fields = []
    if ev.date and not (event.date and (dates.contains(ev.date, event.date) or dates.contains(event.date, ev.date))):
        fields.append("date")
    fields += [name for name in ("actor", "certainty") if getattr(ev, name) and getattr(ev, name) != getattr(event, name)]
    return fields


def disagreements(event: Event) -> list[str]:
    """Fields on which a source's reading differs from the event's. A quote proposed for an event a
    person reviewed (`reviewed: false` on the quote) is not yet a source's reading: it counts once
    accepted."""
    if not any(ev.date or ev.actor or ev.certainty for ev in event.evidence):  # no quote reads it its own way
        return []
    found = {f for ev in event.evidence if not event.proposed_quote(ev) for f in differs(event, ev)}
    return [f for f in ("date", "actor", "certainty") if f in found]
