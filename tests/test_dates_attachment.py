"""A time expression dates the trigger it modifies in the parse, not the nearest one in the string:
two events of one sentence keep their own dates, a statement's date dates what it reports, a
video's date only bounds what it shows, a clause with a time of its own ('days after ...') keeps it,
an aside's date ('which opened in 1952') dates nothing, a cause dates its effect."""
import datetime as dt

import pytest

from builder.extract import extract_claims
from builder.extract.known import builtin_sites

P = dt.date(2016, 12, 10)  # a Saturday


def dates(text, published=P):
    return {(c.site, c.event): c.date.edtf if c.date else None
            for c in extract_claims(text, published, builtin_sites(text))}


CASES = [
    # two events of one sentence, each with its own date
    ("ISIS seized Palmyra in May 2015 and blew up the Temple of Bel in August 2015.",
     {("Palmyra", "seized"): "2015-05", ("Temple of Bel", "destroyed"): "2015-08"}),
    # the date after the second verb is not the first verb's; the aside's date is nobody's
    ("Militants blew up the Temple of Bel, which they had seized in May 2015, on Sunday.",
     {("Temple of Bel", "destroyed"): "2016-12-04"}),
    ("The Mosul Museum, which opened in 1952, was looted on Thursday.",
     {("Mosul Museum", "looted"): "2016-12-08"}),
    # a statement's date is the event's as far as the text tells
    ("Islamic State militants have begun demolishing the ancient city of Hatra, the ministry said on Friday.",
     {("Hatra", "destroyed"): "2016-12-09"}),
    # a date in an 'of' phrase describes its noun: a plain noun's ('a shrine of 1230') dates nothing, an
    # event's dates the event; under a time preposition it stays a time ('during the war of the 1990s')
    ("The Temple of Bel, a shrine of 1230, was blown up by militants.", {("Temple of Bel", "destroyed"): None}),
    ("The Mosul Museum was looted during the uprising of the 1990s.", {("Mosul Museum", "looted"): "199X"}),
    # an event under 'N years after' keeps a date of its own
    ("The Mosul Museum reopened on Friday, three years after militants looted it in June 2013.",
     {("Mosul Museum", "looted"): "2013-06"}),
    # a state seen on a day is the harm done by then, unless the sentence dates the event that caused it
    ("The Nergal Gate lay in ruins on Friday.", {("Nergal Gate", "destroyed"): "../2016-12-09"}),
    ("The Nergal Gate lay in ruins on Friday after Wednesday's blast.", {("Nergal Gate", "destroyed"): "2016-12-07"}),
    ("The Nergal Gate lay in ruins on Friday after the explosion tore through it on Wednesday.",
     {("Nergal Gate", "destroyed"): "2016-12-07"}),
    # a video's date only bounds what it shows
    # (the museum held the statues smashed: it was damaged)
    ("A video released on Thursday showed militants smashing statues in the Mosul Museum.",
     {("Mosul Museum", "damaged"): "../2016-12-08"}),
    # ... also when the act is the verb and the video a phrase under it
    ("Militants were shown smashing statues in the galleries of the Mosul Museum in a video posted in March 2015.",
     {("Mosul Museum", "damaged"): "../2015-03"}),
    # a participle shares the time of its clause
    ("An airstrike hit the heart of the capital early Friday, destroying several tower houses in the Old City "
     "of Sanaa, residents said.", {("Old City of Sana'a", "damaged"): "2016-12-09"}),  # (houses in it destroyed)
    # the cause dates its effect: as subject, as agent, as the subject of 'caused damage'
    ("The earthquake that struck before dawn on Friday reduced the Bam Citadel to a mound of dust.",
     {("Bam Citadel", "destroyed"): "2016-12-09"}),
    ("The Bam Citadel was reduced to a mound of dust by the earthquake that struck Iran on December 6.",
     {("Bam Citadel", "destroyed"): "2016-12-06"}),
    ("A quake in September last year had caused only minor damage to the Bam Citadel.",
     {("Bam Citadel", "damaged"): "2015-09"}),
    # a date fronted before a subordinate clause is the main clause's
    ("On Friday, hours before protesters seized a bridge in the city, the committee inscribed the "
     "Archaeological Site of Ani on the World Heritage list.", {("Archaeological Site of Ani", "inscribed"): "2016-12-09"}),
]


@pytest.mark.parametrize("text,want", CASES, ids=[t[:40] for t, _ in CASES])
def test_a_date_goes_to_the_event_it_modifies(text, want):
    got = dates(text)
    assert {k: got.get(k, "no claim") for k in want} == want


def test_a_clause_with_a_time_of_its_own_does_not_take_the_statements_date():
    got = dates("Islamic State militants have begun demolishing the ancient city of Hatra, the ministry "
                "said on Friday, days after the group bulldozed the Assyrian city of Nimrud.")
    assert got[("Hatra", "destroyed")] == "2016-12-09"
    assert got[("Nimrud", "destroyed")] != "2016-12-09"


def test_a_relative_clause_on_an_event_takes_the_events_time():
    got = dates("The old centre was weakened by a quake last September, which damaged the walls of the Bam Citadel.")
    assert got[("Bam Citadel", "damaged")] == "2016-09"
