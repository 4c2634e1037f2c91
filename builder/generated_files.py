"""The rendered pages as MkDocs files: added to a build and kept out of the nav; under `mkdocs
serve`, the last build's files patched with the pages an edit changed, added or removed."""
from __future__ import annotations

import json
import re
from dataclasses import dataclass
from pathlib import Path

from mkdocs.utils.meta import YAML_RE

from mkdocs.structure.files import File, Files, InclusionLevel, set_exclusions
from mkdocs.structure.toc import get_toc

from . import page_assets
from .build_state import BuildState, Update
from .render import passthrough


def add_assets(files: Files, config) -> None:
    """The package's scripts and styles (page_assets); a file of the same path in docs/ wins."""
    for path in page_assets.shipped():
        if files.get_file_from_path(path) is None:
            files.append(File(path, str(page_assets.ROOT.parent), config.site_dir, False))
    for path, text in page_assets.generated().items():
        if files.get_file_from_path(path) is None:
            files.append(File.generated(config, path, content=text))


def _page_file(config, page) -> File:
    file = File.generated(config, page.uri, content=page.text)
    if not page.in_nav:  # thousands of site pages: listed by index pages, not the nav
        file.inclusion = InclusionLevel.NOT_IN_NAV
    return file


def add_pages(files: Files, config, update: Update, state: BuildState, home_banner: str | None) -> set[str]:
    """Append the update's pages (a hand-written page of the same path wins), remembering their
    Files for `patch_pages`. Returns the uris of the pages added."""
    state.banner = home_banner
    state.files.clear()
    for page in update.pages:
        if files.get_file_from_path(page.uri) is None:
            state.files[page.uri] = file = _page_file(config, page)
            files.append(file)
    return set(state.files)


@dataclass
class Patched:
    files: Files  # the last build's, with this update's pages in place, in a clean build's order
    build: list[File]  # the pages to render and write again
    listing_changed: bool  # pages came or went (the sitemap lists them)


def patch_pages(files: Files, config, update: Update, state: BuildState, home_banner: str | None) -> Patched:
    """The last build's `files` after an incremental `update`: a changed page gets its new text,
    a new one a File, a gone one loses its File and its built output; the home page is built
    again when its problem banner changed. The order is a clean build's (docs and theme files,
    the assets, then the pages in the renderer's order): the sitemap and search index follow it."""
    kept, build = state.files, []
    home = files.get_file_from_path("index.md")
    if home_banner != state.banner and home is not None:
        build.append(home)
    state.banner = home_banner
    gone = [kept.pop(uri) for uri in update.removed if uri in kept]
    for file in gone:
        files.remove(file)
        remove_output(file.abs_dest_path, config.site_dir)
    new = []
    for page in update.pages:
        if page.uri not in update.changed:
            continue
        file = kept.get(page.uri)
        if file is not None:
            file.content_string = page.text
        elif files.get_file_from_path(page.uri) is None:  # else a hand-written page wins
            kept[page.uri] = file = _page_file(config, page)
            new.append(file)
        else:
            continue
        build.append(file)
    if new:
        set_exclusions(new, config)
        ours = set(map(id, kept.values()))
        files = Files([*(f for f in files if id(f) not in ours),
                       *(kept[p.uri] for p in update.pages if p.uri in kept)])
    return Patched(files, build, bool(gone or new))


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
