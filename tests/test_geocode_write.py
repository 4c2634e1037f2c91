"""Writes keep a person's comments and key order, never touch a location a person wrote, and land
whole; the command's edges (exit codes, settings from mkdocs.yml and flags)."""
from __future__ import annotations

import re
import textwrap

import pytest

from builder import cli
from builder.content.load import load
from builder.geocode.errors import SettingsError
from builder.geocode.providers import GeocoderSettings, settings_from_mapping, settings_from_mkdocs
from builder.geocode.write import write_location
from geocode_stub import child, loopback_only, palmyra_kb, write_site  # noqa: F401

PERSON = """\
# yaml-language-server: $schema=../../builder/schema/site.schema.json
# The temple, as a person wrote it.
name: Temple of Baalshamin   # the usual English name
names:
  - {name: معبد بعل شمين, lang: ar}
kind: temple
part_of: palmyra  # the city
# ids checked by hand
identifiers:
  wikidata: Q20871005
description: Temple of the storm god.
events:
  - type: destroyed   # by IS
    date: "2015-05/2016-03"
    summary: Demolished.
    evidence:
      - source: cnn
        quote: "ISIS demolished the temple."
"""


def heritage(*argv):
    return cli.main(list(argv))


def test_a_written_location_keeps_every_comment_and_key_in_place(tmp_path):
    content = palmyra_kb(tmp_path)
    path = content / "sites" / "temple-of-baalshamin.yml"
    path.write_text(PERSON, encoding="utf-8")
    assert heritage("geocode", "--content", str(content)) == 0
    text = path.read_text(encoding="utf-8")
    expected_block = textwrap.dedent("""\
        part_of: palmyra  # the city
        location:
          lat: 34.553297
          lon: 38.270467
          source: gazetteer
          provider: wikidata-pleiades
          query: wikidata:Q20871005
          date: '2026-08-21'
          precision: 10 m
        """)
    assert expected_block in text
    assert "    - {lat: 34.553383, lon: 38.269936, note: also given by Wikidata}\n# ids checked by hand\nidentifiers:" in text
    # everything the person wrote is still there, in the same order
    assert [line for line in text.splitlines() if not line.startswith(("location:", "  ", "    -"))] == \
        [line for line in PERSON.splitlines() if not line.startswith(("  ", "    -"))]
    for line in PERSON.splitlines():
        assert line in text
    assert not load(content).problems


def test_a_location_a_person_wrote_is_never_touched(tmp_path):
    content = palmyra_kb(tmp_path, ("palmyra-citadel", child("Palmyra Citadel", kind="citadel") +
                                    "location: {lat: 34.5625, lon: 38.2558}  # from the survey map\n"))
    path = content / "sites" / "palmyra-citadel.yml"
    before = path.read_text()
    lines: list[str] = []
    from builder.commands import geocode as command
    command.run(cli.parser().parse_args(["geocode", "--content", str(content)]), out=lines.append)
    assert path.read_text() == before
    assert "palmyra-citadel: has a location (manual); kept" in "\n".join(lines)
    assert re.search(r"had a location \(kept\)\s+1 \(manual 1\)", "\n".join(lines))


def test_write_location_refuses_to_overwrite_and_fills_an_empty_key(tmp_path):
    path = write_site(tmp_path, "x", "name: X\nlocation:   # to do\nidentifiers: {wikidata: Q1}\n")
    assert write_location(path, {"lat": 1.5, "lon": 2.5, "source": "gazetteer"})
    text = path.read_text()
    assert text.index("location:") < text.index("identifiers:") and "lat: 1.5" in text
    assert not write_location(path, {"lat": 9.0, "lon": 9.0, "source": "gazetteer"})  # one is there now: kept
    assert "lat: 9.0" not in path.read_text()
    assert not list(path.parent.glob(".*.tmp"))  # the atomic write left nothing behind


def test_a_site_named_on_the_command_line_only_is_placed_near_its_parent(tmp_path):
    content = palmyra_kb(tmp_path)
    assert heritage("geocode", "--content", str(content), "temple-of-baalshamin") == 0
    kb = load(content).kb
    assert kb.sites["palmyra"].location is None  # not named: not written, yet used as context
    loc = kb.sites["temple-of-baalshamin"].location
    assert (loc.source, loc.query) == ("gazetteer", "Temple of Baalshamin")


def test_a_wikidata_id_the_gazetteer_knows_overrules_names(tmp_path):
    # The name says Temple of Bel, the id says Baalshamin: the id wins, never a blend of the two.
    content = palmyra_kb(tmp_path, ("odd", child("Temple of Bel") + "identifiers: {wikidata: Q20871005}\n"))
    heritage("geocode", "--content", str(content), "odd")
    assert load(content).kb.sites["odd"].location.query == "wikidata:Q20871005"


def test_a_name_match_with_another_wikidata_id_is_refused(tmp_path, capsys):
    content = palmyra_kb(tmp_path, ("bel", child("Temple of Bel") + "identifiers: {wikidata: Q424242424}\n"))
    heritage("geocode", "--content", str(content), "bel")
    assert load(content).kb.sites["bel"].location is None
    assert "is Q797481, the site says Q424242424" in capsys.readouterr().out


