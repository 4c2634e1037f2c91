"""One vocabulary: event types are data in builder/vocab/vocab.yml, asked through one registry."""
import json
from pathlib import Path

import pytest

from builder import vocab as vocab_mod
from builder.content import schema
from builder.content.schema import write_schemas
from builder.extract import lexicon
from builder.vocab import registry

ROOT = Path(__file__).resolve().parents[1]


def test_graded_harm_ranks_destroyed_over_damaged_over_attacked():
    assert registry.strength("destroyed") > registry.strength("damaged") > registry.strength("attacked") > 0
    assert registry.family("destroyed") == registry.family("damaged") == registry.family("attacked")
    assert registry.is_harm("looted") and not registry.is_harm("restored")
    assert registry.event_type("destroyed").partial == "damaged"


def test_the_scored_types_are_the_shared_evaluations_seven():
    assert registry.scored() == {"seized", "recaptured", "destroyed", "damaged", "looted", "restored", "inscribed"}


def test_every_trigger_names_a_registered_event_type():
    known = registry.event_types()
    assert {t.event for t in lexicon.load().triggers} <= set(known)


def test_extractor_pseudo_events_are_never_written():
    assert not registry.event_type("continued").written
    written = {n for n, t in registry.event_types().items() if t.written}
    assert written == set(vocab_mod.event_types())


def test_a_new_event_type_is_one_entry(monkeypatch):
    data = dict(vocab_mod.vocab())
    data["events"] = {**data["events"], "flooded": {"label": "Flooded", "condition": "damaged", "family": "harm",
                                                    "strength": 2, "harm": True}}
    monkeypatch.setattr(registry, "vocab", lambda: data)
    monkeypatch.setattr(schema, "vocab", lambda: data)
    registry.event_types.cache_clear()
    schema.site_schema.cache_clear()
    try:
        assert registry.is_harm("flooded") and registry.family("flooded") == registry.family("damaged")
        assert "flooded" in schema.site_schema()["properties"]["events"]["items"]["properties"]["type"]["enum"]
    finally:
        registry.event_types.cache_clear()
        schema.site_schema.cache_clear()


def test_committed_json_schemas_equal_the_generated_ones(tmp_path):
    for path in write_schemas(tmp_path):
        committed = ROOT / "builder" / "schema" / path.name
        assert json.loads(path.read_text()) == json.loads(committed.read_text()), \
            f"{committed} is stale: run `heritage schema`"


def test_verbs_of_saying_are_one_list_read_by_every_rule():
    """certainty, clauses, date attachment and the main event read the lexicon's `saying_verbs` (by lemma);
    the forms that are nouns too stay out of the rules that read the raw string."""
    from builder.extract import certainty, clauses, date_attachment, main_event
    from builder.extract.lexicon import load
    from builder.extract.parse import forms

    lex = load()
    assert {"say", "tell", "announce"} <= lex.saying
    assert date_attachment.REPORT_VERBS == forms(lex.saying)
    assert clauses.BOUNDARY.search("officials announced the mosque was shut").group(0) == "announced"
    assert clauses.BOUNDARY.search("the Islamic State group") is None
    assert main_event._unshifted("officials announced the dome had collapsed") == "officials announced the dome collapsed"
    assert main_event._unshifted("Islamic State had seized the town") == "Islamic State had seized the town"
    assert certainty._attributed_to_partisan("The church burned, activists declared.", lex)
