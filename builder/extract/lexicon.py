"""The vocabulary of builder/vocab/events_lexicon.yml, compiled once into regular expressions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..vocab.registry import event_types, family

PATH = Path(__file__).resolve().parent.parent / "vocab" / "events_lexicon.yml"


@dataclass(frozen=True)
class Trigger:
    event: str
    frame: str  # object | subject | enemy | noun
    rx: re.Pattern


def _alt(words: list[str]) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(f"(?:{w})" for w in words) + r")\b", re.I)


@dataclass(frozen=True)
class Lexicon:
    triggers: tuple[Trigger, ...]
    event_nouns: re.Pattern
    blockers: re.Pattern
    infinitive_ok: re.Pattern
    report_media: re.Pattern
    hedges_clause: re.Pattern
    hedges_sentence: re.Pattern
    partisan: re.Pattern
    any_trigger: re.Pattern  # all trigger patterns in one: most sentences have none

    def family(self, event: str) -> str:
        return family(event)  # builder/vocab/vocab.yml: one registry of event types


@lru_cache(maxsize=1)
def load(path: Path = PATH) -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    triggers = []
    known = event_types()
    for event, frames in data["triggers"].items():
        if event not in known:  # the registry is the one list of event types
            raise ValueError(f"{path}: trigger event '{event}' is not an event type in builder/vocab/vocab.yml")
        for frame, patterns in frames.items():
            for p in patterns:
                triggers.append(Trigger(event, frame, re.compile(r"\b(?:" + p + r")\b", re.I)))
    return Lexicon(
        tuple(triggers), _alt(data["event_nouns"]), _alt(data["blockers"]),
        re.compile(r"(?:" + "|".join(f"(?:{w})" for w in data["infinitive_ok"]) + r")\s*$", re.I),
        _alt(data["report_media"]), _alt(data["hedges_clause"]), _alt(data["hedges_sentence"]),
        _alt(data["partisan_sources"]),
        re.compile("|".join(f"(?:{t.rx.pattern})" for t in triggers), re.I),
    )
