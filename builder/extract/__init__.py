"""Article text → claims: which site, what happened, when (EDTF), who did it, how sure.

    extract_claims(text, published, known_sites) -> list[Claim]
    read_article(path) -> Article

The stages are listed in order in pipeline.py; each takes one article's state (state.py) and adds
to it. Vocabularies are data: builder/vocab/vocab.yml (through registry.py), events_lexicon.yml and
heritage_sites.yml.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import replace
from pathlib import Path

from .known import builtin_sites, content_sites, known_sites as load_known_sites
from .model import Article, Claim, Site
from .pipeline import run
from .publication import Publication
from .read import read_article

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
    return run(text, pub, known_sites, include_built)
