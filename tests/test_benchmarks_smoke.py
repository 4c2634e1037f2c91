"""benchmarks/make_kb.py writes a knowledge base the builder loads and checks with zero problems.

The benchmarks themselves are scripts that print figures (see benchmarks/README.md); this only
keeps their input honest and fast to make.
"""
from __future__ import annotations

import hashlib
import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import make_kb  # noqa: E402

from builder.check import check  # noqa: E402
from builder.content.load import load  # noqa: E402
from builder.content.schema import _certainly_valid, _validator  # noqa: E402
from builder.content.yamlio import read_yaml  # noqa: E402
from builder.render.pages import Renderer  # noqa: E402


@pytest.fixture(scope="module")
def kb_dir(tmp_path_factory):
    out = tmp_path_factory.mktemp("kb") / "content"
    counts = make_kb.write(out, 20, seed=1)
    assert counts == {"sites": 20, "sources": 2, "events": 100}
    return out


def test_synthetic_kb_has_zero_problems(kb_dir):
    loaded = load(kb_dir)
    assert [str(p) for p in check(loaded)] == []
    kb = loaded.kb
    assert len(kb.sites) == 20 and len(kb.sources) == 2
    assert any(s.part_of for s in kb.sites.values())
    langs = {n.lang for s in kb.sites.values() for n in s.names}
    assert {"ar", "la"} <= langs and ({"el", "grc"} & langs)
    texts = {e.date.text for s in kb.sites.values() for e in s.events if e.date}
    assert any(t.endswith("~") for t in texts), "approximate dates"
    assert any(t.startswith("-") for t in texts), "BCE years"
    assert any("/" in t for t in texts), "intervals"


def test_synthetic_kb_renders(kb_dir):
    kb = load(kb_dir).kb
    pages = Renderer(kb).all_pages()
    assert {f"sites/{sid}.md" for sid in kb.sites} <= {p.uri for p in pages}


def test_make_kb_is_deterministic(tmp_path):
    def digest(folder: Path) -> str:
        h = hashlib.sha256()
        for path in sorted(folder.rglob("*")):
            if path.is_file():
                h.update(path.relative_to(folder).as_posix().encode() + path.read_bytes())
        return h.hexdigest()
    make_kb.write(tmp_path / "a", 30, seed=3)
    make_kb.write(tmp_path / "b", 30, seed=3)
    assert digest(tmp_path / "a") == digest(tmp_path / "b")


@pytest.mark.parametrize("kind, edit", [
    ("site", lambda d: d.update(kind="palace of wonders")),
    ("site", lambda d: d.update(extra="no such key")),
    ("site", lambda d: d["events"][0].update(type="exploded")),
    ("site", lambda d: d["events"][0]["evidence"].clear()),
    ("site", lambda d: d["identifiers"].update(wikidata="12")),
    ("site", lambda d: d.update(location={"lat": 91, "lon": 0})),
    ("site", lambda d: d.update(location={"lat": 3.0, "lon": True})),
    ("site", lambda d: d.update(name="")),
    ("site", lambda d: d.pop("name")),
    ("source", lambda d: d["renditions"][0].update(sha256="xyz")),
    ("source", lambda d: d.update(published=True)),
])
def test_fast_schema_check_never_passes_what_jsonschema_rejects(kb_dir, kind, edit):
    folder = kb_dir / ("sites" if kind == "site" else "sources")
    doc, problems = read_yaml(sorted(folder.glob("*.yml"))[0])
    assert not problems and _certainly_valid(kind)(doc)
    edit(doc)
    assert list(_validator(kind).iter_errors(doc)), "the edit must make the document invalid"
    assert not _certainly_valid(kind)(doc)


def test_build_benchmark_plain_pages_equal_ours(tmp_path):
    """The build benchmark's plain-MkDocs side writes what the plugin writes (`--compare`), so
    its ratio compares the same output."""
    import os
    import subprocess

    script = Path(__file__).resolve().parent.parent / "benchmarks" / "build.py"
    done = subprocess.run([sys.executable, str(script), "--sites", "8", "--repeat", "1", "--compare", "--keep",
                           str(tmp_path / "work")], capture_output=True, text=True,
                          env={**os.environ, "NO_MKDOCS_2_WARNING": "1"}, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "compare: 0 file(s) of the plain build differ in ours" in done.stdout, done.stdout[-2000:]
