"""What a reader of the published site sees, in real headless Chromium.

The demo KB is served under /kb/, the fixture KB (status changes, BCE dates, a disagreement
between sources, a hostile entry) under /fx/. See conftest.py for the rig.
"""
from __future__ import annotations

import json
import re

import pytest
expect = pytest.importorskip("playwright.sync_api").expect

from builder.content.load import load
from builder.status import at

from .conftest import FIXTURE, HOSTILE

SCRIPT, IMG = HOSTILE


def month_index(year: int, month: int) -> int:
    return year * 12 + month - 1


def marker(page, site_id: str):
    return page.locator(f".hkb-map .leaflet-marker-icon[data-site='{site_id}']")


def set_month(page, year: int, month: int) -> None:
    page.locator("#hkb-when-range").fill(str(month_index(year, month)))


def zoom_to(page, location, zoom: int = 17) -> None:
    """Close in on a place, as a reader would, until its cluster opens into single markers."""
    page.locator(".hkb-map-all.leaflet-container").wait_for()
    page.evaluate("([lat, lon, z]) => document.querySelector('.hkb-map-all').hkbMap.setView([lat, lon], z, {animate: false})",
                  [location.lat, location.lon, zoom])


def sites_on_map(page) -> list[str]:
    """Every site the map of all sites shows: single markers and the sites inside clusters."""
    page.locator(".hkb-map-all .leaflet-marker-icon").first.wait_for()
    return sorted(page.evaluate("""() => [...document.querySelectorAll('.hkb-map-all .leaflet-marker-icon')]
        .flatMap(e => e.dataset.site ? [e.dataset.site] : (e.dataset.sites || '').split(' '))"""))


# ---- maps ------------------------------------------------------------------------------------

def coords_text(location) -> str:
    return (f'{abs(location.lat):.4f}° {"N" if location.lat >= 0 else "S"}, '
            f'{abs(location.lon):.4f}° {"E" if location.lon >= 0 else "W"}')


def test_site_page_map_shows_the_site_and_its_parts(page, kb, demo_kb):
    page.goto(kb + "sites/palmyra/")
    markers = page.locator(".hkb-map .leaflet-marker-icon")
    markers.first.wait_for()
    ids = sorted(markers.evaluate_all("els => els.map(e => e.dataset.site)"))
    family = ["palmyra", *demo_kb.children["palmyra"]]
    assert ids == sorted(s for s in family if demo_kb.sites[s].location)
    assert {"arch-of-triumph", "palmyra", "temple-of-baalshamin"} <= set(ids)
    assert "hkb-self" in marker(page, "palmyra").get_attribute("class")
    assert marker(page, "palmyra").get_attribute("data-status") == "occupied"
    page.locator(".hkb-map img.leaflet-tile-loaded").first.wait_for()  # the stub tiles
    assert "/tiles/" in page.locator(".hkb-map img.leaflet-tile").first.get_attribute("src")
    coords = page.locator("dl.hkb-facts a.hkb-coords")
    where = demo_kb.sites["palmyra"].location
    assert coords.inner_text() == coords_text(where)
    assert coords.get_attribute("href").startswith(f"https://www.openstreetmap.org/?mlat={where.lat:.5f}&mlon={where.lon:.5f}")


def test_clicking_a_marker_on_the_map_of_all_sites_opens_the_site_page(page, kb):
    page.goto(kb + "map/")
    marker(page, "temple-of-baalshamin").click()
    link = page.locator(".leaflet-popup a.hkb-popup-link")
    assert link.inner_text() == "Temple of Baalshamin"
    assert "Destroyed" in page.locator(".leaflet-popup .hkb-popup-status").inner_text()
    link.click()
    page.wait_for_url("**/kb/sites/temple-of-baalshamin/")
    expect(page.locator("h1")).to_have_text("Temple of Baalshamin")  # instant navigation swaps the content
    page.locator(".hkb-map .leaflet-marker-icon").first.wait_for()


def test_map_of_all_sites_has_a_legend_and_lists_sites_with_coordinates(page, kb, demo_kb):
    page.goto(kb + "map/")
    legend = page.locator("ul.hkb-legend").inner_text()
    for label in ("Intact", "Occupied", "Damaged", "Destroyed", "possibly"):
        assert label in legend
    located = [s for s in demo_kb.sites.values() if s.location]
    assert page.locator("table.hkb-located tbody tr").count() == len(located)
    assert sites_on_map(page) == sorted(s.id for s in located)
    temple = demo_kb.sites["temple-of-baalshamin"].location
    assert coords_text(temple) in page.locator("tr[data-site='temple-of-baalshamin']").inner_text()
    unlocated = [s.name for s in demo_kb.sites.values() if not s.location]
    if unlocated:
        assert unlocated[0] in page.locator("ul.hkb-unlocated-list").inner_text()


