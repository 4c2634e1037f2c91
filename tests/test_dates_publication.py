"""Dates read against a publication date known only to the month or the year: a day or a month
named without a year takes the latest possible publication year; a weekday or 'yesterday' says no
more than the publication month or year; nothing is widened into an interval a reader would not
write (publication.py's rules)."""
import pytest

from builder.extract import extract_claims
from builder.extract.known import builtin_sites
from builder.extract.publication import parse_published


def date_of(text, published, site, event):
    claims = extract_claims(text, parse_published(published), builtin_sites(text))
    found = {(c.site, c.event): c.date.edtf if c.date else None for c in claims}
    return found[(site, event)]


@pytest.mark.parametrize("text,published,want", [
    # a year-only story: 'on February 22' is that year's, not the span 2010-02-22/2011-02-22
    ("An earthquake damaged the Temple of Bel on February 22.", "2011", "2011-02-22"),
    # a month-only story: the day of its own month, and an earlier month's day
    ("The committee inscribed Babylon on July 27.", "2021-07", "2021-07-27"),
    ("Militants blew up the Temple of Bel on December 26.", "2004-01", "2003-12-26"),
    # a month later in the year than the publication month is last year's
    ("Militants blew up the Temple of Bel on August 3.", "2021-07", "2020-08-03"),
    ("Militants blew up the Temple of Bel in April.", "2012", "2012-04"),
    ("Militants blew up the Temple of Bel in April.", "2012-03", "2011-04"),
])
def test_a_day_or_month_without_year_takes_the_latest_publication_year(text, published, want):
    assert date_of(text, published, "Temple of Bel" if "Bel" in text else "Babylon",
                   "inscribed" if "inscribed" in text else "damaged" if "damaged" in text else "destroyed") == want


@pytest.mark.parametrize("phrase", ["on Sunday", "yesterday", "this week", "last week", "three days ago"])
def test_a_day_counted_from_a_coarse_publication_is_only_its_month_or_year(phrase):
    text = f"Militants blew up the Temple of Bel {phrase}."
    assert date_of(text, "2015-08", "Temple of Bel", "destroyed") == "2015-08"
    assert date_of(text, "2015", "Temple of Bel", "destroyed") == "2015"


def test_a_weekday_from_a_publication_day_is_the_most_recent_such_day():
    text = "Militants blew up the Temple of Bel on Sunday."
    assert date_of(text, "2015-08-31", "Temple of Bel", "destroyed") == "2015-08-30"
    assert date_of(text, "2015-08-30", "Temple of Bel", "destroyed") == "2015-08-30"


def test_a_month_counted_from_a_coarse_publication_is_the_span_of_both_readings():
    text = "Militants blew up the Temple of Bel last month."
    assert date_of(text, "2015", "Temple of Bel", "destroyed") == "2014-12/2015-11"
    assert date_of(text, "2015-08", "Temple of Bel", "destroyed") == "2015-07"


# An approximate publication date is read as the day, month or year it names (its mark dropped, as the
# scorer passes it): no interval a reader would not write.
@pytest.mark.parametrize("text,published,want", [
    ("Vandals damaged the Temple of Bel yesterday.", "2019-06-12~", "2019-06-11"),
    ("Vandals damaged the Temple of Bel on Sunday.", "2019-06-12~", "2019-06-09"),
    ("Vandals have damaged the Temple of Bel.", "2019-06-12~", "../2019-06-12"),
    ("Vandals damaged the Temple of Bel this week.", "2019-06~", "2019-06"),
    ("Vandals damaged the Temple of Bel last year.", "2019-06~", "2018"),
    ("Vandals damaged the Temple of Bel last year.", "2019~", "2018"),
])
def test_an_approximate_publication_is_read_as_the_date_it_names(text, published, want):
    assert date_of(text, published, "Temple of Bel", "damaged") == want


def test_on_or_before_an_interval_of_publication_days_is_on_or_before_its_first_day():
    text = "The Temple of Bel has been restored by volunteers."
    assert date_of(text, "2019-06-11/2019-06-13", "Temple of Bel", "restored") == "../2019-06-11"
    assert date_of(text, "2019-06", "Temple of Bel", "restored") == "../2019-06"
