"""`heritage review`: what a reviewer and a script see and what lands in content/.

The scripted form (--list, --accept, --reject), the interactive one driven through stdin as a
person types, and rejections that a re-ingest of the same article does not propose again.
"""
from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from builder import ingest
from builder.content.load import load
from conftest import ROOT, heritage
from pending_kb import NEW_SITE, QUOTE, add_pending

SOURCE_TEXT = ROOT / "content/sources/texts/cnn-palmyra-2016-original.txt"


def listed(project: Path) -> list[dict]:
    done = heritage("review", "--list", cwd=project)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def review(project: Path, keys: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "builder", "review"], input=keys, capture_output=True, text=True,
                          cwd=project)


def test_list_names_each_pending_claim_with_a_stable_id_file_and_line(project, content):
    add_pending(content)
    items = listed(project)
    assert [(i["site"], i["type"], i["new_site"]) for i in items] == [
        ("al-tar-mountain", "seized", True), ("palmyra-citadel", "seized", False)]
    for item in items:
        assert item["id"].startswith(item["site"] + "/")
        lines = (project / item["file"]).read_text(encoding="utf-8").splitlines()
        assert lines[item["line"] - 1] == "  - type: seized"  # the line the event starts on
        assert item["evidence"] == [{"source": "cnn-palmyra-2016", "quote": QUOTE, "line": item["evidence"][0]["line"]}]
        assert item["date"] == "2016-12-10" and item["actor"] == "ISIS" and item["certainty"] == "reported"
    assert listed(project) == items  # the same ids on every run
    # an edit elsewhere in the file does not change an id
    citadel = content / "sites/palmyra-citadel.yml"
    citadel.write_text(citadel.read_text(encoding="utf-8").replace("Hilltop castle", "The hilltop castle"), encoding="utf-8")
    assert [i["id"] for i in listed(project)] == [i["id"] for i in items]


def test_accept_a_source_marks_its_claims_reviewed_and_keeps_comments(project, content):
    add_pending(content)
    citadel = content / "sites/palmyra-citadel.yml"
    comment = "# Not in the embedded gazetteer; placed by hand from maps of the castle hill, west of the ruins."
    assert comment in citadel.read_text(encoding="utf-8")
    done = heritage("review", "--accept", "cnn-palmyra-2016", cwd=project)
    assert done.returncode == 0, done.stderr
    assert "0 claim(s) still pending" in done.stdout
    assert listed(project) == []
    text = citadel.read_text(encoding="utf-8")
    assert "reviewed: false" not in text and comment in text
    assert all(e.reviewed for s in load(content).kb.sites.values() for e in s.events)


def test_accept_one_claim_by_id(project, content):
    add_pending(content)
    first, second = listed(project)
    assert heritage("review", "--accept", second["id"], cwd=project).returncode == 0
    assert [i["id"] for i in listed(project)] == [first["id"]]


def test_reject_removes_the_claim_remembers_it_and_reingest_proposes_nothing(project, content):
    add_pending(content)
    ids = [i["id"] for i in listed(project)]
    done = heritage("review", *[a for i in ids for a in ("--reject", i)], cwd=project)
    assert done.returncode == 0, done.stderr
    assert listed(project) == []
    # the site known only from the rejected claim is gone; the citadel keeps its reviewed event
    assert not (content / "sites/al-tar-mountain.yml").exists()
    assert [e.type for e in load(content).kb.sites["palmyra-citadel"].events] == ["attacked"]
    source = (content / "sources/cnn-palmyra-2016.yml").read_text(encoding="utf-8")
    assert "rejected:" in source and "site: al-tar-mountain" in source and "site: palmyra-citadel" in source
    assert '# The story\'s "Saturday" is its day of publication' in source  # the person's comment stays
    assert heritage("check", cwd=project).returncode == 0
    # the same article again, with the same two claims: nothing is proposed, no byte changes
    claims = [{"site": "al-Tar mountain", "event": "seized", "date": "2016-12-10", "actor": "ISIS",
               "certainty": "reported", "quote": QUOTE},
              {"site": "Palmyra Citadel", "event": "seized", "date": "2016-12-10", "actor": "ISIS",
               "certainty": "reported", "quote": QUOTE}]
    plan = ingest.plan(content, SOURCE_TEXT.read_text(encoding="utf-8"), claims, "2016-12-10", "cnn", "t")
    assert plan.changed == {}
    assert sum("already decided in review" in m for m in plan.messages) == 2
    # a claim that was not rejected is still proposed
    other = dict(claims[1], event="damaged")
    plan = ingest.plan(content, SOURCE_TEXT.read_text(encoding="utf-8"), [other], "2016-12-10", "cnn", "t")
    assert list(p.name for p in plan.changed) == ["palmyra-citadel.yml"]


