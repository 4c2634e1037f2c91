"""The hostile knowledge base (markup_kb.py) in headless Chromium: every built page is opened, its
maps' popups and the search results too, and nothing from content/ may run.

On each page: no dialog opened (alert() would be one), no element carries an inline handler
(`on*=`) or `autofocus`, no href/src resolves to a `javascript:`, `vbscript:` or `data:` URL,
and no script element holds content. The rig (server, Chromium, watch) is tests/browser's.
"""
from __future__ import annotations

import functools
import http.server
import threading
from pathlib import Path

import pytest

from browser.conftest import Handler, _open_page, browser  # noqa: F401  (browser: the Chromium fixture)
from .markup_kb import as_text, build, hostile, make_project
from .test_markup_build import PAGES, SPLIT_PAGES

# Everything in the DOM, shadow roots included, that could run a script.
SCAN = """() => {
  const bad = [];
  const urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc', 'poster', 'data'];
  const scan = (root) => {
    for (const el of root.querySelectorAll('*')) {
      for (const name of el.getAttributeNames()) {
        const value = el.getAttribute(name);
        if (name.startsWith('on') || name === 'autofocus') bad.push(`<${el.tagName} ${name}="${value}">`);
        if (urlAttrs.includes(name)) {
          let protocol = null;
          try { protocol = new URL(value, document.baseURI).protocol; } catch (e) {}
          if (['javascript:', 'vbscript:', 'data:'].includes(protocol)) bad.push(`<${el.tagName} ${name}="${value}">`);
        }
      }
      if (el.shadowRoot) scan(el.shadowRoot);
    }
  };
  scan(document);
  for (const s of document.querySelectorAll('script')) {
    const js = !s.type || /javascript|module/.test(s.type);
    if (js && s.textContent.includes('alert(1)')) bad.push('<script>' + s.textContent.slice(0, 80));
  }
  return bad;
}"""


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory):
    """The hostile KB built twice (directory URLs under /h/; without them, index pages split, under /f/)."""
    from builder.render import pages

    work = tmp_path_factory.mktemp("markup-browser")
    www = work / "www"
    www.mkdir()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(www)))
    threading.Thread(target=httpd.serve_forever, daemon=True).start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        for prefix, directory_urls, limit in (("h", True, pages.PAGE_LIMIT), ("f", False, 1)):
            project = make_project(work / f"project-{prefix}")
            with pytest.MonkeyPatch.context() as mp:
                mp.setattr(pages, "PAGE_LIMIT", limit)  # 1: letter and period pages (SPLIT_PAGES)
                build(project, www / prefix, site_url=f"{url}/{prefix}/", use_directory_urls=directory_urls,
                      plugins=_plugins(project))
        yield url, www
    finally:
        httpd.shutdown()
        httpd.server_close()


def _plugins(project: Path) -> list:
    """The repo's plugins with map tiles from the test server (no request leaves 127.0.0.1)."""
    import yaml

    plugins = []
    for plugin in yaml.safe_load((project / "mkdocs.yml").read_text(encoding="utf-8"))["plugins"]:
        if isinstance(plugin, dict) and "heritage" in plugin:
            plugin = {"heritage": {"content": str(project / "content"),
                                   "map": {"tiles": "/tiles/{z}/{x}/{y}.png", "attribution": "Test tiles"}}}
        plugins.append(plugin)
    return plugins


@pytest.fixture
def tab(browser, hostile_site):  # noqa: F811
    url, _ = hostile_site
    context, page, watch = _open_page(browser, url)
    yield page
    context.close()
    assert not watch.dialogs, f"a script from content ran: {watch.dialogs}"
    assert not watch.outside, f"requests outside the test server: {watch.outside}"
    assert not watch.errors, watch.errors


def _check(page, where: str) -> None:
    page.wait_for_load_state("networkidle")
    assert page.evaluate(SCAN) == [], where


@pytest.mark.parametrize("page", [*PAGES, *SPLIT_PAGES])
def test_page_opens_without_running_content(tab, hostile_site, page):
    url, _ = hostile_site
    path = PAGES.get(page) or SPLIT_PAGES[page]
    target = f"{url}/h/{path.removesuffix('index.html')}" if page in PAGES else f"{url}/f/{path}"
    tab.goto(target)
    tab.keyboard.press("Tab")  # focus handlers (attr_list's `onfocus` with `autofocus`) would fire
    _check(tab, target)


def test_site_page_shows_the_hostile_name_as_its_heading(tab, hostile_site):
    url, _ = hostile_site
    tab.goto(f"{url}/h/sites/tower/")
    assert tab.locator("article h1").inner_text() == as_text(hostile("site-name"))
    assert tab.title().startswith(as_text(hostile("site-name")))
    for node in tab.locator("details.hkb-evidence summary").all():
        node.click()
    quotes = [as_text(q) for q in tab.locator("blockquote.hkb-quote").all_text_contents()]
    assert as_text(hostile("quote", multiline=True)) in quotes
    _check(tab, "site page, evidence open")


def test_map_popups_hold_text(tab, hostile_site):
    url, _ = hostile_site
    for path in ("h/map/", "h/sites/tower/", "h/sites/city/", "f/map.html", "f/sites/city.html"):
        tab.goto(f"{url}/{path}")
        markers = tab.locator(".hkb-map .leaflet-marker-icon")
        markers.first.wait_for()
        for i in range(markers.count()):
            markers.nth(i).click(force=True)
            tab.locator(".leaflet-popup").last.wait_for()
            _check(tab, f"{path} popup {i}")
        tower = tab.locator(".leaflet-marker-icon[data-site='tower']")
        tower.click(force=True)
        popup = tab.locator(".leaflet-popup-content", has_text="site-name").last
        assert as_text(popup.text_content()).startswith(as_text(hostile("site-name"))), path


def test_search_results_hold_text(tab, hostile_site):
    url, _ = hostile_site
    tab.goto(f"{url}/h/")
    tab.locator("label.md-search__icon, .md-search__input").first.click()
    tab.locator(".md-search-result__meta", has_text="Type to start searching").wait_for()
    tab.locator("input.md-search__input").press_sequentially("onfocus")
    tab.locator(".md-search-result__item").first.wait_for()
    assert "alert(1)" in tab.locator(".md-search-result").inner_text()
    _check(tab, "search results")


def test_problems_banner_and_page_hold_text(tab, hostile_site):
    url, _ = hostile_site
    tab.goto(f"{url}/h/")
    banner = tab.locator(".admonition.warning")
    assert "error(s)" in banner.inner_text()
    _check(tab, "home page with the banner")
    tab.goto(f"{url}/h/problems/")
    assert as_text(hostile("part-of")) in as_text(tab.locator("article").inner_text())
    _check(tab, "problems page")
