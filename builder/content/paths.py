"""Ids → paths in content/, checked before any path is built: the one place every writer asks.

An id is a file name without its suffix: lower-case letters, digits and single hyphens
(`temple-of-bel`), at most 100 characters. Anything else (`../../outside/evil`, `a/b`, `.hidden`,
an absolute path) is refused with a message saying what an id looks like; and every path built
here must still resolve inside content/ (a symlinked folder pointing out is refused too).
"""
from __future__ import annotations

from pathlib import Path

from ..errors import ContentError
from .files import inside as resolves_inside
from .model import SLUG

SITES, SOURCES, TEXTS = "sites", "sources", "texts"
SUFFIXES = (".yml", ".yaml")
MAX_ID = 100


def check_id(value, what: str = "id") -> str:
    """`value` when it is a safe id, else a ContentError naming it."""
    if not isinstance(value, str) or len(value) > MAX_ID or not SLUG.match(value):
        shown = repr(value[:120] if isinstance(value, str) else value)  # repr: a newline stays on one line
        raise ContentError(f"{what} {shown} is not a safe id",
                           hint="an id is lower-case letters, digits and single hyphens, e.g. temple-of-bel")
    return value


def inside(content: Path, path: Path) -> Path:
    """`path` when it resolves inside `content` (symlinks followed), else a ContentError."""
    if not resolves_inside(path, content):
        raise ContentError(f"refusing to write outside {content}", path,
                           hint="ids and text files must stay inside the content folder")
    return Path(path)


def site_path(content: Path, site_id: str) -> Path:
    """The site's existing file (.yml or .yaml), else where a new one goes."""
    return _entry(content, SITES, check_id(site_id, "site id"))


def source_path(content: Path, source_id: str) -> Path:
    return _entry(content, SOURCES, check_id(source_id, "source id"))


def text_path(content: Path, name: str) -> Path:
    """A rendition's text file, `texts/<id>[-n].txt` relative to content/sources/."""
    parts = Path(name).parts
    if len(parts) != 2 or parts[0] != TEXTS or not name.endswith(".txt"):
        raise ContentError(f"text file '{name}' is not texts/<id>.txt", hint="text files live in content/sources/texts/")
    check_id(parts[1][:-4], "text file name")
    return inside(content, Path(content) / SOURCES / name)


def _entry(content: Path, folder: str, entry_id: str) -> Path:
    base = Path(content) / folder
    for suffix in SUFFIXES:
        if (base / f"{entry_id}{suffix}").exists():
            return inside(content, base / f"{entry_id}{suffix}")
    return inside(content, base / f"{entry_id}.yml")
