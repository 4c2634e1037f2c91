"""`mkdocs serve` rebuilds that redo only what an edit under content/ changed.

MkDocs' serve runs a full build on every change: it empties the site folder, lists the docs and
the theme's files, makes a Page of each of the 11,000 pages (10,000 sites), renders and writes
them all. After the first build the plugin's `on_serve` swaps the server's builder for
`incremental_builder`. When only files under content/ changed, `patch` carries the last build
forward instead: the plugin updates its pages (build_state.py, generated_files.py), and only the
pages whose text changed go through MkDocs' own page pipeline (`_populate_page`, `_build_page`,
so every plugin's page events run as in a build). The File list, the Page objects of unchanged
pages, the theme's Jinja environment and the config are the last build's; the navigation (a
handful of pages) is made again, the sitemap only when pages came or went.

MkDocs' full build runs instead when anything else changed (mkdocs.yml, docs/, the theme's
custom_dir), when the project uses a plugin this module does not know (it could depend on every
page), and when the edit changed a navigation title (every page shows the navigation). Either
way the site equals a clean `mkdocs build` (tests/test_serve_incremental.py).
"""
from __future__ import annotations

import logging
import os
import threading
from dataclasses import dataclass
from pathlib import Path

from mkdocs import utils
from mkdocs.commands.build import _build_page, _build_theme_template, _populate_page
from mkdocs.exceptions import Abort
from mkdocs.structure.files import InclusionLevel
from mkdocs.structure.nav import get_navigation
from mkdocs.structure.pages import Page

from .build_state import BuildState
from .content import files
from .gc_paused import gc_paused
from .listed_files import listed

log = logging.getLogger("mkdocs.plugins.heritage")

# Plugins whose work on a page depends on that page alone (and, for search, whose index is
# joined from per-page parts: search_index.py); any other plugin gets full builds.
KNOWN_PLUGINS = ("material/search", "heritage")


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


@dataclass
class Built:
    """The last build's config, files, navigation and Jinja environment (the plugin records them)."""
    config: object
    files: object = None
    nav: object = None
    env: object = None


def _nav_titles(nav) -> list[tuple]:
    return [(page.file.src_uri, page.title) for page in nav.pages]


def _fresh_search_index(config) -> None:
    """Material's search plugin collects the entries of the pages built since its on_config (a full
    build's first step): this build's pages only, as the plugin's index merge expects."""
    search = config.plugins.get("material/search")
    if search is not None and getattr(search, "search_index", None) is not None:
        search.search_index = type(search.search_index)(**search.config)


class Later:
    """What a rebuild under a live server leaves until the browser has been told to reload: the
    plugin's downloads and feed (a fifth of a rebuild's time at 10,000 sites, each file replaced
    whole, so a reader gets the old or the new one), written on a thread of its own once `patch`
    returned, and the memo's sweep. The next rebuild, and the end of serving, wait for it first
    (`settle`). Not the search index: it is rewritten in place, and the server holds requests only
    until the build returns."""

    def __init__(self, plugin) -> None:
        self.plugin = plugin
        self.thread: threading.Thread | None = None
        self.failed: BaseException | None = None

    def start(self, work: list) -> None:
        def run() -> None:
            try:
                gc_paused(lambda: [do() for do in work])()
            except BaseException as exc:  # noqa: BLE001 - reported by settle, on the build's thread
                self.failed = exc
        self.thread = threading.Thread(target=run, name="heritage-after-build", daemon=True)
        self.thread.start()

    def settle(self) -> None:
        """Wait for the work started last; when it failed, log it, and the next rebuild is a full one."""
        if self.thread is not None:
            self.thread.join()
            self.thread = None
        if self.failed is not None:
            exc, self.failed = self.failed, None
            log.error(f"heritage: writing the downloads failed: {exc!r}", exc_info=exc)
            self.plugin.built = None


