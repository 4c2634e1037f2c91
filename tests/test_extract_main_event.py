"""Stage `event dates`: undated harm takes the time of the story it is told in: the main event's, or
for the rest of its paragraph a later disaster's dated to the month or the day; an aside on another
time of harm leaves it undated until 'also' goes back; a time of something else does not move it."""
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
    (LEAD + ASIDE + "Officials said the Maju Deval temple was reduced to rubble.",
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
