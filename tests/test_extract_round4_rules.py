"""Rules added after tests/heldout/fresh5 was scored: one table row per rule, on sentences written for these
tests (not taken from the held-out texts), with rows that must NOT become events."""
import datetime as dt

import pytest

from builder.extract import extract_claims
from builder.extract.known import builtin_sites

P = dt.date(2021, 3, 11)  # a Thursday


def run(text, published=P):
    return [(c.site, c.event, c.date.edtf if c.date else None)
            for c in extract_claims(text, published, builtin_sites(text)) if c.event != "built"]


EVENTS = [
    # 'dam' is a site noun
    ("The Kariba Dam was damaged by shelling on Monday.", ("Kariba Dam", "damaged", "2021-03-08")),
    ("Last month, a rebel news agency said that jets had damaged the Great Dam of Ruhan, an ancient structure.",
     ("Great Dam of Ruhan", "damaged", "2021-02")),
    # 'park' is a site noun (a listed national park)
    ("The Manu National Park was added to the World Heritage list on Sunday.", ("Manu National Park", "inscribed", "2021-03-07")),
    # 'Its <parts> were destroyed': the site told before
    ("The Lorne Castle was the seat of kings. Its buildings were almost entirely destroyed in 1945 during the war.",
     ("Lorne Castle", "destroyed", "1945")),
    # 'reduced <object> to rubble / a pile of ...' with the object between
    ("Shelling reduced the Arvik Castle to rubble on Monday.", ("Arvik Castle", "destroyed", "2021-03-08")),
    ("Shelling on Monday reduced the old Arvik Castle to a pile of stones.", ("Arvik Castle", "destroyed", "2021-03-08")),
]

NOT_EVENTS = [
    # 'reduced ... to' a figure is not destruction
    ("The new tax reduced the Arvik Museum's income to a trickle.", "Arvik Museum"),
    # a park that is not a heritage park, told as an anaphor
    ("The city built a car park on Sunday. Engineers damaged the park in May.", "park"),
    # 'Its' with a verb that is no event
    ("The Lorne Castle stands on a hill. Its owners were recently married in 1945.", "Lorne Castle"),
]


@pytest.mark.parametrize("text,want", EVENTS, ids=[w[0] + " " + w[1] for _, w in EVENTS])
def test_rule_finds_the_event(text, want):
    assert want in run(text)


@pytest.mark.parametrize("text,site", NOT_EVENTS, ids=[s for _, s in NOT_EVENTS])
def test_rule_does_not_fire(text, site):
    assert not [c for c in run(text) if site.lower() in c[0].lower()]


def test_its_citadel_after_a_city_is_the_citadel_not_the_city():
    from builder.extract.frames import ITS_HEAD
    assert ITS_HEAD.match(" most of its famous citadel to a mound of dust").group(1) == "citadel"
    assert ITS_HEAD.match(" its income to a trickle") is None
