"""The built-in list of heritage sites (builder/vocab/heritage_sites.yml), as plain entries."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

BUILTIN = Path(__file__).resolve().parent.parent / "vocab" / "heritage_sites.yml"


@lru_cache(maxsize=1)
def builtin_entries() -> tuple[dict, ...]:
    """Each entry: name, kind, aliases, part_of, context_aliases ({place: [names used there]})."""
    return tuple(yaml.safe_load(BUILTIN.read_text(encoding="utf-8"))["sites"])
