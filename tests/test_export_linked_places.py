"""Linked Places Format: every feature valid against WHG's schema (read from ../shared)."""
import json
from pathlib import Path

import pytest

from builder.content.load import load
from builder.export.linked_places import CONTEXT, feature_collection, timespan
from builder.export.links import Links

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT.parent / "shared" / "schemas" / "whg-schema_lpf_v1.2.2.json"
KBS = {"demo": ROOT / "content", "fixture": ROOT / "tests" / "browser" / "fixture" / "content"}


@pytest.fixture(scope="module")
def validator():
    if not SCHEMA.is_file():
        pytest.skip(f"{SCHEMA} not found (the shared schemas sit next to the repository)")
    from jsonschema import Draft7Validator
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft7Validator.check_schema(schema)
    return Draft7Validator(schema)


@pytest.mark.parametrize("name", sorted(KBS))
@pytest.mark.parametrize("site_url", ["https://example.org/kb/", None])
def test_every_feature_is_valid_lpf(validator, name, site_url):
    kb = load(KBS[name]).kb
    data = feature_collection(kb, Links(site_url))
    assert data["type"] == "FeatureCollection" and data["@context"] == CONTEXT
    assert len(data["features"]) == len(kb.sites)
    for feature in data["features"]:
        errors = sorted(validator.iter_errors(feature), key=lambda e: list(e.path))
        assert not errors, (feature["@id"], [f"{list(e.path)}: {e.message}" for e in errors])


def test_feature_content():
    kb = load(KBS["fixture"]).kb
    features = {f["properties"]["title"]: f for f in feature_collection(kb, Links("https://example.org/kb/"))["features"]}
    gate = features["Gate of Fort Alpha"]
    assert gate["@id"] == "https://example.org/kb/sites/alpha-gate/"
    assert gate["geometry"] == {"type": "Point", "coordinates": [38.003, 35.002]}
    assert gate["relations"] == [{"relationType": "gvp:broaderPartitive",
                                  "relationTo": "https://example.org/kb/sites/fort-alpha/", "label": "part of Fort Alpha"}]
    assert {"start": {"earliest": "2014-06-01"}, "end": {"latest": "2015-02-28"}} in gate["when"]["timespans"]
    assert features["Fort Alpha"]["links"] == [{"type": "closeMatch", "identifier": "wd:Q42"}]
    nineveh = features["Palace of Nineveh"]
    assert {"start": {"in": "-0611-01-01"}, "end": {"in": "-0611-12-31"}} in nineveh["when"]["timespans"]


def test_timespans_of_open_and_missing_dates():
    from builder.content.model import Event
    from builder.dates import parse
    assert timespan(Event("seized", None, None, "confirmed", "x")) is None
    assert timespan(Event("seized", parse("../2016-12-10"), None, "confirmed", "x")) == {
        "start": {"latest": "2016-12-10"}, "end": {"latest": "2016-12-10"}}
    assert timespan(Event("seized", parse("2016-03-27"), None, "confirmed", "x")) == {
        "start": {"in": "2016-03-27"}, "end": {"in": "2016-03-27"}}
