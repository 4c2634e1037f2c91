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


def test_a_dated_verb_after_a_list_dates_every_site_of_the_list():
    """'put A, B and C on its list. It inscribed the sites on Thursday': the list under one trigger is one
    telling, all its sites take the date."""
    text = ("The committee, meeting in a crowded hall in Bonn, put the old rock city of Petra in southern Jordan, the "
            "walled hill town of Hatra in northern Iraq and a cluster of tombs near the sea to its World Heritage List. "
            "It inscribed the sites on Thursday, after a short debate.")
    assert sorted(run(text, P)) == [("Hatra", "inscribed", "2016-12-08"), ("Petra", "inscribed", "2016-12-08")]


def test_a_datelines_date_is_the_reports_and_gives_way_to_the_date_told_next():
    """'AMMAN, Dec. 9 (Wire) -' dates the report: the event is on or before it, and the next sentence's
    'on Wednesday' dates it."""
    lead = "AMMAN, Dec. 9 (Wire) - The committee put the old rock city of Petra and the walled town of Hatra on its World Heritage List."
    assert sorted(run(lead, P)) == [("Hatra", "inscribed", "../2016-12-09"), ("Petra", "inscribed", "../2016-12-09")]
    assert sorted(run(lead + " It inscribed them on Wednesday.", P)) == [("Hatra", "inscribed", "2016-12-07"),
                                                                         ("Petra", "inscribed", "2016-12-07")]


def test_a_means_noun_with_another_sites_date_dates_no_earlier_event():
    """'was gutted by fire on 5 October 2010': the date is Hastings Pier's; 'fire' is how, not a second event
    that would date the undated damage told before at another pier."""
    text = ("The Great Pier opened in 1870. It has been damaged before. "
            "Hastings Pier was gutted by fire on 5 October 2010.")
    got = run(text, dt.date(2014, 8, 7))
    assert ("Hastings Pier", "destroyed", "2010-10-05") in got
    assert all(date != "2010-10-05" for site, _, date in got if site != "Hastings Pier")
