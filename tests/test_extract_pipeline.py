"""The pipeline: one state object per article passed through the named stages in order."""
import datetime as dt

from builder.extract import lexicon, pipeline
from builder.extract.known import builtin_sites
from builder.extract.parse import Parses
from builder.extract.state import ArticleState

TEXT = ("ISIS militants seized the ancient city of Palmyra in May 2015. "
        "In August 2015 they blew up the Temple of Bel. The city was recaptured in March 2016.")
DAY = dt.date(2016, 12, 10)


def _state():
    return ArticleState(text=TEXT, published=DAY, known_sites=builtin_sites(TEXT), include_built=True,
                        lex=lexicon.load(), parses=Parses())


def test_stages_are_listed_in_the_documented_order():
    names = [n for n, _ in pipeline.STAGES]
    assert names[:4] == ["sentences", "mentions", "dates", "frames"]
    assert names[-1] == "merge"
    for name in names:  # the module docstring lists every stage
        assert name in pipeline.__doc__


def test_each_stage_adds_its_own_fields():
    state = _state()
    seen = {}
    for name, stage in pipeline.STAGES:
        stage(state)
        seen[name] = (len(state.sentences), len(state.mentions), len(state.dates), len(state.claims))
    assert seen["sentences"] == (3, 0, 0, 0)
    assert seen["mentions"][1] == 3 and seen["mentions"][3] == 0
    assert seen["dates"][2] == 3 and seen["dates"][3] == 0
    assert seen["frames"][3] >= 3
    assert [m.site.name for m in state.mentions[2]] == ["Palmyra"]  # 'The city' is the city told before
    assert {(c.site, c.event, c.date.edtf) for c in state.claims} == {
        ("Palmyra", "seized", "2015-05"), ("Temple of Bel", "destroyed", "2015-08"),
        ("Palmyra", "recaptured", "2016-03")}


def test_the_pipeline_reads_an_article_known_to_the_month_from_both_ends():
    from builder.extract.publication import parse_published

    # 'in the past month' from December 2016: from 1 November (read from 1 December) to the end of
    # December (read from 31 December); 'yesterday' would be December itself (publication.py)
    claims = pipeline.run("The Temple of Bel was destroyed in the past month.", parse_published("2016-12"),
                          builtin_sites("Temple of Bel"))
    assert [(c.site, c.event, c.date.edtf) for c in claims] == [
        ("Temple of Bel", "destroyed", "2016-11-01/2016-12")]
