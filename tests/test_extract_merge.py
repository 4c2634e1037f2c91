"""Merging: one event told several times is one claim."""
from extract_helpers import P2016, run


def test_a_telling_bounded_only_by_publication_joins_a_telling_of_any_date():
    """'which caused limited damage' (a noun: on or before publication) after 'set fire to X in 2009' is the
    2009 fire told again, however long before publication it was."""
    text = "Vandals set fire to the Kellan Chapel in 2009, which caused limited damage to the Kellan Chapel."
    assert run(text, P2016) == [("Kellan Chapel", "damaged", "2009")]
