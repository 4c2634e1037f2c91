"""Every answer is checked before it is written: pure checks, as a table of cases."""
from __future__ import annotations

import pytest

from builder.geocode.sanity import Candidate, Parent, Rules, choose, km_text, problems
from geocode_stub import PALMYRA, loopback_only  # noqa: F401

P = Parent("palmyra", "Palmyra", PALMYRA)
R = Rules()
BAAL = Candidate(34.553297, 38.270467, "Temple of Baalshamin")
NEW_YORK = Candidate(43.0637, -77.2333, "Palmyra, New York", country="us")


@pytest.mark.parametrize("candidate, parent, rules, expected", [
    (BAAL, P, R, []),
    (BAAL, None, R, []),
    (NEW_YORK, P, R, ["Palmyra, New York is 9,210 km from the parent site Palmyra (limit 5 km)"]),
    (Candidate(38.270467, 34.553297, "Swapped"), P, R,
     ["Swapped: lat/lon look swapped (38.270467, 34.553297) is 530 km from the parent site Palmyra, "
      "(34.553297, 38.270467) would be 0.3 km"]),
    (Candidate(0.0, 0.0, "Null Island"), P, R, ["Null Island: (0, 0) is a placeholder, not a place"]),
    (Candidate(0.0, 0.0, "Null Island"), None, R, ["Null Island: (0, 0) is a placeholder, not a place"]),
    (Candidate(120.0, 34.5, "Out"), None, R, ["Out: lat/lon look swapped (latitude 120.0 is out of range)"]),
    (Candidate(34.56, 38.28, "Wrong country", country="iq"), P, Rules(countries=("sy",)),
     ["Wrong country is in IQ, not in SY"]),
    (Candidate(34.56, 38.28, "No country said"), P, Rules(countries=("sy",)), []),
    (Candidate(34.60, 38.27, "6 km off"), P, R, ["6 km off is 5.5 km from the parent site Palmyra (limit 5 km)"]),
    (Candidate(34.60, 38.27, "6 km off"), P, Rules(max_km=10), []),
    (Candidate(float("nan"), 38.27, "NaN"), P, R, ["NaN: no usable coordinates (lat nan, lon 38.27)"]),
])
def test_problems(candidate, parent, rules, expected):
    assert problems(candidate, parent, rules) == expected


def test_the_decoy_is_dropped_and_the_right_one_chosen():
    verdict = choose([NEW_YORK, BAAL], P, R)
    assert verdict.chosen == BAAL


def test_only_the_decoy_is_rejected_with_its_reason():
    verdict = choose([NEW_YORK], P, R)
    assert verdict.chosen is None
    assert verdict.reasons == ("Palmyra, New York is 9,210 km from the parent site Palmyra (limit 5 km)",)


def test_nothing_found():
    assert choose([], P, R).reasons == ("no match",)


def test_two_likely_answers_far_apart_are_ambiguous():
    a = Candidate(34.55, 38.27, "Temple of Bel, Palmyra", score=0.50)
    b = Candidate(34.75, 40.73, "Temple of Bel, Dura-Europos", score=0.48)
    verdict = choose([a, b], None, R)
    assert verdict.chosen is None and verdict.reasons[0].startswith("ambiguous: 'Temple of Bel, Palmyra' and")


def test_a_far_weaker_second_answer_is_not_ambiguity():
    a = Candidate(34.55, 38.27, "Palmyra, Syria", score=0.8)
    b = Candidate(43.06, -77.23, "Palmyra, New York", score=0.4)
    assert choose([a, b], None, R).chosen == a


def test_two_answers_for_one_place_are_not_ambiguity():
    a = Candidate(34.5533, 38.2705, "Temple (way)", score=0.5)
    b = Candidate(34.5534, 38.2699, "Temple (node)", score=0.5)
    assert choose([a, b], P, R).chosen == a


def test_without_scores_the_order_ranks():
    a, b = Candidate(34.55, 38.27, "A"), Candidate(34.75, 40.73, "B")
    assert choose([a, b], None, R).chosen is None  # next in order, far away: doubt
    assert choose([a, b], P, R).chosen == a  # B is 220 km from the parent: not a rival


def test_scores_reorder_the_passing_candidates():
    a, b = Candidate(34.55, 38.27, "A", score=0.2), Candidate(34.551, 38.271, "B", score=0.9)
    assert choose([a, b], P, R).chosen == b


@pytest.mark.parametrize("km, text", [(9210.07, "9,210 km"), (5.46, "5.5 km"), (0.44, "0.4 km"), (12.5, "12 km")])
def test_km_text(km, text):
    assert km_text(km) == text
