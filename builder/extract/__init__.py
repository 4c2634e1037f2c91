"""Article text → claims: which site, what happened, when (EDTF), who did it, how sure.

    extract_claims(text, published, known_sites) -> list[Claim]
    read_article(path) -> Article

Stages, one module each, in order: read (read.py) → sentences → mentions (sites.py; links names
through known.py, the one function to switch to the shared place-name index) → dates → frames
(events.py, frames.py: triggers and their sites) → certainty → parse (parse.py: spaCy, only the
sentences holding a claim, one batch per article) → assertion (assertion.py: comparisons, denials,
plans, threats, possibilities, negations, provenance are no claims) → actors (actors.py: a noun
phrase or nothing) → coreference (cataphora.py, continued.py; anaphors in sites.py) → merge.
publication.py reads an article known only to the month or year from its first and last day.
Vocabularies are data: builder/vocab/vocab.yml (through registry.py), events_lexicon.yml and
heritage_sites.yml.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import lru_cache
from pathlib import Path

from . import lexicon
from .anchors import by_event_noun, dated_events, inherited
from .dates import DateContext, find_dates
from .continued import resolve as resolve_continued
from .events import age_claims, extract_sentence, find_triggers, live_events
from .known import builtin_sites, content_sites, gazetteer_lookup, known_sites as load_known_sites
from .main_event import date_by_main_event
from .merge import merge
from .triggers import forget as forget_triggers
from .model import Article, Claim, Site
from .read import read_article
from .sentences import split
from .sites import Gazetteer, find_mentions, provenance
from .cataphora import resolve as resolve_descriptions
from .certainty import retracts
from .assertion import keep_asserted
from .coordination import parts_to_their_owner, spread_over_conjuncts
from .actors import keep_noun_phrases
from .parse import Parses
from .publication import Publication, combine, reading

__all__ = ["Article", "Claim", "Site", "claims_for_file", "content_sites", "extract_claims", "read_article",
           "load_known_sites"]


def claims_for_file(path: Path, published: Publication | dt.date | None, content: Path | None,
                    include_built: bool = True, content_snapshot: tuple[Site, ...] | None = None
                    ) -> tuple[Article, list[dict]]:
    """Read an article and extract its claims as dicts; `published` defaults to the page's own date.
    `content_snapshot`: the sites of content/ read once before a batch (content_sites), so that every
    article of the batch sees the same names whatever order or process reads it."""
    from ..errors import InputError

    article = read_article(path)
    published = published or article.published
    if published is None:
        raise InputError("no publication date given and none found in the file", path,
                         hint="add --published YYYY-MM-DD (or YYYY-MM, YYYY)")
    if isinstance(published, dt.date):
        published = Publication.on(published)
    article = replace(article, published=published)
    sites = (list(content_snapshot) + builtin_sites(article.text) if content_snapshot is not None
             else load_known_sites(content, article.text))
    return article, [c.as_dict() for c in extract_claims(article.text, published, sites, include_built)]


def extract_claims(text: str, published: Publication | dt.date, known_sites: list[Site] | None = None,
                   include_built: bool = True) -> list[Claim]:
    """The article's claims; a publication known only to the month or year is read from its first and
    its last possible day, and dates that depend on the day become intervals (publication.py)."""
    if known_sites is None:
        known_sites = load_known_sites(Path("content"), text)
    pub = Publication.on(published) if isinstance(published, dt.date) else published
    parses = Parses()
    if pub.exact:
        return _extract(text, reading(pub, pub.first), known_sites, include_built, parses)
    early = _extract(text, reading(pub, pub.first), known_sites, include_built, parses)
    late = _extract(text, reading(pub, pub.last), known_sites, include_built, parses)
    return combine(early, late, pub)


def _extract(text: str, ctx: DateContext, known_sites: list[Site], include_built: bool,
             parses: Parses) -> list[Claim]:
    published = ctx.published
    lex = lexicon.load()
    forget_triggers()  # per article: a benchmark's second pass must not read the first one's
    gaz = _gazetteer(tuple(known_sites))
    history = []
    claims: list[Claim] = []
    hints = []
    prev = None
    prev_dates = []
    events_dated = {}
    told = {}  # sentence index → events of its live triggers ('moved on to' continues the strongest)
    own_dates = {}  # sentence index → the dates it gives itself
    named = []  # (sentence, mention) of every named site: what lead descriptions stand for
    sentences = split(text)
    mentions_by_sentence = {}
    first = next((s for s in sentences if not s.highlight), None)
    for sent in sentences:
        mentions = find_mentions(sent.text, gaz, history, lead=sent is first)
        mentions_by_sentence[sent.index] = mentions
        dates = find_dates(sent.text, ctx)
        own = dates
        own_dates[sent.index] = own
        dates = dates or inherited(sent.text, prev_dates)
        # "collapsed when the quake struck": the quake's date, told in an earlier sentence
        dates = sorted(dates + [d for d in by_event_noun(sent.text, events_dated)
                                if not any(d.start < o.end and o.start < d.end for o in dates)], key=lambda d: d.start)
        events_dated = {**dated_events(sent.text, own), **events_dated}  # the first telling dates the event
        prev_dates = dates
        found, h = extract_sentence(sent, mentions, dates, lex, published, history, prev,
                                    text[:sent.offset], parses)
        if not find_triggers(sent.text, lex) and prev is not None and retracts(sent.text, lex):
            for c in claims:
                if c.sentence == prev.index:
                    c.certainty = "reported"
        claims += found
        told[sent.index] = live_events(sent, lex, prev, text[:sent.offset]) if not sent.highlight else []
        hints += h
        if include_built:
            claims += age_claims(sent, mentions, published)
        history += [m for m in mentions if not _quoted(sent.text, m.start) and not provenance(sent.text, m.start)]
        named += [(sent.index, m) for m in mentions if not m.anaphor and m.site.pending is None]
        prev = sent
    claims = spread_over_conjuncts(claims, mentions_by_sentence, parses)
    claims = parts_to_their_owner(claims, mentions_by_sentence, parses)
    claims = keep_asserted(claims, parses)
    keep_noun_phrases(claims, parses)
    claims = resolve_descriptions(claims, named)
    claims = resolve_continued(claims, told)
    _apply_hints(claims, hints, lex)
    date_by_main_event(claims, sentences, own_dates)
    return merge(claims, lex)


def _quoted(text: str, pos: int) -> bool:
    """Inside quoted speech ("'We are not in a Notre-Dame scenario,' he said"): a site named there is a
    comparison or an aside, not what a later 'the cathedral' points back to."""
    opened = re.findall(r"(?:^|(?<=\s))['‘\"“]|['’\"”](?=[\s,.;:!?]|$)", text[:pos])
    return len(opened) % 2 == 1


@lru_cache(maxsize=8)
def _gazetteer(sites: tuple[Site, ...]) -> Gazetteer:
    """Compiling the name pattern costs more than reading an article: once per list of sites."""
    return Gazetteer(list(sites), fallback=gazetteer_lookup)


def _apply_hints(claims: list[Claim], hints, lex) -> None:
    """'the attack, which took place on Sunday' dates the undated event told just before; 'The slate
    quarries of Wales were added to the list on Wednesday. The Slate Landscape ... becomes the UK's 33rd
    World Heritage site': a dated verb with no site dates an undated claim of its kind told next."""
    for h in hints:
        if h.forward:
            for c in claims:
                if c.sentence == h.sentence + 1 and c.date is None and lex.family(c.event) == h.family \
                        and not c.highlight:
                    c.date = h.date
                    c.dates.append(h.date)
        if not h.backward:
            continue
        cands = [c for c in claims if c.sentence < h.sentence and lex.family(c.event) == h.family]
        near = [c for c in cands if h.sentence - c.sentence <= 4 or h.noun in c.quote.lower()]
        for c in reversed(near):
            if c.date is None or c.date.kind == "open" or c.date.compatible(h.date):
                if c.date is None or c.date.kind == "open" or c.date.rank < h.date.rank:
                    if c.date is None or c.date.compatible(h.date):
                        c.dates.append(h.date)
                        c.date = h.date
                break
