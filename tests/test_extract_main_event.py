"""Stage `event dates`: the article's main event dates the undated harm told while the story stays on it."""
import datetime as dt

from extract_helpers import run

P = dt.date(2015, 4, 26)


def test_harm_told_with_also_after_an_aside_takes_the_main_events_date():
    text = ("Nepal's historic Dharahara tower collapsed yesterday as a powerful earthquake struck near Kathmandu.\n\n"
            "The tower had been rebuilt after an earthquake in 1934 destroyed most of it.\n\n"
            "Several temples in Kathmandu's Durbar Square were also reduced to rubble, officials said, including "
            "the Maju Deval, a 17th-century temple.")
    got = run(text, P)
    assert ("Maju Deval", "destroyed", "2015-04-25") in got, got


def test_harm_after_an_aside_without_also_keeps_no_date():
    text = ("Nepal's historic Dharahara tower collapsed yesterday as a powerful earthquake struck near Kathmandu.\n\n"
            "The tower had been rebuilt after an earthquake in 1934 destroyed most of it.\n\n"
            "Officials said the Maju Deval temple was reduced to rubble.")
    got = run(text, P)
    assert ("Maju Deval temple", "destroyed", None) in got, got
