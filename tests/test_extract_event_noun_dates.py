"""A definite event noun ('by the earthquake', 'when the surge ...') takes the date the article gives
that event, read from the parse: the noun's own date ('Friday's quake') or the date of the verb it is
the subject of ('The quake struck on Friday'), told before it or after it; the most precise telling
wins, so an older disaster of the same kind told to the year does not date today's news."""
import datetime as dt

from extract_helpers import run

P = dt.date(2016, 12, 10)  # a Saturday


def test_the_event_dated_in_a_later_sentence_dates_the_lead():
    text = ("The Bam Citadel has been badly damaged by the earthquake.\n\n"
            "The quake struck at 5.26am on Friday, its epicentre close to the town.")
    assert ("Bam Citadel", "damaged", "2016-12-09") in run(text, P)


def test_a_cause_told_by_a_noun_of_the_same_event_takes_its_date():
    text = ("The citadel of the port was flooded when the storm surge drove a ship into its walls.\n\n"
            "Further south, the Citadel of Aleppo was damaged when the surge broke over its gate.\n\n"
            "The storm came ashore on Wednesday.")
    assert ("Citadel of Aleppo", "damaged", "2016-12-07") in run(text, P)


def test_an_older_disaster_told_to_the_year_does_not_date_the_news():
    text = ("An earthquake on Tuesday shook the region.\n\n"
            "The town had survived an earthquake in 1956.\n\n"
            "Officials said the Bam Citadel was damaged by the quake.")
    assert ("Bam Citadel", "damaged", "2016-12-06") in run(text, P)
