"""The extractor's stages, in order: each takes the article's state (state.py) and adds to it.

    sentences    sentences.py    text → sentences with offsets, highlights marked
    mentions     mentions.py     site mentions per sentence, named through the place-name index
                 (named_patients.py: a bare name the parse makes an event's patient)
    dates        sentence_dates.py  the dates each sentence gives and inherits (dates.py, anchors.py)
    frames       events.py       triggers → claims: site, event, actor, date, certainty per clause
    ages         ages.py         'the 1,800-year-old arch' → built
    certainty    certainty.py    a sentence that casts doubt on the one before
    coordination coordination.py conjuncts share a claim; parts go to their owner (parse)
    assertion    assertion.py    negated, compared, denied, planned, possible events go (parse)
    actors       actors.py       an actor is a noun phrase of the parse
    coreference  coreference.py  descriptions and pseudo-events resolved
    event dates  main_event.py   hints of siteless event words; the main event's date
    merge        merge.py        one claim per site and event
"""
from __future__ import annotations

from . import actors, ages, assertion, certainty, coordination, coreference, events, lexicon, main_event, mentions, \
    merge, sentence_dates, sentences
from .model import Claim, Site
from .parse import Parses
from .dates import DateContext
from .publication import Publication, combine, reading
from .state import ArticleState
from .triggers import forget as forget_triggers

STAGES = (
    ("sentences", sentences.stage),
    ("mentions", mentions.stage),
    ("dates", sentence_dates.stage),
    ("frames", events.stage),
    ("ages", ages.stage),
    ("certainty", certainty.stage),
    ("coordination", coordination.stage),
    ("assertion", assertion.stage),
    ("actors", actors.stage),
    ("coreference", coreference.stage),
    ("event dates", main_event.stage),
    ("merge", merge.stage),
)


def run(text: str, published: Publication, known_sites: list[Site], include_built: bool = True) -> list[Claim]:
    """The article's claims; a publication known only to the month or year is read from its first and
    its last possible day, and dates that depend on the day become intervals (publication.py)."""
    parses = Parses()  # shared by both readings: the parse does not depend on the date
    if published.exact:
        return _run_once(text, reading(published, published.first), known_sites, include_built, parses).claims
    early = _run_once(text, reading(published, published.first), known_sites, include_built, parses).claims
    late = _run_once(text, reading(published, published.last), known_sites, include_built, parses).claims
    return combine(early, late, published)


def _run_once(text: str, reference: DateContext, known_sites: list[Site], include_built: bool,
              parses: Parses) -> ArticleState:
    forget_triggers()  # per article: a benchmark's second pass must not read the first one's
    state = ArticleState(text=text, published=reference.published, known_sites=known_sites,
                         include_built=include_built, lex=lexicon.load(), parses=parses, reference=reference)
    for _, stage in STAGES:
        stage(state)
    return state
