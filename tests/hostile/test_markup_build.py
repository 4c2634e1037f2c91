"""Stored script injection (issue 12 item 1): every field of content/ reaches the built HTML as
text, on every page type, in both URL styles, with index pages split and not.

One case a test: (field, page) for the text, (page) for "nothing on it can run a script", and
the head, the search index, the feed and the downloads on their own. The knowledge base is in
markup_kb.py; the builds are not strict, as under `mkdocs serve`, so fields that fail
`heritage check` (kind, type, dates, part_of, ids) are rendered too.
"""
from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from .markup_kb import CSV_FORMULA, HOSTILE_ID, ROOT, as_text, build, hostile, hostile_fields, inspect, make_project

# page type -> file, in a build with directory URLs (`site`) and one without, split (`split`)
PAGES = {
    "site": "sites/tower/index.html",
    "parent site": "sites/city/index.html",
    "site with a bad reference": "sites/bad-refs/index.html",
    "site with an unsafe id": f"sites/{HOSTILE_ID}/index.html",
    "site with control characters": "sites/controls/index.html",
    "source": "sources/news/index.html",
    "source with a bad date": "sources/late/index.html",
    "sites index": "sites/index.html",
    "sources index": "sources/index.html",
    "map": "map/index.html",
    "timeline": "timeline/index.html",
    "review": "review/index.html",
    "problems": "problems/index.html",
    "home with banner": "index.html",
    "data": "data/index.html",
    "404": "404.html",
}
SPLIT_PAGES = {
    "site (no directory URLs)": "sites/tower.html",
    "source (no directory URLs)": "sources/news.html",
    "sites index by letter": "sites/index.html",
    "sites letter page": "sites/letter-s.html",
    "timeline by period": "timeline.html",
    "timeline period page": "timeline/2018.html",
    "timeline period page 2019": "timeline/2019.html",
}
# field -> the page types that show it
FIELDS = {
    "site-name": ["site", "parent site", "source", "sites index", "map", "timeline", "review",
                  "sites letter page", "timeline period page", "site (no directory URLs)"],
    "control-name": ["site with control characters", "sites index"],
    "control-description": ["site with control characters"],
    "other-name": ["site"],
    "kind": ["site", "sites index", "map"],
    "location-provider": ["site"],
    "wikidata": ["site"],
    "description": ["site"],
    "actor": ["site", "source", "timeline", "review", "timeline period page"],
    "evidence-actor": ["site", "timeline"],
    "summary": ["site", "source", "timeline", "review", "source (no directory URLs)"],
    "quote": ["site", "source", "timeline", "review"],
    "event-type": ["site", "timeline", "timeline period page 2019"],
    "certainty": ["site", "timeline"],
    "source-title": ["source", "sources index", "site", "timeline", "review", "source (no directory URLs)"],
    "publisher": ["source", "sources index", "site"],
    "author": ["source"],
    "rendition-note": ["source"],
    "candidate-name": ["review"],
    "candidate-note": ["review"],
    "candidate-wikidata": ["review"],
    "location-source": ["site with a bad reference"],
    "pleiades": ["site with a bad reference"],
    "unesco": ["site with a bad reference"],
    "geonames": ["site with a bad reference"],
    "site-id": ["problems"],
    "evidence-date": ["problems"],
    "evidence-certainty": ["problems"],
    "rendition-file": ["source with a bad date", "problems"],
    "part-of": ["problems"],
    "event-date": ["problems"],
    "published": ["problems"],
}
MULTILINE_FIELDS = {"description", "summary", "quote"}


def value(field: str) -> str:
    return hostile(field, multiline=field in MULTILINE_FIELDS)


def schema_text_fields(kind: str) -> set[str]:
    """Paths of the fields of builder/schema/<kind>.schema.json that may hold text."""
    schema = json.loads((ROOT / "builder" / "schema" / f"{kind}.schema.json").read_text(encoding="utf-8"))
    defs = schema.get("$defs", schema.get("definitions", {}))
    out: set[str] = set()

    def walk(node, path):
        if "$ref" in node:
            node = defs[node["$ref"].rsplit("/", 1)[-1]]
        for key, sub in node.get("properties", {}).items():
            walk(sub, [*path, key])
        if "items" in node:
            walk(node["items"], [*path, "[]"])
        for alt in node.get("oneOf", []) + node.get("anyOf", []):
            walk(alt, path)
        types = node.get("type") if isinstance(node.get("type"), list) else [node.get("type")]
        if path and ("string" in types or "enum" in node):
            out.add(".".join(path))

    walk(schema, [])
    return out


