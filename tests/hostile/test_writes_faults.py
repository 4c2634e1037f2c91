"""A full disk, a read-only file system and a refused permission at every write of `ingest` and
`geocode` (the fault hook HERITAGE_FAULT=ENOSPC@N makes write N fail): one line naming the file,
exit 2, no traceback, every file as it was (geocode: the sites already written are complete, the
failing one untouched), and once the cause is gone the same command completes the change."""
from __future__ import annotations

import errno
import os
import re

import pytest

from builder.content.transaction import JOURNAL
from .writes_support import (GEOCODE_WRITES, INGEST_WRITES, PUBLISHED, article, fresh_content, geocoded,  # noqa: F401
                            heritage_here, ingested, one_error_line, snapshot)

ERRORS = ("ENOSPC", "EROFS", "EACCES")
CANNOT = re.compile(r"content/\S+: cannot write: ")


@pytest.mark.parametrize("n", range(1, INGEST_WRITES + 1))
@pytest.mark.parametrize("code", ERRORS)
def test_ingest_failing_at_write_n_changes_nothing_and_says_where(tmp_path, capsys, monkeypatch, ingested, code, n):
    before, after = ingested
    content = fresh_content(tmp_path)
    text = article(tmp_path)
    monkeypatch.setenv("HERITAGE_FAULT", f"{code}@{n}")
    rc, out, err = heritage_here(capsys, "ingest", text, "--published", PUBLISHED, "--content", content)
    if n < INGEST_WRITES:
        assert rc == 2
        line = one_error_line(err, os.strerror(getattr(errno, code)))
        assert CANNOT.search(line), line
        assert snapshot(content) == before
    else:  # the journal's removal, after every file is in place: the change stands, and the next write
        # under the lock (placing the article's new site from the gazetteer) tidies it, saying so
        assert rc == 0
        assert not err or err.startswith("completed an interrupted change"), err
    monkeypatch.delenv("HERITAGE_FAULT")
    rc, _, err = heritage_here(capsys, "ingest", text, "--published", PUBLISHED, "--content", content)
    assert rc == 0, err
    assert snapshot(content) == after
    assert heritage_here(capsys, "check", "--content", content)[0] == 0


@pytest.mark.parametrize("n", range(1, GEOCODE_WRITES + 1))
@pytest.mark.parametrize("code", ERRORS)
def test_geocode_failing_at_write_n_stops_with_one_line(tmp_path, capsys, monkeypatch, geocoded, code, n):
    before, after = geocoded
    content = fresh_content(tmp_path, unlocated=True)
    monkeypatch.setenv("HERITAGE_FAULT", f"{code}@{n}")
    rc, out, err = heritage_here(capsys, "geocode", "--content", content)
    assert rc == 2
    line = one_error_line(err, os.strerror(getattr(errno, code)))
    failing = CANNOT.search(line).group(0).split(": ")[0].split("content/")[1]
    now = snapshot(content)
    assert now[failing] == before[failing]
    assert set(now) == set(before) and all(now[f] in (before[f], after[f]) for f in now)
    monkeypatch.delenv("HERITAGE_FAULT")
    assert heritage_here(capsys, "geocode", "--content", content)[0] == 0
    assert snapshot(content) == after


def test_a_full_disk_in_the_middle_of_a_folder_ingest_is_made_whole_by_running_it_again(tmp_path, capsys, monkeypatch):
    """The issue's case: after space is freed and ingest re-run, no source's text is missing."""
    folder = tmp_path / "articles"
    folder.mkdir()
    article(folder, name="a-report.txt")
    article(folder, "Fighters looted the Palmyra museum in May 2015, the antiquities chief said.\n", "b-museum.txt")
    article(folder, "Activists said the Arch of Triumph in Palmyra was blown up on Sunday.\n", "c-arch.txt")
    reference = fresh_content(tmp_path / "ref")
    assert heritage_here(capsys, "ingest", folder, "--published", PUBLISHED, "--content", reference)[0] == 0
    content = fresh_content(tmp_path)
    monkeypatch.setenv("HERITAGE_FAULT", "ENOSPC@13")  # inside the second article's change
    rc, _, err = heritage_here(capsys, "ingest", folder, "--published", PUBLISHED, "--content", content)
    assert rc == 2 and "No space left on device" in err and "Traceback" not in err
    assert heritage_here(capsys, "check", "--content", content)[0] == 0
    monkeypatch.delenv("HERITAGE_FAULT")
    assert heritage_here(capsys, "ingest", folder, "--published", PUBLISHED, "--content", content)[0] == 0
    assert snapshot(content) == snapshot(reference)
    assert heritage_here(capsys, "check", "--content", content)[0] == 0


def test_a_read_only_site_file_is_not_replaced(tmp_path, capsys):
    content = fresh_content(tmp_path)
    site = content / "sites" / "temple-of-baalshamin.yml"
    site.chmod(0o444)
    before = snapshot(content)
    rc, _, err = heritage_here(capsys, "ingest", article(tmp_path), "--published", PUBLISHED, "--content", content)
    assert rc == 2
    one_error_line(err, "temple-of-baalshamin.yml", "read-only", "nothing was changed")
    assert snapshot(content) == before


def test_new_on_a_full_disk_says_so_and_writes_nothing(tmp_path, capsys, monkeypatch):
    content = fresh_content(tmp_path)
    before = snapshot(content)
    monkeypatch.setenv("HERITAGE_FAULT", "ENOSPC@1")
    rc, _, err = heritage_here(capsys, "new", "Temple of Nabu", "--content", content)
    assert rc == 2
    one_error_line(err, "temple-of-nabu.yml", "No space left on device")
    assert snapshot(content) == before and not list(content.rglob(".*heritage-tmp"))


def test_a_rename_that_fails_half_way_is_undone(tmp_path, capsys, monkeypatch, ingested):
    """The third of four renames refused (an immutable file, say): the two done are put back."""
    content = fresh_content(tmp_path)
    monkeypatch.setenv("HERITAGE_FAULT", "EPERM@9")
    rc, _, err = heritage_here(capsys, "ingest", article(tmp_path), "--published", PUBLISHED, "--content", content)
    assert rc == 2 and "Operation not permitted; nothing was changed" in err
    assert snapshot(content) == ingested[0] and not (content / JOURNAL).exists()


def test_a_site_file_that_cannot_be_read_gives_one_line(tmp_path, capsys, monkeypatch):
    """Permission denied on reading (simulated: the tests run as root, who may read anything)."""
    from pathlib import Path
    content = fresh_content(tmp_path)
    before = snapshot(content)
    locked = content / "sites" / "temple-of-baalshamin.yml"
    real_read = Path.read_text

    def read_text(self, *args, **kwargs):
        if self.name == locked.name:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(self))
        return real_read(self, *args, **kwargs)

    monkeypatch.setattr(Path, "read_text", read_text)
    rc, _, err = heritage_here(capsys, "ingest", article(tmp_path), "--published", PUBLISHED, "--content", content)
    assert rc == 2
    one_error_line(err, "temple-of-baalshamin.yml", "Permission denied")
    monkeypatch.undo()
    assert snapshot(content) == before
