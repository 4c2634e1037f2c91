"""Test helpers for the geocode tests: a stub Nominatim/Photon on 127.0.0.1, a guard that refuses
any other address, and small content/ trees. Imported by tests/test_geocode_*.py (their fixtures
come in by `from geocode_stub import ...`); not a conftest, which the lead owns.

The stub speaks Nominatim's real JSON (GET /search?q=...&format=json) and Photon's GeoJSON
(GET /api?q=...). Each query string maps to one behaviour, so one stub serves a whole run in
which some sites answer, some fault: Reply(...) / Fault(...).
"""
from __future__ import annotations

import json
import socket
import textwrap
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest

LOOPBACK = ("127.0.0.1", "localhost", "::1")
LICENCE = "Data © OpenStreetMap contributors, ODbL 1.0. http://osm.org/copyright"


def _allowed(address) -> bool:
    host = address[0] if isinstance(address, tuple) else address
    return not isinstance(host, str) or host in LOOPBACK or host.startswith("127.")


def install_guard(monkeypatch) -> None:
    """Refuse every connection that is not to loopback, at both doors geopy's adapters use."""
    real_connect, real_create, real_resolve = socket.socket.connect, socket.create_connection, socket.getaddrinfo

    def connect(self, address, *args, **kwargs):
        if self.family in (socket.AF_INET, socket.AF_INET6) and not _allowed(address):
            raise ConnectionRefusedError(f"test guard: no network but 127.0.0.1 (tried {address[0]})")
        return real_connect(self, address, *args, **kwargs)

    def create_connection(address, *args, **kwargs):
        if not _allowed(address):
            raise ConnectionRefusedError(f"test guard: no network but 127.0.0.1 (tried {address[0]})")
        return real_create(address, *args, **kwargs)

    def getaddrinfo(host, *args, **kwargs):  # not even a DNS question about another host
        if not _allowed((host,)) and not (isinstance(host, bytes) and host.decode().startswith("127.")):
            raise socket.gaierror(socket.EAI_NONAME, f"test guard: no network but 127.0.0.1 (looked up {host})")
        return real_resolve(host, *args, **kwargs)

    monkeypatch.setattr(socket.socket, "connect", connect)
    monkeypatch.setattr(socket, "getaddrinfo", getaddrinfo)
    monkeypatch.setattr(socket, "create_connection", create_connection)


@pytest.fixture(autouse=True)
def loopback_only(monkeypatch):
    install_guard(monkeypatch)


# --- Nominatim's JSON --------------------------------------------------------------------------

def nominatim_place(name, lat, lon, *, state=None, country="Syria", cc="sy", cls="historic",
                    type="archaeological_site", importance=0.4, osm_type="way", osm_id=1000):
    """One element of Nominatim's /search?format=json&addressdetails=1 answer (strings for lat/lon,
    as the real service sends them)."""
    address = {"tourism" if cls == "tourism" else cls: name, "state": state or "Homs Governorate",
               "country": country, "country_code": cc}
    return {"place_id": 100000 + osm_id, "licence": LICENCE, "osm_type": osm_type, "osm_id": osm_id,
            "lat": f"{lat}", "lon": f"{lon}", "class": cls, "type": type, "place_rank": 30,
            "importance": importance, "addresstype": type, "name": name,
            "display_name": ", ".join(filter(None, [name, state or "Homs Governorate", country])),
            "address": address,
            "boundingbox": [f"{lat - 0.001}", f"{lat + 0.001}", f"{lon - 0.001}", f"{lon + 0.001}"]}


PALMYRA = (34.550381, 38.269791)  # the gazetteer's (Wikidata's) point for Palmyra, Q5747
MUSEUM = nominatim_place("Palmyra Museum", 34.5617, 38.2733, cls="tourism", type="museum", importance=0.35,
                         osm_type="node", osm_id=2001)
HOTEL = nominatim_place("Zenobia Cham Palace", 34.5521, 38.2664, cls="tourism", type="hotel", importance=0.2,
                        osm_type="node", osm_id=2002)
