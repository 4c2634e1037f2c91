"""Merging claims into content/: adds, never rewrites, and a second run changes nothing."""
import re
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
    extra = {"site": "Temple of Baalshamin", "mention": "The ancient site", "event": "destroyed", "date": "2015-08",
             "actor": "ISIS", "certainty": "reported", "quote": "The ancient site is taking heavy machine-gun fire."}
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


# --- the command, with the real extractor -----------------------------------------------------

from conftest import heritage, mkdocs_build  # noqa: E402


def ingest_cli(content: Path, *paths: Path, extra=()):
    return [heritage("ingest", str(p), "--published", "2016-12-10", "--content", str(content), *extra) for p in paths]


def test_seed_into_empty_kb_builds_and_is_idempotent(project):
    content = project / "content"
    import shutil
    shutil.rmtree(content)
    originals = [SEED, RENDITION]
    runs = ingest_cli(content, *originals)
    for done in runs:
        assert done.returncode == 0, done.stderr
    said = "".join(run.stdout for run in runs)
    kb = load(content).kb
    assert len(kb.sources) == 1 and len(next(iter(kb.sources.values())).renditions) == 2
    assert {"palmyra", "temple-of-baalshamin", "arch-of-triumph"} <= set(kb.sites)
    seized = [e for e in kb.sites["palmyra"].events if e.type == "seized" and e.date and e.date.text == "2015-05"]
    assert len(seized) == 1
    # the command ends by saying what now waits for a person: the review, and the sites to locate
    pending = sum(1 for s in kb.sites.values() for e in s.events if e.reviewed is False)
    assert f"next: {pending} proposal(s) await review" in done.stdout, done.stdout
    # new sites the embedded gazetteer knows by their id are placed by ingest itself, offline
    placed = {sid: s.location for sid, s in kb.sites.items() if s.location}
    assert placed and all(loc.source == "gazetteer" for loc in placed.values())
    assert all(f"located {sid}: gazetteer:" in said for sid in placed), said
    lat, lon = placed["palmyra"].lat, placed["palmyra"].lon
    assert 34.4 < lat < 34.7 and 38.1 < lon < 38.4  # Tadmur, Syria
    unlocated = sorted(sid for sid, s in kb.sites.items() if s.location is None)
    assert unlocated and f"next: {len(unlocated)} site(s) have no location ({unlocated[0]}" in done.stdout
    geocoded = heritage("geocode", "--content", str(content))
    assert geocoded.returncode == 0, geocoded.stderr
    assert re.search(r"embedded gazetteer +0\n", geocoded.stdout), geocoded.stdout  # nothing left for it
    assert f"next: {len(unlocated)} site(s) have no location ({', '.join(unlocated)})" in ingest_cli(content, SEED)[0].stdout
    snapshot = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    for done in ingest_cli(content, *originals):
        assert done.returncode == 0 and "nothing new" in done.stdout
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == snapshot
    built = mkdocs_build(project, "--strict")
    assert built.returncode == 0, built.stderr
    assert "proposed, awaiting review" in (project / "site/sites/palmyra/index.html").read_text()
    queue = (project / "site/review/index.html").read_text()
    assert queue.count('class="timeline-event"') == sum(len(s.events) for s in kb.sites.values())
    assert "ISIS had seized the city in May 2015." in queue


def test_seed_into_curated_kb_adds_no_event_and_keeps_comments(content):
    before = load(content).kb
    comments = {p.name: [l for l in p.read_text().splitlines() if l.lstrip().startswith("#")]
                for p in (content / "sites").iterdir()}
    for done in ingest_cli(content, SEED, RENDITION):
        assert done.returncode == 0, done.stderr
    after = load(content).kb
    assert {s: len(x.events) for s, x in after.sites.items()} == {s: len(x.events) for s, x in before.sites.items()}
    for p in (content / "sites").iterdir():
        now = [l for l in p.read_text().splitlines() if l.lstrip().startswith("#")]
        assert now == comments[p.name]
    assert check(load(content)) == []


def test_dry_run_prints_a_diff_and_writes_nothing(content):
    snapshot = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    [done] = ingest_cli(content, SEED, extra=("--dry-run",))
    assert done.returncode == 0 and done.stdout.startswith("---")
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == snapshot


def test_bad_inputs_exit_2_and_write_nothing(tmp_path, content):
    snapshot = {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}
    empty = tmp_path / "empty.txt"
    empty.write_text("")
    binary = tmp_path / "blob.txt"
    binary.write_bytes(bytes(range(256)) * 20)
    nohtml = tmp_path / "page.html"
    nohtml.write_text("<html><head><title>x</title></head><body><nav>menu</nav></body></html>")
    for path, published in ((empty, "2016-12-10"), (binary, "2016-12-10"), (nohtml, "2016-12-10"), (SEED, "2016-02-30")):
        done = heritage("ingest", str(path), "--published", published, "--content", str(content))
        assert done.returncode == 2, (path, done.stderr)
        assert "Traceback" not in done.stderr and len(done.stderr.strip().splitlines()) == 1, done.stderr
    assert {p: p.read_bytes() for p in content.rglob("*") if p.is_file()} == snapshot
