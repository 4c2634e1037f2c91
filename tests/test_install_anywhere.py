"""The plugin installs anywhere: a fresh MkDocs + Material project whose mkdocs.yml names only the
heritage plugin, with a content/ folder, gets maps, timelines, JSON-LD and the downloads: every
script, style and vendored library comes from the Python package, none from this repository's
overrides/."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(scope="module")
def fresh(tmp_path_factory) -> Path:
    project = tmp_path_factory.mktemp("fresh")
    shutil.copytree(ROOT / "content", project / "content")
    (project / "docs").mkdir()
    (project / "docs" / "index.md").write_text("# Our heritage sites\n", encoding="utf-8")
    (project / "mkdocs.yml").write_text("site_name: Elsewhere\nsite_url: https://example.net/\n"
                                        "theme:\n  name: material\nplugins:\n  - heritage\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q"], cwd=project,
                          capture_output=True, text=True, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr
    return project / "site"


def scripts_and_styles(html: str) -> list[str]:
    return re.findall(r'<(?:script src|link rel="stylesheet" href)="([^"]+)"', html)


def test_pages_link_the_packaged_scripts_and_styles_and_they_are_there(fresh):
    page = fresh / "map" / "index.html"
    html = page.read_text(encoding="utf-8")
    assert 'class="hkb-map hkb-map-all"' in html
    linked = [href for href in scripts_and_styles(html) if "heritage" in href]
    assert [Path(h).name for h in linked] == ["heritage.css", "statuses.css", "core.js", "timeline.js", "maps.js",
                                              "lifecycle.js"]
    for href in linked:
        assert (page.parent / href).resolve().is_file(), href
    for vendored in ("leaflet/leaflet.js", "leaflet/leaflet.css", "leaflet/LICENSE",
                     "leaflet.markercluster/leaflet.markercluster.js", "leaflet.markercluster/LICENSE"):
        assert (fresh / "assets" / "vendor" / vendored).is_file(), vendored
    assert "--hkb-status" in (fresh / "assets" / "heritage" / "statuses.css").read_text(encoding="utf-8")


def test_site_pages_have_timelines_maps_and_json_ld_in_the_head(fresh):
    html = (fresh / "sites" / "palmyra" / "index.html").read_text(encoding="utf-8")
    head = html[:html.index("</head>")]
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', head).group(1))
    assert data["@id"] == "https://example.net/sites/palmyra/"
    assert '<link rel="alternate" type="application/atom+xml"' in head
    assert '<ol class="timeline hkb-timeline"' in html
    assert "maps.js" in html and "timeline.js" in html


def test_downloads_and_the_data_page(fresh):
    for path in ("downloads/sites.geojson", "downloads/sites.lp.json", "downloads/events.csv", "feed.xml",
                 "datapackage.json"):
        assert (fresh / path).is_file(), path
    assert "hkb-downloads" in (fresh / "data" / "index.html").read_text(encoding="utf-8")


def test_the_vendor_notes_do_not_become_pages(fresh):
    assert not list((fresh / "assets").rglob("index.html"))
