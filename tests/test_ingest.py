"""Merging claims into content/: adds, never rewrites, and a second run changes nothing."""
from pathlib import Path

from builder import ingest
from builder.check import check
from builder.content.load import load
from conftest import ROOT

SEED = ROOT / "content/sources/texts/cnn-palmyra-2016-original.txt"
RENDITION = ROOT / "content/sources/texts/cnn-palmyra-2016-cnndm-rendition.txt"
CLAIMS = [
    {"site": "Palmyra", "mention": "the city", "event": "seized", "date": "2015-05", "actor": "ISIS",
     "certainty": "confirmed", "quote": "ISIS had seized the city in May 2015."},
    {"site": "Temple of Baalshamin", "mention": "Temple of Baalshamin", "event": "destroyed", "date": None,
     "actor": "ISIS", "certainty": "confirmed",
     "quote": "ISIS demolished some of the ruins, including the 1,800-year-old Arch of Triumph and the nearly 2,000-year-old Temple of Baalshamin."},
    {"site": "Palmyra", "mention": "Palmyra", "event": "recaptured", "date": "2016-03-27", "actor": "Syrian army",
     "certainty": "confirmed", "quote": "The Syrian army and militias loyal to the regime chased out ISIS fighters on March 27, according to state-run media.",
     "quotes": ["The Syrian army and militias loyal to the regime chased out ISIS fighters on March 27, according to state-run media.",
                "ISIS is reportedly making inroads in the central Syrian city of Palmyra – nearly a year after government forces recaptured the ancient city from the terror group, according to the activist-run Palmyra Coordination Committee."]},
]


def run(content: Path, text_path: Path = SEED, claims=CLAIMS):
    p = ingest.plan(content, text_path.read_text(encoding="utf-8"), claims, "2016-12-10", text_path.stem,
                    "ISIS reportedly gains ground in Syria's ancient city of Palmyra", {"publisher": "CNN"})
    ingest.apply(p)
    return p


def test_into_empty_content_then_idempotent(tmp_path):
    content = tmp_path / "content"
    first = run(content)
    assert {p.name for p in (content / "sites").iterdir()} == {"palmyra.yml", "temple-of-baalshamin.yml"}
    loaded = load(content)
    assert check(loaded) == []
    palmyra = loaded.kb.sites["palmyra"]
    assert [e.type for e in palmyra.events] == ["seized", "recaptured"]
    assert all(not e.reviewed for e in palmyra.events)
    assert len(palmyra.events[1].evidence) == 2
    assert loaded.kb.sites["temple-of-baalshamin"].kind == "temple"
    assert first.changed
    assert not run(content).changed  # a second run changes nothing


def test_second_rendition_is_the_same_source(tmp_path):
    content = tmp_path / "content"
    run(content)
    second = run(content, RENDITION, [dict(CLAIMS[0], quote="ISIS had seized the city in May 2015.")])
    kb = load(content).kb
    assert list(kb.sources) == ["isis-reportedly-gains-ground-in-syria-s-ancient"]
    assert len(next(iter(kb.sources.values())).renditions) == 2
    assert [e.type for e in kb.sites["palmyra"].events] == ["seized", "recaptured"]
    assert any("same story" in m for m in second.messages)


def test_into_curated_kb_keeps_comments_and_adds_no_duplicates(content):
    before = {p.name: p.read_text() for p in (content / "sites").iterdir()}
    result = run(content)
    after = {p.name: p.read_text() for p in (content / "sites").iterdir()}
    assert after == before, result.diff()  # every claim is already there, with its quotes
    assert not result.changed


def test_new_quote_for_known_event_is_added_and_comments_kept(content):
    claim = dict(CLAIMS[0], quote="The militants seized control of Palmyra in May 2015", date="2015")
    extra = {"site": "Temple of Baalshamin", "event": "destroyed", "date": "2015-08", "actor": "ISIS",
             "certainty": "reported", "quote": "The ancient site is taking heavy machine-gun fire."}
    run(content, claims=[claim, extra])
    text = (content / "sites/temple-of-baalshamin.yml").read_text()
    assert "# The article gives no date; ISIS held the city from May 2015 to March 2016." in text
    event = load(content).kb.sites["temple-of-baalshamin"].events[1]
    assert event.evidence[-1].quote == extra["quote"] and event.evidence[-1].certainty == "reported"


def test_dry_run_plan_writes_nothing_and_shows_a_diff(tmp_path):
    content = tmp_path / "content"
    p = ingest.plan(content, SEED.read_text(), CLAIMS, "2016-12-10", "seed")
    assert not content.exists()
    assert "+name: Temple of Baalshamin" in p.diff()
