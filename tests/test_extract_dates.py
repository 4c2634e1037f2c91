"""Date resolution against the publication date: a table of examples, rejections included."""
import datetime as dt

import pytest

from builder.extract.dates import DateContext, edate, find_dates, year
from extract_helpers import P2016, run

CASES = [
    # (published, text, expected EDTF values in order)
    # a three-digit year where a clause goes on after it; not a count of things
    ("2016-12-10", "Its great dome collapsed in 558 and was rebuilt.", ["0558"]),
    ("2016-12-10", "The temple was damaged in 300 places by the blast.", []),
    ("2016-12-10", "ISIS had seized the city in May 2015.", ["2015-05"]),
    ("2016-12-10", "They chased out the fighters on March 27, officials said.", ["2016-03-27"]),
    ("2016-03-20", "They chased out the fighters on March 27.", ["2015-03-27"]),  # most recent on or before P
    ("2016-12-10", "Forces recaptured the town in late March.", ["2016-03"]),
    ("2016-12-10", "Activists reported on Saturday that the group advanced.", ["2016-12-10"]),  # P itself
    ("2016-12-10", "It happened last Saturday.", ["2016-12-03"]),
    ("2015-02-26", "The attack took place on Sunday.", ["2015-02-22"]),
    ("2015-02-26", "Yesterday it was revealed.", ["2015-02-25"]),
    ("2015-02-26", "The city was overrun last June.", ["2014-06"]),
    ("2015-02-26", "They invaded the library in January.", ["2015-01"]),
    ("2015-03-31", "The blaze began on May 23 last year.", ["2014-05-23"]),
    ("2015-03-31", "It was gutted in May last year.", ["2014-05"]),
    ("2015-03-20", "The 2010 collapse and further collapses the following year.", ["2010", "2011"]),
    ("2015-03-20", "Pompeii was destroyed in A.D. 79 and in 79 AD.", ["0079", "0079"]),
    ("2016-12-10", "Nineveh fell in 612 BC.", ["-0611"]),
    ("2016-12-10", "The Romans overtook it in the middle of the first century.", ["0050~"]),
    ("2015-03-08", "The wall dates back to the 1800s.", ["18XX"]),
    ("2015-03-08", "Excavations began in the 18th century.", ["17XX"]),
    ("2015-03-06", "In the past week, video has circulated.", ["2015-02-27/2015-03-06"]),
    ("2014-07-09", "Earlier this week, images emerged.", ["2014-07-07/2014-07-09"]),
    ("2014-07-09", "Photographs emerged last week.", ["2014-06-30/2014-07-06"]),
    ("2015-03-08", "It comes three months after a tourist carved a letter.", ["2014-12~"]),
    ("2015-03-08", "Two weeks ago the museum closed.", ["2015-02-22~"]),
    ("2024-02-15", "Eighty years ago today, the bombers came.", ["1944-02-15"]),  # that very day
    # 'N years ago' names a year (annotators read 'two years ago' from 1997 as 1995), approximate only when
    # the text hedges; 'ago this month' names the month
    ("2024-02-15", "A hundred years ago the hall burned.", ["1924"]),
    ("1997-11-20", "Two years ago the house reopened.", ["1995"]),
    ("1997-11-20", "Some two years ago the house reopened.", ["1995~"]),
    ("2021-03-09", "Twenty years ago this month, the statues were blown up.", ["2001-03"]),
    # a feast of a year named is that day (Easter computed), not a weekday of the publication's week
    ("1997-11-20", "A fire on Easter Monday 1986 destroyed the hall.", ["1986-03-31"]),
    ("1997-11-20", "The rising began on Easter Monday, 1916.", ["1916-04-24"]),
    ("1997-11-20", "Shells hit the church on Christmas Day 1914.", ["1914-12-25"]),
    ("1997-11-20", "Looters came on Good Friday.", []),
    ("1997-11-20", "A fire on Monday 1986 was reported.", ["1986"]),
    # 'in August two years ago': that month of the year counted back; 'a Sunday' is no particular Sunday
    ("2006-09-30", "The theft, on a Sunday morning in August two years ago, shocked the town.", ["2004-08"]),
    ("2006-09-30", "It fell in March five years ago.", ["2001-03"]),
    # an interval of days in one month, its year the most recent on or before P unless given
    ("2022-09-02", "Rains fell between 16 and 26 August.", ["2022-08-16/2022-08-26"]),
    ("2016-03-01", "Rains fell between 16 and 26 August.", ["2015-08-16/2015-08-26"]),
    ("2016-12-10", "They emptied the vaults from March 3 to 9, 2015.", ["2015-03-03/2015-03-09"]),
    # 'N units after' counts back from the one other date of its sentence when that is as precise as the unit
    ("2019-06-08", "On Friday the jury named the winner, a day after it heard the last plea.", ["2019-06-07", "2019-06-06"]),
    ("2019-06-08", "On 3 May the museum reopened, about two weeks after the roof was mended.", ["2019-05-03", "2019-04-19~"]),
    ("2019-06-08", "In 2018, three months after the vote, the gate closed.", ["2018", "2019-03~"]),  # a year is too coarse
    # a count in two units ('two years and four months after') counts back by both, in the smaller unit
    ("2019-06-08", "On 3 May the hall reopened, two years and four months after the roof fell in.", ["2019-05-03", "2017-01"]),
    # a vague count ('days after') gives the month, or the year, that every count it allows falls in
    ("2019-06-08", "On 20 May the gate was listed, days after the wall was.", ["2019-05-20", "2019-05"]),
    ("2019-06-08", "On 3 May the hall reopened, days after the fire.", ["2019-05-03", "2019"]),
    ("2019-06-08", "Weeks after the fire, the hall reopened.", []),
    ("2015-03-08", "The temple was looted last year.", ["2014"]),
    ("2015-03-08", "Today the site reopened.", ["2015-03-08"]),
    ("2015-03-08", "A shell hit the old market overnight.", ["2015-03-07/2015-03-08"]),  # the night that ended on P
    ("2016-01-10", "The deadline is Dec. 31.", ["2015-12-31"]),
    # a season named with its year, across the turn of a year ('the winter of 1944-45' began in December 1944)
    ("2018-01-20", "The hall was shelled in the winter of 1944-45.", ["1944-12/1945-02"]),
    ("2018-01-20", "The hall was shelled in the summer of 1944.", ["1944-06/1944-08"]),
    # a weekday told with its day ('last Tuesday, 4 March', 'on Friday, May 9'): the day named is the date
    ("2025-03-13", "Vandals struck the hall last Tuesday, 4 March.", ["2025-03-04"]),
    ("2025-05-14", "The hall burned on Friday, May 9, witnesses said.", ["2025-05-09"]),
    ("2025-05-14", "The hall burned on Friday night, 9 May.", ["2025-05-09"]),
    ("2025-05-14", "The hall burned on Friday, and on 9 May the roof fell.", ["2025-05-09", "2025-05-09"]),
    # a season told 'during the' or 'over the' is the most recent one begun by P, as 'in the' is
    ("2025-05-14", "The hall was damaged by storms during the winter.", ["2024-12/2025-02"]),
    ("2025-08-14", "The roof leaked over the summer.", ["2025-06/2025-08"]),
    # an interval of months, a year left out taken from the other end or the most recent such span
    ("2016-12-10", "The hall was shut between March 2009 and July 2011.", ["2009-03/2011-07"]),
    ("2016-12-10", "The hall was shut from October to January 2012.", ["2011-10/2012-01"]),
    ("2016-11-15", "It was shelled between late August and early October.", ["2016-08/2016-10"]),
    # a part of the day after or before the day named last
    ("2016-12-10", "It began on 2 May. The next morning the hall fell; the previous evening it had rained.",
     ["2016-05-02", "2016-05-03", "2016-05-02"]),
    # 'the night before' on its own is the day before the day named last; 'the day before the vote' is no date
    ("2016-12-10", "It began on 2 May. It had rained the night before.", ["2016-05-02", "2016-05-01"]),
    ("2016-12-10", "It began on 2 May. On the day before the vote the hall burned.", ["2016-05-02"]),
    # rejections: no temporal expression
    ("2016-12-10", "ISIS demolished some of the ruins.", []),
    ("2016-12-10", "Officials may visit the site.", []),  # 'may' the verb is not May
    ("2016-12-10", "The group spent £78 million and 10,000 books burned.", []),
]


