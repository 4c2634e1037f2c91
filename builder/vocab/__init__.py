"""The vocabularies (event types, statuses, kinds, identifiers), read once from vocab.yml."""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml


@lru_cache(maxsize=1)
def vocab() -> dict:
    return yaml.safe_load((Path(__file__).parent / "vocab.yml").read_text(encoding="utf-8"))


def event_types() -> dict:
    return vocab()["events"]


def statuses() -> dict:
    return vocab()["statuses"]


def is_rtl(lang: str | None) -> bool:
    """Whether text tagged `lang` (BCP 47) runs right to left: by its script subtag when it has
    one (the four-letter subtag after the language), else by the language."""
    if not lang:
        return False
    subtags = lang.replace("_", "-").split("-")
    script = next((t for t in subtags[1:3] if len(t) == 4 and t.isalpha()), None)
    if script:
        return script.title() in vocab()["rtl_scripts"]
    return subtags[0].lower() in vocab()["rtl_languages"]


@lru_cache(maxsize=1)
def periods() -> list[tuple[str, str]]:
    """periods.yml: (name pattern, EDTF interval) of the named periods an event may be dated by."""
    data = yaml.safe_load((Path(__file__).parent / "periods.yml").read_text(encoding="utf-8"))
    return [(name, p["date"]) for p in data["periods"] for name in p["names"]]
