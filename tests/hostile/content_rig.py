"""What the test_content_* files share: run `heritage check` and `mkdocs build` on a project
holding one hostile file, the way a user would, and read what they show.

Both run as subprocesses with a timeout, so a hang (a named pipe read for ever) fails the test
instead of stopping the suite. As root, they can run with the permission-bypassing capabilities
dropped (`setpriv`), so an unreadable file is unreadable as it would be for anyone else.
"""
from __future__ import annotations

import html
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ENV = {**os.environ, "NO_MKDOCS_2_WARNING": "1"}
# root reads any file: drop that power, as a normal user has it, for the unreadable-file cases
AS_USER = (["setpriv", "--bounding-set", "-dac_override,-dac_read_search"]
           if os.geteuid() == 0 and shutil.which("setpriv") else [])


def check(project: Path, as_user: bool = False) -> tuple[int, list[str]]:
    """`heritage check` in `project`: its exit code and the lines it wrote to stderr."""
    proc = subprocess.run([*(AS_USER if as_user else []), sys.executable, "-m", "builder", "check"],
                          cwd=project, capture_output=True, text=True, timeout=60, env=ENV)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc.returncode, proc.stderr.splitlines()


def build(project: Path, *extra: str, as_user: bool = False) -> subprocess.CompletedProcess:
    proc = subprocess.run([*(AS_USER if as_user else []), sys.executable, "-m", "mkdocs", "build", *extra,
                           "-d", str(project / "site")], cwd=project, capture_output=True, text=True,
                          timeout=120, env=ENV)
    assert "Traceback" not in proc.stderr, proc.stderr
    return proc


def page_text(path: Path) -> str:
    """A built page as a reader sees its text: tags dropped, entities decoded, spaces collapsed."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", path.read_text(encoding="utf-8"))).split())


def without_hint(text: str) -> str:
    """The message of a problem line without its final "(what to do)", which the page shows apart."""
    if not text.endswith(")"):
        return text
    depth = 0
    for i in range(len(text) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(text[i], 0)
        if depth == 0:
            return text[:i].rstrip()
    return text


def assert_reported(project: Path, line: str, as_user: bool = False, strict: bool = False) -> None:
    """`line` is exactly one of the lines `heritage check` prints; a non-strict build (what
    `mkdocs serve` runs) still finishes, logs the same line and shows it on the Problems page;
    with `strict`, a strict build is also run and must fail with it."""
    code, lines = check(project, as_user)
    assert line in lines, "\n".join(lines)
    error = ": error: " in line
    assert code == (1 if error else 0)

    proc = build(project, as_user=as_user)
    assert proc.returncode == 0, proc.stderr
    assert line in proc.stderr, proc.stderr
    where, rest = line.split(": ", 1)
    message = without_hint(rest.split(": ", 1)[1])
    shown = page_text(project / "site/problems/index.html")
    assert where in shown and message in shown, shown

    if strict:
        assert error
        strict = build(project, "--strict", as_user=as_user)
        assert strict.returncode == 1 and line in strict.stderr, strict.stderr