@pytest.mark.parametrize("kind", ["site", "source"])
def test_every_text_field_of_the_schema_holds_a_hostile_value(kind):
    missing = schema_text_fields(kind) - hostile_fields()[kind]
    assert not missing, f"give these {kind} fields a hostile value in tests/hostile/markup_kb.py: {sorted(missing)}"


@pytest.fixture(scope="module")
def site(tmp_path_factory) -> Path:
    work = tmp_path_factory.mktemp("markup")
    return build(make_project(work / "project"), work / "site")


@pytest.fixture(scope="module")
def split(tmp_path_factory) -> Path:
    from builder.render import pages

    work = tmp_path_factory.mktemp("markup-split")
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(pages, "PAGE_LIMIT", 1)  # one row or event a page: letter and period pages
        return build(make_project(work / "project"), work / "site", use_directory_urls=False)


def html_of(site: Path, split: Path, page: str) -> str:
    path = site / PAGES[page] if page in PAGES else split / SPLIT_PAGES[page]
    return path.read_text(encoding="utf-8")


def test_every_page_the_build_writes_is_a_case(site):
    """A new page type must join PAGES (and so the browser test) to be checked."""
    built = {str(p.relative_to(site)) for p in site.rglob("*.html") if "assets" not in p.parts}
    assert built <= set(PAGES.values()), f"pages no hostile case opens: {sorted(built - set(PAGES.values()))}"


@pytest.mark.parametrize("page", [*PAGES, *SPLIT_PAGES])
def test_nothing_on_the_page_can_run_a_script(site, split, page):
    found = inspect(html_of(site, split, page))
    assert found.problems == [], f"{page}: {found.problems}"


@pytest.mark.parametrize("field,page", [(f, p) for f, pages in FIELDS.items() for p in pages])
def test_the_field_reads_as_text(site, split, field, page):
    found = inspect(html_of(site, split, page))
    assert as_text(value(field)) in found.text, f"{field} is not shown as text on the {page} page"


def test_heading_title_and_meta_description_are_the_text(site):
    found = inspect((site / PAGES["site"]).read_text(encoding="utf-8"))
    assert found.title.startswith(as_text(value("site-name")))
    assert found.meta["description"] == value("description")[:200]
    controls = inspect((site / PAGES["site with control characters"]).read_text(encoding="utf-8"))
    assert as_text(controls.title).startswith(as_text(value("control-name")))
    assert controls.meta["description"] == value("control-description")[:200]
    source = inspect((site / PAGES["source"]).read_text(encoding="utf-8"))
    assert source.title.startswith(as_text(value("source-title")))


def test_json_ld_in_the_head_holds_the_values(site):
    found = inspect((site / PAGES["site"]).read_text(encoding="utf-8"))
    (data,) = found.jsonld  # a `</script>` in a value would have cut it short
    assert data["name"] == value("site-name")
    assert data["alternateName"] == [value("other-name")]
    assert data["description"] == " ".join(value("description").split())


def test_a_refused_url_is_shown_not_linked(site):
    html = (site / PAGES["source"]).read_text(encoding="utf-8")
    assert "javascript:alert(1)" in inspect(html).text
    assert 'href="javascript:' not in html
    late = inspect((site / PAGES["source with a bad date"]).read_text(encoding="utf-8"))
    assert "JaVa" in late.text and late.problems == []


def test_links_to_an_unsafe_id_are_relative_paths(site, split):
    """`sites/javascript:alert(1)` linked as `javascript:alert(1)/` would be a script URL."""
    for html in ((site / PAGES["sites index"]).read_text(encoding="utf-8"),
                 (split / "sites/letter-c.html").read_text(encoding="utf-8")):
        assert "Colon Gate" in inspect(html).text
        assert './javascript:alert(1)' in html


