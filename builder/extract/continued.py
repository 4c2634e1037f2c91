"""'On Sunday the militants moved on to the tombs of X and Y': a campaign told before goes on to new sites.

Such a claim takes the strongest harm told earlier in the article ('tore down' → destroyed, then
'attacked ... with pickaxes' → damaged: destroyed); with none told before, it is dropped.
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
        told = [e for i, evs in earlier_events.items() if i < c.sentence for e in evs if ranked(e)]
        if told:
            c.event = max(told, key=strength)
            out.append(c)
    return out
