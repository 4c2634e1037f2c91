"""The online link through geopy's real HTTP path, against a stub on 127.0.0.1: answers, a decoy,
faults (429, timeout, garbage, 5xx, connection refused), rate limit, cache and resume."""
from __future__ import annotations

import json
import socket
from dataclasses import replace

import pytest
from geopy.exc import GeopyError
from geopy.geocoders import Nominatim

from builder import cli
from builder.commands import geocode as command
from builder.content.load import load
from builder.geocode.cache import GeocodeCache
from builder.geocode.providers import Online
from geocode_stub import (HOTEL, MUSEUM, NEW_YORK, Fault, Reply, child, loopback_only, palmyra_kb,  # noqa: F401
                          photon_feature, refused_domain, stub)

TODAY = __import__("datetime").date.today().isoformat()


def fast(settings):
    """Online as the command builds it, without the 1 s spacing (tests of the spacing use the real one)."""
    return Online(replace(settings, min_delay_seconds=0))


def geocode(content, *flags, stub=None, make_online=fast):
    """`heritage geocode` in-process (so the loopback guard holds); returns (exit code, output lines)."""
    lines: list[str] = []
    argv = ["geocode", "--content", str(content), "--country", "sy", "--user-agent", "heritage-kb-tests", *flags]
    if stub is not None:
        argv += ["--domain", stub.domain, "--scheme", "http"]
    args = cli.parser().parse_args(argv)
    code = command.run(args, out=lines.append, make_online=make_online)
    return code, "\n".join(lines)


def location(content, site_id):
    return load(content).kb.sites[site_id].location


@pytest.fixture
def kb(tmp_path):
    return palmyra_kb(tmp_path, ("palmyra-museum", child("Palmyra Museum", kind="museum")),
                      ("zenobia-hotel", child("Zenobia Cham Palace")))


# --- the guard ---------------------------------------------------------------------------------

def test_the_guard_refuses_any_address_but_loopback():
    for target in (("192.0.2.1", 80), ("198.51.100.7", 443), ("10.0.0.1", 80)):
        with pytest.raises(ConnectionRefusedError, match="test guard"):
            socket.create_connection(target, timeout=0.1)
        with socket.socket() as s, pytest.raises(ConnectionRefusedError, match="test guard"):
            s.connect(target)
    with pytest.raises(socket.gaierror, match="test guard"):
        socket.getaddrinfo("nominatim.openstreetmap.org", 443)
    with pytest.raises(GeopyError):  # geopy's real adapter meets the guard, not the internet
        Nominatim(user_agent="heritage-kb-tests", timeout=1).geocode("Palmyra")


def test_the_guard_lets_loopback_through(stub):
    with socket.create_connection(("127.0.0.1", int(stub.domain.split(":")[1])), timeout=1):
        pass


# --- answers -----------------------------------------------------------------------------------

def test_offline_by_default_asks_nobody(kb, stub):
    stub.routes["Palmyra Museum"] = Reply([MUSEUM])
    code, out = geocode(kb, stub=stub)
    assert code == 0 and stub.requests == []
    assert "palmyra-museum: unresolved" in out and "--online" in out
    assert location(kb, "palmyra").source == "gazetteer"
    assert location(kb, "palmyra-museum") is None


def test_nominatim_answer_is_checked_written_and_cached(kb, stub):
    stub.routes["Palmyra Museum"] = Reply([MUSEUM])
    code, out = geocode(kb, "--online", stub=stub)
    assert code == 0, out
    (request,) = stub.asked("Palmyra Museum")
    p = request["params"]
    assert request["path"] == "/search" and p["format"] == "json" and p["addressdetails"] == "1"
    assert p["countrycodes"] == "sy" and p["bounded"] == "1"
    west, south, east, north = map(float, p["viewbox"].split(","))  # Nominatim's order: lon, lat
    assert south < 34.550381 < north and west < 38.269791 < east and 0.08 < north - south < 0.1
    assert request["user_agent"] == "heritage-kb-tests"
    loc = location(kb, "palmyra-museum")
    assert (loc.lat, loc.lon, loc.source, loc.provider, loc.query, loc.date) == (
        34.5617, 38.2733, "geocoder", "nominatim", "Palmyra Museum", TODAY)
    assert "OpenStreetMap" in loc.note and "osm:node/2001" in loc.note and loc.precision == "tourism=museum"
    cached = json.loads((kb / "geocode-cache.json").read_text())["entries"]
    entry = next(e for e in cached if e["query"] == "Palmyra Museum")
    assert entry["provider"] == "nominatim" and entry["date"] == TODAY and "ODbL" in entry["licence"]
    assert entry["candidates"][0]["lat"] == 34.5617 and entry["params"]["countries"] == ["sy"]
    assert not load(kb).problems  # what was written passes the schema


