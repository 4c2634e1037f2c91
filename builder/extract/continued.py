"""'On Sunday the militants moved on to the tombs of X and Y': a campaign told before goes on to new sites.

Such a claim takes the strongest harm told earlier in the article ('tore down' → destroyed, then
'attacked ... with pickaxes' → damaged: destroyed); with none told before, it is dropped. 'Followed'
takes the event told just before it, whatever it is ('The Golden Hall was rebuilt in 1976, and the
West Pagoda followed in 1981': rebuilt).
"""
from __future__ import annotations

from ..vocab.registry import event_type, ranked, strength


def resolve(claims, earlier_events) -> list:
    """`earlier_events`: sentence index → the harm events of the live triggers told in it."""
    out = []
    for c in claims:
        if event_type(c.event) is None or event_type(c.event).written:
            out.append(c)
            continue
        if c.trigger.lower().startswith("followed"):
            before = [o for o in claims if event_type(o.event) is not None and event_type(o.event).written and
                      (o.sentence, o.trigger_at) < (c.sentence, c.trigger_at)]
            if before:
                c.event = max(before, key=lambda o: (o.sentence, o.trigger_at)).event
                out.append(c)
            continue
        told = [e for i, evs in earlier_events.items() if i < c.sentence for e in evs if ranked(e)]
        if told:
            c.event = max(told, key=strength)
            out.append(c)
    return out
