"""Known site names: the built-in list, content/sites/*.yml, and the gazetteer when it exists.

Kept apart so that reading content/ can later switch to builder.content.load without touching
the extractor. `known_sites` is the one linking function: when the shared place-name index
(builder/places/, being built on another branch) lands, it replaces this module's body and no
other extractor module changes.
"""
from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from ..vocab.site_kinds import site_kinds
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
    """Names, other names (in Latin script) and parents of the sites in content/ a person has
    checked (a site whose every event is still `reviewed: false` is left out); files with
    problems are used as far as they can be (`heritage check` reports them)."""
    from ..content.load import load  # noqa: PLC0415 - only when there is a content folder

    if content is None or not (content / "sites").is_dir():
        return []
    kb = load(content).kb
    sites = []
    for site in kb.sites.values():
        if site.events and not any(e.reviewed for e in site.events):
            # proposed by an ingest and not yet checked: its names must not change how the next
            # articles (or this folder, ingested again) are read; ingest still finds the site itself
            continue
        names = tuple(n.name for n in site.names if n.name.isascii() and n.name != site.name)
        parent = kb.sites.get(site.part_of) if site.part_of else None
        sites.append(Site(site.name, site.kind, names, parent.name if parent else None))
    return sites


@lru_cache(maxsize=1)
def _gazetteer_entries() -> tuple:
    """The entries of builder.geocode.gazetteer, if that module is there."""
    try:
        from ..geocode import gazetteer  # noqa: PLC0415 - optional, written by another stage
        return tuple(gazetteer.entries())
    except Exception:  # any failure there must not stop extraction
        return ()


@lru_cache(maxsize=1)
def _gazetteer_index() -> dict:
    """Ancient places from the gazetteer: lower-cased name → Site."""
    index = {}
    for e in _gazetteer_entries():
        name = getattr(e, "name", None)
        if not isinstance(name, str) or len(name) < 3:
            continue
        site = Site(name, "ancient place", tuple(a for a in getattr(e, "alt_names", ()) or () if isinstance(a, str)))
        for n in (name, *site.aliases):
            index.setdefault(" ".join(n.split()).lower(), site)
    return index


@lru_cache(maxsize=1)
def _described_sites() -> frozenset:
    """Lower-cased names of the gazetteer's places whose description says they are a heritage site
    ('archaeological site in Sindh', 'ancient Assyrian city'), not a town, a country or a river."""
    kinds = site_kinds()
    out = set()
    for e in _gazetteer_entries():
        what = re.split(r",|\b(?:in|of|on|near)\b", (getattr(e, "description", "") or "").lower())[0].split()
        if any(w in kinds.heritage_words or (w in kinds.heads and not kinds.in_group(kinds.heads[w], "settlement"))
               for w in what):
            out |= {" ".join(n.split()).lower() for n in (e.name, *(getattr(e, "alt_names", ()) or ()))
                    if isinstance(n, str)}
    return frozenset(out)


def gazetteer_site(name: str) -> Site | None:
    """The gazetteer's place of this name when it is described as a heritage site: a name with no site
    noun ('damaged parts of Mohenjo-daro') is a site when the gazetteer says so."""
    return gazetteer_lookup(name) if " ".join(name.split()).lower() in _described_sites() else None


def gazetteer_lookup(name: str) -> Site | None:
    """The gazetteer's place of this name, loaded on first use (most articles never need it)."""
    return _gazetteer_index().get(" ".join(name.split()).lower())


def known_sites(content: Path | None = Path("content"), text: str = "") -> list[Site]:
    """Content first (a person's names win), then the built-in list."""
    return content_sites(content) + builtin_sites(text)
