"""Shared fixtures: a copy of the demo knowledge base, site files written on the fly, builds.

Every test runs with the network limited to loopback: a connection anywhere else fails loudly.
"""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"


def _loopback_only(original):
    def connect(self, address, *args, **kwargs):
        host = address[0] if isinstance(address, tuple) else address
        if isinstance(host, str) and host not in ("127.0.0.1", "localhost", "::1") and not host.startswith("127.") \
                and self.family in (socket.AF_INET, socket.AF_INET6):
            raise OSError(f"tests may not reach {host}: only 127.0.0.1 is allowed")
        return original(self, address, *args, **kwargs)
    return connect


@pytest.fixture(autouse=True)
def no_network(monkeypatch):
    monkeypatch.setattr(socket.socket, "connect", _loopback_only(socket.socket.connect))
    monkeypatch.setattr(socket.socket, "connect_ex", _loopback_only(socket.socket.connect_ex))


def copy_project(folder: Path) -> Path:
    """The repo's mkdocs.yml, docs/, overrides/ and a copy of content/ in `folder`."""
    for name in ("docs", "overrides", "content"):
        shutil.copytree(ROOT / name, folder / name)
    shutil.copy(ROOT / "mkdocs.yml", folder / "mkdocs.yml")
    return folder


@pytest.fixture
def project(tmp_path: Path) -> Path:
    """A throwaway project (copy_project)."""
    return copy_project(tmp_path)


@pytest.fixture
def content(project: Path) -> Path:
    return project / "content"


def write(path: Path, text: str) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(textwrap.dedent(text).lstrip("\n"), encoding="utf-8")
    return path


def mkdocs_build(project: Path, *extra: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "mkdocs", "build", "-q", *extra, "-f", str(project / "mkdocs.yml"),
                           "-d", str(project / "site")], capture_output=True, text=True, cwd=project,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


def heritage(*args: str, cwd: Path | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", *args], capture_output=True, text=True,
                          cwd=cwd or ROOT)
