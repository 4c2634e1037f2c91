"""Stashing raw HTML blocks before Markdown must not change one byte of the converted page."""
from pathlib import Path

import markdown
import pytest

from builder.content.load import load
from builder.render import passthrough
from builder.render.pages import Renderer
from conftest import ROOT

EXTENSIONS = ["toc", "tables", "admonition", "attr_list"]


def convert(text: str) -> str:
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    return markdown.Markdown(extensions=EXTENSIONS).convert(body)


def convert_with_stash(text: str) -> str:
    body = text.split("\n---\n", 1)[1] if text.startswith("---\n") else text
    stashed = passthrough.stash(body)
    if stashed is None:
        return convert(text)
    md, blocks, _ = stashed
    return passthrough.restore(markdown.Markdown(extensions=EXTENSIONS).convert(md), blocks)


def demo_pages():
    return Renderer(load(ROOT / "content").kb).all_pages()


@pytest.mark.parametrize("page", demo_pages(), ids=lambda p: p.uri)
def test_generated_pages_convert_identically(page):
    assert convert_with_stash(page.text) == convert(page.text)


def test_site_page_blocks_are_stashed_with_their_anchor_ids():
    page = next(p for p in demo_pages() if p.uri == "sites/palmyra.md")
    md, blocks, anchors = passthrough.stash(page.text.split("\n---\n", 1)[1])
    assert blocks and 'class="timeline' in "".join(blocks)
    assert "event-1" in anchors


@pytest.mark.parametrize("block", [
    "<div>unclosed " + "x" * 300,
    "<script>" + "x" * 300 + "</script>",
    "<div>" + "x" * 300 + "</div> trailing text",
    "<div markdown>" + "*x*" * 100 + "</div>",
    "<span>" + "x" * 300 + "</span>",
    "<div><pre>a\n  \nb</pre>" + "x" * 300 + "</div>",  # a blank line ends a raw block for Markdown
    "<div><pre>a\n\tb</pre>" + "x" * 300 + "</div>",
])
def test_blocks_markdown_might_touch_are_left_alone(block):
    assert passthrough.raw_block(block) is None


@pytest.mark.parametrize("block", [
    '<details class="c"><summary>Cite</summary><pre><code>@misc{a,\n  title = {A &amp; *b*},\n    url = {x},\n}</code></pre></details>',
    '<div id="x"><p>one\ntwo</p>\n<p>three</p></div>',
])
def test_blocks_of_several_lines_pass_through_unchanged(block):
    assert passthrough.raw_block(block) is not None
    text = "# T\n\n" + block + "\n"
    assert convert_with_stash(text) == convert(text) and block in convert(text)


def test_generated_front_matter_reads_as_mkdocs_reads_it():
    """builder/generated_files.py reads the renderer's front matter as JSON: the same as YAML."""
    from mkdocs.utils.meta import get_data

    from builder.content.load import load
    from builder.generated_files import json_front_matter
    from builder.render.pages import Renderer

    pages = Renderer(load(ROOT / "content").kb).all_pages()
    assert len(pages) > 10
    for page in pages:
        assert json_front_matter(page.text) == get_data(page.text), page.uri
    tricky = '---\ntitle: "A \\"quoted\\" \\u00e9 title: with colon"\nsearch: {"exclude": true}\n---\n\n# Body\n'
    assert json_front_matter(tricky) == get_data(tricky)
    assert json_front_matter('---\ntitle: plain yaml\n---\n# B\n') is None  # left to MkDocs


def _vouched(content: Path, monkeypatch) -> list[tuple[str, tuple]]:
    """The HTML the renderer vouches for while rendering `content`, with its ids."""
    seen = []
    vouch = passthrough.vouch
    monkeypatch.setattr(passthrough, "vouch", lambda html, ids=(): (seen.append((html, ids)), vouch(html, ids)))
    Renderer(load(content).kb).all_pages()
    return seen


def test_vouched_html_walks_as_the_renderer_says(tmp_path, monkeypatch):
    """What the renderer vouches for (render/pages.py, render/timeline.py) is one element whose
    tags nest exactly, with the anchors raw_block's own walk finds; hostile text and an anchor-like
    attribute in an event's type included (that one not vouched for)."""
    import sys

    import yaml

    sys.path.insert(0, str(ROOT / "benchmarks"))
    import make_kb
    from hostile.markup_kb import hostile_content, valid_documents

    make_kb.write(tmp_path / "kb", 40, seed=5)
    site = next((tmp_path / "kb" / "sites").glob("*.yml"))
    doc = yaml.safe_load(site.read_text(encoding="utf-8"))
    doc["events"][0]["type"] = "built id=odd"
    site.write_text(yaml.safe_dump(doc, allow_unicode=True), encoding="utf-8")
    hostile_content(tmp_path / "hostile", valid_documents())
    for content, least in ((ROOT / "content", 3), (tmp_path / "kb", 40), (tmp_path / "hostile", 1)):
        seen = _vouched(content, monkeypatch)
        assert len(seen) >= least, content
        answers = [passthrough.raw_block(html) for html, _ in seen]
        passthrough._VOUCHED.clear()
        for (html, ids), answer in zip(seen, answers):
            assert "id=odd" not in html
            found = passthrough._item(html)  # the walk of an element whose tags nest exactly
            assert found is not None and found[0] == ids, html[:200]
            assert passthrough.raw_block(html) == answer, html[:200]
