"""Event lexicon, site patterns, certainty and merging, on short sentences written for the tests."""
import datetime as dt

import pytest

from builder.extract import extract_claims
from builder.extract.known import builtin_sites

P = dt.date(2016, 12, 10)  # a Saturday


def run(text, published=P):
    sites = builtin_sites(text)
    return [(c.site, c.event, c.date.edtf if c.date else None) for c in extract_claims(text, published, sites)
            if c.event != "built"]


EVENTS = [
    ("ISIS captured the ancient city of Hatra in June 2014.", ("Hatra", "seized", "2014-06")),
    ("Militants overran Nimrud in 2014.", ("Nimrud", "seized", "2014")),
    ("Government forces retook Palmyra in March.", ("Palmyra", "recaptured", "2016-03")),
    ("The army liberated the ancient city of Bosra in 2015.", ("Bosra", "recaptured", "2015")),
    ("Militants blew up the Temple of Bel in August 2015.", ("Temple of Bel", "destroyed", "2015-08")),
    ("Fighters razed the Mausoleum of Sidi Mahmoud in 2012.", ("Mausoleum of Sidi Mahmoud", "destroyed", "2012")),
    ("The Aleppo Museum was ransacked in 2013.", ("Aleppo Museum", "looted", "2013")),
    ("Looters plundered the National Museum of Iraq in April 2003.", ("National Museum of Iraq", "looted", "2003-04")),
    ("Vandals defaced the Trevi Fountain on Friday.", ("Trevi Fountain", "damaged", "2016-12-09")),
    ("The Temple of Bel was rebuilt in 2020.", ("Temple of Bel", "restored", "2020")),
    ("Notre-Dame Cathedral was badly damaged by fire in April 2019.", ("Notre-Dame de Paris", "damaged", "2019-04")),
    ("The Old Bridge collapsed in 1993.", ("Old Bridge", "destroyed", "1993")),
    ("The 2010 collapse of the House of the Vettii alarmed experts.", ("House of the Vettii", "destroyed", "2010")),
    ("A tourist carved his initials into the Colosseum yesterday.", ("Colosseum", "damaged", "2016-12-09")),
    ("Hadrian's Wall was designated a World Heritage Site in 1987.", ("Hadrian's Wall", "inscribed", "1987")),
    ("ISIS is reportedly bulldozing the site of Nimrud.", ("Nimrud", "destroyed", "../2016-12-10")),
]


@pytest.mark.parametrize("text,expected", EVENTS)
def test_event_lexicon_and_site_patterns(text, expected):
    assert expected in run(text)


NOT_EVENTS = [
    "ISIS threatened to destroy the Temple of Bel.",
    "The ministry plans to restore the Palmyra Museum next year.",
    "Work on the Mackintosh Library is expected to begin in spring.",
    "Residents hid manuscripts in their homes to prevent the looting of the Mosul Museum.",
    "The militants did not damage the Temple of Bel.",
    "UNESCO warned it could remove Pompeii from its list unless the frescoes were restored.",
    "Students will have access to a fully restored Glasgow School of Art in 2018.",
    "The Colosseum is a UNESCO World Heritage Site.",
    "Kurdish fighters seized the city of Kirkuk.",  # a modern city, not a heritage site
    "Since they seized a third of Iraq and neighboring Syria, they destroyed many relics.",
]


@pytest.mark.parametrize("text", NOT_EVENTS)
def test_no_event(text):
    assert [c for c in run(text) if c[1] != "attacked"] == []


@pytest.mark.parametrize("text,certainty", [
    ("The Temple of Bel was destroyed in 2015, activists said.", "reported"),
    ("The Temple of Bel was reportedly destroyed in 2015.", "reported"),
    ("The Temple of Bel was destroyed in 2015, according to reports.", "reported"),
    ("The Temple of Bel was destroyed in 2015, according to the antiquities ministry.", "confirmed"),
    ("ISIS destroyed the Temple of Bel in 2015.", "confirmed"),
    ("Residents say militants looted the Mosul Museum in 2014.", "reported"),
    ("ISIS destroyed the Temple of Bel in 2015. The claim could not be verified.", "reported"),
])
def test_certainty(text, certainty):
    claims = extract_claims(text, P, builtin_sites(text))
    assert [c.certainty for c in claims if c.event != "built"] == [certainty]


