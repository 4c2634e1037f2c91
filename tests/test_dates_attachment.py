"""A time expression dates the trigger it modifies in the parse, not the nearest one in the string:
two events of one sentence keep their own dates, a statement's date dates what it reports, a
video's date only bounds what it shows, a clause with a time of its own ('days after ...') keeps it,
an aside's date ('which opened in 1997') dates nothing."""
import datetime as dt

import pytest

from builder.extract import extract_claims
from builder.extract.known import builtin_sites

P = dt.date(2016, 12, 10)  # a Saturday


def dates(text, published=P):
    return {(c.site, c.event): c.date.edtf if c.date else None
            for c in extract_claims(text, published, builtin_sites(text))}


def test_two_events_in_one_sentence_keep_their_own_dates():
    got = dates("ISIS seized Palmyra in May 2015 and blew up the Temple of Bel in August 2015.")
    assert got[("Palmyra", "seized")] == "2015-05"
    assert got[("Temple of Bel", "destroyed")] == "2015-08"


def test_a_date_after_the_second_verb_is_not_the_first_verbs():
    got = dates("Militants blew up the Temple of Bel, which they had seized in May 2015, on Sunday.")
    assert got[("Temple of Bel", "destroyed")] == "2016-12-04"


def test_a_statements_date_dates_what_it_reports_but_not_a_clause_with_its_own_time():
    got = dates("Islamic State militants have begun demolishing the ancient city of Hatra, the ministry "
                "said on Friday, days after the group bulldozed the Assyrian city of Nimrud.")
    assert got[("Hatra", "destroyed")] == "2016-12-09"
    assert got[("Nimrud", "destroyed")] != "2016-12-09"


def test_a_videos_date_only_bounds_what_it_shows():
    got = dates("A video released on Thursday showed militants smashing statues in the Mosul Museum.")
    assert got[("Mosul Museum", "destroyed")] == "../2016-12-08"


def test_a_participle_shares_the_time_of_its_clause():
    got = dates("An airstrike hit the heart of the capital early Friday, destroying several tower houses in "
                "the Old City of Sanaa, residents said.")
    assert got[("Old City of Sana'a", "destroyed")] == "2016-12-09"


def test_an_asides_date_is_not_the_events():
    got = dates("The Mosul Museum, which opened in 1952, was looted on Thursday.")
    assert got[("Mosul Museum", "looted")] == "2016-12-08"


def test_the_cause_dates_its_effect():
    got = dates("The earthquake that struck before dawn on Friday reduced the Bam Citadel to a mound of dust.")
    assert got[("Bam Citadel", "destroyed")] == "2016-12-09"


def test_a_fronted_date_is_the_main_clauses():
    got = dates("On Friday, hours before protesters seized a bridge in the city, the committee inscribed "
                "the Archaeological Site of Ani on the World Heritage list.")
    assert got[("Archaeological Site of Ani", "inscribed")] == "2016-12-09"
