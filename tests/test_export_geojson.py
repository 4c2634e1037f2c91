"""GeoJSON of all sites: RFC 7946 shape, [lon, lat] order, every site listed."""
import json
from pathlib import Path

import pytest

from builder.content.load import load
from builder.export import DATAPACKAGE, EXPORTS, write_all
from builder.export.geojson import feature_collection
from builder.export.geometry import lonlat, point
from builder.export.links import Links

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "browser" / "fixture" / "content"


@pytest.fixture(scope="module")
def kb():
    return load(FIXTURE).kb


def test_lonlat_swaps_the_pair_once():
    assert lonlat(34.5504, 38.2698) == [38.2698, 34.5504]
    assert lonlat(-33.9, 18.4) == [18.4, -33.9]


def test_every_site_is_a_feature_with_lon_lat(kb):
    data = feature_collection(kb, Links("https://example.org/kb/"))
    assert data["type"] == "FeatureCollection"
    by_id = {f["id"]: f for f in data["features"]}
    assert set(by_id) == set(kb.sites)
    nineveh = by_id["nineveh-palace"]
    assert nineveh["type"] == "Feature"
    assert nineveh["geometry"] == {"type": "Point", "coordinates": [43.1528, 36.3597]}
    lon, lat = nineveh["geometry"]["coordinates"]
    assert -180 <= lon <= 180 and -90 <= lat <= 90
    props = nineveh["properties"]
    assert props["status"] == "destroyed" and props["url"] == "https://example.org/kb/sites/nineveh-palace/"
    assert by_id["fort-alpha"]["properties"]["same_as"] == ["https://www.wikidata.org/wiki/Q42"]


def test_unlocated_site_has_null_geometry():
    from dataclasses import replace
    kb = load(FIXTURE).kb
    kb.sites["fort-alpha"] = replace(kb.sites["fort-alpha"], location=None)
    feature = next(f for f in feature_collection(kb)["features"] if f["id"] == "fort-alpha")
    assert feature["geometry"] is None and point(None) is None


def test_write_all_writes_every_export_as_utf8(kb, tmp_path):
    written = write_all(kb, tmp_path, "https://example.org/kb/")
    assert [p.relative_to(tmp_path).as_posix() for p in written] == [e.path for e in EXPORTS] + [DATAPACKAGE]
    data = json.loads((tmp_path / "downloads" / "sites.geojson").read_text(encoding="utf-8"))
    assert any(f["properties"]["names"] == [{"name": "حصن ألفا", "lang": "ar"}] for f in data["features"])
    assert not list(tmp_path.rglob(".tmp-*"))


def test_relative_links_without_site_url(kb):
    feature = feature_collection(kb, Links(None, directory_urls=False))["features"][0]
    assert feature["properties"]["url"] == f"sites/{feature['id']}.html"
