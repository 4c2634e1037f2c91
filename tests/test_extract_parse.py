"""The parsing model: the packaged small English pipeline, the spaCy version it was built for."""
import spacy
from spacy.util import is_compatible_version

from builder.extract.parse import Parses, model_meta, span_root, token_at


def test_the_installed_model_suits_the_installed_spacy():
    meta = model_meta()
    assert meta["lang"] == "en" and meta["license"] == "MIT"
    assert {"tagger", "parser"} <= set(meta["pipeline"])
    assert is_compatible_version(spacy.__version__, meta["spacy_version"])


def test_a_sentence_is_parsed_once_and_read_by_characters():
    parses = Parses()
    text = "The Great Mosque of Aleppo was destroyed by rebels."
    doc = parses[text]
    assert parses[text] is doc
    assert token_at(doc, text.index("destroyed")).dep_ == "ROOT"
    head = span_root(doc, 0, text.index(" was"))
    assert head.text == "Mosque" and head.dep_ == "nsubjpass"


def test_a_sentence_past_the_parse_limit_is_parsed_only_so_far():
    from builder.extract.parse import MAX_CHARS

    text = "word " * (MAX_CHARS // 2)
    doc = Parses()[text]
    assert len(doc.text) <= MAX_CHARS
    assert token_at(doc, len(text) - 3) is None  # past the parsed part: no token, no verdict


def test_a_sentence_is_one_tree_and_its_date_reaches_the_main_verb():
    """sentences.py already split the article: the parser must not split a sentence again, or a time
    phrase lands in a second tree with no event ('... List in 1985, two years after ...')."""
    from extract_helpers import run
    import datetime as dt

    text = "Petra was added to the UNESCO World Heritage List in 1985, two years after Jordan asked for it."
    doc = Parses()[text]
    assert sum(t.head.i == t.i for t in doc) == 1
    assert ("Petra", "inscribed", "1985") in run(text, dt.date(2016, 12, 10))
