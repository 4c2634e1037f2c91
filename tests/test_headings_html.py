"""Generated pages made without a Python-Markdown run each (builder/headings_html.py) are what
MkDocs makes of them with Python-Markdown: the same HTML, table of contents, title and anchors."""
from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest
import yaml

from builder import headings_html
from builder.headings_html import HeadingsHtml, plain_heading
from conftest import ROOT

sys.path.insert(0, str(ROOT / "benchmarks"))
import make_kb  # noqa: E402


def _toc(items) -> list:
    return [(i.title, i.id, i.level, _toc(i.children)) for i in items]


def _pages(project: Path, site_dir: Path, monkeypatch, direct: bool) -> tuple[dict, int]:
    """Every page of a build as MkDocs left it after rendering; and how many skipped Python-Markdown."""
    import mkdocs.commands.build as mb
    from mkdocs.config import load_config

    seen, used = {}, []
    populate = mb._populate_page
    convert = HeadingsHtml.convert

    def spy_convert(self, text):
        made = convert(self, text)
        used.append(made is not None)
        return made

    def recording(page, config, files, dirty=False):
        populate(page, config, files, dirty)
        seen[page.file.src_uri] = (page.content, _toc(page.toc), page.title, page._title_from_render,
                                   sorted(page.present_anchor_ids or ()), page.links_to_anchors or {})

    monkeypatch.setattr(mb, "_populate_page", recording)
    monkeypatch.setattr(HeadingsHtml, "convert", spy_convert)
    monkeypatch.setattr(headings_html, "CHECKED_EXTENSIONS",
                        frozenset({"toc", "tables", "fenced_code", "admonition", "attr_list"}) if direct else frozenset())
    mb.build(load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir)))
    monkeypatch.undo()
    return seen, sum(used)


def _same_both_ways(project: Path, tmp_path: Path, monkeypatch) -> int:
    direct, used = _pages(project, tmp_path / "direct", monkeypatch, direct=True)
    markdown, unused = _pages(project, tmp_path / "markdown", monkeypatch, direct=False)
    assert unused == 0
    assert direct.keys() == markdown.keys()
    for uri in markdown:
        assert direct[uri] == markdown[uri], uri
    return used


def test_the_demo(project, tmp_path, monkeypatch):
    assert _same_both_ways(project, tmp_path, monkeypatch) >= 10  # site, source and index pages


def test_a_synthetic_knowledge_base(project, tmp_path, monkeypatch):
    """Names in Arabic, Greek, Latin and French, sites sharing names, hundreds of events."""
    make_kb.write(project / "content", 60, seed=3)
    assert _same_both_ways(project, tmp_path, monkeypatch) >= 60


def test_hostile_names(tmp_path, monkeypatch):
    from hostile.markup_kb import make_project

    project = make_project(tmp_path / "project")
    assert _same_both_ways(project, tmp_path, monkeypatch) >= 3


def test_names_that_slug_alike_get_toc_ids_as_markdown_gives_them(project, tmp_path, monkeypatch):
    """Site names whose slugs collide with each other and with the page's own "Timeline" heading."""
    sites = project / "content" / "sites"
    for i, name in enumerate(["Timeline", "Timeline 1", "Timeline_1", "Ṭimeline", "Qal'at al-Ḥiṣn", "الحصن",
                              "1234", "Tomb (of) *the* [King]", "Ναός Σ", "a   b"]):
        (sites / f"name-{i}.yml").write_text(yaml.safe_dump({"name": name, "kind": "tomb"}, allow_unicode=True),
                                             encoding="utf-8")
    assert _same_both_ways(project, tmp_path, monkeypatch) >= 20


def test_other_extensions_or_options_keep_python_markdown(project, tmp_path, monkeypatch):
    config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
    config["markdown_extensions"] = ["admonition", "attr_list", {"toc": {"permalink": True}}]
    (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    pages, used = _pages(project, tmp_path / "site", monkeypatch, direct=True)
    assert used == 0
    assert 'class="headerlink"' in pages["sites/palmyra.md"][0]
    assert HeadingsHtml(["toc", "pymdownx.emoji"], {}).usable is False
    assert HeadingsHtml(["toc", "tables", "fenced_code"], {}).usable is True


@pytest.mark.parametrize("text, plain", [
    ("Palmyra", True), ("Qal&#39;at Halab", True), ("الحصن 12", True), ("a  b", False), ("a*b", False),
    ("x &amp; y", False), ("&#39", False), ("tab\there", False),
])
def test_plain_heading_text_is_what_md_text_writes(text, plain):
    assert plain_heading(text) is plain
