"""The vocabulary of builder/vocab/events_lexicon.yml, compiled once into regular expressions."""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import yaml

from ..vocab.registry import event_types, family
from ..vocab.site_kinds import site_kinds
from .parse import forms

PATH = Path(__file__).resolve().parent.parent / "vocab" / "events_lexicon.yml"


@dataclass(frozen=True)
class Context:
    """Words that must stand near a trigger (events_lexicon.yml `context`)."""
    words: re.Pattern
    sentence_before: bool = False
    chars_before: int = 0
    anaphor: re.Pattern | None = None  # 'the list': the words may stand anywhere before

    def holds(self, sentence: str, trigger_start: int, previous: str, earlier: str) -> bool:
        near = (earlier[-self.chars_before:] + " " if self.chars_before else "") + sentence + \
            (" " + previous if self.sentence_before else "")
        if self.words.search(near):
            return True
        return bool(self.anaphor and self.anaphor.search(sentence[trigger_start:]) and self.words.search(earlier))


@dataclass(frozen=True)
class Rules:
    """What a trigger needs beyond its words (events_lexicon.yml `event_rules`, or the pattern's own)."""
    # where it happened, after a thing it was done to: 'paintings were stolen from X', 'statues in X'
    site_preps: frozenset[str]
    by: re.Pattern | None = None
    not_by: re.Pattern | None = None
    if_by: tuple[tuple[re.Pattern, str], ...] = ()
    context: Context | None = None
    infinitive_after: re.Pattern | None = None
    state: bool = False  # a state seen at the trigger's date ('lay in ruins on Wednesday'): done by then
    if_kind: tuple[tuple[str, str], ...] = ()  # (site kind group, event): 'the city fell' is seized, not destroyed

    def event_for_kind(self, event: str, kind: str) -> str:
        """The event for a site of this kind (site_kinds.yml groups)."""
        return next((other for group, other in self.if_kind if site_kinds().in_group(kind, group)), event)

    @property
    def site_after(self) -> re.Pattern:
        """The text just before such a site: 'stolen from (the) '."""
        return _preps_before(self.site_preps)

    def event_by(self, event: str, actor: str | None) -> str | None:
        """The event given who did it; None when it is no event of its kind."""
        if self.not_by and actor and self.not_by.search(actor):
            return None
        if self.by and not (actor and self.by.search(actor)):
            return None
        return next((other for rx, other in self.if_by if actor and rx.search(actor)), event)


@dataclass(frozen=True)
class Trigger:
    event: str
    frame: str  # object | subject | enemy | noun
    rx: re.Pattern
    rules: Rules


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
    saying: frozenset  # verbs of saying, by lemma (a parsed word matches through parse.is_form)
    saying_homographs: frozenset  # their forms that are nouns too ('report', 'State')
    robs_place: re.Pattern  # a theft verb whose object is the place robbed ('ransacked'), not a thing taken
    topples_ruler: re.Pattern  # a verb whose bare-name object may be a ruler ('toppled')
    creation: frozenset  # verbs that make a thing, by lemma: their time is the thing's making

    @property
    def saying_alt(self) -> str:
        """The verbs of saying as a regular-expression alternation of their forms, for rules that read the
        raw string: the forms that are nouns too are left out ('the report', 'Islamic State')."""
        return _saying_alt(self.saying, self.saying_homographs)

    def family(self, event: str) -> str:
        return family(event)  # builder/vocab/vocab.yml: one registry of event types

    def site_preps(self, event: str) -> frozenset:
        """The prepositions the event's triggers name their site with after a thing ('stolen from X')."""
        return frozenset().union(*(t.rules.site_preps for t in self.triggers if t.event == event))


@lru_cache(maxsize=4)
def _saying_alt(lemmas: frozenset, homographs: frozenset) -> str:
    words = sorted(forms(lemmas) - homographs, key=lambda w: (-len(w), w))
    return "(?:" + "|".join(words) + ")"


