"""The MkDocs plugin: a thin layer whose every hook is one call into the stages.

load (cached per file across `mkdocs serve` rebuilds) → check → render → File.generated.
Problems are logged as `path:line: ...`; errors fail `mkdocs build --strict`, while
`mkdocs serve` shows them, keeps serving, and recovers when the file is fixed.
"""
from __future__ import annotations

import gc
import logging
from functools import partial, wraps
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config, ValidationError
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from . import page_assets, urls
from .check import check_safely, internal
from .content.load import loader_for
from .errors import HeritageError, Problem, errors
from .publication import Publication
from .render import passthrough
from .render.pages import Page, Renderer
from .published import exported
from .render.review_page import Where, edit_base
from .render.problems import URI as problems_page_uri, banner, problems_page

log = logging.getLogger("mkdocs.plugins.heritage")

# Plugin objects are made anew for every `mkdocs serve` rebuild; the caches live here instead.
_RENDERED: dict[tuple, tuple] = {}


def _render_shortcut(page, render, config, files) -> None:
    """Page.render for a generated page, with its raw HTML blocks kept out of Markdown's way."""
    stashed = passthrough.stash(page.markdown)
    if stashed is None:
        return render(config, files)
    markdown = page.markdown
    page.markdown, blocks, anchors = stashed
    try:
        render(config, files)
    finally:
        page.markdown = markdown
    page.content = passthrough.restore(page.content, blocks)
    page.present_anchor_ids = set(page.present_anchor_ids or ()) | anchors


def _gc_paused(method):
    """Run `method` with the cyclic garbage collector off. Loading, checking and rendering a large
    knowledge base makes millions of objects that live on, hardly any cyclic garbage; the
    collector kept re-scanning them (~25% of that work at 10,000 sites)."""
    @wraps(method)  # keeps mkdocs_priority
    def paused(*args, **kwargs):
        was_enabled = gc.isenabled()
        gc.disable()
        try:
            return method(*args, **kwargs)
        finally:
            if was_enabled:
                gc.enable()
    return paused


def _check_and_render(loaded, directory_urls: bool, publication, shown: str,
                      **review) -> tuple[list[Problem], list[Page]]:
    """Problems and pages; a bug in a stage becomes one problem line instead of a traceback, so
    `mkdocs serve` keeps serving (its Problems page says what happened) and --strict fails."""
    problems = check_safely(loaded, shown)
    try:
        return problems, Renderer(loaded.kb, directory_urls, publication, **review).all_pages()
    except Exception as exc:  # noqa: BLE001 - the edge where any fault becomes a message
        return [*problems, internal(shown, exc, "building the pages")], []


