"""Stage `event dates`: undated harm takes the time of the story it is told in: the main event's, or
for the rest of its paragraph a later disaster's dated to the month or the day; an aside on another
time of harm leaves it undated until 'also' goes back or its paragraph ends; a time of something else does
not move it."""
import datetime as dt

import pytest

from extract_helpers import run

P = dt.date(2015, 4, 26)
LEAD = "Nepal's historic Dharahara tower collapsed yesterday as a powerful earthquake struck near Kathmandu.\n\n"
ASIDE = "The tower had been rebuilt after an earthquake in 1934 destroyed most of it.\n\n"

STORIES = [
    # harm told with 'also' after an aside on another time goes back to the main event
    (LEAD + ASIDE + "Several temples in Kathmandu's Durbar Square were also reduced to rubble, officials said, "
     "including the Maju Deval, a 17th-century temple.", [("Maju Deval", "destroyed", "2015-04-25")], []),
    # ... and so does a new paragraph after the aside's (an aside on another time ends with its paragraph)
    (LEAD + ASIDE + "Officials said the Maju Deval temple was reduced to rubble.",
     [("Maju Deval temple", "destroyed", "2015-04-25")], []),
    # ... but not a sentence of the aside's own paragraph
    (LEAD + ASIDE.rstrip() + " Officials said the Maju Deval temple was reduced to rubble.",
     [("Maju Deval temple", "destroyed", None)], []),
    # a date of something else (built, listed) does not move the story
    (LEAD + "The tower was built in 1832 by a prime minister.\n\n"
     "In Patan, the Kasthamandap temple, listed since 1979, collapsed.", [("Kasthamandap temple", "destroyed", "2015-04-25")], []),
    # a later disaster dated to the day dates the harm of its paragraph, not beyond it
    ("A cyclone struck the coast yesterday, flooding the Bam Citadel.\n\n"
     "The earthquake came first. On 2 April a tremor shook the valley. The Citadel of Aleppo was reduced "
     "to rubble. In Apamea the colonnade fell.\n\nThe Krak des Chevaliers was damaged.",
     [("Citadel of Aleppo", "destroyed", "2015-04-02"), ("Apamea", "destroyed", "2015-04-02")],
     [("Krak des Chevaliers", "damaged", "2015-04-02")]),
    # a disaster dated in passing ('on the anniversary of the ... earthquake') is no story of its own
    ("The ground shook on Tuesday as residents slept. It struck on the anniversary of the 12 March 1931 "
     "earthquake.\n\nIn the old city, the Citadel of Aleppo was damaged, officials said.",
     [], [("Citadel of Aleppo", "damaged", "1931-03-12")]),
    # reported speech shifts the tense back: 'said ... had fallen' is the story's time, not an earlier one
    (LEAD + "The antiquities department said masonry had fallen from the walls of the Krak des Chevaliers.",
     [("Krak des Chevaliers", "damaged", "2015-04-25")], []),
    # ... but 'had already' is told as earlier
    (LEAD + "The antiquities department said the Krak des Chevaliers had already been damaged.",
     [("Krak des Chevaliers", "damaged", None)], []),
]


@pytest.mark.parametrize("text,present,absent", STORIES, ids=[str(i) for i in range(len(STORIES))])
def test_undated_harm_takes_the_time_of_its_story(text, present, absent):
    got = run(text, P)
    assert [c for c in present if c not in got] == [], got
    assert [c for c in absent if c in got] == [], got


P_SAT = dt.date(2016, 12, 10)  # a Saturday
QUAKE = 'An earthquake struck Orvell on Friday, damaging the Kellan Chapel.'
ASIDE = '\n\nThe chapel replaced the Orvell Cathedral, which a fire destroyed in 1880.'

STORY = [
    # a date that only says 'on or before publication' (a report, a noun, a broadcast) gives way to the story's
    (QUAKE + ' Television showed the Orvell Cathedral reduced to rubble.', ('Orvell Cathedral', 'destroyed', '2016-12-09')),
    (QUAKE + ' The Orvell Museum reported damage to its collections.', ('Orvell Museum', 'damaged', '2016-12-09')),
    # an aside on another time ends with its paragraph: the next one is back on the story
    (QUAKE + ASIDE + '\n\nIn the upper town, the Orvell Museum was damaged.', ('Orvell Museum', 'damaged', '2016-12-09')),
    # ... within its paragraph, or told as background in the next, it is not
    (QUAKE + ASIDE + ' The Orvell Museum was damaged.', ('Orvell Museum', 'damaged', None)),
    # (a named war is a time of its own: vocab/periods.yml)
    (QUAKE + ASIDE + '\n\nThe Orvell Museum was damaged during the Spanish Civil War.', ('Orvell Museum', 'damaged', '1936/1939')),
    (QUAKE + ASIDE + '\n\nThe Orvell Museum was damaged during the long war.', ('Orvell Museum', 'damaged', None)),
    (QUAKE + '\n\nThe Orvell Museum has been damaged several times since the war.', ('Orvell Museum', 'damaged', '../2016-12-10')),
]


@pytest.mark.parametrize("text,want", STORY)
def test_the_story_dates_what_has_no_time_of_its_own(text, want):
    assert want in run(text, P_SAT)


def test_a_disaster_told_alone_in_its_paragraph_dates_the_harm_of_the_next():
    from extract_helpers import P2016, run
    text = ("This was a hard year for heritage. Below we report on two disasters.\n\n"
            "On 15 August an earthquake of magnitude 8.0 struck off the coast. More than 500 people died.\n\n"
            "In Kestrelton, the Church of San Kestrel collapsed while a funeral mass was being said.\n\n"
            "In Lisbon, the Kestrel Museum was damaged.")
    got = run(text, P2016)
    assert ("Church of San Kestrel", "destroyed", "2016-08-15") in got, got
    assert ("Kestrel Museum", "damaged", None) in got, got  # two paragraphs on: the story has moved
