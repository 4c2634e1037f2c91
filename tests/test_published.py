"""Nothing unreviewed is published as fact: a built site with two pending claims, read as a reader
and a data user would (status pills, the sites index, the map's data, the exports, the feed, the
Review page), then with `publish_unreviewed: true`."""
from __future__ import annotations

import csv
import io
import json
import re
from html import unescape
from pathlib import Path

import pytest

from conftest import mkdocs_build
from pending_kb import add_pending

AMIRIYAH = "Amiriyah suburb"


def page(project: Path, uri: str) -> str:
    return (project / "site" / uri / "index.html").read_text(encoding="utf-8")


def text_of(html: str) -> str:
    return " ".join(unescape(re.sub(r"<[^>]+>", " ", html)).split())


def downloads(project: Path) -> dict[str, str]:
    site = project / "site"
    return {name: (site / name).read_text(encoding="utf-8")
            for name in ("downloads/events.csv", "downloads/sites.geojson", "downloads/sites.lp.json", "feed.xml")}


def status_pill(html: str) -> str:
    return text_of(re.search(r'<dt>Status</dt><dd>(.*?)</dd>', html).group(1))


def map_sites(project: Path) -> dict[str, dict]:
    raw = re.search(r'data-sites="([^"]*)"', page(project, "map")).group(1)
    return {s["id"]: s for s in json.loads(unescape(raw))}


def set_plugin_options(project: Path, options: str) -> None:
    config = project / "mkdocs.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text(text.replace("      content: content\n", "      content: content\n" + options), encoding="utf-8")


@pytest.fixture
def pending_built(project):
    add_pending(project / "content")
    done = mkdocs_build(project, "--strict")
    assert done.returncode == 0, done.stderr
    return project


def test_a_pending_claim_changes_no_status_and_shows_as_proposed(pending_built):
    html = page(pending_built, "sites/palmyra-citadel")
    assert status_pill(html).startswith("Intact")  # accepted, the seizure would make it "Occupied"
    assert "1 proposed event awaiting review, not counted" in status_pill(html)
    timeline = text_of(html[html.index('class="timeline'):])
    assert "Seized" in timeline and "proposed, awaiting review" in timeline and AMIRIYAH in timeline
    assert 'data-proposed' in html


def test_a_site_known_only_from_pending_claims_is_unconfirmed_and_marked_wherever_listed(pending_built):
    assert status_pill(page(pending_built, "sites/al-tar-mountain")).startswith("Unconfirmed")
    # no schema.org JSON-LD for it (search engines would take it as a fact); the citadel keeps its own
    assert "application/ld+json" not in page(pending_built, "sites/al-tar-mountain")
    assert "application/ld+json" in page(pending_built, "sites/palmyra-citadel")
    index = page(pending_built, "sites")
    row = next(r for r in re.findall(r"<tr>.*?</tr>", index) if "al-Tar mountain" in r)
    assert "awaiting review" in text_of(row) and "Unconfirmed" in text_of(row)
    assert "(+1 proposed)" in text_of(row)
    citadel_row = next(r for r in re.findall(r"<tr>.*?</tr>", index) if "Palmyra Citadel" in r)
    assert "awaiting review" not in text_of(citadel_row) and "Intact" in text_of(citadel_row)
    sites = map_sites(pending_built)
    assert (sites["al-tar-mountain"]["status"], sites["al-tar-mountain"]["review"]) == ("unconfirmed", True)
    assert sites["al-tar-mountain"]["t"] == [[None, "unconfirmed", None]]
    # the date control's data: the citadel is never occupied, whatever the day
    assert sites["palmyra-citadel"]["review"] is False
    assert {seg[1] for seg in sites["palmyra-citadel"]["t"]} == {"intact"}
    palmyra = page(pending_built, "sites/palmyra")
    contains = text_of(re.search(r"<dt>Contains</dt><dd>(.*?)</dd>", palmyra).group(1))
    assert "al-Tar mountain awaiting review" in contains and "Palmyra Citadel awaiting" not in contains
    legend = text_of(page(pending_built, "map"))
    assert "Unconfirmed (known only from claims awaiting review)" in legend


