"""Browser tests: build the demo KB and a fixture KB, serve them on 127.0.0.1, drive Chromium.

- The demo KB is a copy of content/ with coordinates added where a site has none yet.
- Both sites are built with a `site_url` under a subpath (/kb/, /fx/) and served there, the way
  GitHub Pages serves a project site (https://<user>.github.io/<repo>/); a missing file gets the site's 404.html with status 404.
- Map tiles come from /tiles/…, a 1x1 PNG served here; any request that is not for 127.0.0.1
  is aborted and recorded, and a test fails if one happened.
- Every page collects console errors, uncaught exceptions and dialogs (alert() from a hostile
  entry would be one); a test fails if any occurred.
"""
from __future__ import annotations

import base64
import functools
import http.server
import os
import shutil
import subprocess
import sys
import threading
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[2]
FIXTURE = Path(__file__).resolve().parent / "fixture" / "content"
CHROMIUM = os.environ.get("HKB_CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                 "--no-first-run", "--disable-sync"]
PNG = base64.b64decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mPs7+//DwAFgwJ/l4N8NQAAAABJRU5ErkJggg==")
DEMO_COORDINATES = {  # for sites the geocoder has not filled in yet
    "palmyra": (34.5504, 38.2698),
    "temple-of-baalshamin": (34.5533, 38.2705),
    "arch-of-triumph": (34.5500, 38.2710),
}
HOSTILE = ("<script>alert(1)</script>", "<img src=x onerror=alert(1)>")


def _with_coordinates(content: Path) -> None:
    for site_id, (lat, lon) in DEMO_COORDINATES.items():
        path = content / "sites" / f"{site_id}.yml"
        doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        if path.exists() and not (doc or {}).get("location"):
            with path.open("a", encoding="utf-8") as out:
                out.write(f"\nlocation: {{lat: {lat}, lon: {lon}, source: manual}}\n")


def _build(content: Path, out: Path, site_url: str, work: Path) -> None:
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    config["site_url"] = site_url
    config["docs_dir"] = str(ROOT / "docs")
    config["theme"]["custom_dir"] = str(ROOT / "overrides")
    config["theme"]["font"] = False  # Material would fetch Roboto from Google Fonts: no outside requests here
    config["watch"] = []
    plugins = []
    for plugin in config.get("plugins", []):
        if plugin == "heritage" or (isinstance(plugin, dict) and "heritage" in plugin):
            plugin = {"heritage": {"content": str(content),
                                   "map": {"tiles": "/tiles/{z}/{x}/{y}.png", "attribution": "Test tiles", "max_zoom": 18}}}
        plugins.append(plugin)
    config["plugins"] = plugins
    config_file = work / f"mkdocs-{out.name}.yml"
    config_file.write_text(yaml.safe_dump(config, allow_unicode=True, sort_keys=False), encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "mkdocs", "build", "--strict", "-q", "-f", str(config_file), "-d", str(out)],
                          capture_output=True, text=True, cwd=work, env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})
    assert done.returncode == 0, done.stderr


class Handler(http.server.SimpleHTTPRequestHandler):
    """Static files under the web root; tiles stubbed; 404.html of the right site for a miss."""

    def log_message(self, *args):  # quiet
        pass

    def do_GET(self):
        if self.path.startswith("/tiles/"):
            self.send_response(200)
            self.send_header("Content-Type", "image/png")
            self.send_header("Content-Length", str(len(PNG)))
            self.end_headers()
            self.wfile.write(PNG)
            return
        super().do_GET()

    def send_error(self, code, message=None, explain=None):
        prefix = self.path.split("/")[1] if self.path.count("/") > 1 else ""
        page = Path(self.directory) / prefix / "404.html"
        if code == 404 and prefix and page.is_file():
            body = page.read_bytes()
            self.send_response(404)
            self.send_header("Content-Type", "text/html; charset=utf-8")
            self.send_header("Content-Length", str(len(body)))
            self.end_headers()
            if self.command != "HEAD":
                self.wfile.write(body)
            return
        super().send_error(code, message, explain)


@dataclass
class Served:
    url: str  # http://127.0.0.1:<port>
    www: Path  # the web root: kb/ (demo) and fx/ (fixture)
    demo: Path  # the demo content/ copy the kb/ site was built from


