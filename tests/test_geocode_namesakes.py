"""Geocoding asks the place-name index before taking a gazetteer item found by name: a namesake in
another city is refused (the Umayyad Mosque of Aleppo is not the one in Damascus)."""
from dataclasses import replace

from builder import cli
from builder.commands import geocode as command
from builder.content.load import load
from builder.geocode.providers import Online
from geocode_stub import Reply, loopback_only, nominatim_place, palmyra_kb, stub  # noqa: F401

ALEPPO_MOSQUE = """
    name: Umayyad Mosque
    kind: mosque
    events:
      - type: damaged
        date: "2013-04-24"
        summary: The minaret fell.
        evidence:
          - source: article
            quote: The minaret of the Umayyad Mosque in Aleppo collapsed during fighting.
"""
DAMASCUS_MOSQUE = """
    name: Umayyad Mosque
    kind: mosque
    description: The great mosque of Damascus.
"""


DAMASCUS_OSM = nominatim_place("Umayyad Mosque", 33.5116, 36.3066, state="Damascus Governorate", cls="amenity",
                               type="place_of_worship", osm_id=4001)
ALEPPO_OSM = nominatim_place("Great Mosque of Aleppo", 36.1991, 37.1569, state="Aleppo Governorate", cls="amenity",
                             type="place_of_worship", osm_id=4002)


def located(content, site_id):
    return load(content).kb.sites[site_id].location


def test_the_aleppo_mosque_is_not_placed_in_damascus(tmp_path, capsys):
    content = palmyra_kb(tmp_path, ("umayyad-mosque-aleppo", ALEPPO_MOSQUE))
    assert cli.main(["geocode", "umayyad-mosque-aleppo", "--content", str(content)]) in (0, 1)
    assert located(content, "umayyad-mosque-aleppo") is None
    out = capsys.readouterr()
    assert "namesake" in out.out + out.err and "Great Mosque of Aleppo" in out.out + out.err


def test_the_damascus_mosque_is_still_placed(tmp_path):
    content = palmyra_kb(tmp_path, ("umayyad-mosque", DAMASCUS_MOSQUE))
    assert cli.main(["geocode", "umayyad-mosque", "--content", str(content)]) == 0
    where = located(content, "umayyad-mosque")
    assert where is not None and round(where.lat, 2) == 33.51 and round(where.lon, 2) == 36.31



def test_online_the_aleppo_mosque_is_searched_around_aleppo_and_placed_there(tmp_path, stub):
    """Nominatim is asked within a box around Aleppo (the city the site's own words name); a server
    that also returns Damascus's mosque has that answer refused, and the Aleppo one is written."""
    content = palmyra_kb(tmp_path, ("umayyad-mosque-aleppo", ALEPPO_MOSQUE))
    stub.routes["Umayyad Mosque"] = Reply([DAMASCUS_OSM, ALEPPO_OSM])
    args = cli.parser().parse_args(["geocode", "umayyad-mosque-aleppo", "--content", str(content), "--online",
                                    "--country", "sy", "--user-agent", "heritage-kb-tests",
                                    "--domain", stub.domain, "--scheme", "http"])
    lines = []
    assert command.run(args, out=lines.append, make_online=lambda s: Online(replace(s, min_delay_seconds=0))) == 0
    (request,) = stub.asked("Umayyad Mosque")
    west, south, east, north = map(float, request["params"]["viewbox"].split(","))
    assert south < 36.2 < north and west < 37.16 < east  # Aleppo, not Damascus (33.5, 36.3)
    where = located(content, "umayyad-mosque-aleppo")
    assert (where.lat, where.lon) == (36.1991, 37.1569), "\n".join(lines)
