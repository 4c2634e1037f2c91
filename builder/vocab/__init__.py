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
    return bool(lang) and lang.split("-")[0].lower() in vocab()["rtl_languages"]
