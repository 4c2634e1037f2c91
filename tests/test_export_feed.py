"""Atom feed of the newest events: well-formed, text only, newest reported first."""
import xml.etree.ElementTree as ET
from pathlib import Path

from builder.content.load import load
from builder.export.feed import ATOM, atom
from builder.export.links import Links

ROOT = Path(__file__).resolve().parent.parent
FIXTURE = ROOT / "tests" / "browser" / "fixture" / "content"
NS = {"a": ATOM}


def test_feed_is_atom_with_absolute_links():
    root = ET.fromstring(atom(load(FIXTURE).kb, Links("https://example.org/kb/"), "Test KB"))
    assert root.tag == f"{{{ATOM}}}feed"
    assert root.find("a:title", NS).text == "Test KB: newest events"
    assert root.find("a:link[@rel='self']", NS).get("href") == "https://example.org/kb/feed.xml"
    entries = root.findall("a:entry", NS)
    assert entries
    updated = [e.find("a:updated", NS).text for e in entries]
    assert updated == sorted(updated, reverse=True)
    assert root.find("a:updated", NS).text == updated[0]
    ids = [e.find("a:id", NS).text for e in entries]
    assert len(ids) == len(set(ids))
    for entry in entries:
        assert entry.find("a:link", NS).get("href").startswith("https://example.org/kb/sites/")
        assert entry.find("a:summary", NS).get("type") == "text"


def test_hostile_text_stays_text():
    text = atom(load(FIXTURE).kb, Links("https://example.org/kb/"))
    assert "<script>" not in text and "<img" not in text
    root = ET.fromstring(text)
    titles = [e.find("a:title", NS).text for e in root.findall("a:entry", NS)]
    assert "<script>alert(1)</script> Tower: Damaged by <img src=x onerror=alert(1)> (March 2018)" in titles


def test_without_site_url_ids_are_urns():
    root = ET.fromstring(atom(load(ROOT / "content").kb))
    assert all(e.find("a:id", NS).text.startswith("urn:heritage-kb:") for e in root.findall("a:entry", NS))


def test_feed_remembered_under_serve_follows_a_retitled_and_redated_source(tmp_path):
    """`mkdocs serve` keeps each site's feed candidates between rebuilds: after a source's
    publication date and title change, the feed is the one a fresh build writes."""
    import shutil

    from builder.memo import Memo

    content = tmp_path / "content"
    shutil.copytree(FIXTURE, content)
    memo = Memo()
    links = Links("https://example.org/kb/")

    def same_as_fresh() -> str:
        memo.sweep()
        kb = load(content).kb
        text = atom(kb, links, "Test KB", memo=memo)
        assert text == atom(kb, links, "Test KB")
        return text

    before = same_as_fresh()
    source = sorted((content / "sources").glob("*.yml"))[0]
    text = source.read_text(encoding="utf-8")
    assert "\npublished:" in text and text.startswith("title:")
    lines = [("published: 2031-05-06" if line.startswith("published:") else
              "title: A retitled report" if line.startswith("title:") else line) for line in text.splitlines()]
    source.write_text("\n".join(lines) + "\n", encoding="utf-8")
    after = same_as_fresh()
    assert after != before and memo.hits  # the sites not citing it were not made again
