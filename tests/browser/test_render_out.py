"""The `heritage render --out` project built by Zensical, in a real browser: the map draws its
markers, the timeline its chart, with the packaged scripts and no MkDocs plugin at all."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

expect = pytest.importorskip("playwright.sync_api").expect

from builder.cli import main

from .conftest import ROOT


@pytest.fixture(scope="module")
def zs(served, tmp_path_factory) -> str:
    work = tmp_path_factory.mktemp("zensical")
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_url"] = served.url + "/zs/"
    config["docs_dir"] = str(ROOT / "docs")
    config["plugins"] = [{"heritage": {"content": str(served.demo), "license": "CC-BY-4.0",
                                       "map": {"tiles": "/tiles/{z}/{x}/{y}.png", "attribution": "Test tiles"}}}]
    (work / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    assert main(["render", "--out", str(work / "out"), "--config", str(work / "mkdocs.yml")]) == 0
    zensical = shutil.which("zensical", path=str(Path(sys.executable).parent)) or shutil.which("zensical")
    done = subprocess.run([zensical, "build"], cwd=work / "out", capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stdout + done.stderr
    shutil.copytree(work / "out" / "site", served.www / "zs")
    return served.url + "/zs/"


def test_zensical_build_draws_the_map_of_all_sites(page, zs, demo_kb):
    page.goto(zs + "map/")
    page.locator(".hkb-map-all .leaflet-marker-icon").first.wait_for()
    shown = page.evaluate("""() => [...document.querySelectorAll('.hkb-map-all .leaflet-marker-icon')]
        .flatMap(e => e.dataset.site ? [e.dataset.site] : (e.dataset.sites || '').split(' '))""")
    assert sorted(shown) == sorted(s.id for s in demo_kb.sites.values() if s.location)
    page.locator(".hkb-map img.leaflet-tile-loaded").first.wait_for()  # the configured (stub) tiles
    expect(page.locator("#hkb-when-label")).to_contain_text("today")


def test_zensical_build_draws_site_maps_and_timelines(page, zs):
    page.goto(zs + "sites/palmyra/")
    page.locator(".hkb-map .leaflet-marker-icon[data-site='palmyra']").wait_for()
    page.locator(".hkb-tl-chart svg .hkb-tl-mark").first.wait_for()
    expect(page.locator("h1")).to_have_text("Palmyra")
