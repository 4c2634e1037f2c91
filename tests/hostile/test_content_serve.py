"""`mkdocs serve` with hostile content written while it runs: it keeps serving, the Problems page
shows the problem, and when the file is fixed the page recovers. One server for the module,
each case undone before the next.

Found before the fix: `part_of: [palmyra]`, `actor: [ISIS]` and a "billion laughs" file stopped
the server's rebuild ("the server will appear stuck until build errors are resolved"; the laughs
never finished); a named pipe hung the rebuild for ever; a link out of content/ was published.
"""
from __future__ import annotations

import os
import time

import pytest
from conftest import copy_project
from test_serve import fetch, serving


SITE = "content/sites/temple-of-baalshamin.yml"


@pytest.fixture(scope="module")
def served(tmp_path_factory):
    project = copy_project(tmp_path_factory.mktemp("serve"))
    with serving(project) as base:
        yield base, project


def problems_shown(base: str) -> str:
    html = fetch(base + "problems/")
    return " ".join(html.split())


def shows(base: str, needle: str, timeout: float = 60) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if needle in problems_shown(base) and "Palmyra" in fetch(base + "sites/palmyra/"):
            return True
        time.sleep(0.3)
    return False


def recovers(base: str, project, needle: str, timeout: float = 60) -> bool:
    """The problem is gone from the Problems page and the site it hid is served again."""
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if needle not in problems_shown(base) and "Baalshamin" in fetch(base + "sites/temple-of-baalshamin/"):
            return True
        time.sleep(0.3)
    return False


def case(served, make, undo, needle: str) -> None:
    base, project = served
    make(project)
    try:
        assert shows(base, needle), (project / "serve.log").read_text()[-3000:]
        log = (project / "serve.log").read_text()
        assert "Traceback" not in log and "server will appear stuck" not in log, log[-3000:]
    finally:
        undo(project)
    assert recovers(base, project, needle), (project / "serve.log").read_text()[-3000:]


def replace_in_site(old: str, new: str):
    def change(project):
        path = project / SITE
        path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return change


def test_part_of_as_a_list(served):
    case(served, replace_in_site("part_of: palmyra", "part_of: [palmyra]"), replace_in_site("part_of: [palmyra]", "part_of: palmyra"),
         "part_of: expected text or nothing, found a list")


def test_actor_as_a_list(served):
    case(served, replace_in_site("    actor: ISIS", "    actor: [ISIS]"), replace_in_site("    actor: [ISIS]", "    actor: ISIS"),
         "events.1.actor: expected text or nothing, found a list")


def test_named_pipe(served):
    case(served, lambda p: os.mkfifo(p / "content/sites/pipe.yml"), lambda p: (p / "content/sites/pipe.yml").unlink(),
         "this file is a named pipe, not a file; skipped")


def test_link_out_of_content(served):
    def make(project):
        secret = project / "secret.yml"
        secret.write_text("name: Leaked\ndescription: SECRET-FROM-OUTSIDE\n", encoding="utf-8")
        (project / "content/sites/leak.yml").symlink_to(secret)
    case(served, make, lambda p: (p / "content/sites/leak.yml").unlink(), "outside content/; it is not read")
    base, _ = served
    assert "SECRET" not in fetch(base + "sites/leak/")


def test_billion_laughs(served):
    lines = ["name: Laughs", 'a0: &a0 "lol"'] + [f"a{i}: &a{i} [{', '.join([f'*a{i - 1}'] * 10)}]" for i in range(1, 10)]
    text = "\n".join(lines + ["description: *a9"]) + "\n"
    case(served, lambda p: (p / "content/sites/laughs.yml").write_text(text, encoding="utf-8"),
         lambda p: (p / "content/sites/laughs.yml").unlink(), "aliases expand the file past 4 MB")