def test_reject_of_an_unknown_or_reviewed_event_is_one_clear_line(project, content):
    add_pending(content)
    done = heritage("review", "--reject", "palmyra/000000000000", cwd=project)
    assert done.returncode == 2
    assert done.stderr.strip().startswith("heritage review: no event with id 'palmyra/000000000000'")
    assert "Traceback" not in done.stderr
    reviewed = [eid for eid in __import__("builder.review.ids", fromlist=["x"]).site_event_ids(load(content).kb.sites["palmyra"])][0]
    done = heritage("review", "--reject", reviewed, cwd=project)
    assert done.returncode == 2 and "is a reviewed event" in done.stderr
    done = heritage("review", "--accept", "no-such-source", cwd=project)
    assert done.returncode == 2 and "neither a source nor a pending claim" in done.stderr


def test_interactive_screen_shows_claim_quote_in_paragraph_and_site(project, content):
    add_pending(content)
    done = review(project, "q\n")
    assert done.returncode == 0, done.stderr
    screen = done.stdout
    assert "Claim 1 of 2" in screen
    assert "Site    al-Tar mountain (al-tar-mountain)  content/sites/al-tar-mountain.yml:7" in screen
    assert "status now: Unconfirmed · if accepted: Occupied" in screen
    assert "new site: known only from claims awaiting review" in screen
    assert "Claim   Seized · 10 December 2016 · actor: ISIS · reported" in screen
    flat = " ".join(screen.split())
    # the quote, marked, inside its paragraph: the next sentence of the article follows it
    assert "»ISIS also appeared to take control of the Amiriyah suburb" in flat
    assert "according to the monitoring group.« The ancient site is taking heavy machine-gun fire." in flat
    assert "[a] accept  [r] reject" in screen and "[q] quit" in screen
    assert "2 claim(s) still pending" in screen


def test_interactive_edit_accept_reject_and_bad_input(project, content):
    add_pending(content)
    # first claim: a bad date is refused, then date, actor and certainty edited, then accepted;
    # second claim: rejected
    keys = "d\n2016-02-30\nd\n2016-12\no\n-\nc\nconfirmed\na\nr\n"
    done = review(project, keys)
    assert done.returncode == 0, done.stderr
    assert "not done: date: '2016-02-30' is not a valid EDTF date" in done.stdout
    assert "1 accepted, 1 rejected, 3 edited; 0 claim(s) still pending." in done.stdout
    kb = load(content).kb
    tar = kb.sites["al-tar-mountain"].events[0]
    assert (tar.reviewed, tar.date.text, tar.actor, tar.certainty) == (True, "2016-12", None, "confirmed")
    assert [e.type for e in kb.sites["palmyra-citadel"].events] == ["attacked"]


def test_interactive_skip_quit_and_end_of_input_keep_claims_pending(project, content):
    add_pending(content)
    before = {p: p.read_text(encoding="utf-8") for p in (content / "sites").iterdir()}
    done = review(project, "s\n")  # skip one, then the input ends: like quitting
    assert done.returncode == 0
    assert "Claim 1 of 1" in done.stdout  # after a skip, the other claim
    assert {p: p.read_text(encoding="utf-8") for p in (content / "sites").iterdir()} == before
    assert len(listed(project)) == 2


