"""The same faults on a real file system: a small tmpfs that fills up, then grows; then remounted
read-only. Needs `mount` (root with CAP_SYS_ADMIN); elsewhere the fault-hook tests cover the same paths."""
from __future__ import annotations

import shutil
import subprocess

import pytest

from .writes_support import PUBLISHED, ROOT, article, fresh_content, heritage, one_error_line, snapshot


@pytest.fixture
def small_disk(tmp_path):
    where = tmp_path / "disk"
    where.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", "size=80k", "tmpfs", str(where)], capture_output=True).returncode:
        pytest.skip("cannot mount a tmpfs here (needs root with CAP_SYS_ADMIN)")
    try:
        shutil.copytree(ROOT / "content", where / "content")
        yield where
    finally:
        subprocess.run(["umount", "-l", str(where)], capture_output=True)


def remount(where, options):
    subprocess.run(["mount", "-o", f"remount,{options}", str(where)], check=True)


def test_a_disk_that_fills_during_a_folder_ingest(small_disk, tmp_path):
    folder = tmp_path / "articles"
    folder.mkdir()
    article(folder, "Activists said the Temple of Baalshamin in Palmyra was badly damaged by shelling last week.\n", "a.txt")
    article(folder, ("Witnesses reported that the Temple of Baalshamin was damaged by gunfire. " * 800), "b-long.txt")
    article(folder, "A local official said the Temple of Baalshamin suffered damage after a car bomb exploded.\n", "c.txt")
    content = small_disk / "content"
    result = heritage("ingest", folder, "--published", PUBLISHED, "--content", content)
    assert result.returncode == 2
    said = [line for line in result.stderr.splitlines() if line.startswith("heritage ")]  # the rest is the progress bar
    one_error_line("\n".join(said), "b-long.txt", "No space left on device", "nothing was changed")
    assert "Traceback" not in result.stderr
    assert heritage("check", "--content", content).returncode == 0
    remount(small_disk, "size=1m")  # space freed
    assert heritage("ingest", folder, "--published", PUBLISHED, "--content", content).returncode == 0
    assert {"sources/texts/a.txt", "sources/texts/b-long.txt", "sources/texts/c.txt"} <= set(snapshot(content))
    assert heritage("check", "--content", content).returncode == 0


def test_a_read_only_disk_gets_one_line_from_every_writer(small_disk, tmp_path):
    content = small_disk / "content"
    before = snapshot(content)
    remount(small_disk, "ro")
    for argv in (["ingest", article(tmp_path), "--published", PUBLISHED], ["new", "Temple of Nabu"], ["geocode"]):
        result = heritage(*argv, "--content", content)
        assert result.returncode == 2
        one_error_line(result.stderr, "content: cannot write in this folder: Read-only file system; nothing was changed")
    assert snapshot(content) == before
    assert heritage("check", "--content", content).returncode == 0


def test_an_immutable_site_file_rolls_the_whole_ingest_back(tmp_path):
    """chattr +i: the source and its text are renamed into place before the site file refuses; both are undone."""
    content = fresh_content(tmp_path)
    site = content / "sites" / "temple-of-baalshamin.yml"
    if subprocess.run(["chattr", "+i", str(site)], capture_output=True).returncode:
        pytest.skip("this file system has no immutable flag (chattr)")
    try:
        before = snapshot(content)
        result = heritage("ingest", article(tmp_path), "--published", PUBLISHED, "--content", content)
        assert result.returncode == 2
        one_error_line(result.stderr, "temple-of-baalshamin.yml", "Operation not permitted; nothing was changed")
        assert snapshot(content) == before
    finally:
        subprocess.run(["chattr", "-i", str(site)], capture_output=True)