def test_search_index_entries_are_text(site):
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    texts = []
    for doc in index["docs"]:  # the theme shows title and text as HTML: they must hold none from content
        for key in ("title", "text"):
            found = inspect(doc.get(key) or "")
            assert found.problems == [], (doc["location"], key, found.problems)
            texts.append(found.text)
    assert any(as_text(value("quote")) in t for t in texts)
    assert any(as_text(value("site-name")) in t for t in texts)


def test_feed_entries_are_plain_text(site):
    feed = ET.parse(site / "feed.xml").getroot()
    ns = {"a": "http://www.w3.org/2005/Atom"}
    entries = feed.findall("a:entry", ns)
    assert entries
    for entry in entries:
        for tag in ("title", "summary"):
            assert entry.find(f"a:{tag}", ns).get("type") == "text"
    titles = " ".join(e.find("a:title", ns).text for e in entries)
    assert as_text(value("site-name")) in titles


def test_downloads_hold_the_text_and_no_script_url(site):
    geo = json.loads((site / "downloads" / "sites.geojson").read_text(encoding="utf-8"))
    tower = next(f for f in geo["features"] if f["id"] == "tower")
    assert tower["properties"]["name"] == value("site-name")
    rows = list(csv.DictReader(io.StringIO((site / "downloads" / "events.csv").read_text(encoding="utf-8"))))
    news = [r for r in rows if r["source_id"] == "news"]
    assert news and all(r["source_url"] == "" for r in news)  # javascript: is not a source URL
    assert any(r["quote"] == " ".join(value("quote").split()) for r in news)
    seized = next(r for r in rows if r["site_id"] == "city")
    assert seized["actor"] == seized["certainty"] == "'" + CSV_FORMULA  # shown, never run as a formula
    places = json.loads((site / "downloads" / "sites.lp.json").read_text(encoding="utf-8"))
    assert any(f["properties"]["title"] == value("site-name") for f in places["features"])


# ---- the Problems banner on the home page: one build for each message that quotes content ---------

BANNER_CASES = {
    "part_of": ("sites/a.yml", {"name": "A", "kind": "gate", "part_of": "[x](javascript:alert(1)) {: onclick=\"alert(1)\" }"}),
    "event date": ("sites/a.yml", {"name": "A", "kind": "gate", "events": [
        {"type": "damaged", "date": "[x](javascript:alert(1))", "certainty": "reported", "summary": "s",
         "evidence": [{"source": "s", "quote": "The end."}]}]}),
    "quote": ("sites/a.yml", {"name": "A", "kind": "gate", "events": [
        {"type": "damaged", "date": "2018", "certainty": "reported", "summary": "s",
         "evidence": [{"source": "s", "quote": "Not there [x](javascript:alert(1)) <img src=x onerror=alert(1)>"}]}]}),
    "published": ("sources/t.yml", {"title": "T", "published": "[x](javascript:alert(1))",
                                   "renditions": [{"file": "texts/s.txt"}]}),
}


@pytest.mark.parametrize("case", BANNER_CASES)
def test_problems_banner_shows_the_message_as_text(tmp_path, case):
    import yaml

    project = make_project(tmp_path / "project")
    content = project / "content"
    for folder in ("sites", "sources"):
        for path in (content / folder).glob("*.yml"):
            path.unlink()
    (content / "sources" / "texts" / "s.txt").write_text("The end.", encoding="utf-8")
    (content / "sources" / "s.yml").write_text(yaml.safe_dump({"title": "S", "published": "2018", "renditions": [{"file": "texts/s.txt"}]}))
    rel, doc = BANNER_CASES[case]
    (content / rel).write_text(yaml.safe_dump(doc, sort_keys=False), encoding="utf-8")
    site = build(project, tmp_path / "site")
    home = (site / "index.html").read_text(encoding="utf-8")
    found = inspect(home)
    assert "content/ has 1 error(s)" in found.text
    assert "[x](javascript:alert(1))" in found.text
    assert found.problems == []
    assert '<a href="problems/">See all problems</a>' in home
    assert inspect((site / "problems" / "index.html").read_text(encoding="utf-8")).problems == []