def test_the_demo_sites_what_the_gazetteer_knows_and_not(tmp_path, capsys):
    content = palmyra_kb(tmp_path, ("palmyra-citadel", child("Palmyra Citadel", kind="citadel")))
    assert heritage("geocode", "--content", str(content)) == 0
    out = capsys.readouterr().out
    assert re.search(r"embedded gazetteer\s+3\n", out)
    assert re.search(r"unresolved\s+1: palmyra-citadel\n", out)
    assert "write `location:` by hand in" in out and "heritage geocode palmyra-citadel --online" in out


def test_dry_run_writes_nothing(tmp_path):
    content = palmyra_kb(tmp_path)
    before = {p: p.read_text() for p in (content / "sites").iterdir()}
    assert heritage("geocode", "--content", str(content), "--dry-run") == 0
    assert before == {p: p.read_text() for p in (content / "sites").iterdir()}


@pytest.mark.parametrize("argv, message", [
    (["temple-of-bel"], "unknown site id 'temple-of-bel'"),
    (["temple-of-baalshamim"], "did you mean temple-of-baalshamin?"),
    (["--provider", "geonames"], "GeoNames needs a username"),
    (["--country", "Syria"], "two-letter ISO codes"),
])
def test_bad_input_exits_2_with_one_clear_line(tmp_path, capsys, argv, message):
    content = palmyra_kb(tmp_path)
    assert heritage("geocode", "--content", str(content), *argv) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err


def test_no_sites_folder_exits_2(tmp_path, capsys):
    assert heritage("geocode", "--content", str(tmp_path / "nowhere")) == 2
    assert "no sites/ folder" in capsys.readouterr().err


# --- settings ------------------------------------------------------------------------------------

def test_settings_from_the_plugin_mapping():
    s = settings_from_mapping({"provider": "Photon", "domain": "photon.example.org/", "scheme": "http",
                               "user_agent": "kb (me@example.org)", "country_codes": ["SY", "iq"], "timeout": 5})
    assert (s.provider, s.domain, s.scheme, s.user_agent, s.countries, s.timeout) == (
        "photon", "photon.example.org", "http", "kb (me@example.org)", ("sy", "iq"), 5.0)
    assert settings_from_mapping(None) == GeocoderSettings()
    d = GeocoderSettings()
    assert (d.provider, d.timeout, d.min_delay_seconds, d.max_distance_km) == ("nominatim", 10.0, 1.0, 5.0)


@pytest.mark.parametrize("mapping, message", [
    ({"provdier": "nominatim"}, "unknown option(s) provdier"),
    ({"provider": "google"}, "is not supported"),
    ({"scheme": "ftp"}, "http or https"),
    ({"min_delay_seconds": 0.2}, "at least 1"),
    ({"timeout": "soon"}, "must be a number"),
    ({"provider": "geonames"}, "needs a username"),
    ("nominatim", "expected a mapping"),
])
def test_bad_settings_are_refused(mapping, message):
    with pytest.raises(SettingsError, match=message.replace("(", r"\(").replace(")", r"\)")):
        settings_from_mapping(mapping)


def test_settings_from_mkdocs_yml(tmp_path):
    config = tmp_path / "mkdocs.yml"
    config.write_text(textwrap.dedent("""\
        site_name: x
        markdown_extensions:
          - pymdownx.emoji:
              emoji_index: !!python/name:material.extensions.emoji.twemoji
        plugins:
          - search
          - heritage:
              content: content
              geocoder: {provider: nominatim, domain: nominatim.example.org, user_agent: "kb (me@example.org)"}
        """))
    s = settings_from_mkdocs(config)
    assert (s.domain, s.user_agent) == ("nominatim.example.org", "kb (me@example.org)")
    assert settings_from_mkdocs(tmp_path / "absent.yml") == GeocoderSettings()
    config.write_text("plugins:\n  - heritage:\n      geocoder: {provider: bing}\n")
    with pytest.raises(SettingsError, match="plugins: heritage: geocoder.provider 'bing'"):
        settings_from_mkdocs(config)


def test_an_id_that_places_the_site_far_from_its_parent_stops_the_chain(tmp_path, capsys):
    # Q797481 is Palmyra's Temple of Bel; the id below is Dura-Europos's, 220 km away: a person must look.
    content = palmyra_kb(tmp_path, ("bel", child("Temple of Bel") + "identifiers: {wikidata: Q3517541}\n"))
    heritage("geocode", "--content", str(content), "bel", "--online", "--domain", "127.0.0.1:9", "--scheme", "http")
    out = capsys.readouterr().out
    assert load(content).kb.sites["bel"].location is None
    assert "Temple of Bêl is 226 km from the parent site Palmyra (limit 5 km)" in out
    assert "check `identifiers:` and `part_of:`" in out
    assert "Nominatim: 0 request(s)" in out  # nobody was asked to guess


def test_locate_offline_places_sites_in_memory_for_a_build(tmp_path):
    from builder.geocode import locate_offline
    content = palmyra_kb(tmp_path, ("palmyra-museum", child("Palmyra Museum", kind="museum")))
    before = {p: p.read_text() for p in (content / "sites").iterdir()}
    found = locate_offline(load(content).kb, content)
    assert set(found) == {"palmyra", "temple-of-baalshamin", "arch-of-triumph"}
    assert (found["palmyra"].lat, found["palmyra"].lon, found["palmyra"].source) == (34.550381, 38.269791, "gazetteer")
    assert before == {p: p.read_text() for p in (content / "sites").iterdir()}  # nothing written