@lru_cache(maxsize=16)
def _preps_before(preps: frozenset) -> re.Pattern:
    return re.compile(r"\b(?:" + "|".join(sorted(preps)) + r")\s+(?:the\s+)?$")


def _class_names(value: str | list[str]) -> list[str]:
    """The word classes a rule names: one ('by: thieves') or several ('by: [state_forces, thieves]')."""
    return [value] if isinstance(value, str) else list(value)


def _rules(spec: dict, classes: dict, default_site_after: list[str]) -> Rules:
    def words(name):  # (a class of its own case: 'Houthis' is a name, 'troops' any word)
        c = classes[name]
        return ("(?:" if c.get("case") else "(?i:") + "|".join(f"(?:{w})" for w in c["words"]) + ")"

    def cls(names):  # one class or several ('by: [state_forces, thieves]')
        return re.compile(r"\b(?:" + "|".join(words(n) for n in _class_names(names)) + r")\b")
    ctx = spec.get("context")
    return Rules(
        site_preps=frozenset(spec.get("site_after", default_site_after)),
        by=cls(spec["by"]) if "by" in spec else None,
        not_by=cls(spec["not_by"]) if "not_by" in spec else None,
        if_by=tuple((cls(k), v) for k, v in (spec.get("if_by") or {}).items()),
        context=Context(cls(ctx["words"]), bool(ctx.get("sentence_before")), int(ctx.get("chars_before", 0)),
                        re.compile(ctx["anaphor"], re.I) if ctx.get("anaphor") else None) if ctx else None,
        infinitive_after=re.compile(spec["infinitive_after"], re.I) if "infinitive_after" in spec else None,
        state=bool(spec.get("state")), if_kind=tuple((spec.get("if_kind") or {}).items()))


@lru_cache(maxsize=1)
def load(path: Path = PATH) -> Lexicon:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    triggers = []
    known = event_types()
    classes, event_rules = data["word_classes"], data.get("event_rules") or {}
    for event, frames in data["triggers"].items():
        if event not in known:  # the registry is the one list of event types
            raise ValueError(f"{path}: trigger event '{event}' is not an event type in builder/vocab/vocab.yml")
        for frame, patterns in frames.items():
            for p in patterns:
                own = p if isinstance(p, dict) else {"pattern": p}
                spec = {**event_rules.get(event, {}), **{k: v for k, v in own.items() if k != "pattern"}}
                named = [n for k in ("by", "not_by") if k in spec for n in _class_names(spec[k])] + list(spec.get("if_by") or {})
                if ctx := spec.get("context"):
                    named.append(ctx["words"])
                for name in named:
                    if name not in classes:
                        raise ValueError(f"{path}: '{event}' names the word class '{name}', not in word_classes")
                for event_to in (spec.get("if_by") or {}).values():
                    if event_to not in known:
                        raise ValueError(f"{path}: '{event}' turns into '{event_to}', not an event type")
                triggers.append(Trigger(event, frame, re.compile(r"\b(?:" + own["pattern"] + r")\b", re.I),
                                        _rules(spec, classes, data["site_after"])))
    return Lexicon(
        tuple(triggers), _alt(data["event_nouns"]), _alt(data["blockers"]),
        re.compile(r"(?:" + "|".join(f"(?:{w})" for w in data["infinitive_ok"]) + r")\s*$", re.I),
        _alt(data["report_media"]), _alt(data["hedges_clause"]), _alt(data["hedges_sentence"]),
        _alt(data["partisan_sources"]),
        re.compile("|".join(f"(?:{t.rx.pattern})" for t in triggers), re.I),
        frozenset(data["saying_verbs"]), frozenset(data["saying_homographs"]),
        _stems(data["object_names"]["places_robbed"]), _stems(data["object_names"]["rulers"]),
        frozenset(data["creation_verbs"]),
    )


def _stems(stems: list[str]) -> re.Pattern:
    return re.compile(r"^(?:" + "|".join(stems) + ")", re.I)
