"""The MkDocs plugin: hooks only, each one call into a module: build_state (load, check, render),
generated_files, page_assets, search_index, export; serve.py makes serve rebuilds incremental.
Problems are logged as `path:line: ...`; errors fail `mkdocs build --strict`, while `mkdocs serve`
shows them, keeps serving, and recovers when the file is fixed."""
from __future__ import annotations

import logging
from functools import partial
from pathlib import Path

from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import Files, InclusionLevel

from . import page_assets, search_index, urls
from .build_state import state_for
from .errors import errors
from .gc_paused import Frozen, gc_paused
from .generated_files import Patched, add_assets, add_pages, patch_pages, read_shortcut, render_shortcut
from .headings_html import HeadingsHtml
from .plugin_config import HeritageConfig, configure, review_links
from .render.problems import banner
from .serve import KNOWN_PLUGINS, Built
from .template_cache import compiled_templates, share_rendering

log = logging.getLogger("mkdocs.plugins.heritage")


class HeritagePlugin(BasePlugin[HeritageConfig]):
    serving = False
    observer = None  # content/'s native file watcher under `mkdocs serve` (serve.watch_natively)
    built: Built | None = None  # what serve.patch carries forward from the last build
    settle = None  # under `mkdocs serve`: waits for the last rebuild's postponed work (serve.Later)
    to_render: list[str] = []  # the texts of this build's pages to render, for HeadingsHtml.prepare
    postponed: list | None = None  # set by serve.patch: on_post_build's downloads go there, written after the reload
    frozen = Frozen()  # a build's objects kept from the cyclic collector from on_files to the end of the build

    def on_startup(self, *, command, dirty):  # its presence keeps this object across serve rebuilds
        self.serving = command == "serve"

    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.content = (root / self.config.content).resolve()
        if not self.content.is_dir():
            log.error(f"{self.config.content}: content folder not found (set `content:` under the heritage plugin)")
        if str(self.content) not in map(str, config.watch):  # live reload even without `watch: [content]`
            config.watch.append(str(self.content))
        self.publication = configure(config, self.config)
        self.state = state_for(self.content, config.use_directory_urls, self.publication, remember=self.serving,
                               publish_unreviewed=self.config.publish_unreviewed,
                               review_links=review_links(config, self.config))
        self.search = search_index.material_search(config)
        # with no plugin but these, nothing reads a generated page's Markdown once it is HTML, nor
        # its HTML once it is written: both are dropped (serve keeps every Page object)
        self.lean = set(config.plugins) <= set(KNOWN_PLUGINS)
        self.built = Built(config) if self.serving else None
        if self.search:
            search_index.spare_excluded_pages(config.plugins, self.search)
        return config

    def on_serve(self, server, *, config, builder):
        if self.serving:  # not under `mkdocs serve --clean`: that asks for full builds
            from .content.load import loader_for
            from .serve import incremental_builder, watch_natively
            self.observer = watch_natively(server, config, self.content, loader_for(self.content))
            server.builder = incremental_builder(server.builder, config, self.state, self, live=self.observer is not None)
            self.settle = server.builder.settle
        return server

    def on_shutdown(self):
        if self.observer is not None:
            self.observer.stop()
        if self.settle is not None:
            self.settle()  # the downloads of the last rebuild written

    @event_priority(50)  # before search and other plugins see the files
    @gc_paused
    def on_files(self, files: Files, config) -> Files:
        update, shown = self._update()
        add_assets(files, config)
        self.ours = add_pages(files, config, update, self.state, shown)
        self.to_render = [page.text for page in update.pages if page.uri in self.ours]
        if not self.serving:  # what on_files made lives to the end of the build (gc_paused.Frozen)
            self.frozen.freeze()
        return files

    @gc_paused
    def patch_files(self, files: Files, config) -> Patched:
        """on_files for serve.patch: the last build's files with the pages this edit changed."""
        self.state.incremental = True
        try:
            update, shown = self._update()
        finally:
            self.state.incremental = False
        patched = patch_pages(files, config, update, self.state, shown)
        self.ours = set(self.state.files)
        self.to_render = [file.content_string for file in patched.build if file.src_uri in self.ours]
        return patched

    def _update(self):
        """Load, check and render content/; log its problems. Returns the update and the home
        page's problem banner."""
        update = self.state.update(self.config.content)
        for problem in update.problems:
            (log.error if problem.severity == "error" else log.warning)(str(problem))
        if errors(update.problems):
            log.info(f"heritage: {len(errors(update.problems))} error(s) in {self.config.content}/; fix them and the page reloads")
        self.problems = update.problems
        self.indexed = set()
        return update, banner(self.problems, self.state.directory_urls) if self.problems else None

    def on_nav(self, nav, *, config, files):
        """The nav (template_cache shares what it renders) and this build's heading converter, before
        pages are rendered; under serve, the nav serve.patch carries forward."""
        self.nav = nav
        self.headings = HeadingsHtml(config.markdown_extensions, config.mdx_configs)  # before pages render
        self.headings.prepare(self.to_render)
        self.to_render = []
        if self.built is not None:
            self.built.nav = nav
        return nav

    def on_pre_page(self, page, config, files):
        if page.file.generated_by and config.plugins.get(page.file.generated_by) is self:
            page.read_source = partial(read_shortcut, page, page.read_source)
            page.render = partial(render_shortcut, page, page.render, self.headings)
        return page

    def on_page_markdown(self, markdown: str, page, config, files) -> str:
        """While content/ has problems, the home page says so first."""
        if self.problems and page.file.src_uri == "index.md":
            return banner(self.problems, config.use_directory_urls) + markdown
        return markdown

    def on_page_content(self, html: str, *, page, config, files) -> str:
        if self.lean and page.file.src_uri in self.ours:
            # a copy of the page's text (180 MB at 10,000 sites), rendered, not needed; "" and not None,
            # for MkDocs' Page.title answers None for a page whose Markdown is None
            page.markdown = ""
        return html

    def on_env(self, env, *, config, files):
        env.bytecode_cache = compiled_templates(self.serving)
        share_rendering(env, self.nav)
        if self.built is not None:
            self.built.files, self.built.env = files, env
        inclusion = InclusionLevel.is_in_serve if self.serving else InclusionLevel.is_included
        self.page_urls = [f.page.url for f in files.documentation_pages(inclusion=inclusion) if f.page]
        return env

    @event_priority(50)  # before the search plugin parses the page
    def on_page_context(self, context, *, page, config, nav):
        entries = search_index.page_entries(self.search, page) if self.search and page.file.src_uri in self.ours else None
        if entries is None:
            self.indexed.add(page.url)  # left to the search plugin
        else:
            self.state.search[page.url] = entries
            page.meta["search"] = {**(page.meta.get("search") or {}), "exclude": True}
        return context

    def on_post_page(self, output: str, page, config) -> str:
        """The feed link, the page's JSON-LD and the map settings, into <head>."""
        if self.lean and page.file.src_uri in self.ours:
            page.content = None  # written: serve builds the page anew when it changes
        return page_assets.inject(output, page_assets.head(
            feed_href=urls.relative(page.file.src_uri, "feed.xml", config.use_directory_urls),
            feed_title=f"{config.site_name}: newest events", jsonld=page.meta.get("jsonld"),
            map_config=dict(self.config.map) if "hkb-map" in output else None))

    @event_priority(-50)  # after the search plugin wrote its index
    def on_post_build(self, *, config) -> None:
        """Downloads (builder/export), under a live server after the browser reloads (serve.Later:
        each file is replaced whole), and the whole search index, now: the server holds requests
        only until the build returns, and the index is rewritten in place."""
        site_dir = Path(config.site_dir)
        downloads = partial(self.state.write_downloads, site_dir, config.site_url, config.site_name)
        if self.postponed is not None:
            self.postponed.append(downloads)
        else:
            downloads()
        if self.search:
            search_index.update(site_dir / "search" / "search_index.json", self.state.search, self.indexed, self.page_urls)
        self.frozen.thaw()

    def on_build_error(self, *, error) -> None:
        self.frozen.thaw()
