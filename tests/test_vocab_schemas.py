"""The vocabulary files are data checked by committed JSON Schemas; a new event type is one entry."""
import datetime as dt
from pathlib import Path

import jsonschema
import pytest
import yaml

from builder.extract import extract_claims, lexicon
from builder.extract.known import builtin_sites
from builder.vocab import registry, schemas
from builder.vocab.site_kinds import site_kinds

ROOT = Path(__file__).resolve().parents[1]
VOCAB = ROOT / "builder" / "vocab"


@pytest.mark.parametrize("name", sorted(schemas.SCHEMAS))
def test_committed_vocabulary_schemas_equal_the_generated_ones(name):
    committed = ROOT / "builder" / "schema" / f"{name}.schema.json"
    assert committed.read_text(encoding="utf-8") == schemas.rendered(name), f"{committed} is stale: run `heritage schema`"


@pytest.mark.parametrize("name", sorted(schemas.SCHEMAS))
def test_each_vocabulary_file_follows_its_schema(name):
    data = yaml.safe_load((VOCAB / f"{name}.yml").read_text(encoding="utf-8"))
    errors = [f"{list(e.path)}: {e.message}" for e in jsonschema.Draft7Validator(schemas.SCHEMAS[name]()).iter_errors(data)]
    assert errors == []


def test_a_misspelt_event_field_is_caught_by_the_schema():
    data = yaml.safe_load((VOCAB / "vocab.yml").read_text(encoding="utf-8"))
    data["events"]["damaged"]["harmful"] = True  # not a field of EventType
    errors = list(jsonschema.Draft7Validator(schemas.vocab_schema()).iter_errors(data))
    assert [list(e.path) for e in errors] == [["events", "damaged"]]


def test_a_trigger_rule_naming_an_unknown_word_class_is_refused(tmp_path):
    data = yaml.safe_load((VOCAB / "events_lexicon.yml").read_text(encoding="utf-8"))
    data["event_rules"]["seized"] = {"not_by": "hooligans"}
    path = tmp_path / "lexicon.yml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ValueError, match="hooligans"):
        lexicon.load.__wrapped__(path)


def test_site_heads_and_anaphors_come_from_the_vocabulary():
    kinds = site_kinds()
    assert kinds.kind_of("Cathedral") == "church" and kinds.kind_of("mezquita") == "mosque"
    assert kinds.anaphors["city"] == kinds.groups["settlement"]
    assert kinds.anaphors["site"] is None  # any heritage site
    assert kinds.akin("church", "monastery") and not kinds.akin("mosque", "church")


def test_a_new_event_type_is_one_vocabulary_entry_and_its_triggers(monkeypatch, tmp_path):
    """'surveyed': its entry in vocab.yml and its verbs and nouns in events_lexicon.yml; no code. The
    verb's object, the passive's subject and the noun's complement are its site, as for any type."""
    from builder import vocab as vocab_mod

    data = dict(vocab_mod.vocab())
    data["events"] = {**data["events"], "surveyed": {"label": "Surveyed", "family": "research"}}
    lex = yaml.safe_load((VOCAB / "events_lexicon.yml").read_text(encoding="utf-8"))
    lex["triggers"]["surveyed"] = {"object": ["survey(?:s|ed|ing)?"], "noun": ["survey"]}
    path = tmp_path / "lexicon.yml"
    path.write_text(yaml.safe_dump(lex), encoding="utf-8")
    monkeypatch.setattr(registry, "vocab", lambda: data)
    registry.event_types.cache_clear()
    try:
        custom = lexicon.load.__wrapped__(path)
        monkeypatch.setattr(lexicon, "load", lambda: custom)
        day = dt.date(2016, 12, 10)
        for text in ("Archaeologists surveyed the Temple of Bel on Friday.",
                     "The Temple of Bel was surveyed by drones on Friday.",
                     "A survey of the Temple of Bel was made on Friday."):
            got = [(c.site, c.event, c.date.edtf) for c in extract_claims(text, day, builtin_sites(text))]
            assert got == [("Temple of Bel", "surveyed", "2016-12-09")], text
    finally:
        registry.event_types.cache_clear()
