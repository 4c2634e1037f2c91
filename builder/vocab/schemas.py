"""JSON Schemas of the vocabulary files, generated from the registries' own types, so that an editor
checks a new entry and a test checks that the committed schemas (builder/schema/) are the generated ones.

    vocab.schema.json          vocab.yml: event types (fields of registry.EventType) and the other lists
    events_lexicon.schema.json events_lexicon.yml: triggers per event type and frame, their rules
    site_kinds.schema.json     site_kinds.yml: head nouns, kinds, groups, anaphors
"""
from __future__ import annotations

import dataclasses
import json
from pathlib import Path

from .registry import EventType

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
FRAMES = ("object", "subject", "enemy", "noun")  # where the site stands (events_lexicon.yml header)

_STR = {"type": "string", "minLength": 1}
_WORDS = {"type": "array", "items": _STR}
_NAMES = {"type": "object", "additionalProperties": _STR}


def _json_type(annotation: str) -> dict:
    """'str | None' (the dataclass's annotation, a string under `from __future__ import annotations`)."""
    names = {"str": "string", "int": "integer", "bool": "boolean", "None": "null"}
    parts = [p.strip() for p in str(annotation).split("|")]
    types = [names[p] for p in parts]
    return {"type": types[0] if len(types) == 1 else types}


def _event_type() -> dict:
    """One event type's entry: the fields of EventType, less those the registry sets itself."""
    props = {f.name: _json_type(f.type) for f in dataclasses.fields(EventType) if f.name not in ("name", "written")}
    return {"type": "object", "additionalProperties": False, "required": ["label", "family"], "properties": props}


def vocab_schema() -> dict:
    entry = _event_type()
    return {
        "$schema": "http://json-schema.org/draft-07/schema#", "title": "builder/vocab/vocab.yml",
        "type": "object", "required": ["events", "statuses", "certainty", "kinds"],
        "properties": {
            "events": {"type": "object", "additionalProperties": entry},
            "extractor_events": {"type": "object", "additionalProperties": entry},
            "statuses": {"type": "object", "additionalProperties": {
                "type": "object", "required": ["label", "colour"], "additionalProperties": False,
                "properties": {"label": _STR, "colour": {"type": "string", "pattern": "^#[0-9a-f]{6}$"}}}},
            "certainty": _NAMES, "kinds": _WORDS, "rtl_languages": _WORDS, "rtl_scripts": _WORDS,
            "identifiers": {"type": "object", "additionalProperties": {
                "type": "object", "required": ["label", "url", "pattern"], "additionalProperties": False,
                "properties": {"label": _STR, "url": _STR, "pattern": _STR}}},
            "assertion": {"type": "object", "additionalProperties": _WORDS},
            "actors": {"type": "object", "additionalProperties": _WORDS},
            "licenses": {"type": "object", "additionalProperties": {
                "type": "object", "required": ["title", "short", "url"], "additionalProperties": False,
                "properties": {"title": _STR, "short": _STR, "url": _STR}}},
        },
    }


def events_lexicon_schema() -> dict:
    rules = {
        "by": {"oneOf": [_STR, _WORDS]}, "not_by": _STR, "if_by": _NAMES, "infinitive_after": _STR, "site_after": _WORDS,
        "state": {"type": "boolean"}, "if_kind": _NAMES,
        "context": {"type": "object", "required": ["words"], "additionalProperties": False, "properties": {
            "words": _STR, "sentence_before": {"type": "boolean"}, "chars_before": {"type": "integer", "minimum": 0},
            "anaphor": _STR}},
    }
    pattern = {"oneOf": [_STR, {"type": "object", "required": ["pattern"], "additionalProperties": False,
                                "properties": {"pattern": _STR, **rules}}]}
    frames = {"type": "object", "additionalProperties": False,
              "properties": {f: {"type": ["array", "null"], "items": pattern} for f in FRAMES}}
    lists = ("event_nouns", "blockers", "infinitive_ok", "report_media", "hedges_clause", "hedges_sentence",
             "partisan_sources", "saying_verbs", "saying_homographs", "creation_verbs")
    return {
        "$schema": "http://json-schema.org/draft-07/schema#", "title": "builder/vocab/events_lexicon.yml",
        "type": "object", "additionalProperties": False,
        "required": ["triggers", "word_classes", "site_after", "object_names", *lists],
        "properties": {
            "triggers": {"type": "object", "additionalProperties": frames},
            "event_rules": {"type": "object", "additionalProperties": {
                "type": "object", "additionalProperties": False, "properties": rules}},
            "site_after": _WORDS,
            "word_classes": {"type": "object", "additionalProperties": {
                "type": "object", "required": ["words"], "additionalProperties": False,
                "properties": {"words": _WORDS, "case": {"type": "boolean"}}}},
            "object_names": {"type": "object", "required": ["places_robbed", "rulers"], "additionalProperties": False,
                             "properties": {"places_robbed": _WORDS, "rulers": _WORDS}},
            **{name: _WORDS for name in lists},
        },
    }


def site_kinds_schema() -> dict:
    kinds = {"oneOf": [_STR, _WORDS]}  # a group's name, or kinds
    return {
        "$schema": "http://json-schema.org/draft-07/schema#", "title": "builder/vocab/site_kinds.yml",
        "type": "object", "additionalProperties": False,
        "required": ["heads", "after_name", "plurals", "descriptions", "homes", "home_names", "regions", "countries", "heritage_words", "parts", "shares", "not_inside",
                     "name_suffixes", "compound_heads", "styles", "periods", "rooms", "comparisons", "comparison_clauses", "holds", "positions", "saint_places", "actor_names", "person_titles", "person_roles", "name_particles", "body_words", "placed_heads", "groups", "kin", "anaphors"],
        "properties": {
            "heads": _NAMES, "after_name": _WORDS, "plurals": _NAMES, "descriptions": _NAMES, "homes": _WORDS, "home_names": _WORDS, "regions": _WORDS, "countries": _WORDS, "heritage_words": _WORDS,
            "parts": _WORDS, "shares": _WORDS, "not_inside": _WORDS, "name_suffixes": _NAMES, "compound_heads": _NAMES, "styles": _WORDS,
            "periods": _WORDS, "rooms": _WORDS, "comparisons": _WORDS, "comparison_clauses": _WORDS, "holds": _WORDS, "positions": _WORDS, "saint_places": _WORDS,
            "actor_names": _WORDS, "person_titles": _WORDS, "person_roles": _WORDS, "name_particles": _WORDS, "body_words": _WORDS, "placed_heads": _WORDS,
            "groups": {"type": "object", "additionalProperties": _WORDS},
            "kin": {"type": "object", "additionalProperties": _WORDS},
            "anaphors": {"type": "object", "additionalProperties": kinds},
        },
    }


SCHEMAS = {"vocab": vocab_schema, "events_lexicon": events_lexicon_schema, "site_kinds": site_kinds_schema}


def rendered(name: str) -> str:
    return json.dumps(SCHEMAS[name](), indent=2, ensure_ascii=False) + "\n"


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    out = []
    for name in SCHEMAS:
        target = folder / f"{name}.schema.json"
        target.write_text(rendered(name), encoding="utf-8")
        out.append(target)
    return out
