"""Theme template work done once instead of per page or per rebuild.

`TEMPLATES`: compiled theme templates kept in memory between `mkdocs serve` rebuilds. Each rebuild
loads mkdocs.yml afresh, and with it a new Jinja environment that would parse and compile
Material's templates again (about half a second). Jinja's bytecode cache checks each template's
source checksum, so an edited template is compiled anew.

`share_rendering`: parts of Material's page that hold nothing of the page but links relative to
its folder are rendered once per folder and reused. The navigation sidebar (`partials/nav.html`,
a fifth of template time): a page outside the navigation (the thousands of site and source
pages) activates nothing in it. The `config` block (a seventh): scripts' settings; the `scripts`,
`styles` and `footer` blocks (SHARED_BLOCKS). The header (a third): all but the page's title,
which is rendered for each page.
"""
from __future__ import annotations

import os
import re
from functools import partial
from types import SimpleNamespace

from jinja2 import BytecodeCache, FileSystemBytecodeCache, TemplateNotFound
from jinja2.runtime import missing

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


def compiled_templates(serving: bool):
    """Where a build keeps compiled templates: in memory under `mkdocs serve`, else in Jinja's
    per-user folder under the system's temporary directory (owned by the user, mode 0700; the
    key is the template's path, the source's checksum is checked), so a build after the first
    does not compile Material's templates again (0.17 -> 0.04 CPU-s); None when no such folder
    can be made."""
    if serving:
        return TEMPLATES
    try:
        return FileSystemBytecodeCache()
    except (OSError, RuntimeError):  # Jinja refuses a folder another user owns
        return None


def folder_key(page, targets: tuple[str, ...]) -> str | None:
    """The folder of `page`: its links to `targets` are the same as its neighbours' (relative to the
    folder), unless a target lies at or below the page itself: then None."""
    url = page.url
    if any(u.startswith(url) for u in targets):
        return None
    return url.rstrip("/").rpartition("/")[0]


def nav_key(page, nav_urls: tuple[str, ...]) -> str | None:
    """The folder whose pages outside the navigation share `page`'s sidebar; None for a page in the
    navigation (in a section), or with a navigation link below it."""
    return None if page.parent is not None else folder_key(page, nav_urls)


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


def _once_per_key(render, key_of):
    """A Jinja render function (a template's root or a block) that renders once per key_of(context);
    a None key renders as usual. Wrapping a wrapper wraps what it wrapped: `mkdocs serve`'s patch
    builds (serve.py) keep the Jinja environment and share again with each build's nav."""
    render = getattr(render, "once_of", render)
    rendered: dict[tuple, str] = {}

    def render_once(context):
        key = key_of(context)
        if key is None:
            yield from render(context)
            return
        if key not in rendered:
            rendered[key] = "".join(render(context))
        yield rendered[key]
    render_once.once_of = render
    return render_once


def share_rendering(env, nav) -> None:
    """The page-invariant parts of Material's page, rendered once per folder (module doc), and its
    table of contents once per shape."""
    share_navigation(env, nav)
    share_config(env)
    share_header(env, nav)
    share_language(env)
    share_toc(env)


TOC_PARTIALS = ("partials/toc.html", "partials/toc-item.html")


def share_toc(env) -> None:
    """Material's table of contents, rendered once a build for each shape of toc (the entries'
    levels, titles and links, nested): it prints nothing else of the page, only the build's title
    for it (language, toc extension's `title`). Every site page has the same one (its `Timeline`
    heading under its name): 0.4 ms a page. A new function each build: a rebuild may change the title."""
    if not materials_own(env, TOC_PARTIALS):
        return
    template = env.get_template(TOC_PARTIALS[0])
    template.root_render_func = _once_per_key(template.root_render_func, _toc_shape_of_page)


def _toc_shape_of_page(context):
    return toc_shape(getattr(context.get("page"), "toc", None))


def toc_shape(toc) -> tuple | None:
    """What Material's toc partials read of `toc` (MkDocs' anchor links), as a key; None when an
    entry is not a plain anchor link (one with Material's `typeset`, or of another shape)."""
    if toc is None:
        return None
    shape = []
    for item in toc:
        if getattr(item, "typeset", None) is not None:
            return None
        children = toc_shape(item.children)
        if children is None or not all(type(v) is str for v in (item.title, item.url)) or type(item.level) is not int:
            return None
        shape.append((item.level, item.title, item.url, children))
    return tuple(shape)


