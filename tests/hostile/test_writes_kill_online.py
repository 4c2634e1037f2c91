"""kill -9 at every write of `heritage geocode --online` (a stub Nominatim on 127.0.0.1): the cache
is saved before the location it answered, so a re-run after any kill ends exactly where an
uninterrupted run ends, and `heritage check` passes in between."""
from __future__ import annotations

import pytest

from geocode_stub import MUSEUM, Reply, Stub, child, palmyra_kb
from .writes_support import heritage, heritage_here, snapshot

ONLINE_WRITES = 10  # 3 gazetteer sites (staged file + rename each), then the museum: cache (2), location (2)


@pytest.fixture(scope="module")
def nominatim():
    stub = Stub()
    stub.routes["Palmyra Museum"] = Reply([MUSEUM])
    yield stub
    stub.close()


def online(content, nominatim, **env):
    return heritage("geocode", "--content", content, "--online", "--domain", nominatim.domain, "--scheme", "http",
                    "--country", "sy", "--user-agent", "heritage-kb-tests", env=env)


def museum_kb(where):
    return palmyra_kb(where, ("palmyra-museum", child("Palmyra Museum", kind="museum")))


@pytest.fixture(scope="module")
def reference(tmp_path_factory, nominatim):
    content = museum_kb(tmp_path_factory.mktemp("online"))
    before = snapshot(content)
    assert online(content, nominatim).returncode == 0
    after = snapshot(content)
    assert "geocode-cache.json" in after and b"source: geocoder" in after["sites/palmyra-museum.yml"]
    return before, after


def test_every_write_of_an_online_geocode_is_covered(tmp_path, nominatim, reference):
    assert online(museum_kb(tmp_path / "a"), nominatim, HERITAGE_FAULT=f"kill@{ONLINE_WRITES - 1}").returncode == 137
    content = museum_kb(tmp_path / "b")
    assert online(content, nominatim, HERITAGE_FAULT=f"kill@{ONLINE_WRITES}").returncode == 0
    assert snapshot(content) == reference[1]


@pytest.mark.parametrize("n", range(ONLINE_WRITES))
def test_online_geocode_killed_after_write_n_is_repaired(tmp_path, capsys, nominatim, reference, n):
    before, after = reference
    content = museum_kb(tmp_path)
    assert online(content, nominatim, HERITAGE_FAULT=f"kill@{n}").returncode == 137
    assert heritage_here(capsys, "check", "--content", content)[0] == 0
    now = snapshot(content)
    assert all(now[name] in (before.get(name), after[name]) for name in now) and set(now) <= set(after)
    asked = len(nominatim.asked("Palmyra Museum"))
    assert online(content, nominatim).returncode == 0
    assert snapshot(content) == after
    if "geocode-cache.json" in now:  # the answer was kept: the re-run did not ask again
        assert len(nominatim.asked("Palmyra Museum")) == asked
