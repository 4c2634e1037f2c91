"""Stage `mentions`: which noun phrases are sites, how they are named, what an anaphor points back to."""
import pytest

from builder.extract import lexicon
from builder.extract.known import builtin_sites
from builder.extract.mentions import stage
from builder.extract.parse import Parses
from builder.extract.sentences import stage as sentences
from builder.extract.state import ArticleState
from extract_helpers import P2018, run


def mentions(text):
    state = ArticleState(text=text, published=P2018, known_sites=builtin_sites(text), include_built=True,
                         lex=lexicon.load(), parses=Parses())
    sentences(state)
    stage(state)
    return [[(m.text, m.site.name) for m in state.mentions[s.index]] for s in state.sentences]


@pytest.mark.parametrize("text, name", [
    ("Work on the nearby al-Tahera Church was finished.", "al-Tahera Church"),
    ("The rebuilt al-Nuri mosque was handed back on Monday.", "Great Mosque of al-Nuri"),  # the known site
    ("Crowds gathered at the el-Mursi Abul Abbas Mosque.", "el-Mursi Abul Abbas Mosque"),
])
def test_an_arabic_name_with_a_lower_case_article_is_a_site_name(text, name):
    assert name in [n for _, n in mentions(text)[0]]


def test_a_definite_description_points_back_to_the_last_site_of_its_kind():
    got = mentions("Pilgrims prayed at the al-Nuri mosque on Monday. "
                   "The militants destroyed the 12th-century mosque in June 2017.")
    assert got[1] == [("the 12th-century mosque", "Great Mosque of al-Nuri")]
    assert run("Pilgrims prayed at the al-Nuri mosque on Monday. "
               "The militants destroyed the 12th-century mosque in June 2017.", P2018) == [
        ("Great Mosque of al-Nuri", "destroyed", "2017-06")]


def test_a_site_named_inside_quoted_speech_is_no_antecedent():
    text = "'We are not in a Notre-Dame Cathedral scenario,' he said. The cathedral caught fire on Monday."
    got = mentions(text)
    assert [n for _, n in got[0]] == ["Notre-Dame de Paris"]
    assert all(name != "Notre-Dame de Paris" for _, name in got[1])
