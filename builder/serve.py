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

import logging
import os
from pathlib import Path

from mkdocs.commands.build import build
from mkdocs.config import load_config

from .build_state import BuildState
from .content import files

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


def incremental_builder(original, config, state: BuildState):
    """A builder for MkDocs' LiveReloadServer (see module doc); `config` is the first build's."""
    outside = _outside(config, state.content)
    last = _stamp(outside)
    serve_url = config.site_url

    def rebuild() -> None:
        nonlocal last
        now = _stamp(outside)
        if now != last:
            last = now
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
            build(fresh, serve_url=serve_url, dirty=True)
        finally:
            state.incremental = False
            logger.removeFilter(quiet)

    return rebuild
