"""Geocoding asks the place-name index before taking a gazetteer item found by name: a namesake in
another city is refused (the Umayyad Mosque of Aleppo is not the one in Damascus)."""
from builder import cli
from builder.content.load import load
from geocode_stub import loopback_only, palmyra_kb  # noqa: F401

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
