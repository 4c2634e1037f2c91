"""The navigation sidebar and the scripts' config rendered once per folder: pages stay byte-identical
to Material rendering them for each page."""
from __future__ import annotations

from types import SimpleNamespace

import pytest
import yaml

from builder import template_cache
from builder.template_cache import nav_key


def _build(project, site_dir, monkeypatch, share: bool):
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    import builder.plugin

    if not share:
        monkeypatch.setattr(builder.plugin, "share_rendering", lambda env, nav: None)
    else:
        monkeypatch.setattr(builder.plugin, "share_rendering", template_cache.share_rendering)
    build(load_config(str(project / "mkdocs.yml"), site_dir=str(site_dir)))
    return {p.relative_to(site_dir).as_posix(): p.read_bytes() for p in site_dir.rglob("*.html")}


@pytest.mark.parametrize("features", [None, ["toc.integrate", "navigation.sections", "navigation.indexes"]])
def test_every_page_is_as_material_renders_it(project, tmp_path, monkeypatch, features):
    if features:
        config = yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))
        config["theme"]["features"] += features
        (project / "mkdocs.yml").write_text(yaml.safe_dump(config, allow_unicode=True), encoding="utf-8")
    shared = _build(project, tmp_path / "shared", monkeypatch, share=True)
    each = _build(project, tmp_path / "each", monkeypatch, share=False)
    assert shared.keys() == each.keys()
    assert [uri for uri in shared if shared[uri] != each[uri]] == []
    # the sidebar of a site page links to the nav's pages from the page's own folder
    page = shared["sites/temple-of-baalshamin/index.html"].decode()
    assert 'href="../../map/" class="md-nav__link"' in page and 'href="../" class="md-nav__link"' in page


def _page(url, parent=None):
    return SimpleNamespace(url=url, parent=parent)


@pytest.mark.parametrize("url, nav_urls, key", [
    ("sites/palmyra/", ("", "sites/", "map/"), "sites"),
    ("sites/palmyra.html", ("index.html", "sites/index.html"), "sites"),
    ("sources/cnn/", ("", "sites/"), "sources"),
    ("notes/", ("", "sites/"), ""),
    # a nav page below this one is linked relatively from here: not shared
    ("sites/palmyra/", ("", "sites/palmyra/temple/"), None),
    ("", ("", "sites/"), None),
])
def test_pages_of_one_folder_share_a_sidebar(url, nav_urls, key):
    assert nav_key(_page(url), nav_urls) == key


def test_a_page_in_a_nav_section_renders_its_own_sidebar():
    assert nav_key(_page("sites/", parent=object()), ("sites/",)) is None


def test_a_page_above_the_search_worker_renders_its_own_config():
    from builder.template_cache import SEARCH_WORKER, folder_key

    assert folder_key(_page("assets/"), (SEARCH_WORKER,)) is None
    assert folder_key(_page("sites/palmyra/"), (SEARCH_WORKER,)) == "sites"


def test_an_overridden_partial_is_rendered_for_each_page(project, tmp_path, monkeypatch):
    """A project's own logo.html (drawn in the sidebar too) may print something of the page: then
    nothing is shared."""
    import material
    from pathlib import Path

    original = (Path(material.__file__).parent / "templates" / "partials" / "logo.html").read_text(encoding="utf-8")
    (project / "overrides" / "partials" / "logo.html").write_text(
        "<!-- {{ page.title }} -->" + original, encoding="utf-8")
    shared = _build(project, tmp_path / "shared", monkeypatch, share=True)
    page = shared["sites/temple-of-baalshamin/index.html"].decode()
    assert page.count("<!-- Temple of Baalshamin -->") == 2  # the header's logo and the sidebar's
    each = _build(project, tmp_path / "each", monkeypatch, share=False)
    assert [uri for uri in shared if shared[uri] != each[uri]] == []


def test_a_second_build_reads_compiled_templates(project, tmp_path, monkeypatch):
    """`mkdocs build` keeps Material's compiled templates in Jinja's per-user cache folder (under
    `mkdocs serve`, in memory); an edited template is compiled anew (its checksum differs)."""
    from jinja2 import FileSystemBytecodeCache
    from mkdocs.config import load_config

    cache = tmp_path / "jinja"
    cache.mkdir()
    monkeypatch.setattr(template_cache, "FileSystemBytecodeCache", lambda: FileSystemBytecodeCache(str(cache)))
    assert template_cache.compiled_templates(serving=True) is template_cache.TEMPLATES
    mine = project / "overrides" / "hkb-probe.html"

    def render() -> str:
        env = load_config(str(project / "mkdocs.yml")).theme.get_env()
        env.bytecode_cache = template_cache.compiled_templates(serving=False)
        env.get_template("main.html")
        return env.get_template("hkb-probe.html").render()

    mine.write_text("{{ 1 + 1 }} first", encoding="utf-8")
    assert render() == "2 first"
    assert len(list(cache.iterdir())) == 2  # main.html and the probe, compiled once
    assert render() == "2 first"  # from the cache
    mine.write_text("{{ 2 + 2 }} edited", encoding="utf-8")
    assert render() == "4 edited"


def test_materials_own_header_and_blocks_are_shared(project):
    """With this project's templates every shared part is taken (a Material upgrade that changes
    the header's title lines or a block's partials would quietly render them for each page)."""
    from mkdocs.config import load_config

    env = load_config(str(project / "mkdocs.yml")).theme.get_env()
    template_cache.share_rendering(env, SimpleNamespace(pages=[], homepage=None))
    assert env.get_template(template_cache.HEADER_TEMPLATE).root_render_func.__name__ == "render_around_title"
    blocks = env.get_template("base.html").blocks
    assert all(hasattr(blocks[name], "once_of") for name in template_cache.SHARED_BLOCKS)
    assert hasattr(env.get_template(template_cache.TOC_PARTIALS[0]).root_render_func, "once_of")