def test_date_control_changes_the_marker_colours(page, kb, demo_kb):
    page.goto(kb + "map/")
    zoom_to(page, demo_kb.sites["palmyra"].location)
    baalshamin = marker(page, "temple-of-baalshamin")
    baalshamin.wait_for()
    colour = lambda: baalshamin.evaluate("e => getComputedStyle(e).backgroundColor")
    assert baalshamin.get_attribute("data-status") == "destroyed"
    assert colour() == "rgb(198, 40, 40)"  # vocab.yml: destroyed #c62828

    set_month(page, 2015, 6)  # June 2015: ISIS holds Palmyra; the temple's destruction is still pending
    assert page.locator("#hkb-when-label").inner_text() == "June 2015"
    assert marker(page, "palmyra").get_attribute("data-status") == "occupied"
    assert baalshamin.get_attribute("data-status") == "intact"
    assert baalshamin.get_attribute("data-possibly") == "destroyed"
    assert colour() == "rgb(46, 125, 50)"  # intact #2e7d32
    assert baalshamin.locator(".hkb-ring").count() == 1
    assert "possibly destroyed" in page.locator("tr[data-site='temple-of-baalshamin']").inner_text()

    set_month(page, 2016, 4)  # April 2016: the interval is over, Palmyra recaptured on 27 March
    assert baalshamin.get_attribute("data-status") == "destroyed"
    assert baalshamin.get_attribute("data-possibly") is None
    assert marker(page, "palmyra").get_attribute("data-status") == "intact"

    set_month(page, 2014, 1)
    assert marker(page, "palmyra").get_attribute("data-status") == "occupied"  # by the Romans, c. AD 50

    page.get_by_role("button", name="Next change →").click()
    assert page.locator("#hkb-when-label").inner_text() == "1 May 2015"
    page.get_by_role("button", name="Today").click()
    assert page.locator("#hkb-when-label").inner_text().startswith("today")
    assert baalshamin.get_attribute("data-status") == "destroyed"


def test_date_control_agrees_with_the_status_rule(page, fx):
    """Every change point and the day before it, in the page and in builder/status.py's at()."""
    kb = load(FIXTURE).kb
    page.goto(fx + "map/")
    page.locator(".hkb-map-all .leaflet-marker-icon").first.wait_for()
    page.get_by_role("button", name="Whole range").click()  # the fixture reaches back to 612 BC
    days = set()
    for site in kb.sites.values():
        for event in site.events:
            if event.date:
                for bound in (event.date.lower, event.date.upper):
                    days.add((bound[0], bound[1]))
                    days.add((bound[0], bound[1] + 1) if bound[1] < 12 else (bound[0] + 1, 1))
    for year, month in sorted(days):
        if year > 2025:
            continue
        set_month(page, year, month)
        for site in kb.sites.values():  # the table under the map follows the same lookup as the markers
            status = at(site, kb, (year, month, 1))
            shown = page.locator(f"tr[data-site='{site.id}'] .hkb-when-status .hkb-status").first
            assert f"hkb-status-{status.key}" in shown.get_attribute("class"), (site.id, year, month)
            single = marker(page, site.id)  # and so does each marker not folded into a cluster
            if single.count():
                assert single.get_attribute("data-status") == status.key, (site.id, year, month)


# ---- timelines -------------------------------------------------------------------------------

def test_timeline_filters_by_type_and_certainty(page, kb):
    page.goto(kb + "sites/palmyra/")
    items = page.locator("ol.hkb-timeline > li.timeline-event")
    marks = page.locator(".hkb-tl-chart .hkb-tl-mark")
    assert items.count() == 5 and marks.count() == 5
    page.locator(".hkb-tl-filter label", has_text="Seized").click()
    assert page.locator("ol.hkb-timeline > li.timeline-event:visible").count() == 2
    assert marks.count() == 2
    assert page.locator(".hkb-tl-count").inner_text() == "2 of 5 events shown (filtered)."
    page.locator(".hkb-tl-filter label", has_text="Seized").click()
    page.locator(".hkb-tl-filter label", has_text="reported").click()
    assert page.locator("ol.hkb-timeline > li[data-certainty=reported]:visible").count() == 0
    assert page.locator("ol.hkb-timeline > li.timeline-event:visible").count() == 4
    assert page.locator(".hkb-tl-mark[data-certainty=reported]").count() == 0


