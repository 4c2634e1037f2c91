"""Data others can cite and reuse: a licence in every download, a Frictionless datapackage.json
that validates, feed entries dated by when events entered the knowledge base, absolute JSON-LD
ids, and a citation on every site page."""
from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import frictionless
import pytest

from builder.content.load import load
from builder.export import DATAPACKAGE, EXPORTS, write_all
from builder.export.feed import ATOM, atom
from builder.export.links import Links
from builder.history import entered, file_days
from builder.publication import Publication, license_named
from builder.render.pages import Renderer

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "browser" / "fixture" / "content"
NS = {"a": ATOM}
PUB = Publication("https://example.org/kb/", "Test KB", license_named("ODbL-1.0"), license_named("CC-BY-4.0"))


@pytest.fixture(scope="module")
def downloads(tmp_path_factory):
    out = tmp_path_factory.mktemp("site")
    write_all(load(FIXTURE).kb, out, PUB.site_url, True, PUB.site_name, PUB)
    return out


def test_datapackage_describes_every_download_and_validates(downloads):
    package = json.loads((downloads / DATAPACKAGE).read_text(encoding="utf-8"))
    assert [r["path"] for r in package["resources"]] == [e.path for e in EXPORTS]
    assert package["licenses"] == [{"name": "ODbL-1.0", "title": "Open Data Commons Open Database License 1.0",
                                    "path": "https://opendatacommons.org/licenses/odbl/1-0/"}]
    csv_fields = next(r for r in package["resources"] if r["path"].endswith(".csv"))["schema"]["fields"]
    with open(downloads / "downloads" / "events.csv", encoding="utf-8", newline="") as f:
        assert [f["name"] for f in csv_fields] == next(csv.reader(f))
    report = frictionless.validate(str(downloads / DATAPACKAGE))
    assert report.valid, report.flatten(["rowNumber", "fieldName", "type", "note"])


def test_datapackage_catches_a_changed_file(downloads, tmp_path):
    copy = tmp_path / "copy"
    shutil.copytree(downloads, copy)
    events = copy / "downloads" / "events.csv"
    events.write_text(events.read_text(encoding="utf-8").replace("confirmed", "Confirmed", 1), encoding="utf-8")
    assert not frictionless.validate(str(copy / DATAPACKAGE)).valid


def test_every_download_carries_the_licence(downloads):
    geo = json.loads((downloads / "downloads" / "sites.geojson").read_text(encoding="utf-8"))
    lp = json.loads((downloads / "downloads" / "sites.lp.json").read_text(encoding="utf-8"))
    assert geo["license"]["name"] == lp["license"]["name"] == "ODbL-1.0"
    with open(downloads / "downloads" / "events.csv", encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert rows and {r["license"] for r in rows} == {"ODbL-1.0"}
    feed = ET.parse(downloads / "feed.xml").getroot()
    assert "ODbL 1.0" in feed.find("a:rights", NS).text


def test_an_event_added_today_from_an_old_article_leads_the_feed(tmp_path):
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    for path in (content / "sites").glob("*.yml"):  # everything else is old
        os.utime(path, (0, 86400 * 365 * 20))
    site = content / "sites" / "nineveh-palace.yml"
    text = site.read_text(encoding="utf-8")
    assert "added:" not in text
    kb = load(content).kb
    last = kb.sites["nineveh-palace"].events[-1]
    lines = text.splitlines(keepends=True)
    lines.insert(last.line, "    added: '2099-01-02'\n")  # just after `- type:` of the last event
    site.write_text("".join(lines), encoding="utf-8")
    kb = load(content).kb
    assert kb.sites["nineveh-palace"].events[-1].added == "2099-01-02"
    root = ET.fromstring(atom(kb, Links("https://example.org/kb/"), "KB", entered(kb)))
    first = root.find("a:entry", NS)
    assert first.find("a:updated", NS).text == "2099-01-02T00:00:00Z"
    assert first.find("a:link", NS).get("href").endswith(f"sites/nineveh-palace/#{last.anchor}")


def test_without_added_the_file_history_dates_an_event(tmp_path):
    content = tmp_path / "content" / "sites"
    content.mkdir(parents=True)
    (content / "a.yml").write_text("name: A\n", encoding="utf-8")
    (content / "b.yml").write_text("name: B\n", encoding="utf-8")
    git = lambda *args, **env: subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True,
                                               env={**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t",
                                                    "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@t", **env})
    git("init", "-q")
    git("add", "-A")
    git("commit", "-qm", "first", GIT_COMMITTER_DATE="2001-02-03T12:00:00Z", GIT_AUTHOR_DATE="2001-02-03T12:00:00Z")
    (content / "b.yml").write_text("name: B\nkind: temple\n", encoding="utf-8")  # changed, not committed: mtime
    os.utime(content / "b.yml", (1_000_000_000, 1_000_000_000))  # 2001-09-09
    days = file_days([content / "a.yml", content / "b.yml"])
    assert days[(content / "a.yml").resolve()] == "2001-02-03"
    assert days[(content / "b.yml").resolve()] == "2001-09-09"


