"""Hostile files in content/: links out of it, pipes, folders, dangling links, unreadable and
oversized files. Nothing outside content/ is read; nothing hangs; each is one line.

Found before the fix: a link out was read and published; a folder, a dangling link, an
unreadable file crashed `check` and the build with a traceback; a named pipe hung both for ever.
"""
from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from .content_rig import AS_USER, assert_reported, build, check

SECRET = "name: Leaked\nkind: temple\ndescription: SECRET-FROM-OUTSIDE\n"
OUT = "(copy the file into content/ instead of linking or pointing out of it)"
SKIPPED = "(remove it or rename it)"


def outside(project: Path, name: str, text: str = SECRET) -> Path:
    """A file beside content/ (in the project, but not in content/)."""
    path = project / "elsewhere" / name
    path.parent.mkdir(exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def nothing_published_from(project: Path, needle: str) -> None:
    for path in (project / "site").rglob("*"):
        if path.is_file() and path.name != "problems" and "problems" not in path.parts:
            assert needle not in path.read_text(encoding="utf-8", errors="replace"), path


def test_site_file_linked_outside_content(project):
    target = outside(project, "leak.yml")
    (project / "content/sites/leak.yml").symlink_to(target)
    assert_reported(project, f"content/sites/leak.yml:1: error: this file leads to {target}, outside content/; "
                             f"it is not read {OUT}", strict=True)
    nothing_published_from(project, "SECRET-FROM-OUTSIDE")


def test_source_file_linked_outside_content(project):
    target = outside(project, "leak.yml", "title: SECRET-FROM-OUTSIDE\npublished: '2016'\n")
    (project / "content/sources/leak.yml").symlink_to(target)
    assert_reported(project, f"content/sources/leak.yml:1: error: this file leads to {target}, outside content/; "
                             f"it is not read {OUT}")
    nothing_published_from(project, "SECRET-FROM-OUTSIDE")


def test_article_text_linked_outside_content(project):
    text = project / "content/sources/texts/cnn-palmyra-2016-original.txt"
    target = outside(project, "article.txt", text.read_text(encoding="utf-8"))
    text.unlink()
    text.symlink_to(target)
    assert_reported(project, "content/sources/cnn-palmyra-2016.yml:7: error: rendition file "
                             f"'texts/cnn-palmyra-2016-original.txt' leads to {target}, outside content/; it is not read {OUT}")


def test_texts_folder_linked_outside_content(project):
    texts = project / "content/sources/texts"
    moved = project / "elsewhere" / "texts"
    moved.parent.mkdir()
    shutil.move(texts, moved)
    texts.symlink_to(moved, target_is_directory=True)
    assert_reported(project, "content/sources/cnn-palmyra-2016.yml:7: error: rendition file "
                             f"'texts/cnn-palmyra-2016-original.txt' leads to {moved}/cnn-palmyra-2016-original.txt, "
                             f"outside content/; it is not read {OUT}")


def test_link_inside_content_is_read(project):
    draft = project / "content/drafts/temple-of-bel.yml"
    draft.parent.mkdir()
    draft.write_text("name: Temple of Bel\nkind: temple\npart_of: palmyra\n", encoding="utf-8")
    (project / "content/sites/temple-of-bel.yml").symlink_to(Path("../drafts/temple-of-bel.yml"))
    code, lines = check(project)
    assert code == 0 and lines == [], lines
    assert build(project, "--strict").returncode == 0
    assert "Temple of Bel" in (project / "site/sites/temple-of-bel/index.html").read_text(encoding="utf-8")


def test_named_pipe_in_sites_is_skipped_not_waited_on(project):
    os.mkfifo(project / "content/sites/pipe.yml")
    assert_reported(project, f"content/sites/pipe.yml:1: warning: this file is a named pipe, not a file; skipped {SKIPPED}")


def test_named_pipe_in_sources_is_skipped_not_waited_on(project):
    os.mkfifo(project / "content/sources/pipe.yml")
    assert_reported(project, f"content/sources/pipe.yml:1: warning: this file is a named pipe, not a file; skipped {SKIPPED}")


def test_named_pipe_as_article_text_is_refused(project):
    text = project / "content/sources/texts/cnn-palmyra-2016-original.txt"
    text.unlink()
    os.mkfifo(text)
    assert_reported(project, "content/sources/cnn-palmyra-2016.yml:7: error: rendition file "
                             f"'texts/cnn-palmyra-2016-original.txt' is a named pipe, not a file; skipped {SKIPPED}")


def test_folder_named_like_a_site_file_is_skipped(project):
    (project / "content/sites/folder.yml").mkdir()
    assert_reported(project, f"content/sites/folder.yml:1: warning: this file is a folder, not a file; skipped {SKIPPED}")


def test_dangling_link_is_skipped(project):
    (project / "content/sites/gone.yml").symlink_to(project / "content/sites/nowhere.yml")
    assert_reported(project, "content/sites/gone.yml:1: warning: this file is a link to nothing (dangling symlink); "
                             "skipped (remove the link or point it at a file)")


def test_dangling_link_out_of_content_is_skipped(project):
    (project / "content/sites/gone.yml").symlink_to("/nonexistent/site.yml")
    assert_reported(project, "content/sites/gone.yml:1: warning: this file is a link to nothing (dangling symlink); "
                             "skipped (remove the link or point it at a file)")


needs_unprivileged = pytest.mark.skipif(os.geteuid() == 0 and not AS_USER,
                                        reason="root reads any file and setpriv is missing to drop that")


@needs_unprivileged
def test_unreadable_site_file(project):
    (project / "content/sites/palmyra-tomb.yml").chmod(0)
    assert_reported(project, "content/sites/palmyra-tomb.yml:1: error: this file cannot be read: Permission denied "
                             "(make it readable (chmod u+r))", as_user=True)


@needs_unprivileged
def test_unreadable_sites_folder(project):
    (project / "content/sites").chmod(0)
    try:
        assert_reported(project, "content/sites: error: cannot list the folder: Permission denied "
                                 "(make it readable (chmod u+rx))", as_user=True)
    finally:
        (project / "content/sites").chmod(0o755)


@needs_unprivileged
def test_read_only_content_is_read_as_usual(project):
    """Read-only files and folders (a checkout on a read-only mount) are not a problem for reading."""
    for path in sorted((project / "content").rglob("*"), reverse=True):
        path.chmod(0o555 if path.is_dir() else 0o444)
    (project / "content").chmod(0o555)
    try:
        code, lines = check(project, as_user=True)
        assert (code, lines) == (0, [])
        assert build(project, "--strict", as_user=True).returncode == 0
    finally:
        for path in [project / "content", *(project / "content").rglob("*")]:
            path.chmod(0o755 if path.is_dir() else 0o644)


@needs_unprivileged
def test_unreadable_article_text(project):
    (project / "content/sources/texts/cnn-palmyra-2016-original.txt").chmod(0)
    assert_reported(project, "content/sources/cnn-palmyra-2016.yml:7: error: rendition file "
                             "'texts/cnn-palmyra-2016-original.txt' cannot be read: Permission denied "
                             "(make it readable (chmod u+r))", as_user=True)


def test_oversized_site_file(project):
    with open(project / "content/sites/huge.yml", "w", encoding="utf-8") as fh:
        fh.write("name: Huge\ndescription: ")
        fh.write("x" * (5 * 1024 * 1024))
    assert_reported(project, "content/sites/huge.yml:1: error: this file is 5.0 MB, over the 4.0 MB limit for a "
                             "content file (split it into smaller files, or check it is the file you meant)")


def test_oversized_article_text(project):
    text = project / "content/sources/texts/cnn-palmyra-2016-original.txt"
    with open(text, "ab") as fh:
        fh.truncate(21 * 1024 * 1024)  # sparse: the size is refused before a byte is read
    assert_reported(project, "content/sources/cnn-palmyra-2016.yml:7: error: rendition file "
                             "'texts/cnn-palmyra-2016-original.txt' is 21.0 MB, over the 20.0 MB limit for a content "
                             "file (split it into smaller files, or check it is the file you meant)")


def test_hundreds_of_thousands_of_wrong_items(project):
    """A 3.6 MB file of 600,000 wrong list items: before, 600,000 lines and a minute of `check`."""
    (project / "content/sites/many.yml").write_text("name: Many\nnames:\n" + "  - x\n" * 600_000, encoding="utf-8")
    assert_reported(project, "content/sites/many.yml:1: error: more than 20 schema problems in this file; "
                             "the first are listed (fix those and check again)")
    code, lines = check(project)
    assert len(lines) == 21 and lines[1] == ('content/sites/many.yml:3: error: names.0: expected a mapping '
                                             '(key: value lines), found text "x"'), lines[:3]


def _geocode(project: Path):
    import subprocess
    import sys
    return subprocess.run([sys.executable, "-m", "builder", "geocode"], capture_output=True, text=True, cwd=project,
                          timeout=60)


def test_geocode_cache_linked_outside_content_is_not_read(project):
    target = outside(project, "cache.json", '{"entries": [{"provider": "nominatim", "query": "SECRET-FROM-OUTSIDE"}]}')
    (project / "content/geocode-cache.json").symlink_to(target)
    before = {p: p.read_bytes() for p in (project / "content/sites").iterdir()}
    done = _geocode(project)
    assert done.returncode != 0
    assert "content/geocode-cache.json: the geocode cache leads to " in done.stderr
    assert "outside content/; it is not read" in done.stderr
    assert "Traceback" not in done.stderr and "SECRET-FROM-OUTSIDE" not in done.stdout + done.stderr
    assert {p: p.read_bytes() for p in (project / "content/sites").iterdir()} == before


def test_geocode_cache_as_a_named_pipe_is_refused_not_waited_on(project):
    os.mkfifo(project / "content/geocode-cache.json")
    done = _geocode(project)  # a read would block for ever; the timeout above fails the test
    assert done.returncode != 0
    assert "content/geocode-cache.json: the geocode cache is a named pipe" in done.stderr
