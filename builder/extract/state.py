"""One article's extraction state: what each stage reads and adds, in one object.

The stages (listed in order in pipeline.py) fill these fields; a stage adds its own fields and
may filter or refine `claims`, never another stage's inputs.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from .dates import DateContext
from .lexicon import Lexicon
from .model import Claim, Mention, Sentence, Site
from .parse import Parses


@dataclass
class ArticleState:
    # given
    text: str
    published: dt.date  # one day: an article known only to the month or year runs twice (pipeline.py)
    known_sites: list[Site]
    include_built: bool
    lex: Lexicon
    parses: Parses
    # the reference time of this reading: the publication day it counts from, with the calendar and
    # precision the publication date allows (publication.reading)
    reference: DateContext | None = None
    # sentences
    sentences: list[Sentence] = field(default_factory=list)
    # mentions: sentence index → its site mentions; what an anaphor in that sentence may point back to;
    # every named (non-anaphoric) site mention with its sentence, for lead descriptions named later
    mentions: dict[int, list[Mention]] = field(default_factory=dict)
    history: dict[int, list[Mention]] = field(default_factory=dict)
    named: list[tuple[int, Mention]] = field(default_factory=list)
    # dates: sentence index → the dates it gives itself, and those it uses (own, inherited, by event noun)
    own_dates: dict[int, list] = field(default_factory=dict)
    dates: dict[int, list] = field(default_factory=dict)
    event_dates: dict[int, list] = field(default_factory=dict)  # event kind → its tellings (anchors.Telling)
    # frames: the claims, the date hints of siteless event words, the live events told per sentence
    claims: list[Claim] = field(default_factory=list)
    hints: list = field(default_factory=list)
    told: dict[int, list[str]] = field(default_factory=dict)

    def previous(self, sent: Sentence) -> Sentence | None:
        return self.sentences[sent.index - 1] if sent.index > 0 else None

    def before(self, sent: Sentence) -> str:
        """The article's text before the sentence."""
        return self.text[:sent.offset]
