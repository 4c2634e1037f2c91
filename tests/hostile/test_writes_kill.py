"""kill -9 at every write of `heritage ingest` and `heritage geocode`: the next command completes the
change or finds it never started, `heritage check` passes, and a re-run ends exactly where an
uninterrupted run ends. The writer is killed by the fault hook (HERITAGE_FAULT=kill@N: os._exit
after N writes, as kill -9 would) in a process of its own."""
from __future__ import annotations

import re

import pytest

from builder import faults
from builder.content.transaction import JOURNAL
from .writes_support import (GEOCODE_WRITES, INGEST_WRITES, PUBLISHED, article, fresh_content, geocoded,  # noqa: F401
                            heritage, heritage_here, ingested, snapshot)


def test_every_write_of_ingest_is_covered(tmp_path, capsys, ingested):
    content = fresh_content(tmp_path)
    code, _, _ = heritage_here(capsys, "ingest", article(tmp_path), "--published", PUBLISHED, "--content", content)
    assert code == 0 and faults.count() == INGEST_WRITES
    assert snapshot(content) == ingested[1] and snapshot(content) != ingested[0]


def test_every_write_of_geocode_is_covered(tmp_path, capsys, geocoded):
    content = fresh_content(tmp_path, unlocated=True)
    code, _, _ = heritage_here(capsys, "geocode", "--content", content)
    assert code == 0 and faults.count() == GEOCODE_WRITES
    assert snapshot(content) == geocoded[1] and snapshot(content) != geocoded[0]


@pytest.mark.parametrize("n", range(INGEST_WRITES))
def test_ingest_killed_after_write_n_is_repaired(tmp_path, capsys, ingested, n):
    before, after = ingested
    content = fresh_content(tmp_path)
    text = article(tmp_path)
    killed = heritage("ingest", text, "--published", PUBLISHED, "--content", content, env={"HERITAGE_FAULT": f"kill@{n}"})
    assert killed.returncode == 137
    code, out, err = heritage_here(capsys, "check", "--content", content)
    assert code == 0, err
    assert snapshot(content) in (before, after)  # all of the change or none of it, never part
    assert not (content / JOURNAL).exists()
    code, _, err = heritage_here(capsys, "ingest", text, "--published", PUBLISHED, "--content", content)
    assert code == 0, err
    assert snapshot(content) == after


@pytest.mark.parametrize("n", range(INGEST_WRITES))
def test_ingest_killed_after_write_n_is_repaired_by_the_next_ingest(tmp_path, capsys, ingested, n):
    """No `heritage check` in between: the next writer finds the journal itself."""
    content = fresh_content(tmp_path)
    text = article(tmp_path)
    heritage("ingest", text, "--published", PUBLISHED, "--content", content, env={"HERITAGE_FAULT": f"kill@{n}"})
    code, _, err = heritage_here(capsys, "ingest", text, "--published", PUBLISHED, "--content", content)
    assert code == 0, err
    assert snapshot(content) == ingested[1]
    assert heritage_here(capsys, "check", "--content", content)[0] == 0


@pytest.mark.parametrize("n", range(GEOCODE_WRITES))
def test_geocode_killed_after_write_n_is_repaired(tmp_path, capsys, geocoded, n):
    before, after = geocoded
    content = fresh_content(tmp_path, unlocated=True)
    killed = heritage("geocode", "--content", content, env={"HERITAGE_FAULT": f"kill@{n}"})
    assert killed.returncode == 137
    code, _, err = heritage_here(capsys, "check", "--content", content)
    assert code == 0, err
    now = snapshot(content)
    assert set(now) == set(before)  # no temporary file left
    assert all(now[name] in (before[name], after[name]) for name in now)  # each site file old or new, whole
    code, _, err = heritage_here(capsys, "geocode", "--content", content)
    assert code == 0, err
    assert snapshot(content) == after


def test_a_text_file_lost_by_an_older_run_is_restored_by_ingesting_again(tmp_path, capsys, ingested):
    """The issue's state (a source whose text file is missing, left by a kill before the journal
    existed): ingesting the same article again writes the text back and `heritage check` passes."""
    content = fresh_content(tmp_path)
    text = article(tmp_path)
    assert heritage_here(capsys, "ingest", text, "--published", PUBLISHED, "--content", content)[0] == 0
    (content / "sources" / "texts" / "officials-report.txt").unlink()
    assert heritage_here(capsys, "check", "--content", content)[0] == 1
    code, out, _ = heritage_here(capsys, "ingest", text, "--published", PUBLISHED, "--content", content)
    assert code == 0 and "restored its missing text file texts/officials-report.txt" in out
    assert snapshot(content) == ingested[1]
    assert heritage_here(capsys, "check", "--content", content)[0] == 0