def test_timeline_zooms(page, kb):
    page.goto(kb + "timeline/")
    first_ticks = page.locator(".hkb-tl-axis text").all_text_contents()
    for _ in range(10):  # 2,000 years halved ten times: about two years
        page.get_by_role("button", name="Zoom in").click()
    zoomed = page.locator(".hkb-tl-axis text").all_text_contents()
    assert zoomed != first_ticks
    assert any(t.startswith("Jul ") for t in zoomed), zoomed  # down to months
    assert page.locator(".hkb-tl-mark").count() >= 5  # zooming keeps the events in sight
    page.get_by_role("button", name="Fit").click()
    assert page.locator(".hkb-tl-axis text").all_text_contents() == first_ticks


def test_timeline_draws_bce_dates_and_ranges_in_order(page, fx):
    page.goto(fx + "sites/nineveh-palace/")
    labels = page.locator(".hkb-tl-axis text").all_text_contents()
    assert any(label.endswith(" BC") for label in labels), labels
    built = page.locator(".hkb-tl-mark[data-type=built]")
    destroyed = page.locator(".hkb-tl-mark[data-type=destroyed]")
    assert built.locator("rect").count() == 1  # c. 700 BC: approximate, drawn as a range
    assert "hkb-tl-approximate" in built.get_attribute("class")
    assert built.bounding_box()["x"] < destroyed.bounding_box()["x"]  # 700 BC before 612 BC
    assert page.locator("li[data-type=destroyed] .hkb-date").inner_text() == "612 BC"  # no <time>: BCE has no HTML form
    # an interval date is a range on the chart too
    page.goto(fx + "sites/alpha-gate/")
    box = page.locator(".hkb-tl-mark[data-type=destroyed] rect").bounding_box()
    assert box["width"] > 50


def test_timeline_labels_stay_inside_the_chart(page, fx, kb):
    """A label goes right of its mark, else left, else inside a bar as wide as the chart: never cut off."""
    page.set_viewport_size({"width": 1280, "height": 900})  # a laptop: the chart is narrower than the bar's label room
    for url in (fx + "sites/delta-mill/", fx + "sites/alpha-gate/", fx + "sites/nineveh-palace/", kb + "sites/palmyra/"):
        page.goto(url)
        chart = page.locator(".hkb-tl-chart svg").bounding_box()
        labels = page.locator(".hkb-tl-mark text")
        assert labels.count() >= 1, url
        for i in range(labels.count()):
            box = labels.nth(i).bounding_box()
            assert chart["x"] <= box["x"] and box["x"] + box["width"] <= chart["x"] + chart["width"] + 1, \
                (url, labels.nth(i).text_content(), box, chart)


def test_disagreeing_sources_are_shown_side_by_side(page, fx, kb):
    page.goto(fx + "sites/alpha-gate/")
    disputed = page.locator("li.timeline-event[data-disputed]")
    assert disputed.count() == 1
    assert disputed.locator(".hkb-disputed").inner_text() == "sources disagree on the date and actor"
    claims = disputed.locator("details.hkb-evidence[open] li")
    assert claims.count() == 2  # both readings are visible without a click
    assert "The Fixture Gazette" in claims.nth(0).inner_text()
    assert "This source dates it 2012; names the militia." in claims.nth(1).inner_text()
    # Palmyra's recapture: "late March" covers 27 March, which is no disagreement
    page.goto(kb + "sites/palmyra/")
    assert page.locator("li.timeline-event[data-disputed]").count() == 0


# ---- navigation, search, publishing ------------------------------------------------------------

def test_instant_navigation_keeps_maps_and_timelines_alive(page, kb):
    page.goto(kb + "sites/palmyra/")
    page.locator(".hkb-map .leaflet-marker-icon").first.wait_for()
    page.evaluate("window.__sameDocument = true")
    page.locator("dl.hkb-facts a", has_text="Temple of Baalshamin").click()
    page.wait_for_url("**/kb/sites/temple-of-baalshamin/")
    expect(page.locator("h1")).to_have_text("Temple of Baalshamin")
    assert page.evaluate("window.__sameDocument") is True  # instant navigation, no reload
    marker(page, "temple-of-baalshamin").wait_for()
    assert page.locator(".leaflet-container").count() == 1
    assert page.locator(".hkb-tl-chart svg").count() == 1
    zoom = page.locator(".leaflet-control-zoom-in")
    before = page.locator(".leaflet-tile").first.get_attribute("src")
    zoom.click()
    page.wait_for_function("src => { const t = document.querySelector('.leaflet-tile-loaded'); return t && t.src !== src; }",
                           arg=before)
    page.go_back()
    page.wait_for_url("**/kb/sites/palmyra/")
    expect(page.locator("h1")).to_have_text("Palmyra")
    marker(page, "palmyra").wait_for()
    assert page.locator(".leaflet-container").count() == 1
    assert page.evaluate("window.__sameDocument") is True