def test_the_new_york_decoy_is_rejected_and_nothing_written(kb, stub):
    stub.routes["Zenobia Cham Palace"] = Reply([NEW_YORK])  # a server that ignores `bounded`
    before = (kb / "sites" / "zenobia-hotel.yml").read_text()
    code, out = geocode(kb, "--online", "zenobia-hotel", stub=stub)
    assert code == 0
    assert "Palmyra, New York is 9,210 km from the parent site Palmyra (limit 5 km)" in out
    assert "zenobia-hotel: unresolved" in out
    assert (kb / "sites" / "zenobia-hotel.yml").read_text() == before


def test_wrong_country_is_rejected(kb, stub):
    stub.routes["Palmyra Museum"] = Reply([{**MUSEUM, "address": {**MUSEUM["address"], "country_code": "iq"}}])
    code, out = geocode(kb, "--online", "palmyra-museum", stub=stub)
    assert "is in IQ, not in SY" in out and location(kb, "palmyra-museum") is None


def test_photon_through_its_real_path(kb, stub):
    stub.routes["Palmyra Museum"] = Reply({"type": "FeatureCollection",
                                           "features": [photon_feature("Palmyra Museum", 34.5617, 38.2733)]})
    code, out = geocode(kb, "--online", "--provider", "photon", "palmyra-museum", stub=stub)
    assert code == 0, out
    (request,) = stub.asked("Palmyra Museum")
    assert request["path"] == "/api" and "bbox" in request["params"]
    loc = location(kb, "palmyra-museum")
    assert (loc.lat, loc.lon, loc.provider) == (34.5617, 38.2733, "photon")  # GeoJSON [lon, lat] read right


# --- faults ------------------------------------------------------------------------------------

FAULTS = [
    pytest.param(Fault(429, retry_after=1), "Nominatim refused: too many requests (HTTP 429, asked to wait 1 s)", id="429"),
    pytest.param(Reply(b"<html>Bad gateway</html>"), "Nominatim sent a response that is not valid JSON", id="garbage"),
    pytest.param(Reply({"error": "Unable to geocode"}), "Nominatim sent JSON of an unexpected shape", id="odd-json"),
    pytest.param(Fault(500), "Nominatim answered with a server error (HTTP 500)", id="500"),
    pytest.param(Fault(503), "Nominatim answered with a server error (HTTP 503)", id="503"),
    pytest.param(Reply([MUSEUM], delay=1.5), "Nominatim timed out after 0.5 s", id="timeout"),
]


@pytest.mark.parametrize("reply, said", FAULTS)
def test_a_fault_names_the_site_writes_nothing_for_it_and_the_others_are_done(kb, stub, reply, said):
    stub.routes["Palmyra Museum"] = reply
    stub.routes["Zenobia Cham Palace"] = Reply([HOTEL])
    museum_before = (kb / "sites" / "palmyra-museum.yml").read_text()
    code, out = geocode(kb, "--online", "--timeout", "0.5", stub=stub)
    assert code == 0
    assert f"palmyra-museum: {said}; nothing written; run again later" in out
    assert (kb / "sites" / "palmyra-museum.yml").read_text() == museum_before
    assert len(stub.asked("Palmyra Museum")) == 1  # no hidden retries
    assert location(kb, "zenobia-hotel").source == "geocoder"  # the next site still asked and written
    assert {location(kb, s).source for s in ("palmyra", "temple-of-baalshamin", "arch-of-triumph")} == {"gazetteer"}
    assert "failed (nothing written)" in out and "run the same command again later" in out


def test_429_retry_after_is_honoured_before_the_next_request(kb, stub):
    stub.routes["Palmyra Museum"] = Fault(429, retry_after=1)
    stub.routes["Zenobia Cham Palace"] = Reply([HOTEL])
    geocode(kb, "--online", stub=stub)
    (first,), (second,) = stub.asked("Palmyra Museum"), stub.asked("Zenobia Cham Palace")
    assert second["time"] - first["time"] >= 0.9  # RateLimiter waits 1 s; the stub sees arrivals, which jitter under load


def test_a_long_retry_after_stops_asking_for_the_run(kb, stub):
    stub.routes["Palmyra Museum"] = Fault(429, retry_after=3600)
    code, out = geocode(kb, "--online", stub=stub)
    assert code == 0 and "stopped asking it for this run" in out
    assert "zenobia-hotel: Nominatim not asked" in out and stub.asked("Zenobia Cham Palace") == []


