"""The knowledge base as a standalone Markdown project: every generated page as a Markdown file
with front matter, the plugin's scripts, styles and vendored Leaflet, the downloads, and an
mkdocs.yml that names no plugin, so that any engine that builds Material-style Markdown
(Zensical, MkDocs + Material, …) can publish it. `heritage render --out DIR` writes it.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml

from . import page_assets
from .content.model import KnowledgeBase
from .errors import HeritageError
from .export import write_all
from .history import entered
from .publication import Publication, license_named
from .published import exported
from .render.pages import Renderer

TEMPLATE = Path(__file__).resolve().parent / "templates" / "main.html"  # the <head> additions, as a theme override
MARK = ".heritage-render"  # in a folder this module wrote: rewriting it may clear what it wrote before
NAV = [{"Home": "index.md"}, {"Sites": "sites/index.md"}, {"Map": "map.md"}, {"Timeline": "timeline.md"},
       {"Sources": "sources/index.md"}, {"Data": "data.md"}, {"Review": "review.md"}]


class _Tolerant(yaml.SafeLoader):
    """mkdocs.yml may hold `!!python/name:` and `!ENV` tags: read them as plain values."""


_Tolerant.add_multi_constructor("", lambda loader, suffix, node: None)


def read_settings(mkdocs_yml: Path | None) -> dict:
    """What the heritage plugin would read from mkdocs.yml: site name and URL, directory URLs,
    the docs folder, and the plugin's own options (content, license, map)."""
    config = {}
    if mkdocs_yml and Path(mkdocs_yml).is_file():
        config = yaml.load(Path(mkdocs_yml).read_text(encoding="utf-8"), Loader=_Tolerant) or {}
    options = {}
    for plugin in config.get("plugins") or []:
        if isinstance(plugin, dict) and "heritage" in plugin:
            options = plugin["heritage"] or {}
    license = options.get("license") or {}
    license = {"data": license, "site": license} if isinstance(license, str) else license
    base = Path(mkdocs_yml).resolve().parent if mkdocs_yml else Path.cwd()
    return {
        "site_name": config.get("site_name") or "Heritage sites knowledge base",
        "site_url": config.get("site_url") or None,
        "directory_urls": config.get("use_directory_urls", True),
        "docs": base / config.get("docs_dir", "docs"),
        "content": base / options.get("content", "content"),
        "map": options.get("map") or {},
        "publish_unreviewed": options.get("publish_unreviewed") is True,
        "publication": Publication(config.get("site_url") or None,
                                   config.get("site_name") or "Heritage sites knowledge base",
                                   license_named(license.get("data")), license_named(license.get("site"))),
    }


def project_config(publication: Publication, directory_urls: bool = True, map_config: dict | None = None) -> dict:
    """The output's mkdocs.yml: Material-style, no plugin needed, the assets listed."""
    config = {"site_name": publication.site_name}
    if publication.site_url:
        config["site_url"] = publication.site_url
    config.update({
        "use_directory_urls": directory_urls,
        "docs_dir": "docs",
        "theme": {"name": "material", "custom_dir": "overrides", "font": False,
                  "features": ["navigation.instant", "navigation.tracking"]},
        "markdown_extensions": ["admonition", "attr_list", "md_in_html"],
        "extra_css": list(page_assets.STYLES),
        "extra_javascript": list(page_assets.SCRIPTS),
        "nav": NAV,
    })
    if map_config:
        config["extra"] = {"heritage_map": dict(map_config)}
    terms = publication.footer_html()
    if terms:
        config["copyright"] = terms
    return config


def write_project(kb: KnowledgeBase, out: Path, publication: Publication, directory_urls: bool = True,
                  docs: Path | None = None, map_config: dict | None = None, publish_unreviewed: bool = False) -> list[Path]:
    """Write the project under `out` (docs/ and mkdocs.yml); hand-written pages from `docs` are
    copied first and win over generated ones of the same path, as in the plugin."""
    out = Path(out)
    if out.exists() and any(out.iterdir()):
        if not (out / MARK).is_file():
            raise HeritageError(f"{out}: folder exists and was not written by `heritage render` (choose an empty or new folder)")
        for old in ("docs", "overrides", "site"):  # a site deleted from content/ must not linger
            shutil.rmtree(out / old, ignore_errors=True)
    target = out / "docs"
    target.mkdir(parents=True, exist_ok=True)
    (out / MARK).write_text("written by `heritage render`; the folder is rewritten on the next run\n", encoding="utf-8")
    written = []
    if docs and Path(docs).is_dir():
        shutil.copytree(docs, target, dirs_exist_ok=True)
        written += [p for p in target.rglob("*") if p.is_file()]
    if not (target / "index.md").exists():
        (target / "index.md").write_text(f"# {publication.site_name}\n", encoding="utf-8")
        written.append(target / "index.md")
    for page in Renderer(kb, directory_urls, publication, publish_unreviewed=publish_unreviewed).all_pages():
        path = target / page.uri
        if docs and (Path(docs) / page.uri).exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(page.text, encoding="utf-8")
        written.append(path)
    written += page_assets.write(target)
    facts = exported(kb, publish_unreviewed)  # downloads hold no event still awaiting review
    written += write_all(facts, target, publication.site_url, directory_urls, publication.site_name, publication,
                         entered(facts))
    override = out / "overrides" / "main.html"
    override.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(TEMPLATE, override)
    config = out / "mkdocs.yml"
    config.write_text(yaml.safe_dump(project_config(publication, directory_urls, map_config), allow_unicode=True,
                                     sort_keys=False), encoding="utf-8")
    written += [override, config]
    return written
