"""The review step end to end on the team-written articles of tests/ingest_e2e/: ingest the folder
into a copy of the demo knowledge base, build (nothing proposed is published), review through the
non-interactive form (reject the sites that are traps, accept every source), ingest again (no byte
changes, nothing rejected comes back), build again (the accepted facts are published)."""
from __future__ import annotations

import csv
import io
import json
import re
from pathlib import Path

import pytest

from conftest import ROOT, copy_project, heritage, mkdocs_build

ARTICLES = ROOT / "tests" / "ingest_e2e" / "articles"
PLACES = {"great-mosque-of-aleppo", "umayyad-mosque", "khorsabad", "mar-behnam-monastery", "mosul-museum", "nimrud"}


def snapshot(content: Path) -> dict:
    return {p: p.read_bytes() for p in sorted(content.rglob("*")) if p.is_file()}


def pending(project: Path) -> list[dict]:
    done = heritage("review", "--list", cwd=project)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def site_status(project: Path, site_id: str) -> str:
    html = (project / "site/sites" / site_id / "index.html").read_text(encoding="utf-8")
    return re.sub(r"<[^>]+>", "", re.search(r'<span class="hkb-status[^"]*"[^>]*>(.*?)</span>', html).group(1))


@pytest.fixture(scope="module")
def project(tmp_path_factory) -> Path:
    project = copy_project(tmp_path_factory.mktemp("review-e2e"))
    assert heritage("ingest", str(ARTICLES), cwd=project).returncode == 0
    return project


def test_review_loop_on_the_e2e_articles(project):
    content = project / "content"
    items = pending(project)
    proposed_sites = {i["site"] for i in items}
    assert PLACES <= proposed_sites
    # before review: nothing proposed is in the downloads, every new site reads "Unconfirmed"
    built = mkdocs_build(project, "--strict")
    assert built.returncode == 0, built.stderr
    rows = list(csv.DictReader(io.StringIO((project / "site/downloads/events.csv").read_text(encoding="utf-8"))))
    assert {r["reviewed"] for r in rows} == {"yes"} and not {r["site_id"] for r in rows} & PLACES
    assert {site_status(project, s) for s in PLACES} == {"Unconfirmed"}
    # review: claims on sites that are not places the articles report (the extractor's traps) are
    # rejected, the rest accepted source by source
    traps = [i for i in items if i["site"] not in PLACES and i["new_site"]]
    for item in traps:
        assert heritage("review", "--reject", item["id"], cwd=project).returncode == 0
    for source in sorted({s for i in items for s in i["sources"]}):
        assert heritage("review", "--accept", source, cwd=project).returncode == 0
    assert pending(project) == []
    assert not any((content / "sites" / f"{i['site']}.yml").exists() for i in traps)
    # a second ingest: no byte changes, nothing rejected comes back
    before = snapshot(content)
    again = heritage("ingest", str(ARTICLES), cwd=project)
    assert again.returncode == 0, again.stderr
    assert snapshot(content) == before
    assert pending(project) == []
    # after review: the facts are published
    built = mkdocs_build(project, "--strict")
    assert built.returncode == 0, built.stderr
    rows = list(csv.DictReader(io.StringIO((project / "site/downloads/events.csv").read_text(encoding="utf-8"))))
    assert PLACES <= {r["site_id"] for r in rows}
    assert site_status(project, "khorsabad") == "Destroyed" and site_status(project, "nimrud") == "Destroyed"
    for item in traps:
        assert not (project / "site/sites" / item["site"]).exists()