def test_each_event_is_dated_by_the_commit_that_added_it(tmp_path):
    """An old site file gains one event: that event is new, its older siblings are not."""
    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@t", "GIT_COMMITTER_NAME": "t",
           "GIT_COMMITTER_EMAIL": "t@t"}
    git = lambda *args, when: subprocess.run(["git", *args], cwd=tmp_path, check=True, capture_output=True,
                                             env={**env, "GIT_AUTHOR_DATE": when, "GIT_COMMITTER_DATE": when})
    git("init", "-q", when="2001-01-01T12:00:00Z")
    git("add", "-A", when="2001-01-01T12:00:00Z")
    git("commit", "-qm", "the knowledge base", when="2001-01-01T12:00:00Z")
    site = content / "sites" / "nineveh-palace.yml"
    before = load(content).kb.sites["nineveh-palace"].events
    first = before[0]
    text = site.read_text(encoding="utf-8")
    block = "".join(text.splitlines(keepends=True)[first.line - 1:before[1].line - 1 if len(before) > 1 else None])
    site.write_text(text.rstrip("\n") + "\n" + block, encoding="utf-8")  # the same event again, at the end
    git("commit", "-qam", "one more event", when="2024-06-07T12:00:00Z")
    kb = load(content).kb
    days = entered(kb)
    events = kb.sites["nineveh-palace"].events
    assert days[("nineveh-palace", events[-1].index)] == "2024-06-07"
    assert days[("nineveh-palace", events[0].index)] == "2001-01-01"
    root = ET.fromstring(atom(kb, Links("https://example.org/kb/"), "KB", days))
    newest = root.findall("a:entry", NS)
    assert newest[0].find("a:updated", NS).text == "2024-06-07T00:00:00Z"
    assert newest[1].find("a:updated", NS).text == "2001-01-01T00:00:00Z"


def test_json_ld_ids_and_urls_are_absolute_with_a_site_url():
    kb = load(ROOT / "content").kb
    page = Renderer(kb, True, PUB).site_page(kb.sites["temple-of-baalshamin"])
    meta = page.text.split("---")[1]
    data = json.loads(json.loads(next(l for l in meta.splitlines() if l.startswith("jsonld:"))[len("jsonld: "):]))
    assert data["@id"] == data["url"] == "https://example.org/kb/sites/temple-of-baalshamin/"
    assert data["containedInPlace"]["@id"] == "https://example.org/kb/sites/palmyra/"


def test_site_pages_say_how_to_cite_them():
    kb = load(ROOT / "content").kb
    text = Renderer(kb, True, PUB).site_page(kb.sites["palmyra"]).text
    assert '<details class="hkb-cite"><summary>Cite this page</summary>' in text
    assert "“Palmyra”. Test KB. https://example.org/kb/sites/palmyra/. Data licence: ODbL 1.0." in text
    assert "url = {https://example.org/kb/sites/palmyra/}" in text


def test_an_unknown_licence_is_refused_naming_the_known_ones():
    from builder.errors import HeritageError
    with pytest.raises(HeritageError, match="unknown licence 'CC-BY-5.0' .*CC-BY-4.0"):
        license_named("CC-BY-5.0")
