"""Where a source's own reading of an event differs from the event's: one rule that the pages
(claims side by side) and the downloads (the CSV's `disputed` column) both show."""
from __future__ import annotations

from . import dates
from .content.model import Event


def disagreements(event: Event) -> list[str]:
    """Fields on which a source's own reading differs from the event's (date, actor, certainty).
    A coarser date that covers the event's ("late March" around "March 27") agrees with it."""
    fields = []
    if any(ev.date and not (event.date and (dates.contains(ev.date, event.date) or dates.contains(event.date, ev.date)))
           for ev in event.evidence):
        fields.append("date")
    for name in ("actor", "certainty"):
        if any(getattr(ev, name) and getattr(ev, name) != getattr(event, name) for ev in event.evidence):
            fields.append(name)
    return fields
