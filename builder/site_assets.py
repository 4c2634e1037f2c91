"""Files the plugin writes into the built site besides pages and downloads."""
from __future__ import annotations

from pathlib import Path

from .render.maps import status_css


def write_status_css(site_dir: Path) -> Path:
    """Status and event-type colours from vocab.yml, as `assets/heritage/statuses.css`."""
    css = Path(site_dir) / "assets" / "heritage" / "statuses.css"
    css.parent.mkdir(parents=True, exist_ok=True)
    text = status_css()
    if not css.is_file() or css.read_text(encoding="utf-8") != text:  # unchanged: not rewritten
        css.write_text(text, encoding="utf-8")
    return css
