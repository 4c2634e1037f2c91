"""Nothing is written outside content/: every id is checked before a path is built (builder.content.paths),
in every command that writes, and a folder or file inside content/ that points out is refused."""
from __future__ import annotations

import json

import pytest

from builder.content.paths import check_id, site_path, text_path
from builder.content.lock import LOCK
from builder.content.transaction import JOURNAL
from builder.errors import ContentError
from .writes_support import PUBLISHED, article, fresh_content, heritage, heritage_here, one_error_line, snapshot

ESCAPES = ["../../../outside/evil-new", "../evil", "/tmp/evil-abs", "sub/evil", "..", ".hidden", "Evil", "evil--new",
           "-evil", "evil-", "evil.yml", "evil\\..\\x", "e" * 101, "évil", "evil\nnew", ""]


def files_outside(tmp_path, content):
    return sorted(p for p in tmp_path.rglob("*") if p.is_file() and not p.is_relative_to(content))


@pytest.mark.parametrize("bad", ESCAPES)
def test_new_refuses_an_unsafe_id_and_writes_nothing(tmp_path, capsys, bad):
    content = fresh_content(tmp_path / "project")
    before, outside = snapshot(content), files_outside(tmp_path, content)
    rc, _, err = heritage_here(capsys, "new", "Evil", f"--id={bad}", "--content", content)
    assert rc == 2
    one_error_line(err, "--id", "is not a safe id")
    assert snapshot(content) == before and files_outside(tmp_path, content) == outside


def test_the_issues_case_in_its_own_process(tmp_path):
    project = tmp_path / "project"
    content = fresh_content(project)
    result = heritage("new", "Evil", "--id", "../../../outside/evil-new", "--content", content)
    assert result.returncode == 2 and "not a safe id" in result.stderr
    assert not list(tmp_path.rglob("evil-new*"))


@pytest.mark.parametrize("bad", ["../palmyra", "/etc/passwd", "Palmyra"])
def test_new_refuses_an_unsafe_part_of(tmp_path, capsys, bad):
    content = fresh_content(tmp_path)
    before = snapshot(content)
    rc, _, err = heritage_here(capsys, "new", "Temple of Nabu", "--part-of", bad, "--content", content)
    assert rc == 2
    one_error_line(err, "--part-of", "not a safe id")
    assert snapshot(content) == before


def test_new_makes_a_safe_id_from_any_name(tmp_path, capsys):
    content = fresh_content(tmp_path / "project")
    rc, out, _ = heritage_here(capsys, "new", "../../../outside/Evil Tower", "--content", content)
    assert rc == 0 and (content / "sites" / "outside-evil-tower.yml").is_file()
    assert files_outside(tmp_path, content) == []


@pytest.mark.parametrize("bad", ["../../outside/evil", "/etc/hostname", "Palmyra"])
def test_geocode_refuses_an_unsafe_site_id(tmp_path, capsys, bad):
    content = fresh_content(tmp_path)
    before = snapshot(content)
    rc, _, err = heritage_here(capsys, "geocode", bad, "--content", content)
    assert rc == 2
    one_error_line(err, "site id", "not a safe id")
    assert snapshot(content) == before


def test_ingest_of_a_page_titled_with_a_path_writes_only_inside_content(tmp_path, capsys):
    content = fresh_content(tmp_path / "project")
    page = article(tmp_path, "<html><head><title>../../../../outside/evil</title></head><body><article><p>"
                             "Syrian officials said on Monday that militants had badly damaged the Temple of "
                             "Baalshamin in Palmyra last week, and that the ../../outside/Evil Tower was destroyed "
                             "by fighters, residents said.</p></article></body></html>", "page.html")
    rc, _, err = heritage_here(capsys, "ingest", page, "--published", PUBLISHED, "--content", content)
    assert rc == 0, err
    assert files_outside(tmp_path, content) == [page]
    new = set(snapshot(content)) - set(snapshot(fresh_content(tmp_path / "fresh")))
    assert new and all(check_id(name.rsplit("/", 1)[1].rsplit(".", 1)[0]) for name in new)


