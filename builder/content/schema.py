"""The JSON Schemas of content/ files, made from the vocabularies, and validation to Problems.

Editors point at the written copies in builder/schema/ (`heritage schema` rewrites them); the
loader validates with the same in-memory schema, so the two cannot drift apart.
"""
from __future__ import annotations

import itertools
import json
import math
import re
from functools import lru_cache
from pathlib import Path

from ..errors import Problem
from ..vocab import vocab

SCHEMA_DIR = Path(__file__).resolve().parent.parent / "schema"
MAX_PER_FILE = 20  # schema problems reported for one file


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
            "reviewed": {"type": "boolean", "description": "false for a quote a command added to a reviewed event "
                         "and no person has checked"},
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
            "added": {"type": "string", "pattern": r"^\d{4}-\d{2}-\d{2}$",
                      "description": "the day the event entered the knowledge base (YYYY-MM-DD); dates it in the feed"},
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
            "candidates": {
                "type": "array", "description": "places this site may be: `heritage ingest` could not tell "
                "namesakes apart; keep one (identifiers, part_of) and delete this list",
                "items": {"type": "object", "additionalProperties": False, "required": ["name"], "properties": {
                    "name": _text("the candidate's name"),
                    "site": {"type": "string", "description": "id of a site in content/sites/"},
                    "wikidata": {"type": "string", "pattern": v["identifiers"]["wikidata"]["pattern"]},
                    "pleiades": {"type": ["string", "integer"], "pattern": v["identifiers"]["pleiades"]["pattern"]},
                    "note": {"type": "string", "description": "what the gazetteer says of it"}}}},
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
            "url": {"type": "string", "pattern": "^https?://", "description": "the article's address (http or https)"},
            "published": _date("publication date"),
            "renditions": {"type": "array", "items": {
                "type": "object", "additionalProperties": False, "required": ["file"],
                "properties": {"file": _text("text file, relative to content/sources/"),
                               "sha256": {"type": "string", "pattern": "^[0-9a-f]{64}$"},
                               "note": {"type": "string"}}}},
            "rejected": {"type": "array", "description": "claims rejected in `heritage review`: ingest does not propose them again",
                         "items": {
                "type": "object", "additionalProperties": False, "required": ["claim"],
                "properties": {"claim": {"type": "string", "pattern": "^[0-9a-f]{12}$",
                                         "description": "fingerprint of the event type and quote"},
                               "site": {"type": "string", "description": "id of the site the claim was about"},
                               "name": {"type": "string", "description": "that site's name"},
                               "type": {"type": "string", "description": "the event type proposed"},
                               "decision": {"enum": ["rejected", "moved", "corrected"],
                                            "description": "moved to another site, or corrected in review (default: rejected)"}}}},
        },
    }


def is_number(value) -> bool:
    """A real, finite number: YAML's .nan and .inf parse as floats, but no place is at NaN degrees,
    and JSON (the schema's own language) has no such values; true and false are not numbers."""
    return isinstance(value, (int, float)) and not isinstance(value, bool) and math.isfinite(value)


@lru_cache(maxsize=2)
def _validator(kind: str):
    from jsonschema import Draft7Validator, validators
    checker = Draft7Validator.TYPE_CHECKER.redefine("number", lambda _checker, value: is_number(value))
    cls = validators.extend(Draft7Validator, type_checker=checker)
    return cls(site_schema() if kind == "site" else source_schema())


_TYPE_WORDS = {"string": "text", "number": "a number", "integer": "a whole number", "array": "a list",
               "object": "a mapping (key: value lines)", "boolean": "true or false", "null": "nothing"}


def _found(value) -> str:
    if value is None:
        return "nothing"
    if isinstance(value, float) and not math.isfinite(value):
        return f"{value} (not a number)"
    kinds = ((bool, "true/false"), (str, "text"), ((int, float), "a number"), (list, "a list"), (dict, "a mapping"))
    what = next((word for kind, word in kinds if isinstance(value, kind)), type(value).__name__)
    shown = json.dumps(value, ensure_ascii=False, default=str)
    return f"{what} {shown[:60] + '…' if len(shown) > 60 else shown}"


def _type_problem(where: str, err) -> tuple[str, str]:
    """A type error in a person's words: `part_of: expected text or nothing, found a list ["palmyra"]`."""
    expected = err.validator_value if isinstance(err.validator_value, list) else [err.validator_value]
    words = " or ".join(_TYPE_WORDS.get(e, e) for e in expected)
    hint = "write one value, not a list" if isinstance(err.instance, list) and "array" not in expected else ""
    return f"{where}: expected {words}, found {_found(err.instance)}", hint


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


# --- a fast path for valid files -------------------------------------------------------------
# jsonschema costs ~1.5 ms a site file, most of a 10,000-site load. Nearly every file is valid, so
# a checker compiled from the same schema answers "certainly valid" for the keywords used above;
# anything else it is unsure of (an unknown keyword, a float where an integer is asked, ...) says
# False, and jsonschema then finds and words the errors exactly as before.

_ANNOTATIONS = {"$schema", "$id", "title", "description", "default", "format"}  # format is not asserted by Draft7Validator
_TYPES = {
    "string": lambda v: isinstance(v, str),
    "object": lambda v: isinstance(v, dict),
    "array": lambda v: isinstance(v, list),
    "null": lambda v: v is None,
    "boolean": lambda v: isinstance(v, bool),
    "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),  # 3.0 counts too: left to jsonschema
    "number": is_number,
}