def search(page, query: str) -> None:
    page.locator("label.md-search__icon, .md-search__input").first.click()
    # the worker has built the index once the placeholder text says so; a query typed earlier is lost
    page.locator(".md-search-result__meta", has_text="Type to start searching").wait_for()
    page.locator("input.md-search__input").press_sequentially(query)  # Material reads key events, not `input`


def test_search_finds_baalshamin(page, kb):
    page.goto(kb)
    search(page, "Baalshamin")
    result = page.locator(".md-search-result__item", has_text="Temple of Baalshamin").first
    result.wait_for()
    assert "sites/temple-of-baalshamin/" in result.locator("a").first.get_attribute("href")


def test_search_finds_events_and_quotes(page, kb):
    """The generated pages' entries come from builder/search_index.py, not Material's parser."""
    page.goto(kb)
    search(page, "demolished")  # a word of event summaries and quotes
    # a site page's Timeline section, where events and their quotes stand
    page.locator(".md-search-result__item a[href*='#timeline']").first.wait_for(state="attached")
    page.locator("input.md-search__input").fill("")
    page.locator("input.md-search__input").press_sequentially("Great Colonnade")  # a site description
    page.locator(".md-search-result__item", has_text="Arch of Triumph").first.wait_for()


def test_without_javascript_every_page_still_shows_coordinates(open_page, kb, demo_kb):
    page = open_page(java_script_enabled=False)
    page.goto(kb + "map/")
    assert page.locator(".hkb-map").is_hidden()  # no empty box
    links = page.locator("table.hkb-located a.hkb-coords")
    assert links.count() == len([s for s in demo_kb.sites.values() if s.location])
    assert links.first.get_attribute("href").startswith("https://www.openstreetmap.org/")
    page.goto(kb + "sites/arch-of-triumph/")
    assert page.locator("a.hkb-coords").inner_text() == coords_text(demo_kb.sites["arch-of-triumph"].location)
    assert page.locator("ol.hkb-timeline > li").count() >= 2


def test_site_works_under_a_subpath_with_404_and_sitemap(open_page, server, kb, web_root):
    page = open_page()
    page.watch.allowed_404 = True  # the missing page itself answers 404, as it should
    requests = []
    page.on("requestfinished", lambda r: requests.append(r.url))
    page.on("requestfailed", lambda r: requests.append("FAILED " + r.url))
    response = page.goto(kb + "no/such/page/")
    assert response.status == 404
    assert "404" in page.locator("article").inner_text()
    assert page.locator(".md-header").evaluate("e => getComputedStyle(e).position") == "sticky"  # CSS loaded
    assert not [r for r in requests if r.startswith("FAILED")]
    assert all(r.startswith(server + "/kb/") for r in requests), requests
    paths = page.locator("a.md-header__button.md-logo, nav.md-nav--primary a.md-nav__link[href]").evaluate_all(
        "els => els.map(e => new URL(e.getAttribute('href'), location.href).pathname)")
    assert "/kb/" in paths and "/kb/map/" in paths and all(p.startswith("/kb/") for p in paths), paths
    sitemap = (web_root / "kb" / "sitemap.xml").read_text()
    assert f"<loc>{kb}sites/temple-of-baalshamin/</loc>" in sitemap
    assert f"<loc>{kb}map/</loc>" in sitemap
    for html in (web_root / "kb").rglob("*.html"):
        text = html.read_text(encoding="utf-8")
        assert not re.search(r'(?:href|src)="/(?!/)', text) or html.name == "404.html", html


def test_feed_and_json_ld_are_in_the_head(page, kb, demo_kb):
    page.goto(kb + "sites/temple-of-baalshamin/")
    feed = page.locator("link[rel=alternate][type='application/atom+xml']")
    assert page.evaluate("h => new URL(h, location.href).pathname", feed.get_attribute("href")) == "/kb/feed.xml"
    data = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert data["@type"] == "LandmarksOrHistoricalBuildings"
    where = demo_kb.sites["temple-of-baalshamin"].location
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": where.lat, "longitude": where.lon}
    assert "https://www.wikidata.org/wiki/Q20871005" in data["sameAs"]
    response = page.request.get(kb + "feed.xml")
    assert response.ok and "<feed" in response.text()


