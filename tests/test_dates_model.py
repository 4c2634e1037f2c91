"""One date model: every date the extractor writes is EDTF that python-edtf reads, with the same
meaning (bounds, approximate, interval) as builder.dates gives it."""
import datetime as dt

import pytest
from edtf import parse_edtf

from builder.dates import EdtfDate, parse
from builder.extract.dates import DateContext, EDate, find_dates

PHRASES = ["in May 2015", "on March 27", "last June", "in the middle of the first century", "in 612 BC",
           "in the 1800s", "in the 18th century", "in the past week", "three months after", "two weeks ago",
           "last year", "between 1992 and 1995", "in the late 1990s", "last summer", "on Saturday",
           "in the early 9th century"]


@pytest.mark.parametrize("phrase", PHRASES)
def test_an_extracted_date_is_edtf_with_one_meaning(phrase):
    [found] = find_dates(f"It happened {phrase}.", DateContext(dt.date(2016, 12, 10)))
    date = found.date
    assert isinstance(date, EDate) and isinstance(date, EdtfDate)
    library = parse_edtf(date.edtf)  # python-edtf accepts it
    ours = parse(date.edtf)
    assert (date.precision, date.approximate, date.interval) == (ours.precision, ours.approximate, ours.interval)
    lower, upper = library.lower_strict(), library.upper_strict()
    if ours.lower:
        assert ours.lower == (lower.tm_year, lower.tm_mon, lower.tm_mday)
    if ours.upper:
        assert ours.upper == (upper.tm_year, upper.tm_mon, upper.tm_mday)