@pytest.mark.parametrize("published,text,expected", CASES)
def test_resolution(published, text, expected):
    ctx = DateContext(dt.date.fromisoformat(published))
    assert [d.date.edtf for d in find_dates(text, ctx)] == expected


def test_following_year_counts_from_an_earlier_sentence():
    ctx = DateContext(dt.date(2015, 3, 20))
    find_dates("The villa collapsed in 2010.", ctx)
    assert [d.date.edtf for d in find_dates("More walls fell the following year.", ctx)] == ["2011"]


def test_following_year_without_a_year_named_is_not_guessed():
    assert find_dates("More walls fell the following year.", DateContext(dt.date(2015, 3, 20))) == []


@pytest.mark.parametrize("a,b,ok", [
    (year(2016), edate("2016-03", (2016, 3, 1), (2016, 3, 31), 2), True),
    (year(2015), edate("2016-03", (2016, 3, 1), (2016, 3, 31), 2), False),
    (edate("2015-12~", (2015, 12, 1), (2015, 12, 31), 1.5, slack=121), edate("2016-03-27", (2016, 3, 27), (2016, 3, 27), 3), True),
])
def test_compatible(a, b, ok):
    assert a.compatible(b) is ok


@pytest.mark.parametrize("published,text", [("2016-12-10", "ISIS had seized the city in May 2015."),
                                            ("2015-02-26", "Yesterday it was revealed."),
                                            ("2016-12-10", "Nineveh fell in 612 BC."),
                                            ("2015-03-06", "In the past week, video has circulated.")])
