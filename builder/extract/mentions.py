"""Stage `mentions`: each sentence's site mentions (sites.py finds them; known.py links names), and
what a later anaphor may point back to.

A site named inside quoted speech or as an object's provenance ("the lion statue from Palmyra") is
kept as a mention but is not what a later "the city" or "it" stands for.
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..vocab.site_kinds import site_kinds
from .known import gazetteer_lookup, gazetteer_site
from .clauses import quoted
from .listed import CUE as LISTING
from .model import Mention, Site
from .named_patients import MADE, plausible, made_names, may_name, named_patients
from .roles import compared
from .sites import BAD_CAP_HEAD, Gazetteer, find_mentions, provenance
from .state import ArticleState
from .triggers import find_triggers


def stage(state: ArticleState) -> None:
    gaz = _gazetteer(tuple(state.known_sites))
    history = []
    first = next((s for s in state.sentences if not s.highlight), None)
    # one batch: the sentences listed.py and named_patients.py read
    state.parses.add([s.text for s in state.sentences
                      if LISTING.search(s.text) or MADE.search(s.text) or
                      may_name(s.text, find_triggers(s.text, state.lex), state.text)])
    names: dict[str, Site] = {}  # bare names found to be sites so far in the article
    for sent in state.sentences:
        state.history[sent.index] = list(history)
        mentions = find_mentions(sent.text, gaz, history, lead=sent is first, parses=state.parses,
                                 told=state.before(sent), paragraph=sent.paragraph)
        mentions += named_patients(sent.text, mentions, find_triggers(sent.text, state.lex), state.parses, gaz,
                                   state.lex, state.text)
        mentions += made_names(sent.text, mentions, state.parses, gaz)
        mentions = sorted(mentions + named_again(sent.text, mentions, names), key=lambda m: m.start)
        names.update((m.text, m.site) for m in mentions if bare_name(m))
        for m in mentions:
            m.paragraph = sent.paragraph
        history += [m for m in mentions if not quoted(sent.text, m.start) and not provenance(sent.text, m.start)
                    and not (COMPARING.search(sent.text) and compared(state.parses[sent.text], m))]
        # a place in the attribution a sentence opens with is where its speakers are, not a scene of what it tells
        # ('According to community leaders in Latakia, the church was ransacked'); later sentences may still name it
        state.mentions[sent.index] = [m for m in mentions if not ATTRIBUTION.match(sent.text[:m.start])]
        state.named += [(sent.index, m) for m in mentions if not m.anaphor and m.site.pending is None]


ATTRIBUTION = re.compile(r"\W*According\s+to\b[^,;]*$", re.I)


def bare_name(m: Mention) -> bool:
    """A site the article named by a proper name alone, with no site noun and unknown to the gazetteer ('the
    Derzhprom', once an appositive or the parse said it is a site)."""
    return not m.anaphor and not m.site.known and m.site.heritage and m.site.pending is None and \
        m.text.removeprefix("the ").removeprefix("The ") == m.site.name and plausible(m.site.name)


def named_again(text: str, found: list[Mention], names: dict[str, Site]) -> list[Mention]:
    """The bare names the article has shown to be sites, wherever they come again ('Looters stripped the
    Derzhprom ... a fire at the Derzhprom damaged its roof'): a name with no site noun is a mention only where
    a trigger's role or an appositive says what it is (named_patients.py, sites.py), so later sentences,
    and the 'it' that follows them, would lose it."""
    out = []
    for name, site in names.items():
        for m in re.finditer(rf"(?<![\w’'\-]){re.escape(name)}(?![\w’'\-])", text):
            # (not inside a longer name, nor owned: "Louvre's Apollo Gallery" is told of through its owner)
            before = re.search(r"([A-Z][\w’'\-]*)\s+$", text[:m.start()])
            if not any(x.start < m.end() and m.start() < x.end for x in found + out) and \
                    (before is None or before.group(1) in BAD_CAP_HEAD):
                out.append(Mention(m.start(), m.end(), name, site))
    return out


# words that may open a comparison: only sentences holding one are parsed here (roles.compared reads the parse)
_OPENERS = site_kinds().comparisons | {c.split()[-1] for c in site_kinds().comparison_clauses}
COMPARING = re.compile(rf"\b(?:{'|'.join(sorted(_OPENERS))})\b", re.I)


@lru_cache(maxsize=8)
def _gazetteer(sites: tuple[Site, ...]) -> Gazetteer:
    """Compiling the name pattern costs more than reading an article: once per list of sites."""
    return Gazetteer(list(sites), fallback=gazetteer_lookup, described=gazetteer_site)
