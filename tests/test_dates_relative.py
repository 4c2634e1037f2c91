"""The article's reference time: 'that year', 'the following month', 'two days later', 'the same
day' count from the date the text named last, with the precision the text gives; a month told
right after an earlier year continues the story's time."""
import datetime as dt

import pytest

from builder.extract import extract_claims
from builder.extract.dates import DateContext, find_dates
from builder.extract.known import builtin_sites
from builder.extract.publication import parse_published


def read(published, *sentences):
    ctx = DateContext(dt.date.fromisoformat(published))
    return [[d.date.edtf for d in find_dates(s, ctx)] for s in sentences]


@pytest.mark.parametrize("second,want", [
    ("They blew up the temple in August that year.", "2015-08"),
    ("They blew up the temple in August of the same year.", "2015-08"),
    ("They blew up the temple on August 23 that year.", "2015-08-23"),
    ("They blew up the temple that year.", "2015"),
    ("In August they blew up the temple.", "2015-08"),  # the story's time, not August 2016
    ("They blew up the temple the following month.", "2015-06"),
    ("A year later the army retook the city.", "2016"),
    ("Three months later the army retook the city.", "2015-08"),
])
def test_a_date_counts_from_the_one_named_before(second, want):
    first = "Militants overran Palmyra in May 2015."
    assert read("2017-03-03", first, second) == [["2015-05"], [want]]


@pytest.mark.parametrize("second,want", [
    ("Two days later the roof fell in.", "2019-04-17"),
    ("The next day the roof fell in.", "2019-04-16"),
    ("The same day the roof fell in.", "2019-04-15"),
    ("That same day the roof fell in.", "2019-04-15"),
    ("About two weeks later the roof fell in.", "2019-04-29~"),  # the text's own hedge
    ("Three years earlier the roof was restored.", "2016"),
])
def test_days_count_from_the_day_named_before(second, want):
    assert read("2019-05-20", "The fire broke out on 15 April 2019.", second)[1] == [want]


def test_nothing_named_before_gives_no_date():
    assert read("2019-05-20", "That year the roof fell in.", "Two days later it burned.") == [[], []]


def test_a_month_told_long_after_the_last_year_named_counts_from_publication():
    # the year named three sentences back no longer sets the story's time
    got = read("2017-03-03", "Militants overran Palmyra in May 2015.", "The army fought on.",
               "Residents fled.", "In August the museum reopened.")
    assert got[-1] == ["2016-08"]


def test_a_month_after_publication_month_is_not_carried_into_the_future():
    # 'in August' after 2016 told in a story of March 2017: August 2016 (not 2017)
    assert read("2017-03-03", "The city fell in 2016.", "In August the museum reopened.")[1] == ["2016-08"]


def test_in_august_that_year_dates_the_temples_to_the_year_named_earlier():
    text = ("The militants took a hammer to the lion after they overran Palmyra in May 2015. "
            "They also blew up the Temple of Bel and the Temple of Baalshamin in August that year.")
    claims = extract_claims(text, parse_published("2017-03"), builtin_sites(text))
    dates = {c.site: c.date.edtf for c in claims if c.event == "destroyed"}
    assert dates == {"Temple of Bel": "2015-08", "Temple of Baalshamin": "2015-08"}


@pytest.mark.parametrize("sentence,want", [
    ("Fourteen years later the army retook the city.", "2029"),
    ("Twenty-one years later the army retook the city.", "2036"),
])
def test_counts_in_words_past_twelve(sentence, want):
    assert read("2040-06-14", "Militants overran Palmyra in May 2015.", sentence)[1] == [want]


def test_a_compound_count_ago():
    assert read("2018-06-14", "It fell some thirty-two years ago.") == [["1986~"]]


def test_a_count_later_that_lands_after_publication_is_no_date():
    # counted from the last date named, which is not the one the count is from
    assert read("2021-03-09", "A conference met in 2017.", "Fourteen years later militants blew up the temple.") == \
        [["2017"], []]


def test_a_day_told_a_few_sentences_before_carries_its_year_over_sentences_without_a_date():
    assert read("2014-06-01", "Troops entered the town on 4 September 1914.", "From there their guns shelled it.",
                "On 19 September shells set fire to the roof.", "The palace burned the same day.") == \
        [["1914-09-04"], [], ["1914-09-19"], ["1914-09-19"]]


def test_a_year_alone_told_sentences_before_does_not():
    assert read("2021-07-30", "The site was listed in 2009.", "It draws many visitors.",
                "On 27 July the committee met.") == [["2009"], [], ["2021-07-27"]]


def test_a_day_beside_a_relative_day_takes_its_year():
    """'by the afternoon of the next day, 7 November': the day is the one 'the next day' names (1985), though the year
    was told three sentences before; alone it would be the last 7 November before publication."""
    got = read("2015-11-06", "On the morning of 6 November 1985 guerrillas stormed the palace.", "They took hostages.",
               "The army answered within hours.", "By the afternoon of the next day, 7 November, troops had retaken it.")
    assert got[-1] == ["1985-11-07", "1985-11-07"]


def test_a_year_the_sentence_opens_with_is_the_year_of_its_month():
    assert read("2017-01-29", "In 2012, the mosque burned to the ground in August.") == [["2012", "2012-08"]]
