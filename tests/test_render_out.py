"""`heritage render --out DIR`: the knowledge base as Markdown with its assets, built by Zensical
(Material's successor, which ignores MkDocs plugins) and by plain MkDocs + Material."""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.cli import main

ROOT = Path(__file__).resolve().parents[1]
BIN = Path(sys.executable).parent
ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    out = tmp_path_factory.mktemp("render") / "out"
    config = out.parent / "mkdocs.yml"
    config.write_text((ROOT / "mkdocs.yml").read_text(encoding="utf-8").replace("content: content", f"content: {ROOT / 'content'}")
                      .replace("site_url: http://127.0.0.1:8000/", "site_url: https://example.org/kb/")
                      .replace("docs_dir: docs", f"docs_dir: {ROOT / 'docs'}"), encoding="utf-8")
    assert main(["render", "--out", str(out), "--config", str(config)]) == 0
    return out


@pytest.fixture(scope="module")
def zensical_site(rendered) -> Path:
    zensical = shutil.which("zensical", path=str(BIN)) or shutil.which("zensical")
    assert zensical, "zensical is in the test extra: pip install -e '.[test]'"
    done = subprocess.run([zensical, "build"], cwd=rendered, capture_output=True, text=True, env=ENV, timeout=300)
    assert done.returncode == 0, done.stdout + done.stderr
    return rendered / "site"


def test_render_writes_markdown_pages_assets_downloads_and_a_config(rendered):
    docs = rendered / "docs"
    assert (docs / "sites" / "palmyra.md").read_text(encoding="utf-8").startswith("---\ntitle: \"Palmyra\"")
    for path in ("map.md", "timeline.md", "data.md", "sites/index.md", "assets/heritage/maps.js",
                 "assets/vendor/leaflet/leaflet.js", "assets/heritage/statuses.css", "downloads/events.csv",
                 "datapackage.json", "feed.xml"):
        assert (docs / path).is_file(), path
    config = (rendered / "mkdocs.yml").read_text(encoding="utf-8")
    assert "plugins" not in config and "assets/heritage/lifecycle.js" in config


def test_zensical_builds_site_pages_the_map_and_the_timeline(zensical_site):
    site = zensical_site
    kb_sites = sorted(p.stem for p in (ROOT / "content" / "sites").glob("*.yml"))
    built = sorted(p.name for p in (site / "sites").iterdir() if (p / "index.html").is_file())
    assert built == kb_sites
    palmyra = (site / "sites" / "palmyra" / "index.html").read_text(encoding="utf-8")
    assert re.search(r"<h1[^>]*>Palmyra", palmyra)
    assert '<ol class="timeline hkb-timeline"' in palmyra and 'class="hkb-map"' in palmyra
    data = json.loads(re.search(r'<script type="application/ld\+json">(.*?)</script>', palmyra).group(1))
    assert data["@id"] == "https://example.org/kb/sites/palmyra/"
    atlas = (site / "map" / "index.html").read_text(encoding="utf-8")
    assert 'class="hkb-map hkb-map-all"' in atlas and 'id="hkb-when-range"' in atlas
    for script in re.findall(r'<script src="([^"]+heritage/[^"]+)"', atlas):
        assert (site / "map" / script).resolve().is_file(), script
    assert "timeline-event" in (site / "timeline" / "index.html").read_text(encoding="utf-8")
    assert "CC BY 4.0" in palmyra  # the licence, in the footer
    assert (site / "downloads" / "sites.geojson").is_file()


def test_plain_mkdocs_builds_the_same_output(rendered, tmp_path):
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-d", str(tmp_path / "site")],
                          cwd=rendered, capture_output=True, text=True, env=ENV)
    assert done.returncode == 0, done.stderr
    assert (tmp_path / "site" / "sites" / "palmyra" / "index.html").is_file()


def test_render_refuses_content_with_errors(tmp_path, capsys):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    path = content / "sites" / "palmyra.yml"
    path.write_text(path.read_text(encoding="utf-8").replace('date: "2015-05"', 'date: "2015-13"', 1), encoding="utf-8")
    assert main(["render", "--out", str(tmp_path / "out"), "--content", str(content), "--config", str(tmp_path / "none.yml")]) == 1
    err = capsys.readouterr().err
    assert re.search(r"palmyra\.yml:\d+: error: .*2015-13", err)
    assert not (tmp_path / "out").exists()


def test_render_again_drops_pages_of_deleted_sites_and_never_clears_a_foreign_folder(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content", content)
    out, none = tmp_path / "out", str(tmp_path / "none.yml")
    assert main(["render", "--out", str(out), "--content", str(content), "--config", none]) == 0
    assert (out / "docs" / "sites" / "palmyra-tomb.md").is_file()
    (content / "sites" / "palmyra-tomb.yml").unlink()
    assert main(["render", "--out", str(out), "--content", str(content), "--config", none]) == 0
    assert not (out / "docs" / "sites" / "palmyra-tomb.md").exists()
    foreign = tmp_path / "mine"
    foreign.mkdir()
    (foreign / "notes.txt").write_text("keep me", encoding="utf-8")
    assert main(["render", "--out", str(foreign), "--content", str(content), "--config", none]) == 2
    assert (foreign / "notes.txt").read_text(encoding="utf-8") == "keep me" and len(list(foreign.iterdir())) == 1
