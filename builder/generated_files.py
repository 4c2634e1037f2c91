"""The rendered pages as MkDocs files: added to the build, kept out of the nav, and under
`mkdocs serve` marked unmodified when their text is the same as in the last build."""
from __future__ import annotations

import json
import re
from pathlib import Path

from mkdocs.utils.meta import YAML_RE

from mkdocs.structure.files import File, Files, InclusionLevel
from mkdocs.structure.toc import get_toc

from . import page_assets
from .build_state import BuildState, Update
from .render import passthrough


class GeneratedPage(File):
    """A page made by the plugin; a dirty build reads and writes it only when `modified`."""
    modified = True

    def is_modified(self) -> bool:
        return self.modified


def add_assets(files: Files, config, state: BuildState) -> None:
    """The package's scripts and styles (page_assets); a file of the same path in docs/ wins. A
    generated one (the status colours) is rewritten by an incremental build only when it changed."""
    for path in page_assets.shipped():
        if files.get_file_from_path(path) is None:
            files.append(File(path, str(page_assets.ROOT.parent), config.site_dir, False))
    for path, text in page_assets.generated().items():
        if files.get_file_from_path(path) is None:
            file = GeneratedPage.generated(config, path, content=text)
            file.modified = not state.incremental or state.assets.get(path) != text
            state.assets[path] = text
            files.append(file)


def add_pages(files: Files, config, update: Update, state: BuildState, home_banner: str | None) -> set[str]:
    """Append the update's pages (a hand-written page of the same path wins); delete the built
    output of pages that are gone, and of the home page when its problem banner changed (a dirty
    build then makes it again). In an incremental build an unchanged page's File of the last
    build is used again (its URLs and paths are computed once; MkDocs gives it a new Page).
    Returns the uris of the pages added."""
    incremental, kept = state.incremental, state.files
    home = files.get_file_from_path("index.md")
    if incremental and home_banner != state.banner and home is not None and Path(home.abs_dest_path).is_file():
        Path(home.abs_dest_path).unlink()
    state.banner = home_banner
    added = set()
    previous = dict(kept) if incremental else {}
    kept.clear()
    for page in update.pages:
        if files.get_file_from_path(page.uri) is not None:
            continue
        file = previous.get(page.uri) if page.uri not in update.changed else None
        if file is None:
            file = GeneratedPage.generated(config, page.uri, content=page.text)
        file.page = None
        file.modified = not incremental or page.uri in update.changed
        kept[page.uri] = file
        if not page.in_nav:  # thousands of site pages: listed by index pages, not the nav
            file.inclusion = InclusionLevel.NOT_IN_NAV
        files.append(file)
        added.add(page.uri)
    for uri in update.removed:
        if files.get_file_from_path(uri) is None:
            remove_output(File.generated(config, uri, content="").abs_dest_path, config.site_dir)
    return added


def remove_output(path: str, site_dir: str) -> None:
    """Delete a built file and the folders it leaves empty (never site_dir itself)."""
    target = Path(path)
    if target.is_file():
        target.unlink()
    root = Path(site_dir).resolve()
    folder = target.parent.resolve()
    while folder != root and root in folder.parents and folder.is_dir() and not any(folder.iterdir()):
        folder.rmdir()
        folder = folder.parent


def render_shortcut(page, render, headings, config, files) -> None:
    """Page.render for a generated page: with no Python-Markdown run when it is only plain headings
    and raw HTML blocks (headings_html.py; pages with a title of their own, which MkDocs prefers
    to the first heading's), else with its raw HTML blocks kept out of Markdown's way."""
    if headings is not None and isinstance(page.meta.get("title"), str):
        made = headings.convert(page.markdown)
        if made is not None:
            page.content, toc, page._title_from_render, page.present_anchor_ids = made
            page.toc = get_toc(toc)
            page.links_to_anchors = {}  # its links are all in raw HTML, which MkDocs does not check
            return
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


_KEY = re.compile(r"[A-Za-z_][A-Za-z0-9_-]*$")


def json_front_matter(text: str) -> tuple[str, dict] | None:
    """(Markdown, meta) of a generated page as MkDocs' get_data would read them, when the front
    matter is the renderer's own `key: <JSON string or flat mapping>` lines (JSON is YAML: the
    same values, at C speed instead of PyYAML's scanner, a tenth of reading the pages); else None."""
    m = YAML_RE.match(text)
    if not m:
        return None
    meta = {}
    for line in m.group(1).splitlines():
        key, sep, value = line.partition(": ")
        if not sep or not _KEY.match(key) or not value.startswith(("\"", "{")):
            return None
        try:
            parsed = json.loads(value)
        except ValueError:
            return None
        if not (isinstance(parsed, str) or isinstance(parsed, dict)
                and all(isinstance(v, (str, bool)) for v in parsed.values())):
            return None
        meta[key] = parsed
    return text[m.end():].lstrip("\n"), meta


def read_shortcut(page, read, config) -> None:
    """Page.read_source for a generated page: its front matter read as JSON (see above)."""
    if config.plugins.on_page_read_source(page=page, config=config) is None:
        parsed = json_front_matter(page.file.content_string)
        if parsed is not None:
            page.markdown, page.meta = parsed
            return
    read(config)
