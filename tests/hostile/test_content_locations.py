"""Locations a careless editor or an attacker writes: impossible dates, swapped or placeholder
coordinates, NaN and infinity, a point hundreds of km from the site it is part of.

Found before the fix: all accepted silently (only `.inf` was caught, by the schema's maximum),
and a NaN reached the GeoJSON and Linked Places downloads, which are then not valid JSON.
The plausibility rules are the geocoder's own (builder/geocode/sanity.py).
"""
from __future__ import annotations

import json

import pytest

from .content_rig import assert_reported, check

SITE = "content/sites/temple-of-baalshamin.yml"
FIX = "(correct lat and lon (decimal degrees, lat first), or remove location: and run `heritage geocode`)"


def edit(project, old: str, new: str, path: str = SITE) -> None:
    target = project / path
    text = target.read_text(encoding="utf-8")
    assert old in text
    target.write_text(text.replace(old, new, 1), encoding="utf-8")


def downloads_are_json(project) -> None:
    """The map downloads parse as strict JSON (no NaN, no Infinity)."""
    def refuse(value):
        raise ValueError(f"{value} is not JSON")
    for name in ("sites.geojson", "sites.lp.json"):
        json.loads((project / "site/downloads" / name).read_text(encoding="utf-8"), parse_constant=refuse)


def test_impossible_location_date(project):
    edit(project, "  date: '2026-08-21'", "  date: '2015-02-30'")
    assert_reported(project, f"{SITE}:14: error: location date: '2015-02-30' is not a valid EDTF date: "
                             "February 2015 has no day 30 (February has 28 days that year)", strict=True)


def test_location_date_not_a_date(project):
    edit(project, "  date: '2026-08-21'", "  date: yesterday")
    assert_reported(project, f"{SITE}:14: error: location date: 'yesterday' is not a valid EDTF date "
                             "(write e.g. 2015, 2015-05, 2015-05-20, 0216~, -0611, 2015-05/2016-03 or ../2016-12-10)")


def test_swapped_coordinates(project):
    edit(project, "  lat: 34.553297\n  lon: 38.270467", "  lat: 38.270467\n  lon: 34.553297")
    assert_reported(project, f"{SITE}:8: error: location: lat/lon look swapped (38.270467, 34.553297) is 530 km from "
                             f"the parent site Palmyra, (34.553297, 38.270467) would be 0.3 km {FIX}", strict=True)
    downloads_are_json(project)


def test_placeholder_zero_zero(project):
    edit(project, "  lat: 34.553297\n  lon: 38.270467", "  lat: 0\n  lon: 0")
    assert_reported(project, f"{SITE}:8: error: location: (0, 0) is a placeholder, not a place {FIX}")


def test_far_from_the_parent(project):
    edit(project, "  lat: 34.553297\n  lon: 38.270467", "  lat: 33.5131\n  lon: 36.2919")  # Damascus
    assert_reported(project, f"{SITE}:8: error: location is 216 km from the parent site Palmyra (limit 5 km) {FIX}")


@pytest.mark.parametrize("value", [".nan", ".NaN", ".NAN"])
def test_nan_latitude(project, value):
    edit(project, "  lat: 34.553297", f"  lat: {value}")
    assert_reported(project, f"{SITE}:9: error: location.lat: expected a number, found nan (not a number)")
    downloads_are_json(project)


def test_infinite_longitude(project):
    edit(project, "  lon: 38.270467", "  lon: .inf")
    assert_reported(project, f"{SITE}:10: error: location.lon: expected a number, found inf (not a number)")
    downloads_are_json(project)


def test_latitude_out_of_range(project):
    edit(project, "  lat: 34.553297", "  lat: 134.55")
    assert_reported(project, f"{SITE}:9: error: location.lat: 134.55 is greater than the maximum of 90")
    downloads_are_json(project)


def test_parent_with_a_bad_location_is_not_measured_against(project):
    """Palmyra itself swapped: its monuments are not all reported 500 km away, Palmyra is."""
    edit(project, "  lat: 34.550381\n  lon: 38.269791", "  lat: 0\n  lon: 0", path="content/sites/palmyra.yml")
    line = f"content/sites/palmyra.yml:8: error: location: (0, 0) is a placeholder, not a place {FIX}"
    assert_reported(project, line)
    assert check(project) == (1, [line])
