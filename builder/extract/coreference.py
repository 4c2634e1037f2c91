"""Coreference inside one article: what a description, a pronoun or a pseudo-event stands for.

The rules, in the order the pipeline applies them:

1. A definite description ("the city", "the temple", "the 12th-century mosque", "the building"),
   while mentions are read (`antecedent`, called by sites.find_mentions): its head noun gives the
   kinds it may name (site_kinds.yml `anaphors`: "the city" a settlement, "the minaret" a mosque or a
   monument, "the site" any heritage site); it names the most recent compatible site mention, first
   in its own sentence (right to left), then in the article before it (latest first). Sites named in
   quoted speech or as an object's provenance ("statues from Nineveh") are no antecedents
   (mentions.py keeps them out of the history). A bare "the site" names the article's topic: the
   heritage site named most often so far, in a tie the one named first.
   A description of one building opening a sentence, when its paragraph names no fitting site, is the bare one-word
   name the sentence before put after a word of place ("... turned on Chittorgarh, the largest of the six. The
   fort fell in 1303": sites.find_mentions; a town's name stands for its building, "Chittorgarh Fort").
   A description whose paragraph names no fitting site before it names the article's topic among the
   fitting ones ("the house" three sentences after a one-off "the Schiller Theater", its interim
   venue, in the paragraph before, is the opera house the article is about).
2. "it", "its" after a site in the same sentence or at the start of the next (frames.py: "the Romans
   overtook it", "It was razed in 1945", "damaged part of its chapel"); an "it" whose paragraph names
   no site before it stands for the article's topic.
3. A lead description named later (stage `coreference`: cataphora.py): "A 19th-century cathedral was
   hit ... the Ghazanchetsots Cathedral": the first named site of a fitting kind in the next three
   sentences (an owned one, "the city's castle", may also point back two sentences); a claim whose
   description names nothing is dropped.
4. A campaign that goes on (stage `coreference`: continued.py): "the militants moved on to the tombs
   of X" takes the strongest harm told before it in the article.
"""
from __future__ import annotations

from .cataphora import resolve as resolve_descriptions
from .continued import resolve as resolve_continued
from ..vocab.site_kinds import site_kinds


def antecedent(noun: str, modifiers: str, earlier: list, history: list, paragraph: int | None = None):
    """The Site a definite description with head `noun` names (rule 1), or None. `earlier`: the
    mentions of its sentence before it; `history`: those of the article's earlier sentences;
    `paragraph`: its sentence's paragraph."""
    kinds, fits = site_kinds().anaphors[noun.lower()], fitting_kind(noun)
    nearest_first = sorted(earlier, key=lambda m: m.start, reverse=True) + history[::-1]
    fitting = [m.site for m in nearest_first if fits(m)]
    if paragraph is not None and fitting and not any(fits(m) for m in earlier) and \
            not any(fits(m) for m in history if m.paragraph == paragraph):
        main = topic([m for m in history if fits(m) and not m.text.isupper()])  # (not a heading's name)
        times = lambda site: sum(m.site.name == site.name for m in history)
        if main is not None and times(fitting[0]) == 1 and times(main) >= 2 and not \
                any(m.text.isupper() for m in history if m.site.name == fitting[0].name):
            fitting = [main] + fitting
    # 'the natural history museum' after 'the Museum of Natural History and the Museum of Arts': the site whose
    # name holds the description's words, else the nearest; 'the cathedral' after 'Reims Cathedral' and then 'the
    # basilica in Albert': not the nearest, which another site noun names, but the one called a cathedral
    words = {w.lower() for w in modifiers.split()}
    named = [s for s in fitting if words and words <= _words(s.name)]
    if not named and fitting and noun.lower() not in _words(fitting[0].name) and \
            _words(fitting[0].name) & site_kinds().heads.keys():
        named = [s for s in fitting if noun.lower() in _words(s.name)]
    target = next(iter(named or fitting), None)
    own = any(m.site.heritage for m in earlier)  # a site named before it in its own sentence is what it means
    if kinds is None and noun.lower() == "site" and not modifiers.strip() and not own:
        target = topic(history + earlier) or target
    return target


def fitting_kind(noun: str):
    """Whether a mention's site is of a kind a description with head `noun` may name ('the city' a settlement;
    'the site' any heritage site)."""
    kinds = site_kinds().anaphors[noun.lower()]
    return lambda m: m.site.heritage if kinds is None else m.site.kind in kinds


def _words(name: str) -> set[str]:
    return {w.lower() for w in name.split()}


def topic(mentions: list):
    """The heritage site named most often in `mentions`; in a tie the one named first (a news lead
    names its topic first)."""
    counts: dict = {}
    for m in mentions:
        if m.site.heritage and m.site.pending is None:
            counts[m.site.name] = counts.get(m.site.name, 0) + 1
    if not counts:
        return None
    name = max(counts, key=lambda n: counts[n])
    return next(m.site for m in mentions if m.site.name == name)


def stage(state) -> None:
    """Rules 3 and 4, once every claim is known."""
    state.claims = resolve_descriptions(state.claims, state.named)
    state.claims = resolve_continued(state.claims, state.told)
