"""The embedded gazetteer: its data, its generator, and geopy's interface over it."""
from __future__ import annotations

import dataclasses
import gzip
import importlib.util
from pathlib import Path

import pytest
from geopy.distance import geodesic
from geopy.location import Location

from builder.geocode import gazetteer as gz
from builder.geocode.gazetteer import EmbeddedGazetteer, entries, read_entries
from builder.geocode.names import key, without_place
from geocode_stub import PALMYRA, loopback_only  # noqa: F401  (autouse: no network but 127.0.0.1)

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT.parent / "shared" / "gazetteer" / "pleiades-wikidata-wd2all.tsv"

# Wikidata's coordinates for the three, as the source table gives them (Point(lon lat) there).
# Pleiades ids: Palmyra 668331, Temple of Baalshamin 763337277, Arch 628331928.
WIKIDATA = {
    "Q5747": [(34.550381, 38.269791), (34.56, 38.267222)],
    "Q20871005": [(34.553297, 38.270467), (34.553383, 38.269936)],
    "Q21077991": [(34.549994, 38.271008)],
}


def _script():
    spec = importlib.util.spec_from_file_location("make_gazetteer", ROOT / "scripts" / "make_gazetteer.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def g() -> EmbeddedGazetteer:
    return EmbeddedGazetteer()


def test_entries_are_the_whole_source_frozen_and_complete():
    items = entries()
    assert len(items) == 15016  # every Wikidata item of the 16,622-row table, rows of one item merged
    assert sum(1 for e in items if e.point) == 13277
    assert entries() is items  # read once
    e = next(e for e in items if e.wikidata == "Q5747")
    assert (e.name, e.pleiades, e.geonames, e.description) == ("Palmyra", ("668331",), ("163808",),
                                                              "ancient city in Homs Governorate, Syria")
    with pytest.raises(dataclasses.FrozenInstanceError):
        e.name = "x"
    arch = next(e for e in items if e.wikidata == "Q21077991")
    assert arch.alt_names == ("Monumental Arch of Palmyra",)  # from the English Wikipedia title


def test_data_file_says_where_it_comes_from():
    head = [line for line in gzip.open(gz.DATA, "rt", encoding="utf-8") if line.startswith("#")]
    text = "".join(head)
    for needle in ("pleiades-wikidata-wd2all.tsv", "2026-08-21", "CC0", "CC BY 3.0", "16622", "15016"):
        assert needle in text
    assert "2026-08-21" in (gz.DATA.parent / "README.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("query, wikidata", [
    ("Palmyra", "Q5747"), ("wikidata:Q5747", "Q5747"), ("Q5747", "Q5747"), ("pleiades:668331", "Q5747"),
    ("geonames:163808", "Q5747"), ("the ancient city of Palmyra", "Q5747"),
    ("Temple of Baalshamin", "Q20871005"), ("Temple of Baal-Shamin", "Q20871005"), ("temple of ba'alshamin", "Q20871005"),
    ("pleiades:763337277", "Q20871005"),
    ("Monumental Arch of Palmyra", "Q21077991"), ("Arch of Palmyra", "Q21077991"), ("wikidata:Q21077991", "Q21077991"),
])
def test_the_three_palmyra_sites_resolve_within_1_km_of_wikidata(g, query, wikidata):
    loc = g.geocode(query, near=PALMYRA if wikidata != "Q5747" else None, context=("Palmyra",))
    assert isinstance(loc, Location)
    assert loc.raw["wikidata"] == wikidata
    primary, *others = WIKIDATA[wikidata]
    assert geodesic(loc.point[:2], primary).km < 1.0
    for point in others:  # Palmyra's second point is 1.1 km off the first: both are Wikidata's
        assert geodesic(loc.point[:2], point).km < 1.2
    assert loc.raw["licence"] and loc.raw["source"] and loc.raw["precision"] == "10 m"


def test_what_the_source_table_has_for_palmyra():
    """Found in the TSV: Palmyra, the Temple of Baalshamin, the Arch; not the citadel."""
    g = EmbeddedGazetteer()
    assert g.geocode("Palmyra Citadel") is None
    assert g.geocode("Fakhr-al-Din al-Ma'ani Castle", near=PALMYRA, context=("Palmyra",)) is None


def test_two_coordinates_are_both_kept_and_the_most_precise_is_used(g):
    loc = g.geocode("wikidata:Q5747")
    assert loc.point[:2] == (34.550381, 38.269791)  # 6 decimals beats (34.56, 38.267222)
    assert loc.raw["alternatives"] == [[34.56, 38.267222]]
    assert 1.0 < geodesic(loc.point[:2], (34.56, 38.267222)).km < 1.2  # the 1.1 km of the brief
    baal = g.geocode("wikidata:Q20871005")  # equal precision: the first row of the source wins
    assert baal.point[:2] == (34.553297, 38.270467) and baal.raw["alternatives"] == [[34.553383, 38.269936]]