class MapConfig(Config):
    tiles = c.Type(str, default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    attribution = c.Type(str, default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors')
    max_zoom = c.Type(int, default=19)


class GeocoderOption(c.Type):
    """The `geocoder:` mapping, checked when mkdocs.yml is read: a typo fails at once, not online."""

    def __init__(self):
        super().__init__(dict, default={})

    def run_validation(self, value):
        from .geocode.providers import settings_from_mapping

        value = super().run_validation(value)
        try:
            settings_from_mapping(value)
        except HeritageError as exc:
            raise ValidationError(str(exc)) from None
        return value


class LicenseOption(c.Type):
    """`license: CC-BY-4.0` (data and site alike) or `license: {data: ..., site: ...}`, by SPDX id."""

    def __init__(self):
        super().__init__((str, dict), default={})

    def run_validation(self, value):
        from .publication import license_named

        value = super().run_validation(value)
        value = {"data": value, "site": value} if isinstance(value, str) else value
        unknown = set(value) - {"data", "site"}
        if unknown:
            raise ValidationError(f"license: unknown key(s) {', '.join(sorted(unknown))} (use data: and site:)")
        try:
            return {key: license_named(value.get(key)) for key in ("data", "site")}
        except HeritageError as exc:
            raise ValidationError(str(exc)) from None


class HeritageConfig(Config):
    content = c.Type(str, default="content")
    license = LicenseOption()  # shown in the footer and on the Data page, carried in every download
    map = c.SubConfig(MapConfig)
    geocoder = GeocoderOption()  # read by `heritage geocode --online`, never by a build
    # events still marked `reviewed: false` count as facts (status, map, exports, feed) only when true
    publish_unreviewed = c.Type(bool, default=False)


class HeritagePlugin(BasePlugin[HeritageConfig]):
    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.content = (root / self.config.content).resolve()
        if not self.content.is_dir():
            log.error(f"{self.config.content}: content folder not found (set `content:` under the heritage plugin)")
        # live reload on YAML edits even when mkdocs.yml forgets `watch: [content]`
        if str(self.content) not in map(str, config.watch):
            config.watch.append(str(self.content))
        self.publication = Publication(config.site_url or None, config.site_name,
                                       self.config.license.get("data"), self.config.license.get("site"))
        terms = self.publication.footer_html()
        if terms and terms not in (config.copyright or ""):
            config.copyright = f"{config.copyright} · {terms}" if config.copyright else terms
        # the package's styles and scripts on every page: no template or custom_dir needed
        config.extra_css.extend(p for p in page_assets.STYLES if p not in config.extra_css)
        config.extra_javascript.extend(p for p in page_assets.SCRIPTS if p not in map(str, config.extra_javascript))
        return config

    def on_pre_page(self, page, config, files):
        if page.file.generated_by and config.plugins.get(page.file.generated_by) is self:
            page.render = partial(_render_shortcut, page, page.render)
        return page

    @event_priority(50)  # before search and other plugins see the files
    @_gc_paused
    def on_files(self, files: Files, config) -> Files:
        loader = loader_for(self.content)
        loaded = loader.load()
        key = (self.content, config.use_directory_urls, self.publication, self.config.publish_unreviewed,
               loader._last[0] if loader._last else None)
        if key not in _RENDERED:
            _RENDERED.clear()
            _RENDERED[key] = _check_and_render(loaded, config.use_directory_urls, self.publication, self.config.content,
                                               publish_unreviewed=self.config.publish_unreviewed,
                                               review_links=self._review_links(config))
        problems, pages = _RENDERED[key]
        self.kb = loaded.kb
        for problem in problems:
            (log.error if problem.severity == "error" else log.warning)(str(problem))
        if errors(problems):
            log.info(f"heritage: {len(errors(problems))} error(s) in {self.config.content}/; fix them and the page reloads")
        self.problems = problems
        for path in page_assets.shipped():  # a file of the same path in docs/ wins
            if files.get_file_from_path(path) is None:
                files.append(File(path, str(page_assets.ROOT.parent), config.site_dir, False))
        for path, text in page_assets.generated().items():
            if files.get_file_from_path(path) is None:
                files.append(File.generated(config, path, content=text))
        if problems:
            pages = [*pages, Page(problems_page_uri, problems_page(problems))]
        for page in pages:
            if files.get_file_from_path(page.uri) is None:  # a hand-written page of the same path wins
                file = File.generated(config, page.uri, content=page.text)
                if not page.in_nav:  # thousands of site pages: listed by index pages, not the nav
                    file.inclusion = InclusionLevel.NOT_IN_NAV
                files.append(file)
        return files

    def _review_links(self, config) -> Where:
        return Where(self.config.content.rstrip("/"),
                     edit_base(config.repo_url, config.edit_uri, Path(config.docs_dir).name))

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        """While content/ has problems, the home page says so first."""
        if getattr(self, "problems", None) and page.file.src_uri == "index.md":
            return banner(self.problems, config.use_directory_urls) + markdown
        return markdown

    def on_post_page(self, output: str, page, config) -> str:
        """The feed link, the page's JSON-LD and the map settings, into <head>."""
        return page_assets.inject(output, page_assets.head(
            feed_href=urls.relative(page.file.src_uri, "feed.xml", config.use_directory_urls),
            feed_title=f"{config.site_name}: newest events", jsonld=page.meta.get("jsonld"),
            map_config=dict(self.config.map) if "hkb-map" in output else None))

    def on_post_build(self, config) -> None:
        """Downloads (builder/export), into the built site."""
        from .export import write_all
        from .history import entered

        kb = getattr(self, "kb", None)
        if kb is None:
            return
        site_dir = Path(config.site_dir)
        # the downloads and the feed hold facts only: no event still awaiting review (builder/published.py)
        facts = exported(kb, self.config.publish_unreviewed)
        write_all(facts, site_dir, config.site_url, config.use_directory_urls, config.site_name, self.publication,
                  entered(facts))
