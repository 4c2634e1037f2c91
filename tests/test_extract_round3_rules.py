"""Rules added after tests/heldout/fresh4 was scored: one table row per rule, on sentences written for these
tests (not taken from the held-out texts), with rows that must NOT become events."""
import datetime as dt

import pytest

from builder.extract import extract_claims
from builder.extract.known import builtin_sites

P = dt.date(2021, 3, 11)  # a Thursday


def claims(text, published=P):
    return [c for c in extract_claims(text, published, builtin_sites(text)) if c.event != "built"]


def run(text, published=P):
    return [(c.site, c.event, c.date.edtf if c.date else None) for c in claims(text, published)]


EVENTS = [
    # a verb without an object: the site is its subject
    ("The Hallgrim Museum, a granite villa by the harbour, was flooded on Monday. The museum only reopened in 2016 "
     "after a four-year restoration.", ("Hallgrim Museum", "restored", "2016")),
    ("The Vardan Library reopened last year following a long renovation.", ("Vardan Library", "restored", "2020")),
    # uncovered wording
    ("A storm on Tuesday left the Keld Chapel in ruins.", ("Keld Chapel", "destroyed", "2021-03-09")),
    ("The explosion shattered the Morven Palace's stained-glass windows on Monday.", ("Morven Palace", "damaged", "2021-03-08")),
    ("On Monday the Church of Saint Aidan lost its spire in the gale.", ("Church of Saint Aidan", "damaged", "2021-03-08")),
    ("A fire swept the old port on Tuesday. Across the street, the Tarrant Theatre was also badly hit.",
     ("Tarrant Theatre", "damaged", "2021-03-09")),
    # plural and foreign site nouns, possessives
    ("The Regional Assembly Buildings were largely reduced to rubble on Monday.",
     ("Regional Assembly Buildings", "destroyed", "2021-03-08")),
    ("Flames engulfed the Teatro Salieri on Monday night.", ("Teatro Salieri", "damaged", "2021-03-08")),
    ("The Palazzo Vescovi was flooded on Tuesday.", ("Palazzo Vescovi", "damaged", "2021-03-09")),
    ("Wrecked: Dunmore Museum's library and paintings destroyed by Tuesday's blast", ("Dunmore Museum", "destroyed", "2021-03-09")),
    # appositive: the name's own head says its kind, so 'the museum' finds it
    ("The Ledwick Museum, a Georgian mansion, stands by the river. The museum was damaged by fire in 2019.",
     ("Ledwick Museum", "damaged", "2019")),
    # a leading locative word is not part of the name
    ("Neighbouring Harlow Palace partly collapsed.", ("Harlow Palace", "damaged", None)),
    # partial harm: 'a wing of', 'partly'
    ("A wing of the Wat Chedi temple collapsed on Sunday.", ("Wat Chedi temple", "damaged", "2021-03-07")),
    ("The Dornoch Castle partly collapsed on Tuesday.", ("Dornoch Castle", "damaged", "2021-03-09")),
    # 'the site' is the article's topic, not the last name told
    ("The ancient city of Zarhan was put on the World Heritage list on Friday. Zarhan was the capital of Ashurnasirpal, "
     "whose Lion Gate now stands in a London museum. Experts say the site was damaged by bulldozers in 2015.",
     ("Zarhan", "damaged", "2015")),
]

NOT_EVENTS = [
    # a square named after an object is where the object stood
    ("Crowds pulled down a statue of the dictator in Liberty Square on Tuesday.", "Liberty Square"),
    # a reopening with no repair or disaster told is not a restoration
    ("The Vardan Library reopened on Monday after the holidays.", "Vardan Library"),
    # 'lost' something that is not a part of the building
    ("The Ledwick Museum lost its director in January.", "Ledwick Museum"),
    # 'left' without ruins
    ("Tourists left the Keld Chapel in the afternoon.", "Keld Chapel"),
    # 'hit' in a non-harm sense without 'badly' etc.
    ("The Tarrant Theatre hit a record number of visitors last year.", "Tarrant Theatre"),
]


@pytest.mark.parametrize("text,want", EVENTS, ids=[w[0] + ":" + w[1] for _, w in EVENTS])
def test_round3_event(text, want):
    got = run(text)
    assert want in got, got


@pytest.mark.parametrize("text,site", NOT_EVENTS, ids=[s for _, s in NOT_EVENTS])
def test_round3_not_event(text, site):
    got = run(text)
    assert not [g for g in got if site.lower() in g[0].lower()], got
