"""The MkDocs plugin: a thin layer whose every hook is one call into the stages.

load (cached per file across `mkdocs serve` rebuilds) → check → render → File.generated.
Problems are logged as `path:line: ...`; errors fail `mkdocs build --strict`, while
`mkdocs serve` shows them, keeps serving, and recovers when the file is fixed.
"""
from __future__ import annotations

import logging
from pathlib import Path

from mkdocs.config import config_options as c
from mkdocs.config.base import Config
from mkdocs.plugins import BasePlugin, event_priority
from mkdocs.structure.files import File, Files, InclusionLevel

from .check import check
from .content.load import Loader
from .errors import errors
from .render.pages import Renderer

log = logging.getLogger("mkdocs.plugins.heritage")

# Plugin objects are made anew for every `mkdocs serve` rebuild; the caches live here instead.
_LOADERS: dict[Path, Loader] = {}
_RENDERED: dict[tuple, tuple] = {}


class MapConfig(Config):
    tiles = c.Type(str, default="https://tile.openstreetmap.org/{z}/{x}/{y}.png")
    attribution = c.Type(str, default='&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors')
    max_zoom = c.Type(int, default=19)


class HeritageConfig(Config):
    content = c.Type(str, default="content")
    map = c.SubConfig(MapConfig)
    geocoder = c.Type(dict, default={})  # read by `heritage geocode --online`, never by a build


class HeritagePlugin(BasePlugin[HeritageConfig]):
    def on_config(self, config):
        root = Path(config.config_file_path or ".").resolve().parent
        self.content = (root / self.config.content).resolve()
        if not self.content.is_dir():
            log.error(f"{self.config.content}: content folder not found (set `content:` under the heritage plugin)")
        # live reload on YAML edits even when mkdocs.yml forgets `watch: [content]`
        if str(self.content) not in map(str, config.watch):
            config.watch.append(str(self.content))
        config.extra.setdefault("heritage_map", dict(self.config.map))
        return config

    @event_priority(50)  # before search and other plugins see the files
    def on_files(self, files: Files, config) -> Files:
        loader = _LOADERS.setdefault(self.content, Loader(self.content))
        loaded = loader.load()
        key = (self.content, config.use_directory_urls, loader._last[0] if loader._last else None)
        if key not in _RENDERED:
            _RENDERED.clear()
            problems = check(loaded)
            pages = Renderer(loaded.kb, config.use_directory_urls).all_pages()
            _RENDERED[key] = (problems, pages)
        problems, pages = _RENDERED[key]
        self.kb = loaded.kb
        for problem in problems:
            (log.error if problem.severity == "error" else log.warning)(str(problem))
        if errors(problems):
            log.info(f"heritage: {len(errors(problems))} error(s) in {self.config.content}/; fix them and the page reloads")
        for page in pages:
            if files.get_file_from_path(page.uri) is None:  # a hand-written page of the same path wins
                file = File.generated(config, page.uri, content=page.text)
                if not page.in_nav:  # thousands of site pages: listed by index pages, not the nav
                    file.inclusion = InclusionLevel.NOT_IN_NAV
                files.append(file)
        return files
