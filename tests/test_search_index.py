"""The search entries of generated pages: the same as Material's own HTMLParser-based indexing."""
from __future__ import annotations

import json

import pytest
from material.plugins.search.plugin import Parser

from builder import search_index
from builder.search_index import feed, sections


def material_parse(text: str) -> list:
    parser = Parser()
    parser.feed(text)
    parser.close()
    return [(s.id, s.title, s.text, s.is_excluded()) for s in parser.data]


def fast_parse(text: str) -> list | None:
    parser = Parser()
    if not feed(parser, text):
        return None
    return [(s.id, s.title, s.text, s.is_excluded()) for s in parser.data]


CASES = [
    '<h1 id="a">Title &amp; more</h1><p>Text <a href="x?a=1&amp;b=2">link</a> &quot;quoted&quot; &#x27;</p>',
    '<h2 id="timeline">Timeline</h2>\n<ol class="timeline"><li id="e-1"><p class="x"><time datetime="2015">2015</time> '
    '<span>destroyed</span></p><details><summary>1 quote</summary><ul><li><blockquote>ISIS &lt;b&gt;</blockquote>'
    '<cite><a href="../s/">CNN</a></cite></li></ul></details></li></ol>',
    '<p>empty <span></span><br/>breaks<br>and <img src="a.png" alt="x"> images</p><ul><li> </li></ul>',
    '<dl class="hkb-facts"><dt>Kind</dt><dd>temple</dd></dl><p data-search-exclude>hidden</p><p>shown</p>',
    '<h1 id="x">A<a class="headerlink" href="#x">¶</a></h1><h3 id="y">Deeper</h3><p>text</p>',
]


CASES += [
    '<p>one</p><p> </p><p>two <code>x</code></p><ul><li><p></p></li><li>b</li></ul>',
    '<div><h2 id="n">Nested</h2><p>in</p></div><p>after the div</p><h2 id="m">Next</h2>',
    '<h1 id="t">T <code>c</code></h1>\n\n<p>a\nb</p>\n<sup>1</sup><sub></sub>',
    '<p>unclosed <b>bold</p><p>stray </i>end</p><div/><br/>',
    # <pre> keeps its white space (a site page's "Cite this page" BibTeX block)
    '<pre>code  kept</pre>',
    '<details class="hkb-cite"><summary>Cite</summary><pre class="hkb-bibtex"><code>@misc{a,\n  title = {A &amp; B},\n\n'
    '  url = {http://x/a/},\n}</code></pre></details>\n<p>after\n  the  block</p>',
    '<h2 id="p">In <pre>a\n b</pre> title</h2><pre>\n\n</pre><pre> <b> </b>\n</pre><p> </p>',
]

# plain elements holding only text are read as one token: permalinks written with entities, <a>
# leaves beside a permalink, attributes a leaf does not take, empty leaves, leaves in a heading
CASES += [
    '<h2 id="x">T<a class="&#104;eaderlink" href="#x">P</a></h2><p><span class="a">s</span> <a href="y">l</a></p>',
    '<h2 id="x">T <span>in</span><a class="headerlink" href="#x">P</a></h2><p><a href="y">l</a><span></span></p>',
    '<p><span title="a&amp;b">x</span><span data-x=\'q\'>y</span><span a>z</span><time datetime="2015">\n</time></p>',
    '<pre><span class="k">a  b</span>\n\n<span> </span></pre><p><em></em> <b> </b></p>',
]


@pytest.mark.parametrize("html", ['<P>a</P><p>b</p>', '<p>a<Span>b</Span></p>', '<my-x>a</my-x><p>b</p>'])
def test_tag_names_not_in_lower_case_ascii_go_to_the_tokenizer_that_lowers_them(html):
    assert sections(html) is None
    assert fast_parse(html) == material_parse(html)


@pytest.mark.parametrize("html", CASES)
def test_tokenizer_drives_materials_parser_as_htmlparser_does(html):
    assert fast_parse(html) == material_parse(html)


@pytest.mark.parametrize("html", CASES)
def test_sections_are_materials_sections(html):
    found = sections(html)
    if "data-search-exclude" in html:  # Material's skip rules: left to its parser
        assert found is None
        return
    assert [(s.id, s.title, s.text, s.is_excluded()) for s in found] == material_parse(html)


@pytest.mark.parametrize("html", ["<p>a</p><!-- note -->", "<p>a < b</p>",
                                  "<script>var a = '<p>';</script>", "<p>tail &amp"])
def test_what_the_tokenizer_does_not_model_goes_to_materials_parser(html):
    assert fast_parse(html) is None
    assert sections(html) is None


def test_a_built_site_indexes_every_page_as_material_would(project, tmp_path):
    """Every page of the demo, built, re-indexed with Material's parser alone: the same entries."""
    from conftest import mkdocs_build

    assert mkdocs_build(project).returncode == 0
    site = project / "site"
    index = json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))
    locations = [d["location"] for d in index["docs"]]
    assert any(loc.startswith("sites/temple-of-baalshamin/") for loc in locations)
    assert any("#timeline" in loc for loc in locations)
    quotes = [d for d in index["docs"] if "ISIS demolished some of the ruins" in d["text"]]
    assert quotes, "quotes are searchable"
    # the same pages built with the plugin's search entries switched off
    search_index.Parser, parser = None, search_index.Parser
    try:
        from mkdocs.commands.build import build
        from mkdocs.config import load_config
        config = load_config(str(project / "mkdocs.yml"), site_dir=str(tmp_path / "material"))
        build(config)
    finally:
        search_index.Parser = parser
    theirs = json.loads((tmp_path / "material" / "search" / "search_index.json").read_text(encoding="utf-8"))
    assert theirs == index