def test_data_page_links_every_download(page, kb):
    page.goto(kb + "data/")
    links = page.locator("ul.hkb-downloads a")
    assert links.count() == 4
    for i in range(links.count()):
        href = links.nth(i).get_attribute("href")
        response = page.request.get(page.evaluate("h => new URL(h, location.href).href", href))
        assert response.ok, href


# ---- security: content is text, never markup -----------------------------------------------------

def _no_injected_markup(page):
    assert page.locator("img[src='x']").count() == 0
    assert page.evaluate("() => [...document.scripts].filter(s => s.textContent.includes('alert(1)')"
                         " && s.type !== 'application/ld+json' && s.type !== 'application/json').length") == 0


def test_hostile_entry_is_text_on_every_page(page, fx):
    page.goto(fx + "sites/hostile-tower/")
    assert page.locator("h1").inner_text() == f"{SCRIPT} Tower"
    assert SCRIPT in page.title()
    facts = page.locator("dl.hkb-facts").inner_text()
    assert IMG in facts
    body = page.locator("article").inner_text()
    for text in (f"A tower named {SCRIPT} with {IMG} in its description.", f"by {IMG}", f"{SCRIPT} damaged the tower"):
        assert text in body
    page.locator("details.hkb-evidence summary").first.click()
    assert f"The tower was damaged by {IMG} in March 2018 {SCRIPT}." in page.locator("details.hkb-evidence").inner_text()
    assert f"{SCRIPT} Daily" in page.locator("details.hkb-evidence cite").inner_text()
    data = json.loads(page.locator("script[type='application/ld+json']").text_content())
    assert data["name"] == f"{SCRIPT} Tower" and data["alternateName"] == [IMG]
    marker(page, "hostile-tower").click()
    assert page.locator(".leaflet-popup").inner_text().startswith(f"{SCRIPT} Tower")
    _no_injected_markup(page)

    for path in ("sites/", "timeline/", "sources/", "sources/hostile-news/", "map/"):
        page.goto(fx + path)
        assert SCRIPT in page.locator("article").inner_text(), path
        _no_injected_markup(page)
    marker(page, "hostile-tower").click()
    popup = page.locator(".leaflet-popup a.hkb-popup-link")
    assert popup.inner_text() == f"{SCRIPT} Tower"
    assert page.locator(".leaflet-marker-icon[data-site='hostile-tower']").get_attribute("title").startswith(SCRIPT)

    page.goto(fx)
    search(page, "tower")
    page.locator(".md-search-result__item").first.wait_for()
    _no_injected_markup(page)


def test_hostile_entry_is_text_in_every_export(page, fx, web_root):
    site = web_root / "fx"
    geo = json.loads((site / "downloads" / "sites.geojson").read_text())
    tower = next(f for f in geo["features"] if f["id"] == "hostile-tower")
    assert tower["properties"]["name"] == f"{SCRIPT} Tower"
    csv_text = (site / "downloads" / "events.csv").read_text()
    assert f"The tower was damaged by {IMG} in March 2018 {SCRIPT}." in csv_text
    feed = (site / "feed.xml").read_text()
    assert "&lt;script&gt;alert(1)&lt;/script&gt; Tower" in feed and "<script>" not in feed
    response = page.goto(fx + "feed.xml")
    assert response.ok


# ---- no errors, accessibility -------------------------------------------------------------------

PAGES = ["", "sites/", "sites/palmyra/", "sites/temple-of-baalshamin/", "map/", "timeline/", "sources/",
         "sources/cnn-palmyra-2016/", "data/"]
FX_PAGES = ["sites/hostile-tower/", "sites/alpha-gate/", "sites/nineveh-palace/", "map/"]


def test_no_page_logs_a_script_error(page, kb, fx):
    for url in [kb + p for p in PAGES] + [fx + p for p in FX_PAGES]:
        page.goto(url)
        page.wait_for_load_state("networkidle")
    # the `page` fixture fails the test on any console error, page error or dialog


def test_no_serious_or_critical_accessibility_violations(page, kb, fx):
    from axe_playwright_python.sync_playwright import Axe

    axe = Axe()
    found = {}
    for url in [kb + p for p in PAGES] + [fx + p for p in FX_PAGES]:
        page.goto(url)
        page.wait_for_load_state("networkidle")
        if page.locator(".hkb-map").count():
            page.locator(".hkb-map .leaflet-marker-icon").first.wait_for()
        violations = axe.run(page).response["violations"]
        bad = [f"{v['id']} ({v['impact']}): {v['help']} — {[n['target'] for n in v['nodes']][:3]}"
               for v in violations if v["impact"] in ("serious", "critical")]
        if bad:
            found[url] = bad
    assert not found, json.dumps(found, indent=1, ensure_ascii=False)
