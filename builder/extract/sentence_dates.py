"""Stage `dates`: the dates each sentence gives itself and the ones it uses.

A sentence with no date of its own inherits the last one told ("The next day ..." aside: anchors.py);
"collapsed when the quake struck" takes the quake's date told elsewhere in the article. The date model
and the time expressions are dates.py's; which trigger a date goes to is event_dates.py's (frames).
"""
from __future__ import annotations

from .anchors import by_event_noun, continued, dated_events, inherited, names_event
from .dates import DateContext, find_dates
from .state import ArticleState


def stage(state: ArticleState) -> None:
    ctx = state.reference or DateContext(state.published)
    for sent in state.sentences:  # in order: "the following year" counts from the year named before
        ctx.new_paragraph = sent.index > 0 and _new_paragraph(state, sent)
        state.own_dates[sent.index] = find_dates(sent.text, ctx)
    state.event_dates = article_events(state)
    prev_dates = []
    for sent in state.sentences:
        own = state.own_dates[sent.index]
        dates = own or inherited(sent.text, prev_dates) or (
            continued(sent.text, prev_dates) if sent.index and not _new_paragraph(state, sent) else [])
        known = events_known_at(state.event_dates, sent.index)
        if known and names_event(sent.text):
            dates = sorted(dates + [d for d in by_event_noun(state.parses[sent.text], known)
                                    if not any(d.start < o.end and o.start < d.end for o in dates)],
                           key=lambda d: d.start)
        state.dates[sent.index] = dates
        prev_dates = dates


def _new_paragraph(state: ArticleState, sent) -> bool:
    prev = state.sentences[sent.index - 1]
    return "\n\n" in state.text[prev.offset:sent.offset].replace("\r", "") or prev.highlight != sent.highlight


def article_events(state: ArticleState) -> dict[int, list]:
    """Event kind → the tellings (anchors.Telling) of each sentence that dates an event of that kind."""
    out: dict[int, list] = {}
    for sent in state.sentences:
        own = state.own_dates[sent.index]
        if own and names_event(sent.text):
            for kind, telling in dated_events(state.parses[sent.text], own, sent.index).items():
                out.setdefault(kind, []).append(telling)
    return out


def events_known_at(told: dict[int, list], index: int) -> dict:
    """The date of each event kind as a sentence that does not date it itself knows it: its most
    precise telling, the earliest of equals (the news is told to the day, an earlier disaster of its
    kind mostly to the year), wherever it stands (a lead names the disaster before the next sentence
    dates it)."""
    return {kind: max(tellings, key=lambda t: (t.date.rank, -t.sentence)).date
            for kind, tellings in told.items() if all(t.sentence != index for t in tellings)}
