"""`mkdocs serve`: a YAML edit shows up; a broken file is reported, serving goes on, a fix recovers."""
import contextlib
import socket
import subprocess
import sys
import time
import urllib.request

import pytest


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def fetch(url: str) -> str:
    try:
        with urllib.request.urlopen(url, timeout=5) as r:
            return r.read().decode("utf-8")
    except OSError:
        return ""


def wait_for(url: str, needle: str, timeout: float = 30) -> bool:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        if needle in fetch(url):
            return True
        time.sleep(0.2)
    return False


@contextlib.contextmanager
def serving(project):
    """`mkdocs serve` on `project` until the block ends; yields its base URL once a page is served."""
    port = free_port()
    log = open(project / "serve.log", "w")
    proc = subprocess.Popen([sys.executable, "-m", "mkdocs", "serve", "-a", f"127.0.0.1:{port}",
                             "-f", str(project / "mkdocs.yml")], cwd=project, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        assert wait_for(base + "sites/palmyra/", "Palmyra", 60), (project / "serve.log").read_text()
        yield base
    finally:
        proc.terminate()
        proc.wait(10)
        log.close()


@pytest.fixture
def server(project):
    with serving(project) as base:
        yield base, project


def test_edit_broken_file_and_recovery(server):
    base, project = server
    site = project / "content/sites/arch-of-triumph.yml"
    text = site.read_text()
    site.write_text(text.replace("Roman monumental arch", "Roman triumphal arch"))
    assert wait_for(base + "sites/arch-of-triumph/", "Roman triumphal arch")

    site.write_text(text.replace("kind: arch", "kind: [arch"))
    log = project / "serve.log"
    end = time.monotonic() + 30
    while "arch-of-triumph.yml:" not in log.read_text() and time.monotonic() < end:
        time.sleep(0.2)
    assert "arch-of-triumph.yml:" in log.read_text() and "YAML syntax error" in log.read_text()
    assert "Palmyra" in fetch(base + "sites/palmyra/")  # still serving

    site.write_text(text.replace("Roman monumental arch", "Roman arch, fixed"))
    assert wait_for(base + "sites/arch-of-triumph/", "Roman arch, fixed")