def test_pending_claims_are_in_no_export_feed_or_timeline(pending_built):
    files = downloads(pending_built)
    for name, text in files.items():
        assert AMIRIYAH not in text, name
        assert "al-tar-mountain" not in text, name
    rows = list(csv.DictReader(io.StringIO(files["downloads/events.csv"])))
    assert {r["reviewed"] for r in rows} == {"yes"}
    assert [r["type"] for r in rows if r["site_id"] == "palmyra-citadel"] == ["attacked"]
    features = {f["properties"]["id"] if "id" in f["properties"] else f.get("id"): f
                for f in json.loads(files["downloads/sites.geojson"])["features"]}
    citadel = next(f for k, f in features.items() if "palmyra-citadel" in str(k))
    assert citadel["properties"]["status"] == "intact"
    assert AMIRIYAH not in page(pending_built, "timeline")
    data = text_of(page(pending_built, "data"))
    assert "from the same content as the pages: 6 sites" in data  # al-Tar mountain is not in the files
    assert "2 proposed event(s) awaiting review are left out until a person accepts them." in data


def test_review_page_links_each_pending_event_to_its_file_and_line(pending_built):
    html = page(pending_built, "review")
    text = text_of(html)
    assert "2 event(s) proposed by heritage ingest wait for a person" in text
    for where in ("content/sites/al-tar-mountain.yml:7", "content/sites/palmyra-citadel.yml:20"):
        assert where in text
        path, line = where.rsplit(":", 1)
        assert (pending_built / path).read_text(encoding="utf-8").splitlines()[int(line) - 1] == "  - type: seized"
    assert "new site: known only from claims awaiting review" in text
    assert "hkb-edit-link" not in html  # no repo_url: the path is text only


def test_review_page_edit_links_follow_repo_url_and_edit_uri(project):
    add_pending(project / "content")
    config = project / "mkdocs.yml"
    config.write_text(config.read_text(encoding="utf-8") + "repo_url: https://github.com/example/heritage\n"
                      "edit_uri: edit/main/docs/\n", encoding="utf-8")
    done = mkdocs_build(project, "--strict")
    assert done.returncode == 0, done.stderr
    links = re.findall(r'class="hkb-edit-link" href="([^"]+)"', page(project, "review"))
    assert links == ["https://github.com/example/heritage/edit/main/content/sites/al-tar-mountain.yml",
                     "https://github.com/example/heritage/edit/main/content/sites/palmyra-citadel.yml"]


def test_publish_unreviewed_option_counts_pending_events(project):
    add_pending(project / "content")
    set_plugin_options(project, "      publish_unreviewed: true\n")
    done = mkdocs_build(project, "--strict")
    assert done.returncode == 0, done.stderr
    assert status_pill(page(project, "sites/palmyra-citadel")).startswith("Occupied")
    assert status_pill(page(project, "sites/al-tar-mountain")).startswith("Occupied")
    assert "awaiting review" not in text_of(page(project, "sites"))
    rows = list(csv.DictReader(io.StringIO(downloads(project)["downloads/events.csv"])))
    assert [r["reviewed"] for r in rows if r["site_id"] == "palmyra-citadel"] == ["yes", "no"]
    assert AMIRIYAH in downloads(project)["feed.xml"]
    # still marked on the page: published, but visibly not reviewed
    assert "proposed, awaiting review" in text_of(page(project, "sites/palmyra-citadel"))


def test_a_wrong_publish_unreviewed_value_fails_the_build_with_the_option_named(project):
    set_plugin_options(project, "      publish_unreviewed: sometimes\n")
    done = mkdocs_build(project)
    assert done.returncode != 0
    assert "publish_unreviewed" in done.stderr and "Traceback" not in done.stderr


def test_heritage_render_writes_no_pending_claim_into_its_downloads(project):
    from conftest import heritage
    add_pending(project / "content")
    done = heritage("render", "--out", str(project / "out"), cwd=project)
    assert done.returncode == 0, done.stderr
    docs = project / "out" / "docs"
    csv_text = (docs / "downloads/events.csv").read_text(encoding="utf-8")
    assert AMIRIYAH not in csv_text and "al-tar-mountain" not in (docs / "downloads/sites.geojson").read_text(encoding="utf-8")
    page_text = (docs / "sites/palmyra-citadel.md").read_text(encoding="utf-8")
    assert "proposed, awaiting review" in page_text and 'heritage_status: "intact"' in page_text