@pytest.fixture(scope="session")
def served(tmp_path_factory) -> Served:
    """Build both sites and serve them. The server starts first: `site_url` must carry its port,
    since Material's instant navigation only follows links whose host and port match the sitemap's."""
    work = tmp_path_factory.mktemp("browser")
    www = work / "www"
    www.mkdir()
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), functools.partial(Handler, directory=str(www)))
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    url = f"http://127.0.0.1:{httpd.server_address[1]}"
    try:
        demo = work / "demo-content"
        shutil.copytree(ROOT / "content", demo)
        _with_coordinates(demo)
        _build(demo, www / "kb", url + "/kb/", work)
        _build(FIXTURE, www / "fx", url + "/fx/", work)
        yield Served(url, www, demo)
    finally:
        httpd.shutdown()
        httpd.server_close()


@pytest.fixture(scope="session")
def server(served) -> str:
    return served.url


@pytest.fixture(scope="session")
def web_root(served) -> Path:
    return served.www


@pytest.fixture(scope="session")
def demo_kb(served):
    from builder.content.load import load
    return load(served.demo).kb


_RUNNING: list = []  # the one Chromium of the session: Playwright's sync API cannot start twice


@pytest.fixture(scope="session")
def browser():
    """Chromium for the session. Test folders elsewhere (tests/hostile) import this fixture: the
    first user starts Chromium, later ones share it (session fixtures end in reverse order)."""
    if _RUNNING:
        yield _RUNNING[0]
        return
    sync_api = pytest.importorskip("playwright.sync_api")
    if not Path(CHROMIUM).exists():
        pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium, or set HKB_CHROMIUM)")
    with sync_api.sync_playwright() as p:
        chromium = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        _RUNNING.append(chromium)
        try:
            yield chromium
        finally:
            _RUNNING.clear()
            chromium.close()


class Watch:
    """What went wrong on a page: console errors, uncaught exceptions, dialogs, outside requests."""

    def __init__(self):
        self.errors: list[str] = []
        self.dialogs: list[str] = []
        self.outside: list[str] = []
        self.allowed_404 = False

    def console(self, message):
        if message.type == "error":
            if self.allowed_404 and "404" in message.text:
                return
            self.errors.append(f"console: {message.text} @ {message.location.get('url')}")

    def dialog(self, dialog):
        self.dialogs.append(f"{dialog.type}: {dialog.message}")
        dialog.dismiss()


def _open_page(browser, server, **context_options):
    context = browser.new_context(**{"viewport": {"width": 1200, "height": 900}, **context_options})
    watch = Watch()

    def route(route):
        url = route.request.url
        if url.startswith(server) or url.startswith("data:") or url.startswith("blob:"):
            route.continue_()
        else:
            watch.outside.append(url)
            route.abort()

    context.route("**/*", route)
    page = context.new_page()
    page.on("console", watch.console)
    page.on("pageerror", lambda exc: watch.errors.append(f"pageerror: {exc}"))
    page.on("dialog", watch.dialog)
    page.set_default_timeout(10_000)
    page.watch = watch
    return context, page, watch


@pytest.fixture
def page(browser, server):
    """A fresh page; after the test it must have logged no error, opened no dialog, left 127.0.0.1 never."""
    context, page, watch = _open_page(browser, server)
    yield page
    context.close()
    assert not watch.dialogs, f"a dialog opened (script from content ran?): {watch.dialogs}"
    assert not watch.errors, "\n".join(watch.errors)
    assert not watch.outside, f"requests outside the test server: {watch.outside}"


@pytest.fixture
def open_page(browser, server):
    """Make further pages (e.g. with JavaScript disabled); each is checked like `page`."""
    made = []

    def make(**options):
        context, page, watch = _open_page(browser, server, **options)
        made.append((context, watch))
        return page
    yield make
    for context, watch in made:
        context.close()
        assert not watch.dialogs and not watch.errors and not watch.outside, (watch.dialogs, watch.errors, watch.outside)


@pytest.fixture
def kb(server):
    """URL of the demo site (served under /kb/)."""
    return server + "/kb/"


@pytest.fixture
def fx(server):
    """URL of the fixture site (served under /fx/)."""
    return server + "/fx/"
