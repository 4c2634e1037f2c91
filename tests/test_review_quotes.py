"""A quote that ingest adds to an event a person has already reviewed is a claim too.

Ingesting a second article about the destruction of the Temple of Baalshamin (reviewed in the
demo) adds its sentence to that event. Until a person accepts it, the quote is shown on the site
page as proposed and publishes nothing: not in the downloads, not as a source's reading. Accepted,
it is a citation like any other; rejected, it is removed and not proposed again.
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from builder.content.load import load
from conftest import heritage, mkdocs_build, write

SENTENCE = "Islamic State militants blew up the Temple of Baalshamin in Palmyra, the Syrian antiquities chief said on Sunday."


def ingest_second_article(project: Path) -> None:
    article = write(project / "incoming" / "wire-baalshamin-2015.txt",
                    f"Palmyra temple blown up\n\n{SENTENCE}\n\nThe temple was built in the first century.\n")
    done = heritage("ingest", str(article), "--published", "2015-08-24", "--publisher", "Wire", cwd=project)
    assert done.returncode == 0, done.stderr + done.stdout
    assert "not yet reviewed" in done.stdout


def listed(project: Path) -> list[dict]:
    done = heritage("review", "--list", cwd=project)
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def quotes_in_csv(project: Path) -> list[str]:
    text = (project / "site/downloads/events.csv").read_text(encoding="utf-8")
    return [row["quote"] for row in csv.DictReader(io.StringIO(text))]


def test_a_new_quote_for_a_reviewed_event_waits_for_review(project, content):
    before = load(content).kb.sites["temple-of-baalshamin"]
    destroyed = next(e for e in before.events if e.type == "destroyed")
    assert destroyed.reviewed
    ingest_second_article(project)

    site = load(content).kb.sites["temple-of-baalshamin"]
    event = next(e for e in site.events if e.type == "destroyed")
    assert event.reviewed and len(event.evidence) == len(destroyed.evidence) + 1
    new = event.evidence[-1]
    assert new.quote == SENTENCE and not new.reviewed

    items = [i for i in listed(project) if i["claim"] == "quote"]
    assert len(items) == 1
    item = items[0]
    assert item["site"] == "temple-of-baalshamin" and item["type"] == "destroyed"
    assert item["evidence"] == [{"source": item["sources"][0], "quote": SENTENCE, "line": new.line}]
    assert item["id"].count("/") == 2
    lines = (project / item["file"]).read_text(encoding="utf-8").splitlines()
    assert SENTENCE in "\n".join(lines[item["line"] - 1:item["line"] + 2])

    built = mkdocs_build(project)
    assert built.returncode == 0, built.stderr
    page = (project / "site/sites/temple-of-baalshamin/index.html").read_text(encoding="utf-8")
    quote_at = page.index(SENTENCE)
    assert "proposed quote, awaiting review" in page[quote_at:quote_at + 1500]
    assert SENTENCE not in quotes_in_csv(project)
    review = (project / "site/review/index.html").read_text(encoding="utf-8")
    assert item["id"] in review and "1 quote(s) for reviewed events" in review


def test_accepting_the_quote_publishes_it(project, content):
    ingest_second_article(project)
    item = next(i for i in listed(project) if i["claim"] == "quote")
    done = heritage("review", "--accept", item["id"], cwd=project)
    assert done.returncode == 0, done.stderr
    assert "accepted (quote for the destroyed" in done.stdout
    assert not [i for i in listed(project) if i["claim"] == "quote"]
    assert all(ev.reviewed for e in load(content).kb.sites["temple-of-baalshamin"].events for ev in e.evidence)
    assert mkdocs_build(project).returncode == 0
    assert SENTENCE in quotes_in_csv(project)
    page = (project / "site/sites/temple-of-baalshamin/index.html").read_text(encoding="utf-8")
    assert "proposed quote" not in page


def test_rejecting_the_quote_removes_it_and_reingest_does_not_propose_it(project, content):
    ingest_second_article(project)
    item = next(i for i in listed(project) if i["claim"] == "quote")
    site_file = project / item["file"]
    done = heritage("review", "--reject", item["id"], cwd=project)
    assert done.returncode == 0, done.stderr
    assert SENTENCE not in site_file.read_text(encoding="utf-8")
    after_reject = site_file.read_text(encoding="utf-8")
    again = heritage("ingest", str(project / "incoming" / "wire-baalshamin-2015.txt"), "--published", "2015-08-24",
                     cwd=project)
    assert again.returncode == 0, again.stderr
    assert site_file.read_text(encoding="utf-8") == after_reject
    assert not [i for i in listed(project) if i["claim"] == "quote"]


def test_a_proposed_quote_cannot_be_edited_as_an_event(project, content):
    ingest_second_article(project)
    item = next(i for i in listed(project) if i["claim"] == "quote")
    site_file = project / item["file"]
    before = site_file.read_text(encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "builder", "review"], input="d\n2016\nq\n", capture_output=True,
                          text=True, cwd=project)
    assert "a new quote for this reviewed event" in done.stdout
    assert "not done: " in done.stdout and "accept or reject the quote" in done.stdout
    assert site_file.read_text(encoding="utf-8") == before
