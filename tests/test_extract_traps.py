"""Precision traps (issue 9 item 3): a sentence that names a site beside an event word without asserting the event
there gives no claim (builder/extract/assertion.py, read from the parse)."""
import datetime as dt

import pytest

from builder.extract import extract_claims
from builder.extract.known import builtin_sites

P = dt.date(2015, 8, 20)


def events(text):
    return {(c.site, c.event) for c in extract_claims(text, P, builtin_sites(text)) if c.event != "built"}


TRAPS = [
    ("comparison", '"This is like blowing up the Taj Mahal or destroying the Acropolis," said a professor.'),
    ("comparison with 'as if'", "It was as if someone had destroyed the Great Mosque of Aleppo."),
    ("denial", "Officials denied that the Citadel of Aleppo had been damaged in the shelling."),
    ("denial of a noun", "The ministry denied the destruction of the Temple of Bel."),
    ("threat", "The militants threatened to destroy the Temple of Bel if the army advanced."),
    ("hypothetical", "If the dam fails, the Temple of Bel would be destroyed by the floodwaters."),
    ("possibility", "The Old City of Aleppo could be destroyed if the fighting continues."),
    ("plan", "The government plans to restore the Temple of Bel next year."),
    ("plan as a noun", "Plans for the restoration of the Temple of Bel were announced on Monday."),
    ("future", "The Arch of Triumph will be rebuilt by Russian experts."),
    ("negation", "The Umayyad Mosque of Aleppo was not damaged in the fighting, the ministry said."),
    ("comparison by a verb", "One historian compared the attacks to the demolition of the Bamiyan Buddhas."),
    ("negative subject", "No paintings were stolen from the Orvell Museum during the riot."),
    ("negative agent", "Nobody has damaged the Velna Cathedral since the war."),
    ("neither", "The Velna Cathedral and the Orvell Cathedral reopened, and neither building suffered serious damage."),
    ("the object of an intention verb", "Guards stood at the gates to stop the looting of the Orvell Museum."),
    ("a participle in a future clause", "Visitors will soon see a newly restored Velna Cathedral."),
    ("participle as an adjective", "Some of the statues were later seen at the Orvell Museum in army-occupied Dastria."),
    ("participle in a description", "Workers clear rubble near a damaged shrine in the Velna Palace Square today."),
    ("report called false", "Reports that the Citadel of Aleppo had been destroyed were false, the ministry said."),
    ("claims rejected", "The ministry rejected claims that the Temple of Bel was damaged."),
    ("no evidence", "There is no evidence that the Temple of Bel was damaged."),
    ("counterfactual", "The Temple of Bel would have been destroyed had the army not arrived."),
    ("scheduled", "The Mosul Museum is due to be restored next year."),
    ("warning", "Experts warned against the destruction of the Temple of Bel."),
    ("threat as a noun", "The group repeated its threat to destroy the Temple of Bel."),
    ("failed attempt", "Militants failed to destroy the Temple of Bel."),
    ("an attempt that was stopped", "Thieves tried to break into the Halvard Museum but were stopped."),
    ("provenance", "Looted objects from the Mosul Museum have been found in London auction houses."),
    ("a comparison with an indefinite deed", "It would be like a bomb that destroyed the Orvell Cathedral."),
    ("an act named, not told", "Destroying the Orvell Cathedral is akin to burning a library."),
    ("an act named with a future", "Restoring the Velna Cathedral will cost millions."),
    ("a for-to infinitive of an intention verb", "Campaigners are calling for the Velna Cathedral to be rebuilt."),
    ("no reports of it", "There were no reports of damage at the Velna Palace, the pink palace of the nawabs."),
    ("quoted speech in a UNESCO story", '"The destruction of these mausoleums was an attack on us," said a UNESCO '
                                        'official.'),
    ("willing to help", "The embassy has said it is willing to help rebuild the Velna Museum."),
    ("a thief at a display case", "Footage shows one of the masked men hacking at a display case in the Velna Museum."),
    ("carved out, not carved into", "Further south, the Velna Buddha, carved into a cliff in the 8th century, stood."),
]


@pytest.mark.parametrize("name,text", TRAPS, ids=[t[0] for t in TRAPS])
def test_a_trap_is_no_claim(name, text):
    assert events(text) == set()


ASSERTED = [
    ("a participle with its own year on what is compared",
     "The Velna Cathedral has been compared to the Orvell Cathedral, destroyed by bombs in November 1940.",
     ("Orvell Cathedral", "destroyed")),
    ("plain passive", "The Temple of Bel was destroyed by ISIS in August 2015.", ("Temple of Bel", "destroyed")),
    ("a real event beside a comparison", "ISIS blew up the Temple of Bel, an act one expert likened to a war crime.",
     ("Temple of Bel", "destroyed")),
    ("looted from the site itself", "Statues were stolen from the Mosul Museum in 2014.", ("Mosul Museum", "looted")),
    # what a relative clause tells in the past of a definite thing or time took place: only the comparison is
    # with it
    ("a past event compared with", "Like the fire that destroyed the Orvell Cathedral in 1990, the blaze spread fast.",
     ("Orvell Cathedral", "destroyed")),
    ("a past time set against", "Unlike in 2009, when the Velna Cathedral was damaged, the walls held.",
     ("Velna Cathedral", "damaged")),
    ("a gerund subject in the past", "Looting the Orvell Museum in 2003 was a crime.", ("Orvell Museum", "looted")),
    ("a past event a verb compares with", "Officials compared the attack to the fire that destroyed the Orvell "
                                          "Cathedral in 1990.", ("Orvell Cathedral", "destroyed")),
]


@pytest.mark.parametrize("name,text,expected", ASSERTED, ids=[t[0] for t in ASSERTED])
def test_an_asserted_event_stays(name, text, expected):
    assert expected in events(text)


def test_a_modal_perfect_is_a_hedge_not_a_possibility():
    """'may have been damaged' reports a past event with doubt (certainty's job), 'may be damaged' does not."""
    from builder.extract.assertion import unasserted
    from builder.extract.parse import Parses

    parses = Parses()
    past = "The citadel may have been damaged in the blast."
    future = "The citadel may be damaged in the fighting."
    assert unasserted(parses[past], past.index("damaged")) is None
    assert unasserted(parses[future], future.index("damaged")) == "possibility"


AGES = [
    ("The 4th-century Mar Behnam Monastery was blown up by Islamic State militants.", "Mar Behnam Monastery"),
    ("The Temple of Bel, built in the 1st century, was destroyed by ISIS.", "Temple of Bel"),
    ("The 2,000-year-old Arch of Triumph was destroyed by militants.", "Arch of Triumph"),
    ("The Nabi Yunus Mosque, founded in the 8th century, was blown up by ISIS.", "Nabi Yunus Mosque"),
]


@pytest.mark.parametrize("text,site", AGES)
def test_an_age_or_founding_century_is_never_the_date_of_a_destruction(text, site):
    dated = {c.date.edtf if c.date else None for c in extract_claims(text, P, builtin_sites(text))
             if c.site == site and c.event == "destroyed"}
    assert dated and all(d is None or d.startswith("2015") or d.startswith("../2015") for d in dated)


def test_a_report_the_text_contradicts_is_no_event():
    from extract_helpers import P2016, run
    assert run("In 1940 newspapers reported that the Kestrel Memorial had been blown up, but it had not been "
               "damaged.", P2016) == []
    assert run("In 1940 newspapers reported that the Kestrel Memorial had been blown up.", P2016) == \
        [("Kestrel Memorial", "destroyed", "1940")]
