"""EDTF parsing, ordering and labels, as tables of examples (rejections included)."""
import pytest
from edtf import parse_edtf

from builder import dates
from builder.errors import DateError

PARSED = [
    ("2015", (2015, 1, 1), (2015, 12, 31), "2015"),
    ("2015-05", (2015, 5, 1), (2015, 5, 31), "May 2015"),
    ("2016-03-27", (2016, 3, 27), (2016, 3, 27), "27 March 2016"),
    ("2016-02-29", (2016, 2, 29), (2016, 2, 29), "29 February 2016"),
    ("0216~", (216, 1, 1), (216, 12, 31), "c. 216"),
    ("0050~", (50, 1, 1), (50, 12, 31), "c. AD 50"),
    ("0079", (79, 1, 1), (79, 12, 31), "AD 79"),
    ("-0611", (-611, 1, 1), (-611, 12, 31), "612 BC"),
    ("0000", (0, 1, 1), (0, 12, 31), "1 BC"),
    ("2015?", (2015, 1, 1), (2015, 12, 31), "2015?"),
    ("2015-05/2016-03", (2015, 5, 1), (2016, 3, 31), "between May 2015 and March 2016"),
    ("../2016-12-10", None, (2016, 12, 10), "by 10 December 2016"),
    ("2015-03-05/..", (2015, 3, 5), None, "after 5 March 2015"),
    ("198X", (1980, 1, 1), (1989, 12, 31), "the 1980s"),
    ("18XX", (1800, 1, 1), (1899, 12, 31), "the 1800s"),
]


@pytest.mark.parametrize("text,lower,upper,label", PARSED)
def test_parse_and_label(text, lower, upper, label):
    d = dates.parse(text)
    assert (d.lower, d.upper) == (lower, upper)
    assert d.label() == label


@pytest.mark.parametrize("text", [t for t, *_ in PARSED if "X" not in t and ".." not in t])
def test_fast_path_agrees_with_python_edtf(text):
    ours, theirs = dates.parse(text), parse_edtf(text)
    assert ours.lower == tuple(theirs.lower_strict()[:3])
    assert ours.upper == tuple(theirs.upper_strict()[:3])


@pytest.mark.parametrize("text,why", [
    ("2016-02-30", "no day 30"),
    ("2015-02-29", "no day 29"),
    ("2015-13", "month 13"),
    ("2016-05/2015-01", "ends before it starts"),
    ("May 2015", "not a valid EDTF"),
    ("15-05", "not a valid EDTF"),
    ("", "not a valid EDTF"),
])
def test_rejections_say_why(text, why):
    with pytest.raises(DateError, match=why):
        dates.parse(text)


def test_sorting_by_bounds_puts_bce_and_approximate_dates_in_order():
    texts = ["2016-03-27", "-0611", "0216~", "2015-05/2016-03", "2015-05", "0050~", "../2015-01-01", "2016-03"]
    ordered = [t for t in sorted(texts, key=lambda t: dates.parse(t).sort_key)]
    assert ordered == ["-0611", "0050~", "0216~", "../2015-01-01", "2015-05", "2015-05/2016-03", "2016-03", "2016-03-27"]


def test_yaml_numbers_become_edtf_years():
    assert dates.normalize(2015) == "2015"
    assert dates.normalize(-611) == "-0611"
    assert dates.normalize(None) is None


HTML_DATETIME = [  # HTML's valid year, month and date strings; years above zero only
    ("2015", "2015"), ("2015-05", "2015-05"), ("2016-03-27", "2016-03-27"), ("0216~", "0216"),
    ("2015-05~", "2015-05"), ("2015?", "2015"), ("2015-05/2016-03", "2015-05"),
    ("2015-03-05/..", "2015-03-05"), ("198X", "1980-01-01"),
    ("../2016-12-10", None), ("-0611", None), ("0000", None),
]


@pytest.mark.parametrize("text,expected", HTML_DATETIME)
def test_html_datetime_is_the_earliest_bound_or_nothing(text, expected):
    assert dates.html_datetime(dates.parse(text)) == expected
