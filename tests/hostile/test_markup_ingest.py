"""`heritage ingest` of a saved HTML page whose <title> ends in an attr_list block, then
`heritage check` and `mkdocs build --strict` (both pass: the title is a fine title), and the
built pages show it as text: no `<h1 autofocus onfocus=...>`."""
from __future__ import annotations

from conftest import heritage, mkdocs_build

from .markup_kb import as_text, inspect, make_project

TITLE = 'Tower [x](javascript:alert(1)) {: autofocus tabindex=0 onfocus="alert(document.domain)" }'
PAGE = f"""<!doctype html><html><head><meta charset="utf-8"><title>{TITLE}</title>
<meta property="article:published_time" content="2015-09-01"></head><body><article><h1>{TITLE}</h1>
<p>Islamic State militants destroyed the Temple of Bel in Palmyra in August 2015, activists said on Monday.
The temple had stood for nearly two thousand years.</p>
<p>Satellite images confirmed that the main building of the temple was gone, the United Nations said.</p>
</article></body></html>"""


def test_ingested_hostile_title_is_text_on_every_page_that_shows_it(tmp_path):
    project = make_project(tmp_path / "project", hostile=False)
    content = project / "content"
    article = tmp_path / "saved.html"
    article.write_text(PAGE, encoding="utf-8")
    done = heritage("ingest", str(article), "--content", str(content))
    assert done.returncode == 0, done.stderr
    (source,) = (content / "sources").glob("*.yml")
    assert heritage("check", "--content", str(content)).returncode == 0
    built = mkdocs_build(project, "--strict")
    assert built.returncode == 0, built.stderr
    site = project / "site"
    pages = {"source": site / "sources" / source.stem / "index.html", "sources index": site / "sources" / "index.html",
             "site": site / "sites" / "temple-of-bel" / "index.html", "review": site / "review" / "index.html"}
    for name, path in pages.items():
        found = inspect(path.read_text(encoding="utf-8"))
        assert found.problems == [], (name, found.problems)
        assert as_text(TITLE) in found.text, name
    # the timeline holds reviewed events only: accepted, the claim and its source's title appear there
    assert heritage("review", "--accept", source.stem, "--content", str(content)).returncode == 0
    assert mkdocs_build(project, "--strict").returncode == 0
    found = inspect((site / "timeline" / "index.html").read_text(encoding="utf-8"))
    assert found.problems == [] and as_text(TITLE) in found.text
    assert inspect(pages["source"].read_text(encoding="utf-8")).title.startswith(TITLE)
