"""On a 390 px phone no page scrolls sideways, and the map and timeline answer to touch.

Each page type is opened in a 390 × 844 touch viewport; the document may be no wider than the
window (`scrollWidth <= innerWidth`). Wide tables scroll inside their own box instead.
"""
from __future__ import annotations

import pytest

pytest.importorskip("playwright.sync_api")

PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True, "device_scale_factor": 2}

PAGE_TYPES = {  # one of each kind the plugin generates, plus Markdown pages and the 404 page
    "home": "kb/",
    "sites index": "kb/sites/",
    "site page": "kb/sites/palmyra/",
    "site page, long names": "kb/sites/temple-of-baalshamin/",
    "sources index": "kb/sources/",
    "source page": "kb/sources/cnn-palmyra-2016/",
    "map": "kb/map/",
    "timeline": "kb/timeline/",
    "data": "kb/data/",
    "review queue": "kb/review/",
    "fixture site with a disagreement": "fx/sites/fort-alpha/",
    "fixture map": "fx/map/",
    "404": "kb/no-such-page/",
}


def _width(page) -> dict:
    return page.evaluate("() => ({scroll: document.documentElement.scrollWidth, inner: window.innerWidth,"
                         " header: document.querySelector('.md-header') ? document.querySelector('.md-header')"
                         ".getBoundingClientRect().width : null})")


@pytest.mark.parametrize("name", PAGE_TYPES)
def test_no_page_scrolls_sideways_at_390px(open_page, server, name):
    page = open_page(**PHONE)
    if name == "404":
        page.watch.allowed_404 = True
    page.goto(f"{server}/{PAGE_TYPES[name]}")
    page.wait_for_load_state("load")
    if page.locator(".hkb-map").count():
        page.locator(".hkb-map.leaflet-container").first.wait_for()
    if page.locator("ol.hkb-timeline").count():
        page.locator(".hkb-tl-svg").first.wait_for()
    size = _width(page)
    print(f"{name}: scrollWidth {size['scroll']} px at innerWidth {size['inner']} px")
    # a mobile browser widens the layout viewport to fit wide content: innerWidth must stay 390 too
    assert size["scroll"] <= size["inner"] == PHONE["viewport"]["width"], f"{name} is {size['scroll']} px wide"
    assert size["header"] is None or size["header"] >= size["inner"], "the header stops short of the page's width"
