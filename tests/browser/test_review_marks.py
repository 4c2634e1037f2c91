"""Pending claims in a real browser: the demo KB plus two claims awaiting review (tests/pending_kb.py),
served under /rv/. A reader sees the site known only from them marked on the map and in the table."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
expect = pytest.importorskip("playwright.sync_api").expect

from .conftest import ROOT, _build, _with_coordinates

sys.path.insert(0, str(ROOT / "tests"))
from pending_kb import add_pending  # noqa: E402


@pytest.fixture(scope="module")
def rv(served, tmp_path_factory) -> str:
    work = tmp_path_factory.mktemp("review-marks")
    content = work / "content"
    shutil.copytree(ROOT / "content", content)
    _with_coordinates(content)
    add_pending(content)
    _build(content, served.www / "rv", served.url + "/rv/", work)
    return served.url + "/rv/"


def test_map_popup_of_an_unconfirmed_site_says_awaiting_review(page, rv):
    page.goto(rv + "map/")
    pin = page.locator(".hkb-map .leaflet-marker-icon[data-site='al-tar-mountain']")
    expect(pin).to_have_attribute("data-status", "unconfirmed")
    pin.click()
    popup = page.locator(".leaflet-popup")
    expect(popup.locator(".hkb-popup-status")).to_have_text("Unconfirmed")
    expect(popup.locator(".hkb-review-mark")).to_have_text("awaiting review")
    # a reviewed site's popup has no mark, and its pending seizure does not colour it
    citadel = page.locator(".hkb-map .leaflet-marker-icon[data-site='palmyra-citadel']")
    expect(citadel).to_have_attribute("data-status", "intact")
    # moving the date control to the day of the pending claim changes nothing
    page.locator("#hkb-when-range").fill(str(2017 * 12))
    expect(citadel).to_have_attribute("data-status", "intact")
    expect(page.locator("table.hkb-located tr[data-site='al-tar-mountain'] .hkb-review-mark")).to_have_text("awaiting review")


def test_site_page_shows_the_pending_claim_as_proposed(page, rv):
    page.goto(rv + "sites/palmyra-citadel/")
    expect(page.locator(".hkb-facts .hkb-status")).to_have_text("Intact")
    proposed = page.locator("li.timeline-event[data-proposed]")
    expect(proposed).to_have_count(1)
    expect(proposed.locator(".hkb-unreviewed")).to_have_text("proposed, awaiting review")