def test_an_extracted_date_is_the_one_date_model(published, text):
    """The extractor's dates are builder.dates.EdtfDate values whose bounds agree with its parser."""
    from builder.dates import EdtfDate, parse

    for found in find_dates(text, DateContext(dt.date.fromisoformat(published))):
        assert isinstance(found.date, EdtfDate)
        exact = parse(found.date.text)
        assert (found.date.lower, found.date.upper) == (exact.lower, exact.upper)


def test_a_season_with_its_years_dates_the_claim_not_the_season_of_publication():
    """'in the winter of 1944-45' in a story published in January 2018 is not the winter of 2017-18."""
    from builder.extract.publication import parse_published

    text = ("The Church of Saint Elias was badly damaged by shellfire in the winter of 1944-45, when the front "
            "passed through the valley.")
    assert run(text, parse_published("2018-01")) == [("Church of Saint Elias", "damaged", "1944-12/1945-02")]


def test_a_count_in_two_units_dates_the_event_it_counts_back_to():
    """'reopened on 4 June, two years and four months after it burned': the fire is February, two years back."""

    text = "The Church of Saint Elias reopened on 4 June, two years and four months after it was destroyed by fire."
    assert ("Church of Saint Elias", "destroyed", "2014-02") in run(text, dt.date(2016, 6, 10))


def test_a_month_after_a_year_counted_from_publication_is_the_most_recent_one():
    """'... last year. Troops retook the town in March' (published in July 2016): March 2016, not 2015;
    after a year the text names ('in May 2015'), the story's time goes on."""

    told = "Militants wrecked the Temple of Bel last year. Army units retook the city of Palmyra in March."
    assert ("Palmyra", "recaptured", "2016-03") in run(told, dt.date(2016, 7, 17))
    story = "Militants overran the city of Palmyra in May 2014. In August they wrecked the Temple of Bel."
    assert ("Temple of Bel", "destroyed", "2014-08") in run(story, dt.date(2016, 7, 17))


def test_two_years_running_joined_by_and_are_one_span_two_apart_are_two_times():
    import datetime as dt
    from builder.extract.dates import DateContext, find_dates
    got = find_dates("The air raids of 1941 and 1942 destroyed it.", DateContext(dt.date(2014, 1, 1)))
    assert [d.date.text for d in got] == ["1941/1942"]
    got = find_dates("It was robbed in 1974 and 1986.", DateContext(dt.date(2014, 1, 1)))
    assert [d.date.text for d in got] == ["1974", "1986"]


def test_a_day_in_a_new_paragraph_counts_from_publication_not_from_an_aside_before_it():
    text = ("Kestrelton has been fought over before. It was a capital until 1591, when an army plundered it.\n\n"
            "Rebels seized the Kestrel Museum on Jan. 10.")
    assert run(text, P2016) == [("Kestrel Museum", "seized", "2016-01-10")]




def test_a_three_digit_year_after_an_event_noun_is_a_year():
    assert run("An earthquake in 749 brought down the Temple of Varnet.", dt.date(2024, 7, 1)) == \
        [("Temple of Varnet", "destroyed", "0749")]
    assert run("A fire in 300 homes damaged the Temple of Varnet in 2001.", dt.date(2024, 7, 1)) == \
        [("Temple of Varnet", "damaged", "2001")]


@pytest.mark.parametrize("text,want", [
    ("On the night of March 28 to 29, 1942, bombers came.", "1942-03-28/1942-03-29"),
    ("On March 28-29, 1942, bombers came.", "1942-03-28/1942-03-29"),
    ("On the night of 28 to 29 March 1942 bombers came.", "1942-03-28/1942-03-29"),
])
def test_two_days_joined_by_to_or_a_dash_are_one_span(text, want):
    got = [d.date.edtf for d in find_dates(text, DateContext(dt.date(2022, 3, 28)))]
    assert got == [want], got


def test_a_when_clause_after_a_time_noun_takes_that_nouns_date():
    pub = dt.date(2022, 3, 28)
    assert run("People gathered on Sunday evening to remember the night 80 years ago when bombers set the Temple of "
               "Varnet on fire.", pub) == [("Temple of Varnet", "damaged", "1942")]
    assert run("People gathered on Sunday to remember the day in 1942 when bombers destroyed the Temple of Varnet.",
               pub) == [("Temple of Varnet", "destroyed", "1942")]


@pytest.mark.parametrize("text,want", [
    ("The Temple of Varnet was destroyed during the Second World War.", "1939/1945"),
    ("The Temple of Varnet was damaged in World War II.", "1939/1945"),
    ("The Temple of Varnet was damaged in the First World War.", "1914/1918"),
    ("The Temple of Varnet was wrecked by bombs during the Spanish Civil War.", "1936/1939"),
])
def test_a_named_war_dates_the_event_told_in_it(text, want):
    got = run(text, dt.date(2008, 7, 11))
    assert [g[2] for g in got] == [want], got


def test_after_a_named_war_is_on_or_after_its_end():
    got = [d.date.edtf for d in find_dates("It had been repaired after the Second World War.", DateContext(dt.date(2020, 1, 1)))]
    assert got == ["1945/.."], got
