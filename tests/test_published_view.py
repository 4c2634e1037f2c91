"""builder/published.py as plain functions: which events count as fact, which sites are unconfirmed."""
from __future__ import annotations

from dataclasses import replace

from builder.content.load import load
from builder.published import exported, facts, statuses, unconfirmed
from pending_kb import add_pending


def test_facts_keep_reviewed_events_and_every_site(content):
    add_pending(content)
    kb = load(content).kb
    view = facts(kb)
    assert set(view.sites) == set(kb.sites)
    assert [e.type for e in view.sites["palmyra-citadel"].events] == ["attacked"]
    assert view.sites["al-tar-mountain"].events == ()
    assert facts(kb, publish_unreviewed=True) is kb
    assert "al-tar-mountain" not in exported(kb).sites and "palmyra-citadel" in exported(kb).sites
    assert {k: s.key for k, s in statuses(kb).items() if k in ("palmyra-citadel", "al-tar-mountain")} == {
        "palmyra-citadel": "intact", "al-tar-mountain": "unconfirmed"}
    assert statuses(kb, publish_unreviewed=True)["palmyra-citadel"].key == "occupied"


def test_unconfirmed_means_known_only_from_pending_claims(content):
    add_pending(content)
    kb = load(content).kb
    tar, citadel = kb.sites["al-tar-mountain"], kb.sites["palmyra-citadel"]
    assert unconfirmed(tar) and not unconfirmed(citadel)
    assert not unconfirmed(replace(tar, events=()))  # a site written by hand, no events yet
    assert not unconfirmed(replace(tar, description="A hill north of Palmyra."))  # a person described it
    assert not unconfirmed(replace(tar, events=tuple(replace(e, reviewed=True) for e in tar.events)))
