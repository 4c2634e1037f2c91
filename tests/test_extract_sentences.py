"""Sentences: where an article's text is cut into the sentences the later stages read."""
from builder.extract.sentences import split


def texts(text):
    return [s.text for s in split(text)]


def test_a_masthead_line_is_not_joined_to_the_name_on_the_next_line():
    got = texts("VARNET VALLEY GAZETTE\nKestrel and district - English edition\n\nThe fortress fell in 1915.")
    assert got[:2] == ["VARNET VALLEY GAZETTE", "Kestrel and district - English edition"], got


def test_a_wrapped_sentence_stays_one_sentence():
    got = texts("Militants destroyed the temple\nof Bel in 2015. It was\nrebuilt later.")
    assert got == ["Militants destroyed the temple of Bel in 2015.", "It was rebuilt later."], got


def test_a_quoted_title_with_a_full_stop_inside_is_not_cut():
    got = texts('The committee inscribed the "Via Kestrel. Regina Viarum" on the List. It was a long day.')
    assert got == ['The committee inscribed the "Via Kestrel. Regina Viarum" on the List.', "It was a long day."], got


def test_quoted_speech_of_two_sentences_is_still_two():
    got = texts('It was "a great day. We are happy," he said.')
    assert len(got) == 2, got