def test_a_sites_folder_that_points_outside_is_not_written_through(tmp_path, capsys):
    content = fresh_content(tmp_path / "project")
    outside = tmp_path / "outside"
    (content / "sites").rename(outside)
    (content / "sites").symlink_to(outside)
    before = {p.name: p.read_bytes() for p in outside.iterdir()}
    rc, _, err = heritage_here(capsys, "new", "Temple of Nabu", "--content", content)
    assert rc == 2
    one_error_line(err, "refusing to write outside")
    rc, _, err = heritage_here(capsys, "ingest", article(tmp_path), "--published", PUBLISHED, "--content", content)
    assert rc == 2 and "refusing to write outside" in err and "Traceback" not in err
    assert {p.name: p.read_bytes() for p in outside.iterdir()} == before


def test_geocode_does_not_write_through_a_site_file_that_points_outside(tmp_path, capsys):
    content = fresh_content(tmp_path / "project", unlocated=True)
    outside = tmp_path / "outside.yml"
    (content / "sites" / "palmyra.yml").rename(outside)
    (content / "sites" / "palmyra.yml").symlink_to(outside)
    before = outside.read_bytes()
    rc, out, err = heritage_here(capsys, "geocode", "--content", content)
    assert "Traceback" not in err
    assert "refusing to write outside" in err or "Geocoding 5 site(s)" in out  # refused, or never read (a link out)
    assert outside.read_bytes() == before and (content / "sites" / "palmyra.yml").is_symlink()


def test_a_forged_journal_cannot_move_files_outside(tmp_path, capsys):
    content = fresh_content(tmp_path / "project")
    victim = tmp_path / "victim.txt"
    victim.write_text("keep me")
    (content / JOURNAL).write_text(json.dumps({"direction": "back", "files": [
        {"target": "../../victim.txt", "tmp": "sites/.x.heritage-tmp", "orig": None}]}))
    rc, _, err = heritage_here(capsys, "check", "--content", content)
    assert rc == 2
    one_error_line(err, JOURNAL, "cannot read the journal")
    assert victim.read_text() == "keep me"


@pytest.mark.parametrize("good", ["palmyra", "temple-of-bel", "a1", "0216"])
def test_safe_ids_pass(good):
    assert check_id(good) == good


def test_paths_are_built_inside_content(tmp_path):
    assert site_path(tmp_path, "palmyra") == tmp_path / "sites" / "palmyra.yml"
    assert text_path(tmp_path, "texts/cnn-2016-2.txt") == tmp_path / "sources" / "texts" / "cnn-2016-2.txt"
    for bad in ("../x.txt", "texts/../../x.txt", "texts/a/b.txt", "/etc/x.txt", "texts/x.yml"):
        with pytest.raises(ContentError):
            text_path(tmp_path, bad)


def test_a_lock_file_that_links_outside_is_refused_untouched(tmp_path, capsys):
    content = fresh_content(tmp_path / "project")
    precious = tmp_path / "precious.txt"
    precious.write_text("keep me")
    (content / LOCK).symlink_to(precious)
    before = snapshot(content)
    rc, _, err = heritage_here(capsys, "new", "Temple of Nabu", "--content", content)
    assert rc == 2
    one_error_line(err, LOCK, "the lock file is a link")
    assert precious.read_text() == "keep me" and snapshot(content) == before


def test_a_journal_that_links_outside_is_not_read(tmp_path, capsys):
    content = fresh_content(tmp_path / "project")
    elsewhere = tmp_path / "elsewhere.json"
    elsewhere.write_text(json.dumps({"direction": "forward", "files": []}))
    (content / JOURNAL).symlink_to(elsewhere)
    rc, _, err = heritage_here(capsys, "check", "--content", content)
    assert rc == 2
    one_error_line(err, JOURNAL, "is a link")
    assert elsewhere.exists()


def test_recovery_does_not_follow_a_folder_link_out_of_content(tmp_path, capsys):
    content = fresh_content(tmp_path / "project")
    outside = tmp_path / "outside"
    outside.mkdir()
    theirs = outside / ".notes.txt.heritage-tmp"  # named like a staged file, but not in content/
    theirs.write_text("not ours")
    (content / "linked").symlink_to(outside)
    (content / "sites" / ".palmyra.yml.1-ab.heritage-tmp").write_text("a staged file left by a kill")
    rc, _, err = heritage_here(capsys, "check", "--content", content)
    assert rc == 0 and "removed 1 unfinished temporary file(s)" in err
    assert theirs.read_text() == "not ours"
