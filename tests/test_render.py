"""Rendering pieces: disagreements side by side, links, URLs under a subpath."""
import pytest

from builder import dates
from builder.content.model import Event, Evidence, KnowledgeBase, Site, Source
from builder import urls
from builder.render.linker import Linker
from builder.render.pages import Renderer
from builder.disagreements import disagreements


def event(date, *evidence):
    return Event("destroyed", dates.parse(date) if date else None, "ISIS", "confirmed", "", tuple(evidence))


def test_a_coarser_reading_is_not_a_disagreement():
    e = event("2016-03-27", Evidence("a", "q"), Evidence("b", "q2", date=dates.parse("2016-03")))
    assert disagreements(e) == []


def test_other_date_and_actor_are_disagreements():
    e = event("2015-08-23", Evidence("a", "q"), Evidence("b", "q2", date=dates.parse("2015-07"), actor="unknown"))
    assert disagreements(e) == ["date", "actor"]


def test_each_claim_states_its_own_reading_on_the_page():
    kb = KnowledgeBase(
        {"t": Site("t", "t.yml", "Temple of Bel", events=(event("2015-08-30", Evidence("a", "Blown up on Sunday."),
                                                                    Evidence("b", "Destroyed in July.", date=dates.parse("2015-07"))),))},
        {"a": Source("a", "a.yml", "Wire A", published=dates.parse("2015-08-31")),
         "b": Source("b", "b.yml", "Wire B", published=dates.parse("2015-09-01"))})
    html = Renderer(kb).site_page(kb.sites["t"]).text
    assert "sources disagree on the date" in html
    assert "This source dates it 30 August 2015." in html and "This source dates it July 2015." in html


def test_linker_links_longest_name_and_skips_own_page():
    linker = Linker({"Palmyra": "palmyra", "Temple of Bel": "temple-of-bel", "Bel": "bel"})
    html = linker.html("The Temple of Bel in Palmyra <b>", lambda sid: f"../{sid}/", skip="palmyra")
    assert html == ('The <a class="hkb-site-link" href="../temple-of-bel/">Temple of Bel</a> in Palmyra &lt;b&gt;')


def test_relative_urls_with_and_without_directory_urls():
    assert urls.relative("sites/palmyra.md", "sources/cnn.md") == "../../sources/cnn/"
    assert urls.relative("sites/index.md", "sites/palmyra.md") == "palmyra/"
    assert urls.relative("sites/palmyra.md", "sources/cnn.md", directory_urls=False) == "../sources/cnn.html"
    assert urls.relative("timeline.md", "sites/palmyra.md") == "../sites/palmyra/"
    assert urls.relative("sites/index.md", "sites/palmyra.md", directory_urls=False) == "palmyra.html"
    assert urls.relative("sites/palmyra.md", "sites/index.md", directory_urls=False) == "index.html"


def test_long_indexes_are_split_into_pages(monkeypatch):
    from builder.content.load import load
    from builder.render import pages as pages_module
    from conftest import ROOT

    monkeypatch.setattr(pages_module, "PAGE_LIMIT", 3)
    kb = load(ROOT / "content").kb
    out = {p.uri: p for p in Renderer(kb).all_pages()}
    letters = [u for u in out if u.startswith("sites/letter-")]
    assert sorted(letters) == ["sites/letter-a.md", "sites/letter-other.md", "sites/letter-p.md", "sites/letter-t.md"]
    assert 'href="letter-p/"' in out["sites/index.md"].text
    periods = [u for u in out if u.startswith("timeline/")]
    events = sum(out[u].text.count('class="timeline-event"') for u in periods)
    assert events == sum(len(s.events) for s in kb.sites.values())
    # ranges are cut until they fit; a single year with more events stays one page
    assert all(out[u].text.count('class="timeline-event"') <= 3 for u in periods if "-" in u)
    assert "timeline/2016.md" in periods and "timeline/0000-0099.md" in periods
    assert 'search: {"exclude": true}' in out["timeline.md"].text


@pytest.mark.parametrize("lang,rtl", [
    ("ar", True), ("ar-SY", True), ("ar-Latn", False), ("ar-latn", False), ("he", True), ("syc", True),
    ("en", False), ("tr", False), ("az-Arab", True), ("tr-Arab", True), ("zh-Hant-TW", False),
    ("arc-Palm", True), ("arc-Syrc", True), ("fa-Latn-IR", False), (None, False), ("", False),
])
def test_direction_comes_from_the_script_subtag_then_the_language(lang, rtl):
    from builder.vocab import is_rtl
    assert is_rtl(lang) is rtl


def test_remembered_event_order_keeps_the_published_view_apart(content):
    """Under `mkdocs serve` (a Memo), the timeline (reviewed events only) and a source page (every
    claim) order the same site's events: each must find its own events' keys."""
    from builder.content.load import load
    from builder.memo import Memo
    from builder.render.pages import Renderer
    from pending_kb import add_pending

    add_pending(content)
    kb = load(content).kb
    memo = Memo()
    for _ in range(2):  # the second build takes what the first remembered
        uris = {page.uri for page in Renderer(kb, memo=memo).all_pages()}
        assert {"timeline.md", "sources/cnn-palmyra-2016.md"} <= uris
        memo.sweep()


def test_the_claims_index_mended_after_edits_equals_a_full_pass():
    """render/site_indexes.Claims keeps the last build's index and mends the sources the changed
    sites cite: it must list the same pairs in the same order as a pass over every site."""
    import random
    from dataclasses import replace

    from builder.render.site_indexes import Claims

    sources = {s: Source(s, f"{s}.yml", s.upper()) for s in "abcde"}
    rng = random.Random(4)

    def site(sid, n):
        events = tuple(replace(event(None, *(Evidence(rng.choice("abcde"), f"q{i}{j}") for j in range(rng.randint(1, 3)))),
                               index=i) for i in range(n))
        return Site(sid, f"{sid}.yml", sid.title(), events=events)

    sites = {f"s{i}": site(f"s{i}", rng.randint(0, 3)) for i in range(12)}
    index = Claims()
    for _ in range(30):
        for sid in rng.sample(sorted(sites), rng.randint(1, 3)):
            sites[sid] = site(sid, rng.randint(0, 3))
        kb = KnowledgeBase(dict(sites), sources)
        by_identity = lambda index: {sid: [(id(e), id(s)) for e, s in pairs] for sid, pairs in index.by_source.items()}  # noqa: E731
        mended, full = index.update(kb), Claims().update(kb)
        assert by_identity(mended) == by_identity(full) and mended.citing == full.citing
