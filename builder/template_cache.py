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

from jinja2 import BytecodeCache

NAV_TEMPLATE = "partials/nav.html"


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


def share_navigation(env, nav) -> None:
    """Render the theme's navigation partial once per folder of pages outside `nav` (module doc).
    A theme without that partial, or a page inside the navigation, renders as before."""
    try:
        template = env.get_template(NAV_TEMPLATE)
    except Exception:  # noqa: BLE001 - not Material (or a theme without the partial): nothing to share
        return
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