def test_interactive_move_claim_to_another_site_and_merge_sites(project, content):
    add_pending(content)
    # move the new site's claim to Palmyra (by name), then merge al-Tar mountain into Palmyra
    done = review(project, "m\nPalmyra\nq\n")
    assert done.returncode == 0, done.stderr
    assert "moved to palmyra (Palmyra)" in done.stdout
    assert not (content / "sites/al-tar-mountain.yml").exists()  # it held nothing else
    palmyra = load(content).kb.sites["palmyra"]
    assert [e.type for e in palmyra.events if not e.reviewed] == ["seized"]
    # the same claim from the same article again: not proposed for al-Tar mountain a second time
    claim = {"site": "al-Tar mountain", "event": "seized", "date": "2016-12-10", "quote": QUOTE}
    assert ingest.plan(content, SOURCE_TEXT.read_text(encoding="utf-8"), [claim], "2016-12-10", "cnn", "t").changed == {}
    # merging two files that are one place: names and events join the site kept
    (content / "sites/al-tar-mountain.yml").write_text(NEW_SITE, encoding="utf-8")
    done = review(project, "g\nal-tar-mountain\npalmyra-citadel\nq\n")
    assert "al-tar-mountain: merged into palmyra-citadel" in done.stdout, done.stdout
    kb = load(content).kb
    assert "al-tar-mountain" not in kb.sites
    citadel = kb.sites["palmyra-citadel"]
    assert "al-Tar mountain" in [n.name for n in citadel.names]
    # al-Tar's pending seizure told the same thing as the citadel's: one event, its quote once
    assert [(e.type, e.reviewed, len(e.evidence)) for e in citadel.events] == [("attacked", True, 1), ("seized", False, 1)]
    assert heritage("check", cwd=project).returncode == 0


ARTICLE = """Militants bulldoze Assyrian city of Nimrud

Islamic State militants bulldozed the ancient Assyrian city of Nimrud on March 5, Iraqi officials said.

The group had looted the Mosul Museum in February, according to the ministry of tourism and antiquities. Witnesses said the militants destroyed the Lamassu statues at the Nergal Gate in Nineveh with power drills.

One archaeologist said the attack was like blowing up the Taj Mahal.
"""


def snapshot(content: Path) -> dict:
    return {p: p.read_bytes() for p in content.rglob("*") if p.is_file()}


def test_ingest_review_reingest_changes_nothing(project, content):
    """A team-written article through the whole loop: ingest, reject one claim, correct the date of
    another in the terminal, accept the rest by source; a second ingest changes no byte."""
    article = project / "in" / "nimrud.txt"
    article.parent.mkdir()
    article.write_text(ARTICLE, encoding="utf-8")
    ingest_args = ("ingest", str(article), "--published", "2015-03-10", "--publisher", "Test Wire")
    assert heritage(*ingest_args, cwd=project).returncode == 0
    items = listed(project)
    assert len(items) >= 2
    source = items[0]["sources"][0]
    assert heritage("review", "--reject", items[0]["id"], cwd=project).returncode == 0
    done = review(project, "d\n2015-02/2015-03\nq\n")  # the next claim shown is items[1]
    assert f"{items[1]['id']}: date set to 2015-02/2015-03" in done.stdout
    assert heritage("review", "--accept", source, cwd=project).returncode == 0
    assert listed(project) == []
    before = snapshot(content)
    again = heritage(*ingest_args, cwd=project)
    assert again.returncode == 0 and "nothing new" in again.stdout
    assert snapshot(content) == before
    assert listed(project) == []
    assert heritage("check", cwd=project).returncode == 0


def test_in_a_terminal_one_key_press_decides(project, content):
    """At a real terminal (a pseudo-terminal here) `a` alone accepts, without Enter."""
    import os
    import pty
    import select
    import time

    add_pending(content)
    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "builder", "review"], stdin=slave, stdout=slave, stderr=slave,
                            cwd=project, env={**os.environ, "COLUMNS": "100", "LINES": "40"})
    os.close(slave)
    seen = b""

    def read_until(marker: bytes, timeout: float = 30) -> None:
        nonlocal seen
        end = time.time() + timeout
        while marker not in seen and time.time() < end:
            if select.select([master], [], [], 0.2)[0]:
                try:
                    seen += os.read(master, 4096)
                except OSError:
                    break
        assert marker in seen, seen.decode("utf-8", "replace")[-2000:]

    try:
        read_until(b"Claim 1 of 2")
        read_until(b"> ")
        os.write(master, b"a")  # no Enter
        read_until(b"accepted (seized at al-Tar mountain)")
        read_until(b"Claim 1 of 1")
        os.write(master, b"q")
        read_until(b"1 accepted; 1 claim(s) still pending.")
        assert proc.wait(timeout=30) == 0
    finally:
        if proc.poll() is None:
            proc.kill()
        os.close(master)
    assert b"\x1b[2J" in seen  # a terminal gets a fresh screen per claim
    assert [i["site"] for i in listed(project)] == ["palmyra-citadel"]