def test_connection_refused_reports_and_the_offline_links_still_work(kb, refused_domain):
    lines: list[str] = []
    args = cli.parser().parse_args(["geocode", "--content", str(kb), "--online", "--domain", refused_domain,
                                    "--scheme", "http", "--user-agent", "heritage-kb-tests"])
    assert command.run(args, out=lines.append, make_online=fast) == 0
    out = "\n".join(lines)
    assert "palmyra-museum: Nominatim could not be reached (connection refused); stopped asking it for this run; " \
           "nothing written; run again later" in out
    assert "zenobia-hotel: Nominatim not asked: Nominatim could not be reached (connection refused)" in out
    assert location(kb, "temple-of-baalshamin").source == "gazetteer"


def test_at_most_one_request_per_second(kb, stub):
    stub.routes["Palmyra Museum"] = Reply([MUSEUM])
    stub.routes["Zenobia Cham Palace"] = Reply([HOTEL])
    geocode(kb, "--online", stub=stub, make_online=Online)  # the command's own Online: 1 s spacing
    times = sorted(r["time"] for r in stub.requests)
    assert len(times) == 2 and times[1] - times[0] >= 0.9  # RateLimiter waits 1 s; the stub sees arrivals, which jitter under load


# --- resume ------------------------------------------------------------------------------------

def test_a_second_run_resumes_where_the_first_stopped(kb, stub):
    stub.routes["Palmyra Museum"] = Fault(502)
    stub.routes["Zenobia Cham Palace"] = Reply([HOTEL])
    geocode(kb, "--online", stub=stub)
    hotel = (kb / "sites" / "zenobia-hotel.yml").read_text()
    stub.routes["Palmyra Museum"] = Reply([MUSEUM])
    code, out = geocode(kb, "--online", stub=stub)
    assert code == 0 and location(kb, "palmyra-museum").source == "geocoder"
    assert len(stub.asked("Zenobia Cham Palace")) == 1  # answered before: never asked again
    assert (kb / "sites" / "zenobia-hotel.yml").read_text() == hotel
    assert "zenobia-hotel: has a location (geocoder); kept" in out


def test_an_interrupted_run_loses_nothing(kb, stub):
    stub.routes["Palmyra Museum"] = Reply([MUSEUM])
    stub.routes["Zenobia Cham Palace"] = Reply([HOTEL])

    class Interrupted(Online):
        def search(self, query, narrowing):
            if query == "Zenobia Cham Palace":
                raise KeyboardInterrupt
            return super().search(query, narrowing)

    with pytest.raises(KeyboardInterrupt):
        geocode(kb, "--online", stub=stub, make_online=lambda s: Interrupted(replace(s, min_delay_seconds=0)))
    assert location(kb, "palmyra-museum").source == "geocoder"  # written before the interruption
    assert len(GeocodeCache.load(kb / "geocode-cache.json")) == 1  # and its answer cached
    assert not list((kb / "sites").glob(".*.tmp")) and not load(kb).problems
    code, out = geocode(kb, "--online", stub=stub)
    assert code == 0 and location(kb, "zenobia-hotel").source == "geocoder"
    assert len(stub.asked("Palmyra Museum")) == 1


def test_the_cache_serves_an_offline_run(kb, stub, tmp_path):
    stub.routes["Palmyra Museum"] = Reply([MUSEUM])
    geocode(kb, "--online", "palmyra-museum", stub=stub)
    fresh = palmyra_kb(tmp_path / "again", ("palmyra-museum", child("Palmyra Museum", kind="museum")))
    (fresh / "geocode-cache.json").write_text((kb / "geocode-cache.json").read_text())
    code, out = geocode(fresh, stub=stub)  # offline
    assert "palmyra-museum: cache: nominatim answer of" in out
    assert location(fresh, "palmyra-museum").source == "geocoder"
    assert len(stub.requests) == 1  # only the first, online run asked


def test_geonames_through_its_real_path(kb, stub):
    stub.routes["Palmyra Museum"] = Reply({"totalResultsCount": 1, "geonames": [{
        "geonameId": 170001, "name": "Palmyra Museum", "lat": "34.5617", "lng": "38.2733", "countryCode": "SY",
        "countryName": "Syria", "adminName1": "Homs", "fcode": "MUS"}]})
    code, out = geocode(kb, "--online", "--provider", "geonames", "--username", "tester", "palmyra-museum", stub=stub)
    assert code == 0, out
    (request,) = stub.asked("Palmyra Museum")
    assert request["path"] == "/searchJSON" and request["params"]["username"] == "tester"
    assert request["params"]["country"] == "sy"
    loc = location(kb, "palmyra-museum")
    assert (loc.lat, loc.lon, loc.provider, loc.precision) == (34.5617, 38.2733, "geonames", "MUS")
    assert "geonames:170001" in loc.note and "CC BY 4.0" in loc.note
