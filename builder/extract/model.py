"""The extractor's data: plain dataclasses passed from one stage to the next."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field

from ..vocab.site_kinds import site_kinds
from .dates import EDate


@dataclass(frozen=True)
class Article:
    text: str
    title: str | None
    published: dt.date | None
    highlights: tuple[str, ...] = ()
    kind: str = "text"  # text | story | html
    # where the article has them (HTML metadata, a headline or byline line): the source's description
    publisher: str | None = None
    author: str | None = None
    url: str | None = None


@dataclass(frozen=True)
class Site:
    """A known or recognised site: canonical name, kind, other names, container."""
    name: str
    kind: str = "other"
    aliases: tuple[str, ...] = ()
    part_of: str | None = None
    known: bool = True
    pending: tuple | None = None  # a lead description ('a 12th-century church'): (kind, owned), named later

    @property
    def heritage(self) -> bool:
        return not site_kinds().in_group(self.kind, "not_heritage")


@dataclass(frozen=True)
class Sentence:
    text: str  # whitespace runs collapsed
    offset: int  # where it starts in the article text
    index: int
    highlight: bool = False
    paragraph: int = 0  # which paragraph of the article it is in


@dataclass
class Mention:
    start: int
    end: int
    text: str
    site: Site
    anaphor: bool = False
    inner: Site | None = None  # "a museum in Mosul": Mosul, the nearest noun for a following "which"
    listed_at: int = -1  # where the listing verb whose object the parse says it is starts (listed.py)
    paragraph: int = -1  # the paragraph of the sentence it is in, once the sentence is read (mentions.py)
    others: tuple[Site, ...] = ()  # 'both mosques': the other site the description names with `site`


@dataclass
class Claim:
    site: str
    mention: str
    event: str
    date: EDate | None
    actor: str | None
    certainty: str
    quote: str
    offset: int
    sentence: int
    kind: str = "other"
    aliases: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    dates: list[EDate] = field(default_factory=list)  # other candidates (from retellings, hints)
    part_of: str | None = None
    trigger: str = ""
    highlight: bool = False
    known: bool = True  # the site is in content/ or the built-in list, not guessed from a phrase
    noun: bool = False  # told by a noun ("the destruction of X"), not a verb
    pending: tuple | None = None  # told about a lead description, to be resolved (cataphora.py)
    offset_in: int = 0  # where the mention starts in its sentence
    trigger_at: int = -1  # where the trigger starts in its sentence (-1: not told by a trigger there)
    listed: bool = False  # one of the names a listing verb takes (listed.py): its conjuncts have claims of their own

    @property
    def named_here(self) -> bool:
        """Does the quote name the site at offset_in? Not when a pronoun names a site told in a sentence before
        ('It was repaired in 1998'): the offset is then in that sentence, not in this one's parse."""
        return self.quote[self.offset_in:self.offset_in + len(self.mention)] == self.mention

    def as_dict(self) -> dict:
        return {
            "site": self.site, "mention": self.mention, "event": self.event,
            "date": self.date.edtf if self.date else None, "actor": self.actor,
            "certainty": self.certainty, "quote": self.quote, "quotes": self.quotes or [self.quote],
            "offset": self.offset, "aliases": self.aliases, "kind": self.kind, "part_of": self.part_of,
        }
