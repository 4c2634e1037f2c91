"""An actor is a noun phrase naming an organisation, force, group or person, or null."""
import pytest

from builder.extract.actors import actor_phrase
from builder.extract.parse import Parses

PARSES = Parses()

ACTORS = [
    ("Islamic State fighters", "Islamic State fighters"),
    ("militants of the Ansar Dine group", "militants of the Ansar Dine group"),
    ("government forces loyal to Assad", "government forces loyal to Assad"),
    ("Last week ISIS", "ISIS"),  # a leading time phrase is when, not who
    ("by have yielded thousands of", None),  # a fragment with a verb
    ("by this time", None),
    ("this time", None),
    ("dawn on Friday", None),
    ("A general view of the newly", None),  # dangling adverb
    ("This is like blowing up the Taj Mahal or", None),
    ("a fire", None),  # a force of nature or an event is the cause, not the actor
    ("its icons", None),  # what the site owns ('ransacked, its icons torn down') acts on nothing
    ("The shock wave", None),
    ("the April 25 earthquake", None),
]


@pytest.mark.parametrize("text,expected", ACTORS)
def test_actor_is_a_noun_phrase_or_null(text, expected):
    assert actor_phrase(PARSES[text]) == expected


def test_a_participles_aside_between_commas_is_not_the_actor():
    """'Army units, aided by allied militiamen, retook X': the subject retook it (a recapture by a state's
    forces), not the militiamen who aided them (an armed group's taking would be a seizure)."""
    from extract_helpers import P2016, claims

    got = [(c.site, c.event, c.actor) for c in
           claims("Army units, aided by allied militiamen, retook the ancient city of Palmyra on Monday.", P2016)]
    assert got == [("Palmyra", "recaptured", "Army units")]