def test_one_event_told_three_ways_is_one_claim():
    text = ("ISIS is making inroads in Palmyra nearly a year after government forces recaptured the ancient city. "
            "Forces who recaptured Palmyra in late March were pushed back, state media reported. "
            "The Syrian army chased out ISIS fighters on March 27, according to state media. "
            "ISIS had seized the city in May 2015.")
    claims = [c for c in extract_claims(text, P, builtin_sites(text)) if c.event != "built"]
    got = sorted((c.site, c.event, c.date.edtf) for c in claims)
    assert got == [("Palmyra", "recaptured", "2016-03-27"), ("Palmyra", "seized", "2015-05")]
    recapture = next(c for c in claims if c.event == "recaptured")
    assert len(recapture.quotes) == 3


def test_two_events_at_one_site_with_different_dates_stay_apart():
    text = "ISIS seized Palmyra in May 2015. On Saturday ISIS seized Palmyra again."
    assert sorted(d for _, _, d in run(text)) == ["2015-05", "2016-12-10"]


def test_report_date_bounds_the_event():
    text = "A video released yesterday showed militants destroying statues in the Mosul Museum."
    # (the statues were destroyed; the museum that held them was damaged)
    assert run(text) == [("Mosul Museum", "damaged", "../2016-12-09")]


def test_siteless_event_noun_dates_the_event_before():
    text = ("Yesterday it was revealed how militants had blown up the Mosul Public Library. "
            "The director said bombs were used in the attack, which took place on Sunday.")
    assert run(text, dt.date(2015, 2, 26)) == [("Central Library of Mosul", "destroyed", "2015-02-22")]


def test_partial_destruction_is_damage():
    assert run("Heavy rain destroyed part of the Temple of Bel in 2014.") == [("Temple of Bel", "damaged", "2014")]


def test_generic_museum_in_city_is_named_after_the_city():
    assert run("Militants smashed statues in a museum in the northern city of Mosul in 2015.") == [
        ("Mosul Museum", "damaged", "2015")]  # (the museum held what was smashed)


def test_coordinated_sites_share_the_event():
    text = "ISIS demolished some of the ruins, including the 1,800-year-old Arch of Triumph and the Temple of Baalshamin."
    assert sorted(run(text)) == [("Arch of Triumph", "destroyed", None), ("Temple of Baalshamin", "destroyed", None)]


def test_age_gives_a_built_claim():
    claims = extract_claims("The 1,800-year-old Arch of Triumph stands in Palmyra.", P, builtin_sites(""))
    assert [(c.site, c.event, c.date.edtf) for c in claims] == [("Arch of Triumph", "built", "0216~")]


def test_hyphen_dropped_rendition_still_reads():
    text = "ISIS demolished some of the ruins, including the    Arch of Triumph and the nearly    Temple of Baalshamin."
    assert len(run(text)) == 2


def test_prophet_tomb_and_parenthesised_name():
    text = "The shrine of the Prophet Seth (Shayth) was also destroyed by rebels, according to reports."
    claims = extract_claims(text, P, builtin_sites(text))
    assert [(c.site, c.mention, c.actor, c.certainty) for c in claims] == [
        ("Shrine of the Prophet Seth", "The shrine of the Prophet Seth (Shayth)", "rebels", "reported")]


def test_relative_clause_object_is_the_antecedent():
    text = "Experts hope to rebuild the Bamiyan Buddhas, which the Taliban dynamited in 2001."
    assert run(text) == [("Bamiyan Buddhas", "destroyed", "2001")]
