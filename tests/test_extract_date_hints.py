"""A dated event word with no site of its own dates an undated claim told before it: nearby, or further
back when it is an event noun told again ('the blaze'); a verb far down the article ('a storm damaged
houses') may tell a new event and dates nothing far back."""
import datetime as dt

from extract_helpers import run

P = dt.date(2016, 12, 10)


def test_a_siteless_verb_far_down_the_article_does_not_date_an_earlier_claim():
    text = ("Rescuers dug through the night. In Aleppo, the Citadel of Aleppo was damaged, according to local media. "
            "The old souk was unharmed, officials said. Engineers were sent. Donors pledged money. The work will "
            "take years. Earlier this month, on 2 December, a storm damaged houses across the region.")
    assert ("Citadel of Aleppo", "damaged", "2016-12-02") not in run(text, P)
