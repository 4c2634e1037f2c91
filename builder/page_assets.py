"""The plugin's own scripts, styles and vendored Leaflet (builder/assets/, shipped as package data):
which files every site gets, which of them each page links, and the lines a page's <head> needs.

Both the MkDocs plugin and `heritage render --out` use it, so a site built anywhere gets the
same maps and timelines; the theme needs no template of ours.
"""
from __future__ import annotations

import re
from pathlib import Path

from .render.html import esc, json_script
from .render.maps import status_css

ROOT = Path(__file__).resolve().parent / "assets"  # site paths below are relative to its parent
STYLES = ("assets/heritage/heritage.css", "assets/heritage/statuses.css")
# order matters: core.js first (helpers), lifecycle.js last (it starts the others on every page)
SCRIPTS = ("assets/heritage/core.js", "assets/heritage/timeline.js", "assets/heritage/maps.js",
           "assets/heritage/lifecycle.js")
_HEAD_END = re.compile(r"</head\s*>", re.I)


def shipped() -> dict[str, Path]:
    """Site path → file, for every asset in the package (vendored code with its licence). The
    vendors' README.md files stay in the package: a site generator would make pages of them."""
    return {path.relative_to(ROOT.parent).as_posix(): path
            for path in sorted(ROOT.rglob("*")) if path.is_file() and path.suffix != ".md"}


def generated() -> dict[str, str]:
    """Site path → text for assets made from the vocabulary (status colours)."""
    return {"assets/heritage/statuses.css": status_css()}


def head(*, feed_href: str | None = None, feed_title: str = "", jsonld: str | None = None,
         map_config: dict | None = None) -> str:
    """The <head> lines of one page. `jsonld` is JSON already made safe for <script> (json_script)."""
    lines = []
    if feed_href:
        lines.append(f'<link rel="alternate" type="application/atom+xml" title="{esc(feed_title)}" href="{esc(feed_href)}">')
    if jsonld:
        lines.append(f'<script type="application/ld+json">{jsonld}</script>')
    if map_config:
        lines.append(f'<script id="hkb-map-config" type="application/json">{json_script(map_config)}</script>')
    return "\n".join(lines)


def inject(html: str, lines: str) -> str:
    """`lines` just before </head> (the page unchanged when there is nothing to add or no head)."""
    if not lines:
        return html
    match = _HEAD_END.search(html)
    return html if match is None else html[:match.start()] + lines + "\n" + html[match.start():]


def write(out_dir: Path) -> list[Path]:
    """Copy every asset under `out_dir` (for `heritage render --out`); returns the paths written."""
    written = []
    for rel, path in shipped().items():
        target = Path(out_dir) / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(path.read_bytes())
        written.append(target)
    for rel, text in generated().items():
        target = Path(out_dir) / rel
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written