def _never(value) -> bool:
    return False


def _compile(schema: dict):
    """A function value -> True when `value` certainly satisfies `schema`."""
    if not isinstance(schema, dict) or set(schema) - _ANNOTATIONS - {
            "type", "enum", "required", "properties", "additionalProperties", "items", "minItems",
            "minLength", "minimum", "maximum", "pattern"}:
        return _never
    tests = []
    if "type" in schema:
        kinds = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        if any(k not in _TYPES for k in kinds):
            return _never
        checks = [_TYPES[k] for k in kinds]
        tests.append(checks[0] if len(checks) == 1 else lambda v: any(c(v) for c in checks))
    if "enum" in schema:
        if not all(isinstance(e, str) for e in schema["enum"]):
            return _never
        allowed = frozenset(schema["enum"])
        tests.append(lambda v: isinstance(v, str) and v in allowed)
    if "minLength" in schema:
        n = schema["minLength"]
        tests.append(lambda v: not isinstance(v, str) or len(v) >= n)
    if "pattern" in schema:
        rx = re.compile(schema["pattern"])
        tests.append(lambda v: not isinstance(v, str) or rx.search(v) is not None)
    for key, op in (("minimum", "ge"), ("maximum", "le")):
        if key in schema:
            bound = schema[key]
            number = _TYPES["number"]
            if op == "ge":
                tests.append(lambda v, b=bound: not number(v) or v >= b)
            else:
                tests.append(lambda v, b=bound: not number(v) or v <= b)
    if "required" in schema:
        required = frozenset(schema["required"])
        tests.append(lambda v: not isinstance(v, dict) or v.keys() >= required)  # set work at C speed
    if "additionalProperties" in schema:
        if schema["additionalProperties"] is not False:
            return _never
        known = frozenset(schema.get("properties", {}))
        tests.append(lambda v: not isinstance(v, dict) or known.issuperset(v))
    if "properties" in schema:
        props = {k: _compile(sub) for k, sub in schema["properties"].items()}

        def properties(v):
            if not isinstance(v, dict):
                return True
            for key, value in v.items():
                check = props.get(key)
                if check is not None and not check(value):
                    return False
            return True
        tests.append(properties)
    if "minItems" in schema:
        n = schema["minItems"]
        tests.append(lambda v: not isinstance(v, list) or len(v) >= n)
    if "items" in schema:
        if not isinstance(schema["items"], dict):
            return _never
        item = _compile(schema["items"])
        tests.append(lambda v: not isinstance(v, list) or all(map(item, v)))

    if len(tests) == 1:  # most properties: one test, called as it is (a tenth of loading 10,000 sites)
        return tests[0]

    def check(value) -> bool:
        for test in tests:
            if not test(value):
                return False
        return True
    return check


@lru_cache(maxsize=2)
def _certainly_valid(kind: str):
    return _compile(site_schema() if kind == "site" else source_schema())


def validate(doc, kind: str, path: str) -> list[Problem]:
    if _certainly_valid(kind)(doc):
        return []
    problems = []
    # a file of 600,000 wrong list items would print 600,000 lines (and take a minute): the first
    # few say what is wrong, and the rest follow once those are fixed
    found = list(itertools.islice(_validator(kind).iter_errors(doc), MAX_PER_FILE + 1))
    if len(found) > MAX_PER_FILE:
        found = found[:MAX_PER_FILE]
        problems.append(Problem(path, getattr(doc, "line", 1), f"more than {MAX_PER_FILE} schema problems in this file; "
                                "the first are listed", "fix those and check again", code="schema"))
    for err in sorted(found, key=lambda e: [(0, p, "") if isinstance(p, int) else (1, 0, str(p)) for p in e.absolute_path]):
        where = ".".join(str(p) for p in err.absolute_path) or "the file"
        hint, message = "", f"{where}: {err.message}"
        if err.validator == "type":
            message, hint = _type_problem(where, err)
        elif err.validator == "enum":
            found = f"'{err.instance}'" if isinstance(err.instance, str) else _found(err.instance)  # as written
            message = f"{where}: {found} is not one of the allowed values"
            hint = "use one of: " + ", ".join(map(str, err.validator_value))
        elif err.validator == "additionalProperties":
            allowed = err.schema.get("properties", {})
            hint = "allowed keys: " + ", ".join(allowed)
        problems.append(Problem(path, _line_at(doc, err.absolute_path), message, hint, code="schema"))
    return problems


@lru_cache(maxsize=1)
def _coordinate_checks():
    props = site_schema()["properties"]["location"]["properties"]
    return _compile(props["lat"]), _compile(props["lon"])


def coordinates_valid(lat, lon) -> bool:
    """Whether lat and lon are what the schema asks (finite numbers in range): the loader uses only those."""
    lat_ok, lon_ok = _coordinate_checks()
    return lat_ok(lat) and lon_ok(lon)


def write_schemas(folder: Path = SCHEMA_DIR) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name, schema in (("site", site_schema()), ("source", source_schema())):
        target = folder / f"{name}.schema.json"
        target.write_text(json.dumps(schema, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
        out.append(target)
    return out