NEW_YORK = nominatim_place("Palmyra", 43.0637, -77.2333, state="New York", country="United States", cc="us",
                           cls="boundary", type="administrative", importance=0.45, osm_type="relation", osm_id=2003)


def photon_feature(name, lat, lon, cc="SY", key="tourism", value="museum", osm_id=3001):
    return {"type": "Feature", "geometry": {"type": "Point", "coordinates": [lon, lat]},  # GeoJSON: [lon, lat]
            "properties": {"osm_type": "N", "osm_id": osm_id, "osm_key": key, "osm_value": value, "name": name,
                           "state": "Homs Governorate", "country": "Syria", "countrycode": cc}}


# --- the stub server ----------------------------------------------------------------------------

@dataclass
class Reply:
    body: object  # JSON-able, or bytes sent as they are
    status: int = 200
    headers: dict = field(default_factory=dict)
    delay: float = 0.0


def Fault(status: int, retry_after: int | None = None, body: bytes = b"error") -> Reply:
    return Reply(body, status, {"Retry-After": str(retry_after)} if retry_after is not None else {})


class Stub:
    """A Nominatim (and Photon) look-alike on 127.0.0.1:<free port>, answering per query."""

    def __init__(self):
        self.routes: dict[str, Reply] = {}
        self.requests: list[dict] = []
        stub = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args):  # keep test output clean
                pass

            def do_GET(self):
                url = urlsplit(self.path)
                params = {k: v[0] if len(v) == 1 else v for k, v in parse_qs(url.query).items()}
                stub.requests.append({"path": url.path, "params": params, "time": time.monotonic(),
                                      "user_agent": self.headers.get("User-Agent")})
                reply = stub.routes.get(params.get("q", ""))
                if reply is None:
                    reply = Reply([] if url.path.startswith("/search") else {"type": "FeatureCollection", "features": []})
                if reply.delay:
                    time.sleep(reply.delay)
                body = reply.body if isinstance(reply.body, bytes) else json.dumps(reply.body).encode()
                try:
                    self.send_response(reply.status)
                    self.send_header("Content-Type", "application/json; charset=utf-8")
                    self.send_header("Content-Length", str(len(body)))
                    for k, v in reply.headers.items():
                        self.send_header(k, v)
                    self.end_headers()
                    self.wfile.write(body)
                except (BrokenPipeError, ConnectionResetError):  # the client gave up (timeout test)
                    pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.domain = f"127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
        self.thread.start()

    def asked(self, query: str) -> list[dict]:
        return [r for r in self.requests if r["params"].get("q") == query]

    def close(self):
        self.server.shutdown()
        self.server.server_close()


@pytest.fixture
def stub():
    s = Stub()
    yield s
    s.close()


@pytest.fixture
def refused_domain() -> str:
    """host:port on 127.0.0.1 where nothing listens: a connection there is refused."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"127.0.0.1:{port}"


# --- content/ ---------------------------------------------------------------------------------

def write_site(content: Path, site_id: str, text: str) -> Path:
    path = content / "sites" / f"{site_id}.yml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def palmyra_kb(root: Path, *extra: tuple[str, str]) -> Path:
    """content/ with Palmyra (by Wikidata id), the Temple of Baalshamin (by name only) and the Arch
    of Triumph (by id), plus any (id, yaml) given."""
    content = root / "content"
    (content / "sources").mkdir(parents=True, exist_ok=True)
    write_site(content, "palmyra", """
        name: Palmyra
        kind: city
        identifiers:
          wikidata: Q5747
    """)
    write_site(content, "temple-of-baalshamin", """
        name: Temple of Baalshamin
        names:
          - {name: Baalshamin, lang: en}
        kind: temple
        part_of: palmyra
    """)
    write_site(content, "arch-of-triumph", """
        name: Arch of Triumph
        kind: arch
        part_of: palmyra
        identifiers:
          wikidata: Q21077991
    """)
    for site_id, text in extra:
        write_site(content, site_id, text)
    return content


def child(name: str, parent: str = "palmyra", kind: str = "building") -> str:
    return f"name: {name}\nkind: {kind}\npart_of: {parent}\n"
