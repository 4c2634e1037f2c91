"""The JSON Schemas of content/ files, made from the vocabularies, and validation to Problems.

Editors point at the written copies in builder/schema/ (`heritage schema` rewrites them); the
loader validates with the same in-memory schema, so the two cannot drift apart.
"""
from __future__ import annotations

import json
from functools import lru_cache
from pathlib import Path

from ..errors import Problem
from ..vocab import vocab

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"


def _text(description: str, **extra) -> dict:
    return {"type": "string", "minLength": 1, "description": description, **extra}


def _date(description: str) -> dict:
    return {"type": ["string", "integer", "null"], "description": description + " (EDTF: 2015, 2015-05, "
            "2015-05-20, 0216~, -0611 for 612 BC, 2015-05/2016-03, ../2016-12-10)"}


@lru_cache(maxsize=1)
def site_schema() -> dict:
    v = vocab()
    evidence = {
        "type": "object", "additionalProperties": False, "required": ["source", "quote"],
        "properties": {
            "source": _text("id of a file in content/sources/"),
            "quote": _text("the exact sentence of the source that supports the event"),
            "offset": {"type": "integer", "minimum": 0, "description": "character offset of the quote"},
            "date": _date("this source's own date, where it disagrees with the event's"),
            "actor": _text("this source's own actor, where it disagrees"),
            "certainty": {"enum": list(v["certainty"])},
        },
    }
    event = {
        "type": "object", "additionalProperties": False, "required": ["type", "evidence"],
        "properties": {
            "type": {"enum": list(v["events"]), "description": "what happened"},
            "date": _date("when it happened; leave out or null when the sources give no date"),
            "actor": {"type": ["string", "null"], "description": "who did it, as the sources name them"},
            "certainty": {"enum": list(v["certainty"]), "default": "confirmed"},
            "summary": _text("one line saying what happened"),
            "reviewed": {"type": "boolean", "description": "false for events a command added and no person has checked"},
            "note": {"type": "string"},
            "evidence": {"type": "array", "minItems": 1, "items": evidence},
        },
    }
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "site.schema.json",
        "title": "Heritage site",
        "type": "object", "additionalProperties": False, "required": ["name"],
        "properties": {
            "id": {"type": "string", "description": "the file name without .yml; optional"},
            "name": _text("primary English name"),
            "names": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["name"],
                "properties": {"name": _text("another name"), "lang": _text("BCP 47 language tag: ar, en, la ..."),
                               "note": {"type": "string"}}}},
            "kind": {"enum": v["kinds"]},
            "part_of": {"type": ["string", "null"], "description": "id of the site this one belongs to"},
            "location": {
                "type": ["object", "null"], "additionalProperties": False, "required": ["lat", "lon"],
                "properties": {
                    "lat": {"type": "number", "minimum": -90, "maximum": 90},
                    "lon": {"type": "number", "minimum": -180, "maximum": 180},
                    "source": {"enum": ["manual", "gazetteer", "geocoder"]},
                    "provider": {"type": "string"}, "query": {"type": "string"},
                    "date": {"type": "string"}, "precision": {"type": "string"}, "note": {"type": "string"},
                    "alternatives": {"type": "array"}}},
            "identifiers": {"type": "object", "additionalProperties": False, "properties": {
                key: {"type": ["string", "integer"], "pattern": spec["pattern"], "description": spec["label"]}
                for key, spec in v["identifiers"].items()}},
            "description": {"type": "string"},
            "events": {"type": "array", "items": event},
        },
    }


@lru_cache(maxsize=1)
def source_schema() -> dict:
    return {
        "$schema": "http://json-schema.org/draft-07/schema#",
        "$id": "source.schema.json",
        "title": "Source (one article)",
        "type": "object", "additionalProperties": False, "required": ["title", "published"],
        "properties": {
            "id": {"type": "string"},
            "title": _text("headline"),
            "publisher": {"type": "string"},
            "author": {"type": "string"},
            "url": {"type": "string", "format": "uri"},
            "published": _date("publication date"),
            "renditions": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["file"],
                "properties": {"file": _text("text file, relative to content/sources/"),
                               "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                               "note": {"type": "string"}}}},
        },
    }


@lru_cache(maxsize=2)
def _validator(kind: str):
    from jsonschema import Draft7Validator
    return Draft7Validator(site_schema() if kind == "site" else source_schema())


def _line_at(doc, path) -> int:
    """The line of the deepest part of `doc` along a jsonschema error path."""
    node, line = doc, getattr(doc, "line", 0)
    for step in path:
        if isinstance(node, dict):
            line = node.key_lines.get(step, line) if hasattr(node, "key_lines") else line
        try:
            node = node[step]
        except (KeyError, IndexError, TypeError):
            break
        line = getattr(node, "line", line)
    return line


def validate(doc, kind: str, path: str) -> list[Problem]:
    problems = []
    for err in sorted(_validator(kind).iter_errors(doc), key=lambda e: list(map(str, e.absolute_path))):
        where = ".".join(str(p) for p in err.absolute_path) or "the file"
        hint = ""
        if err.validator == "enum":
            hint = "use one of: " + ", ".join(map(str, err.validator_value))
        elif err.validator == "additionalProperties":
            allowed = err.schema.get("properties", {})
            hint = "allowed keys: " + ", ".join(allowed)
        problems.append(Problem(path, _line_at(doc, err.absolute_path), f"{where}: {err.message}", hint, code="schema"))
    return problems


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, schema in (("site", site_schema()), ("source", source_schema())):
        target = folder / f"{name}.schema.json"
        target.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        out.append(target)
    return out