LANGUAGE_TEMPLATE = "partials/language.html"


def share_language(env) -> None:
    """Material's base.html imports `partials/language.html` with the page's context, which makes
    the module (two more imports and a macro) anew for each page. Its one macro, `t`, reads only
    the two language modules it imports, named by config.theme.language: with Material's own
    language partials, the module is made once per build configuration and reused."""
    try:
        template = env.get_template(LANGUAGE_TEMPLATE)
    except TemplateNotFound:
        return
    make = getattr(template.make_module, "once_of", template.make_module)
    made: dict[int, tuple] = {}  # id(config) -> (config, module)

    def make_module_once(vars=None, shared=False, locals=None):
        # base.html's locals at the import: names not yet assigned, and `self` (the page's template,
        # which the partial never reads)
        if not shared or any(v is not missing for k, v in (locals or {}).items() if k != "self"):
            return make(vars, shared, locals)
        config = (vars or {}).get("config")
        hit = made.get(id(config))
        if hit is None or hit[0] is not config:
            made.clear()  # one configuration a build
            theme = getattr(config, "theme", None)
            language = theme.get("language") if theme is not None else None
            own = isinstance(language, str) and materials_own(
                env, (LANGUAGE_TEMPLATE, "partials/languages/en.html", f"partials/languages/{language}.html"))
            hit = made[id(config)] = (config, _translating_once(make(vars, shared, locals)) if own else None)
        return make(vars, shared, locals) if hit[1] is None else hit[1]
    make_module_once.once_of = make
    template.make_module = make_module_once


def _translating_once(module):
    """The shared language module with its macro `t(key)` answered once per key: each call of
    Material's macro goes through its language partials' table of about 80 strings (about four
    calls a page, 5 microseconds each); the answer depends on the key alone."""
    macro, known = module.t, {}

    def t(*args, **kwargs):
        if kwargs or len(args) != 1 or type(args[0]) is not str:
            return macro(*args, **kwargs)
        key = args[0]
        if key not in known:
            known[key] = macro(key)
        return known[key]
    module.t = t
    return module


def share_navigation(env, nav) -> None:
    """Render Material's navigation partial once per folder of pages outside `nav` (module doc).
    Another theme, a partial overridden in custom_dir, or a page inside the navigation: as before."""
    if not materials_own(env, NAV_PARTIALS):
        return
    template = env.get_template(NAV_TEMPLATE)
    in_nav = {id(p) for p in nav.pages}
    nav_urls = tuple(p.url for p in nav.pages)

    def key_of(context):
        page = context.get("page")
        if page is None or id(page) in in_nav or context.get("nav") is not nav:
            return None
        folder = nav_key(page, nav_urls)
        return None if folder is None else (folder, context.get("base_url"))

    template.root_render_func = _once_per_key(template.root_render_func, key_of)


SEARCH_WORKER = "assets/javascripts/workers/search.js"  # the one page-relative link of the config block
BUNDLE = "assets/javascripts/bundle.js"  # Material's script, linked by the scripts block


STYLESHEETS = "assets/stylesheets/main.css"  # Material's, linked by the styles block


def _config_links(config) -> tuple[str, ...]:
    return (SEARCH_WORKER,)


def _scripts_links(config) -> tuple[str, ...]:
    return (BUNDLE, *(str(script) for script in config.extra_javascript))


def _styles_links(config) -> tuple[str, ...]:
    return (STYLESHEETS,)


def _no_links(config) -> tuple[str, ...]:
    return ()


# Material's blocks that hold nothing of the page but links from its folder: block -> (those links,
# the partials it renders, each of which must be Material's own). The `config` block (the JSON
# settings of its scripts: base URL, features, translations, search worker), the `scripts` block
# (Material's bundle and extra_javascript), the `styles` block (its stylesheets, icon styles), the
# `footer` block of a page with no previous or next page (copyright and social links)
SHARED_BLOCKS = {"config": (_config_links, ()), "scripts": (_scripts_links, ()),
                 "styles": (_styles_links, ("partials/icons.html",)),
                 "footer": (_no_links, ("partials/footer.html", "partials/copyright.html", "partials/social.html"))}


