"""Helpers shared by the test_writes_* files: a content/ copy, a byte snapshot, the CLI in and out of process."""
from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from builder import cli, faults

ROOT = Path(__file__).resolve().parents[2]
LOCK = ".heritage.lock"

# One article that changes four files: a new source, its text, a known site (a new event) and a new site.
ARTICLE = ("Syrian officials said on Monday that militants had badly damaged the Temple of Baalshamin in Palmyra "
           "last week.\n\nIn Aleppo, the Great Mosque of Aleppo was destroyed in fighting between rebels and "
           "government forces, residents said.\n")
PUBLISHED = "2016-01-10"
INGEST_WRITES = 11  # of ARTICLE: 4 staged files, 1 backup link, the journal, 4 renames, the journal's removal
GEOCODE_WRITES = 6  # of the unlocated demo: 3 sites, each a staged file and its rename
GAZETTEER_SITES = ("palmyra", "arch-of-triumph", "temple-of-baalshamin")  # located by the embedded gazetteer


def fresh_content(where: Path, unlocated: bool = False) -> Path:
    """A copy of the demo content/; with `unlocated`, the gazetteer's sites lose their location."""
    content = where / "content"
    shutil.copytree(ROOT / "content", content)
    if unlocated:
        for sid in GAZETTEER_SITES:
            path = content / "sites" / f"{sid}.yml"
            path.write_text(re.sub(r"(?m)^location:\n(?:[ ]+.*\n)+", "", path.read_text(encoding="utf-8")), encoding="utf-8")
    return content


def article(where: Path, text: str = ARTICLE, name: str = "officials-report.txt") -> Path:
    path = where / name
    path.write_text(text, encoding="utf-8")
    return path


def snapshot(content: Path) -> dict[str, bytes]:
    """Every file under content/ (the lock file aside) with its bytes."""
    return {str(p.relative_to(content)): p.read_bytes()
            for p in sorted(content.rglob("*")) if p.is_file() and p.name != LOCK}


def heritage(*argv, env: dict | None = None, timeout: float = 120) -> subprocess.CompletedProcess:
    """The CLI in its own process (for kill -9 and concurrency)."""
    return subprocess.run([sys.executable, "-m", "builder", *map(str, argv)], capture_output=True, text=True,
                          env={**os.environ, **(env or {})}, timeout=timeout)


def heritage_here(capsys, *argv) -> tuple[int, str, str]:
    """The CLI in this process, its write counter reset: (exit code, stdout, stderr)."""
    faults.reset()
    code = cli.main([str(a) for a in argv])
    out = capsys.readouterr()
    return code, out.out, out.err


def one_error_line(err: str, *must: str) -> str:
    lines = [line for line in err.splitlines() if line.strip()]
    assert "Traceback" not in err, err
    assert len(lines) == 1, err
    for text in must:
        assert text in lines[0], lines[0]
    return lines[0]


@pytest.fixture(scope="module")
def ingested(tmp_path_factory):
    """(content before, content after) an uninterrupted ingest of the article."""
    where = tmp_path_factory.mktemp("ingest")
    content = fresh_content(where)
    before = snapshot(content)
    assert heritage("ingest", article(where), "--published", PUBLISHED, "--content", content).returncode == 0
    return before, snapshot(content)


@pytest.fixture(scope="module")
def geocoded(tmp_path_factory):
    where = tmp_path_factory.mktemp("geocode")
    content = fresh_content(where, unlocated=True)
    before = snapshot(content)
    assert heritage("geocode", "--content", content).returncode == 0
    return before, snapshot(content)
