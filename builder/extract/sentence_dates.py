"""Stage `dates`: the dates each sentence gives itself and the ones it uses.

A sentence with no date of its own inherits the last one told ("The next day ..." aside: anchors.py);
"collapsed when the quake struck" takes the quake's date told in an earlier sentence. The date model
and the time expressions are dates.py's; which trigger a date goes to is event_dates.py's (frames).
"""
from __future__ import annotations

from .anchors import by_event_noun, dated_events, inherited
from .dates import DateContext, find_dates
from .state import ArticleState


def stage(state: ArticleState) -> None:
    ctx = state.reference or DateContext(state.published)
    prev_dates = []
    events_dated = {}
    for sent in state.sentences:
        own = find_dates(sent.text, ctx)
        state.own_dates[sent.index] = own
        dates = own or inherited(sent.text, prev_dates)
        dates = sorted(dates + [d for d in by_event_noun(sent.text, events_dated)
                                if not any(d.start < o.end and o.start < d.end for o in dates)], key=lambda d: d.start)
        events_dated = {**dated_events(sent.text, own), **events_dated}  # the first telling dates the event
        state.dates[sent.index] = dates
        prev_dates = dates
