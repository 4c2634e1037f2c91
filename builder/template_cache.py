"""Theme template work done once instead of per page or per rebuild.

`TEMPLATES`: compiled theme templates kept in memory between `mkdocs serve` rebuilds. Each rebuild
loads mkdocs.yml afresh, and with it a new Jinja environment that would parse and compile
Material's templates again (about half a second). Jinja's bytecode cache checks each template's
source checksum, so an edited template is compiled anew.

`share_navigation`: Material renders the navigation sidebar (`partials/nav.html`) into every page,
a fifth of template time. A page outside the navigation (the thousands of site and source pages)
activates nothing in it, and its links are relative to the page's folder: every such page of one
folder gets the very same sidebar, so it is rendered once per folder and reused.
"""
from __future__ import annotations

import os

from jinja2 import BytecodeCache, TemplateNotFound

NAV_TEMPLATE = "partials/nav.html"
# what Material's navigation partial renders: each must be Material's own, unchanged by the project's
# custom_dir, for the premise above to hold (an override may print the page's title in the sidebar)
NAV_PARTIALS = (NAV_TEMPLATE, "partials/nav-item.html", "partials/logo.html", "partials/source.html",
                "partials/toc.html", "partials/toc-item.html")


class MemoryBytecodeCache(BytecodeCache):
    def __init__(self) -> None:
        self._code: dict[str, bytes] = {}

    def load_bytecode(self, bucket) -> None:
        code = self._code.get(bucket.key)
        if code is not None:
            bucket.bytecode_from_string(code)

    def dump_bytecode(self, bucket) -> None:
        self._code[bucket.key] = bucket.bytecode_to_string()


TEMPLATES = MemoryBytecodeCache()


def nav_key(page, nav_urls: tuple[str, ...]) -> str | None:
    """The folder whose pages outside the navigation share `page`'s sidebar; None when the page is
    in the navigation, or a navigation link lies below it (its relative href would differ)."""
    url = page.url
    if page.parent is not None or any(u.startswith(url) for u in nav_urls):
        return None
    return url.rstrip("/").rpartition("/")[0]


def materials_own(env, names) -> bool:
    """Whether each template of `names` is Material's own file (not a custom_dir override, not another theme)."""
    try:
        import material
    except ImportError:
        return False
    root = os.path.join(os.path.dirname(material.__file__), "templates")
    for name in names:
        try:
            filename = env.get_template(name).filename
        except TemplateNotFound:
            return False
        if not filename or os.path.normpath(filename) != os.path.normpath(os.path.join(root, name)):
            return False
    return True


def share_navigation(env, nav) -> None:
    """Render Material's navigation partial once per folder of pages outside `nav` (module doc).
    Another theme, a partial overridden in custom_dir, or a page inside the navigation: as before."""
    if not materials_own(env, NAV_PARTIALS):
        return
    template = env.get_template(NAV_TEMPLATE)
    render = template.root_render_func
    in_nav = {id(p) for p in nav.pages}
    nav_urls = tuple(p.url for p in nav.pages)
    rendered: dict[tuple, str] = {}

    def root_render_func(context):
        page = context.get("page")
        key = None
        if page is not None and id(page) not in in_nav and context.get("nav") is nav:
            folder = nav_key(page, nav_urls)
            key = None if folder is None else (folder, context.get("base_url"))
        if key is None:
            yield from render(context)
            return
        if key not in rendered:
            rendered[key] = "".join(render(context))
        yield rendered[key]

    template.root_render_func = root_render_func