def share_config(env) -> None:
    """Material's SHARED_BLOCKS, rendered once per folder. Only with Material's own base.html (a
    block a project overrides is its own, rendered for each page; its super() is shared)."""
    if not materials_own(env, ("base.html",)):
        return
    blocks = env.get_template("base.html").blocks
    for name, (links, partials) in SHARED_BLOCKS.items():
        if name in blocks and materials_own(env, partials):
            blocks[name] = _once_per_key(blocks[name], partial(_folder_of_page, links))


def _folder_of_page(links, context):
    page = context.get("page")
    if page is None or getattr(page, "previous_page", None) or getattr(page, "next_page", None):
        return None  # the footer links those (no other block reads them; not worth telling apart)
    folder = folder_key(page, links(context.get("config")))
    return None if folder is None else (folder, context.get("base_url"))


HEADER_TEMPLATE = "partials/header.html"
# what Material's header includes (tabs only with navigation.tabs.sticky): each Material's own or
# naming no `page` (as this project's search.html override)
HEADER_PARTIALS = ("partials/logo.html", "partials/palette.html", "partials/javascripts/palette.html",
                   "partials/alternate.html", "partials/search.html", "partials/source.html", "partials/tabs.html")
_TITLE = re.compile(r"\{% if page\.meta and page\.meta\.title %\}\s*\{\{ page\.meta\.title \}\}\s*"
                    r"\{% else %\}\s*\{\{ page\.title \}\}\s*\{% endif %\}")
_PAGE = re.compile(r"\bpage\b")
_MARK = "\x00hkb-header-title\x00"


def _page_free(env, name: str) -> bool:
    if materials_own(env, (name,)):
        return True
    try:
        source = env.loader.get_source(env, name)[0]
    except TemplateNotFound:
        return True  # not included
    return not _PAGE.search(source)


def share_header(env, nav) -> None:
    """Material's header, rendered once per folder around the page's title: the title's own lines
    (taken from the header's source) are rendered for each page. Only with Material's own header
    whose title lines are as expected, partials that print nothing of the page, and, per folder, a
    first page rendered both ways alike."""
    if not materials_own(env, (HEADER_TEMPLATE,)) or not all(_page_free(env, n) for n in HEADER_PARTIALS):
        return
    header = env.get_template(HEADER_TEMPLATE)
    source = env.loader.get_source(env, HEADER_TEMPLATE)[0]
    found = _TITLE.findall(source)
    if len(found) != 1 or len(_PAGE.findall(source)) != len(_PAGE.findall(found[0])):
        return
    title = env.from_string(found[0])
    render = getattr(header.root_render_func, "once_of", header.root_render_func)
    mark = title.render(page=SimpleNamespace(meta={"title": _MARK}))
    framed: dict[tuple, tuple[str, str] | None] = {}  # key -> (before, after) the title, None: not shared

    def render_around_title(context):
        page, config = context.get("page"), context.get("config")
        # the header's page-relative links: the home page (or extra.homepage) and the logo
        targets = (nav.homepage.url if nav.homepage is not None else "",
                   str(config.extra.get("homepage") or ""), str(config.theme.get("logo") or ""))
        folder = None if page is None or context.get("nav") is not nav else folder_key(page, targets)
        if folder is None:
            yield from render(context)
            return
        key = (folder, context.get("base_url"))
        if key not in framed:
            whole = "".join(render(context))
            # the `url` filter reads the page's url: its folder's links are those of every page in it
            marked = SimpleNamespace(meta={"title": _MARK}, title=_MARK, url=page.url)
            around = "".join(render(header.new_context({**context.get_all(), "page": marked}, True))).split(mark)
            framed[key] = tuple(around) if len(around) == 2 and whole == title.render(page=page).join(around) else None
            yield whole
            return
        around = framed[key]
        if around is None:
            yield from render(context)
        else:
            yield title.render(page=page).join(around)
    render_around_title.once_of = render
    header.root_render_func = render_around_title
