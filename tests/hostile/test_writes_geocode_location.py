"""Geocode never replaces or drops what a person wrote under `location:`: a malformed one (a note
string, lat and note without lon, a source with no numbers) is reported and left byte for byte."""
from __future__ import annotations

import pytest

from builder.geocode.write import write_location
from .writes_support import fresh_content, heritage_here

MALFORMED = [
    pytest.param('location: "near the east gate, see the 1930s survey"\n', "location is text, not lat: and lon:", id="note-string"),
    pytest.param("location:\n  lat: 34.5475\n  note: lon unreadable on the survey map\n", "location has no number for lon", id="lat-and-note"),
    pytest.param("location: {source: manual, note: ask the DGAM}\n", "location has no number for lat and lon", id="source-and-note"),
    pytest.param("location: {lat: 34.5, lon: east of the arch}\n", "location has no number for lon", id="lon-a-word"),
    pytest.param("location: [34.5475, 38.2740]\n", "location is a list, not lat: and lon:", id="a-list"),
    pytest.param("location: 34.5475\n", "location is a number, not lat: and lon:", id="a-number"),
]


@pytest.mark.parametrize("written, said", MALFORMED)
def test_a_malformed_location_is_reported_and_kept(tmp_path, capsys, written, said):
    content = fresh_content(tmp_path, unlocated=True)
    path = content / "sites" / "arch-of-triumph.yml"
    text = path.read_text(encoding="utf-8").replace("identifiers:", written + "identifiers:", 1)
    path.write_text(text, encoding="utf-8")
    rc, out, err = heritage_here(capsys, "geocode", "--content", content)
    assert rc == 0, err
    assert path.read_text(encoding="utf-8") == text
    assert f"arch-of-triumph: {said}" in out and "kept as written, not geocoded" in out
    assert "malformed location (kept as written)" in out and "What to do for a malformed location" in out
    assert "lat:" in (content / "sites" / "palmyra.yml").read_text()  # the others are still geocoded


def test_write_location_never_replaces_a_malformed_location(tmp_path):
    path = tmp_path / "x.yml"
    path.write_text("name: X\nlocation: {lat: 34.5, note: lon to come}\n", encoding="utf-8")
    assert not write_location(path, {"lat": 1.0, "lon": 2.0, "source": "gazetteer"})
    assert path.read_text(encoding="utf-8") == "name: X\nlocation: {lat: 34.5, note: lon to come}\n"


@pytest.mark.parametrize("empty", ["location:\n", "location: {}\n", 'location: ""\n'])
def test_an_empty_location_is_still_filled(tmp_path, capsys, empty):
    content = fresh_content(tmp_path, unlocated=True)
    path = content / "sites" / "arch-of-triumph.yml"
    path.write_text(path.read_text(encoding="utf-8").replace("identifiers:", empty + "identifiers:", 1), encoding="utf-8")
    rc, out, _ = heritage_here(capsys, "geocode", "--content", content)
    assert rc == 0 and "source: gazetteer" in path.read_text(encoding="utf-8")
