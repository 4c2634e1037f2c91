"""schema.org JSON-LD of a site page, and the status data behind the map's date control."""
import json
from pathlib import Path

import pytest

from builder.content.load import load
from builder.dates import parse
from builder.export.jsonld import site_jsonld
from builder.render.html import json_script
from builder.render.maps import lookup, segments, status_css
from builder.render.pages import Renderer
from builder.status import at

ROOT = Path(__file__).resolve().parent.parent
KBS = {"demo": ROOT / "content", "fixture": ROOT / "tests" / "browser" / "fixture" / "content"}


def test_site_jsonld():
    kb = load(KBS["fixture"]).kb
    data = site_jsonld(kb.sites["alpha-gate"], kb, "./", "../fort-alpha/")
    assert data["@context"] == "https://schema.org" and data["@type"] == "LandmarksOrHistoricalBuildings"
    assert data["geo"] == {"@type": "GeoCoordinates", "latitude": 35.002, "longitude": 38.003}
    assert data["containedInPlace"] == {"@type": "Place", "name": "Fort Alpha", "url": "../fort-alpha/"}
    fort = site_jsonld(kb.sites["fort-alpha"], kb)
    assert fort["sameAs"] == ["https://www.wikidata.org/wiki/Q42"] and fort["alternateName"] == ["حصن ألفا"]


def test_site_page_front_matter_carries_safe_jsonld():
    kb = load(KBS["fixture"]).kb
    page = Renderer(kb).site_page(kb.sites["hostile-tower"])
    line = next(l for l in page.text.splitlines() if l.startswith("jsonld: "))
    value = json.loads(line[len("jsonld: "):])  # front matter values are JSON
    assert "<" not in value and ">" not in value and "&" not in value
    assert json.loads(value)["name"] == "<script>alert(1)</script> Tower"
    assert value == json_script(site_jsonld(kb.sites["hostile-tower"], kb, "./"))


def days_around(site):
    for event in site.events:
        for bound in filter(None, [event.date and event.date.lower, event.date and event.date.upper]):
            y, m, d = bound
            yield bound
            yield (y, m, d + 1) if d < 28 else (y, m + 1, 1) if m < 12 else (y + 1, 1, 1)
            yield (y, m, d - 1) if d > 1 else (y, m - 1, 28) if m > 1 else (y - 1, 12, 31)
    yield (1900, 1, 1)
    yield (2030, 1, 1)


@pytest.mark.parametrize("name", sorted(KBS))
def test_map_segments_agree_with_the_status_rule(name):
    kb = load(KBS[name]).kb
    for site in kb.sites.values():
        segs = segments(site, kb)
        assert segs[0][0] is None
        starts = [parse(s[0]).lower for s in segs[1:]]
        assert starts == sorted(starts)
        for day in days_around(site):
            status = at(site, kb, day)
            key, maybe = lookup(segs, day)
            assert key == status.key, (site.id, day)
            assert (maybe is not None) <= bool(status.pending), (site.id, day)


def test_interval_destruction_is_possible_while_its_range_straddles_the_day():
    kb = load(KBS["fixture"]).kb
    segs = segments(kb.sites["alpha-gate"], kb)
    assert lookup(segs, (2014, 5, 31)) == ("damaged", None)
    assert lookup(segs, (2014, 6, 1)) == ("damaged", "destroyed")
    assert lookup(segs, (2015, 2, 27)) == ("damaged", "destroyed")
    assert lookup(segs, (2015, 2, 28)) == ("destroyed", None)


def test_status_colours_come_from_the_vocabulary():
    css = status_css()
    assert ".hkb-status-destroyed{--hkb-status:#c62828}" in css
    assert ".timeline-event[data-type=seized]{--hkb-type:#6a1b9a}" in css