# --- a second rendition of a known story: the source file itself is rewritten ---------------------

RENDITION_WRITES = 10  # staged: source, new text, palmyra; 2 backup links; journal; 3 renames; removal


def rendition(where):
    """The demo's own CNN text with words dropped and a line added: the same story, a new rendition."""
    text = (where / "content" / "sources" / "texts" / "cnn-palmyra-2016-original.txt").read_text(encoding="utf-8")
    return article(where, re.sub(r"\bthe\b ", "", text, count=15) + "\nThe report was updated on Saturday.\n",
                   "rendition.txt")


@pytest.fixture(scope="module")
def renditioned(tmp_path_factory):
    where = tmp_path_factory.mktemp("rendition")
    content = fresh_content(where)
    before = snapshot(content)
    assert heritage("ingest", rendition(where), "--published", "2016-12-11", "--content", content).returncode == 0
    after = snapshot(content)
    assert "sources/texts/cnn-palmyra-2016-3.txt" in after and after["sources/cnn-palmyra-2016.yml"] != before["sources/cnn-palmyra-2016.yml"]
    return before, after


def test_every_write_of_a_rendition_ingest_is_covered(tmp_path):
    fresh_content(tmp_path / "a")
    assert heritage("ingest", rendition(tmp_path / "a"), "--published", "2016-12-11", "--content", tmp_path / "a" / "content",
                    env={"HERITAGE_FAULT": f"kill@{RENDITION_WRITES - 1}"}).returncode == 137
    fresh_content(tmp_path / "b")
    assert heritage("ingest", rendition(tmp_path / "b"), "--published", "2016-12-11", "--content", tmp_path / "b" / "content",
                    env={"HERITAGE_FAULT": f"kill@{RENDITION_WRITES}"}).returncode == 0


@pytest.mark.parametrize("n", range(RENDITION_WRITES))
def test_a_rendition_ingest_killed_after_write_n_is_repaired(tmp_path, capsys, renditioned, n):
    before, after = renditioned
    content = fresh_content(tmp_path)
    text = rendition(tmp_path)
    killed = heritage("ingest", text, "--published", "2016-12-11", "--content", content, env={"HERITAGE_FAULT": f"kill@{n}"})
    assert killed.returncode == 137
    assert heritage_here(capsys, "check", "--content", content)[0] == 0
    assert snapshot(content) in (before, after)
    assert heritage_here(capsys, "ingest", text, "--published", "2016-12-11", "--content", content)[0] == 0
    assert snapshot(content) == after


@pytest.mark.parametrize("n", range(2))
def test_new_killed_after_write_n_leaves_no_trace(tmp_path, capsys, n):
    content = fresh_content(tmp_path)
    before = snapshot(content)
    assert heritage("new", "Temple of Nabu", "--content", content, env={"HERITAGE_FAULT": f"kill@{n}"}).returncode == 137
    assert heritage_here(capsys, "check", "--content", content)[0] == 0
    assert snapshot(content) == before
    assert heritage_here(capsys, "new", "Temple of Nabu", "--content", content)[0] == 0


# --- a kill during the recovery itself --------------------------------------------------------------

RECOVERY_WRITES = 5  # the journal left after write 7 of ingest: 4 renames to finish, then its removal


@pytest.mark.parametrize("n", range(RECOVERY_WRITES))
def test_check_killed_while_completing_a_change_is_completed_by_the_next_check(tmp_path, capsys, ingested, n):
    content = fresh_content(tmp_path)
    text = article(tmp_path)
    heritage("ingest", text, "--published", PUBLISHED, "--content", content, env={"HERITAGE_FAULT": "kill@7"})
    assert (content / JOURNAL).exists()
    assert heritage("check", "--content", content, env={"HERITAGE_FAULT": f"kill@{n}"}).returncode == 137
    code, _, err = heritage_here(capsys, "check", "--content", content)
    assert code == 0 and "completed an interrupted change to 4 file(s)" in err
    assert snapshot(content) == ingested[1]


def test_every_write_of_a_recovery_is_covered(tmp_path):
    content = fresh_content(tmp_path)
    heritage("ingest", article(tmp_path), "--published", PUBLISHED, "--content", content, env={"HERITAGE_FAULT": "kill@7"})
    assert heritage("check", "--content", content, env={"HERITAGE_FAULT": f"kill@{RECOVERY_WRITES}"}).returncode == 0
