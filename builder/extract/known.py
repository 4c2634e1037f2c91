"""Known site names: the built-in list, content/sites/*.yml, and the gazetteer when it exists.

Kept apart so that reading content/ can later switch to builder.content.load without touching
the extractor.
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from .model import Site

BUILTIN = Path(__file__).resolve().parent.parent / "vocab" / "heritage_sites.yml"


def builtin_sites(text: str = "") -> list[Site]:
    """The built-in list; `context_aliases` apply only when their context word is in the text."""
    return [_site(e, text) for e in _builtin_entries()]


@lru_cache(maxsize=1)
def _builtin_entries() -> tuple:
    return tuple(yaml.safe_load(BUILTIN.read_text(encoding="utf-8"))["sites"])


def _site(entry: dict, text: str) -> Site:
    aliases = list(entry.get("aliases") or [])
    for word, extra in (entry.get("context_aliases") or {}).items():
        if word in text:
            aliases += extra
    return Site(entry["name"], entry.get("kind", "other"), tuple(aliases), entry.get("part_of"))


def content_sites(content: Path | None) -> list[Site]:
    """`name` and `names[*].name` of each content/sites/*.yml; unreadable files are skipped here
    (`heritage check` reports them)."""
    if content is None or not (content / "sites").is_dir():
        return []
    sites = []
    for path in sorted((content / "sites").glob("*.y*ml")):
        try:
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, yaml.YAMLError):
            continue
        if not isinstance(doc, dict) or not isinstance(doc.get("name"), str):
            continue
        names = [n.get("name") for n in doc.get("names") or [] if isinstance(n, dict)]
        names = tuple(n for n in names if isinstance(n, str) and n.isascii() and n != doc["name"])
        sites.append(Site(doc["name"], str(doc.get("kind") or "other"), names, _part_of_name(doc, content)))
    return sites


def _part_of_name(doc: dict, content: Path) -> str | None:
    part = doc.get("part_of")
    if not isinstance(part, str):
        return None
    path = content / "sites" / f"{part}.yml"
    try:
        return yaml.safe_load(path.read_text(encoding="utf-8")).get("name") or None
    except (OSError, AttributeError, yaml.YAMLError, UnicodeDecodeError):
        return None


@lru_cache(maxsize=1)
def _gazetteer_index() -> dict:
    """Ancient places from builder.geocode.gazetteer, if that module is there: lower-cased name → Site."""
    try:
        from ..geocode import gazetteer  # noqa: PLC0415 - optional, written by another stage
        entries = list(gazetteer.entries())
    except Exception:  # any failure there must not stop extraction
        return {}
    index = {}
    for e in entries:
        name = getattr(e, "name", None)
        if not isinstance(name, str) or len(name) < 3:
            continue
        site = Site(name, "ancient place", tuple(a for a in getattr(e, "alt_names", ()) or () if isinstance(a, str)))
        for n in (name, *site.aliases):
            index.setdefault(" ".join(n.split()).lower(), site)
    return index


def gazetteer_lookup(name: str) -> Site | None:
    """The gazetteer's place of this name, loaded on first use (most articles never need it)."""
    return _gazetteer_index().get(" ".join(name.split()).lower())


def known_sites(content: Path | None = Path("content"), text: str = "") -> list[Site]:
    """Content first (a person's names win), then the built-in list."""
    return content_sites(content) + builtin_sites(text)
