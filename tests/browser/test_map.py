"""The map of all sites: nearby markers cluster, the date control opens where the events are,
and both the map and the timeline answer to touch on a phone."""
from __future__ import annotations

import pytest

expect = pytest.importorskip("playwright.sync_api").expect

from builder.content.load import load

from .conftest import FIXTURE
from .test_phone import PHONE
from .test_site import month_index, sites_on_map, zoom_to


def test_nearby_markers_cluster_and_a_cluster_opens_when_selected(page, fx):
    kb = load(FIXTURE).kb
    page.goto(fx + "map/")
    assert sites_on_map(page) == sorted(kb.sites)  # nothing is lost in a cluster
    zoom_to(page, kb.sites["fort-alpha"].location, 9)  # 200 m apart: one mark at this scale
    cluster = page.locator(".hkb-map-all .hkb-cluster[data-sites='alpha-gate fort-alpha']")
    expect(cluster).to_have_count(1)  # once the cluster animation has settled
    expect(cluster).to_have_attribute("data-count", "2")
    assert cluster.inner_text() == "2"
    assert cluster.get_attribute("aria-label").startswith("2 sites: ")
    cluster.click()
    page.locator(".hkb-map-all .leaflet-marker-icon[data-site='fort-alpha']").wait_for()
    page.locator(".hkb-map-all .leaflet-marker-icon[data-site='alpha-gate']").wait_for()


def test_date_control_opens_on_the_span_of_events_and_reaches_the_first(page, kb, demo_kb):
    page.goto(kb + "map/")
    page.locator(".hkb-map-all.leaflet-container").wait_for()
    years = sorted(e.date.lower[0] for s in demo_kb.sites.values() if s.location for e in s.events if e.date)
    slider = page.locator("#hkb-when-range")
    focus = int(page.locator(".hkb-map-all").get_attribute("data-focus"))
    assert years[0] < focus < years[-1]
    assert sum(y >= focus for y in years) >= len(years) / 2  # most events lie in the opening span
    assert int(slider.get_attribute("min")) == month_index(focus, 1)
    whole = page.get_by_role("button", name="Whole range")
    assert whole.get_attribute("aria-pressed") == "false"
    whole.click()
    assert whole.get_attribute("aria-pressed") == "true"
    assert int(slider.get_attribute("min")) <= month_index(years[0], 1)
    whole.click()
    assert int(slider.get_attribute("min")) == month_index(focus, 1)
    # stepping back past the opening span widens the control by itself
    previous = page.get_by_role("button", name="← Previous change")
    page.get_by_role("button", name="Today").click()
    for _ in range(40):
        previous.click()
        if int(slider.input_value()) < month_index(focus, 1):
            break
    assert int(slider.input_value()) < month_index(focus, 1)
    assert whole.get_attribute("aria-pressed") == "true"


def test_map_and_timeline_answer_to_touch_on_a_phone(open_page, kb, demo_kb):
    page = open_page(**PHONE)
    page.goto(kb + "sites/palmyra/")
    marker = page.locator(".hkb-map .leaflet-marker-icon[data-site='temple-of-baalshamin']")
    marker.tap()
    expect(page.locator(".leaflet-popup a.hkb-popup-link")).to_have_text("Temple of Baalshamin")
    axis = page.locator(".hkb-tl-axis text")
    axis.first.wait_for()
    texts = lambda: axis.evaluate_all("els => els.map(e => e.textContent)")
    before = texts()
    zoom_in = page.get_by_role("button", name="Zoom in").last
    box = zoom_in.bounding_box()
    assert box["width"] >= 40 and box["height"] >= 40  # a finger-sized target
    zoom_in.tap()
    assert texts() != before


def tick_step(labels: list[str]) -> int:
    """Years between neighbouring year ticks of the timeline's axis."""
    years = [int(t) for t in labels if t.isdigit()]
    return min((b - a for a, b in zip(years, years[1:])), default=0)


def test_two_fingers_pinch_the_timeline_to_zoom(open_page, kb):
    page = open_page(**PHONE)
    page.goto(kb + "sites/palmyra/")
    chart = page.locator(".hkb-tl-chart")
    chart.locator("svg .hkb-tl-mark").first.wait_for()
    ticks = lambda: chart.locator(".hkb-tl-axis text").evaluate_all("els => els.map(e => e.textContent)")
    before = ticks()
    chart.scroll_into_view_if_needed()
    box = chart.bounding_box()
    y, mid = box["y"] + box["height"] / 2, box["x"] + box["width"] / 2
    cdp = page.context.new_cdp_session(page)

    def touch(kind, spread):
        points = [] if kind == "touchEnd" else [{"x": mid - spread, "y": y, "id": 1}, {"x": mid + spread, "y": y, "id": 2}]
        cdp.send("Input.dispatchTouchEvent", {"type": kind, "touchPoints": points})

    touch("touchStart", 20)
    for spread in range(30, 160, 10):  # fingers move apart: zoom in
        touch("touchMove", spread)
    touch("touchEnd", 0)
    after = ticks()
    assert 0 < tick_step(after) < tick_step(before), (before, after)  # zoomed in, not just moved