@gc_paused  # the downloads and pages made here are not cyclic garbage (gc_paused.py)
def patch(plugin, later: list | None = None) -> bool:
    """Carry the last build forward over an edit under content/ (see the module doc). False, with
    nothing written, when the edit needs a full build. With `later` (a list), the plugin's
    on_post_build appends its work there instead of doing it (Later)."""
    config, old_nav, env = plugin.built.config, plugin.built.nav, plugin.built.env
    counter = utils.CountHandler()
    counter.setLevel(logging.WARNING)
    if config.strict:
        logging.getLogger("mkdocs").addHandler(counter)
    try:
        patched = plugin.patch_files(plugin.built.files, config)
        site_files = listed(patched.files)  # the last build's listing, until pages come or go
        for file in patched.build:
            file.page = None  # a new Page (its Markdown, meta and title read again)
        nav = get_navigation(site_files, config)  # the unchanged pages keep their Page objects
        nav = config.plugins.on_nav(nav, config=config, files=site_files)
        for file in patched.build:
            _populate_page(file.page, config, site_files)
        if _nav_titles(nav) != _nav_titles(old_nav):
            return False
        env = config.plugins.on_env(env, config=config, files=site_files)
        if patched.listing_changed:
            _build_theme_template("sitemap.xml", env, site_files, config, nav)
        doc_files = site_files.documentation_pages(inclusion=InclusionLevel.is_in_serve)
        _fresh_search_index(config)
        for file in patched.build:
            _build_page(file.page, config, doc_files, nav, env, excluded=file.inclusion.is_excluded())
        for file in patched.build:
            file.page.validate_anchor_links(files=site_files, log_level=config.validation.links.anchors)
        plugin.postponed = later
        try:
            config.plugins.on_post_build(config=config)
        finally:
            plugin.postponed = None
        plugin.built.files, plugin.built.nav = site_files, nav
        if counts := counter.get_counts():
            raise Abort(f"Aborted with {', '.join(f'{v} {k.lower()}s' for k, v in counts)} in strict mode!")
        return True
    except Exception as exc:
        plugin.built = None  # half patched: the next change gets a full build
        config.plugins.on_build_error(error=exc)
        raise
    finally:
        logging.getLogger("mkdocs").removeHandler(counter)


_EDITS = ("created", "modified", "deleted", "moved")  # not "opened"/"closed_no_write": the build reads files


def watch_natively(server, config, content: Path, loader=None):
    """MkDocs' server polls what it watches every half second, stat-ing every file (11,000 under
    content/ at 10,000 sites, a tenth of a second of CPU each time), and an edit waits a quarter
    of a second on average to be noticed. content/ gets the operating system's file events
    instead (inotify on Linux), which wake the server's build loop as its own watcher would;
    the poller keeps docs/ and mkdocs.yml. Returns the observer, or None (then content/ stays
    polled: another server, no native events, no inotify watch left). `loader` (content/load.py's
    Loader of content/) hears of every event: a rebuild then stats the files edited, not all."""
    condition = getattr(server, "_rebuild_cond", None)
    if condition is None or not hasattr(server, "_want_rebuild"):
        return None
    from watchdog.events import FileSystemEventHandler
    from watchdog.observers import Observer
    from watchdog.observers.polling import PollingObserver

    def changed(event) -> None:
        if loader is not None:  # before the build loop wakes: the rebuild finds the file noted
            loader.note(event.event_type, event.src_path, event.is_directory)
        if event.is_directory or event.event_type not in _EDITS:
            return
        with condition:
            server._want_rebuild = True
            condition.notify_all()

    handler = FileSystemEventHandler()
    handler.on_any_event = changed
    observer = Observer()
    if isinstance(observer, PollingObserver):
        return None
    try:
        observer.schedule(handler, str(content), recursive=True)
        observer.start()
    except OSError as exc:
        log.info(f"heritage: {content} is polled for changes ({exc})")
        return None
    config.watch[:] = [p for p in config.watch if Path(p).resolve() != content]
    if loader is not None:
        loader.track()
    return observer


def incremental_builder(original, config, state: BuildState, plugin, live: bool = False):
    """A builder for MkDocs' LiveReloadServer (see module doc); `config` is the first build's.
    `live`: a browser waits on each rebuild (content/ is watched natively), which then leaves the
    downloads until after it returns (Later). The builder's `settle()` waits for them."""
    outside = _outside(config, state.content)
    last = _stamp(outside)
    later = Later(plugin)

    def rebuild() -> None:
        nonlocal last
        later.settle()
        now = _stamp(outside)
        built = plugin.built
        if now == last and built is not None and built.env is not None and set(built.config.plugins) <= set(KNOWN_PLUGINS):
            log.info("Building documentation (content/ changed: only the pages it affects)...")
            work = [] if live else None
            if patch(plugin, work):
                if work:
                    later.start(work)
                return
            log.info("The navigation changed: building every page")
        last = now
        original()

    rebuild.settle = later.settle
    return rebuild
