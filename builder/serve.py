"""`mkdocs serve` rebuilds that redo only what an edit under content/ changed.

MkDocs' serve calls a full build on every change: it empties the site folder, then reads,
renders and writes every page. After the first build the plugin's `on_serve` swaps the
server's builder for `incremental_builder`: when only files under content/ changed, it runs
MkDocs' own dirty build (`build(dirty=True)`: nothing is emptied, and a page is read and
written only when its file says `is_modified()`), with the generated pages reporting whether
their text changed (generated_files.py). Any other change (mkdocs.yml, docs/, overrides/)
gets the original full build. Either way the site equals a clean `mkdocs build`
(tests/test_serve_incremental.py replays random edits and compares every file).
"""
from __future__ import annotations

import contextlib
import logging
import os
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config
from mkdocs.structure.files import File, Files
from mkdocs.theme import Theme

from .build_state import BuildState
from .content import files
from .template_cache import TEMPLATES

log = logging.getLogger("mkdocs.plugins.heritage")


class _DirtyNotice(logging.Filter):
    """MkDocs warns on every dirty build that navigation may go stale; here the plugin keeps the
    site whole itself, and under --strict the warning would abort every rebuild."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "'dirty' build" not in record.getMessage()


def _stamp(paths: list[str]) -> tuple:
    """Every file under the folders, and the files, with their times and sizes."""
    return tuple(files.stamp(Path(p)) if os.path.isdir(p) else (p, os.stat(p).st_mtime_ns, os.stat(p).st_size)
                 for p in paths)


def _outside(config, content: Path) -> list[str]:
    """What `mkdocs serve` watches besides content/: mkdocs.yml, docs/, the theme's custom_dir."""
    paths = [config.config_file_path, config.docs_dir, getattr(config.theme, "_custom_dir", None), *config.watch]
    out = []
    for path in filter(None, paths):
        resolved = Path(path).resolve()
        if resolved != content and content not in resolved.parents and resolved.exists():
            out.append(str(resolved))
    return sorted(set(out))


@contextlib.contextmanager
def theme_remembered(remembered: list):
    """MkDocs lists the theme's files (Material's thousands of icons, each matched against a dozen
    patterns) on every build: half a second. The theme cannot change between the rebuilds this
    builder runs (a change to custom_dir or mkdocs.yml gets the full build), so the first
    rebuild's list, as (path, theme folder), serves the next ones. A theme file still yields to
    a docs/ file of the same path, as in MkDocs. Every Jinja environment made meanwhile (the
    search plugin makes its own for its translations) keeps its compiled templates in memory."""
    original, get_env = Files.add_files_from_theme, Theme.get_env

    def cached_env(theme):
        env = get_env(theme)
        env.bytecode_cache = TEMPLATES  # checks each template's source: an edit is compiled anew
        return env

    def add_files_from_theme(files: Files, env, config) -> None:
        if not remembered:
            listed = Files([])
            original(listed, env, config)
            remembered.append([(f.src_uri, f.src_dir) for f in listed])
        for path, folder in remembered[0]:
            if files.get_file_from_path(path) is None:
                files.append(File(path, folder, config.site_dir, config.use_directory_urls))

    Files.add_files_from_theme, Theme.get_env = add_files_from_theme, cached_env
    try:
        yield
    finally:
        Files.add_files_from_theme, Theme.get_env = original, get_env


def incremental_builder(original, config, state: BuildState):
    """A builder for MkDocs' LiveReloadServer (see module doc); `config` is the first build's."""
    outside = _outside(config, state.content)
    last = _stamp(outside)
    serve_url = config.site_url
    theme_files: list = []  # [(path, theme folder)] once listed (theme_remembered)

    def rebuild() -> None:
        nonlocal last
        now = _stamp(outside)
        if now != last:
            last = now
            theme_files.clear()  # mkdocs.yml may name another theme
            return original()
        log.info("Building documentation (content/ changed: only the pages it affects)...")
        fresh = load_config(config_file=config.config_file_path, site_dir=config.site_dir,
                            strict=config.strict, use_directory_urls=config.use_directory_urls)
        fresh.site_url = serve_url
        quiet = _DirtyNotice()
        logger = logging.getLogger("mkdocs.commands.build")
        logger.addFilter(quiet)
        state.incremental = True
        try:
            with theme_remembered(theme_files):
                build(fresh, serve_url=serve_url, dirty=True)
        finally:
            state.incremental = False
            logger.removeFilter(quiet)

    return rebuild