def test_a_name_shared_by_places_far_apart_is_not_guessed(g):
    assert g.geocode("Temple of Bel") is None  # Palmyra's and Dura-Europos's, 220 km apart
    both = g.geocode("Temple of Bel", exactly_one=False)
    assert {loc.raw["wikidata"] for loc in both} == {"Q797481", "Q3517541"}
    assert g.geocode("Temple of Bel", near=PALMYRA).raw["wikidata"] == "Q797481"


def test_a_plain_name_inside_its_parent_meets_the_label_carrying_the_parent(g):
    assert g.geocode("Roman Theatre", near=PALMYRA, context=("Palmyra",)).address == "Roman Theatre at Palmyra"
    assert g.geocode("Agora", near=PALMYRA, context=("Palmyra",)).address == "Palmyra Agora"
    assert g.geocode("Roman Theatre") is None or g.geocode("Roman Theatre").raw["wikidata"] != "Q555201"


@pytest.mark.parametrize("query", ["Palmyra Museum", "Hotel Zenobia", "a suburb of Homs", "", "Q999999999999"])
def test_a_place_it_cannot_know_is_none(g, query):
    assert g.geocode(query, near=PALMYRA, context=("Palmyra",)) is None


def test_the_gazetteer_never_uses_the_network(g):
    assert isinstance(g.adapter, gz._NoNetwork)


@pytest.mark.parametrize("name, expected", [
    ("The Temple of Baal-Shamin", "templeofbaalshamin"), ("Temple of Bêl", "templeofbel"),
    ("the ancient city of Palmyra", "palmyra"), ("Palmyra (Syria)", "palmyra"), ("Ruins of Nineveh", "nineveh"),
    ("Qal'at ʿAnjar", "qalatanjar"), ("ANCIENT CITY OF", "ancientcityof"), ("", ""),
])
def test_name_keys(name, expected):
    assert key(name) == expected


@pytest.mark.parametrize("name, place, expected", [
    ("Roman Theatre at Palmyra", "Palmyra", "romantheatre"), ("Palmyra Agora", "Palmyra", "agora"),
    ("Caesareum of Palmyra", "palmyra", "caesareum"), ("Palmyra", "Palmyra", None), ("Temple of Bel", "Palmyra", None),
])
def test_without_place(name, place, expected):
    assert without_place(name, place) == expected


SMALL_TSV = (
    "pleiades\titem\titemLabel\titemDescription\tcoordinates\tgeonames_ids\twikipedia_en\n"
    "1\thttp://www.wikidata.org/entity/Q10\tTwopoint\tcity\tPoint(38.27 34.56)\t5,6\thttps://en.wikipedia.org/wiki/Two_point_%28city%29\n"
    "1\thttp://www.wikidata.org/entity/Q10\tTwopoint\tcity\tPoint(38.269791 34.550381)\t\t\n"
    "2\thttp://www.wikidata.org/entity/Q10\tTwopoint\tcity\tPoint(38.269791 34.550381)\t\t\n"
    "3\thttp://www.wikidata.org/entity/Q9\tQ9\t\thttp://www.wikidata.org/.well-known/genid/abc\t\t\n"
)


def test_generator_merges_rows_ranks_coordinates_and_is_deterministic(tmp_path):
    script = _script()
    source = tmp_path / "wd2all.tsv"
    source.write_text(SMALL_TSV, encoding="utf-8")
    out = tmp_path / "g.tsv.gz"
    assert script.main([str(source), "--out", str(out)]) == 0
    first = out.read_bytes()
    assert script.main([str(source), "--out", str(out)]) == 0
    assert out.read_bytes() == first
    q9, q10 = read_entries(out)  # sorted by Wikidata number
    assert (q10.lat, q10.lon, q10.alternatives) == (34.550381, 38.269791, ((34.56, 38.27),))  # WKT is lon lat
    assert q10.pleiades == ("1", "2") and q10.geonames == ("5", "6")
    assert q10.alt_names == ("Two point (city)",)
    assert (q9.name, q9.point) == ("Q9", None)  # no label, no coordinate: kept for the record


@pytest.mark.skipif(not SOURCE.is_file(), reason="shared/gazetteer not beside the repository")
def test_committed_data_is_what_the_script_makes_from_the_whole_source(tmp_path):
    out = tmp_path / "g.tsv.gz"
    assert _script().main([str(SOURCE), "--out", str(out)]) == 0
    assert gzip.decompress(out.read_bytes()) == gzip.decompress(gz.DATA.read_bytes())
