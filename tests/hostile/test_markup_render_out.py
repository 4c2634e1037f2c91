"""`heritage render --out` (the knowledge base as a Markdown project for engines without the plugin)
with every hostile value `heritage check` accepts, built by Zensical and by plain MkDocs + Material:
the same pages, nothing on them can run a script, and the hostile name is the page's heading."""
from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder.cli import main

from .markup_kb import as_text, hostile, hostile_content, inspect, make_project, valid_documents

BIN = Path(sys.executable).parent
ENGINES = {
    "zensical": lambda: [shutil.which("zensical", path=str(BIN)) or "zensical", "build"],
    "mkdocs": lambda: [sys.executable, "-m", "mkdocs", "build", "-q"],
}


@pytest.fixture(scope="module", params=list(ENGINES))
def built(request, tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp(f"render-out-{request.param}")
    project = make_project(work / "project", hostile=False)
    hostile_content(project / "content", valid_documents())
    out = work / "out"
    assert main(["render", "--out", str(out), "--config", str(project / "mkdocs.yml")]) == 0
    done = subprocess.run(ENGINES[request.param](), cwd=out, capture_output=True, text=True, timeout=300,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stdout + done.stderr
    return out / "site"


def test_no_page_can_run_a_script(built):
    pages = [p for p in built.rglob("*.html") if "assets" not in p.parts]
    assert len(pages) >= 10
    found = {str(p.relative_to(built)): inspect(p.read_text(encoding="utf-8")).problems for p in pages}
    assert {page: problems for page, problems in found.items() if problems} == {}


def test_the_hostile_name_is_the_heading_and_the_title(built):
    found = inspect((built / "sites" / "tower" / "index.html").read_text(encoding="utf-8"))
    name = as_text(hostile("site-name"))
    assert name in found.text and as_text(found.title).startswith(name)
    (data,) = found.jsonld
    assert data["name"] == hostile("site-name")


def test_search_index_entries_are_text(built):
    index = next(p for p in (built / "search.json", built / "search" / "search_index.json") if p.is_file())
    data = json.loads(index.read_text(encoding="utf-8"))
    entries = data.get("items") or data.get("docs")
    assert entries
    for entry in entries:
        for key in ("title", "text"):
            assert inspect(entry.get(key) or "").problems == [], (entry.get("location"), key)
