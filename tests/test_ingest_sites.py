"""Ingest attaches each claim to the site its quotes name, one site per place (builder/site_match.py)."""
from pathlib import Path

import pytest

from builder import ingest
from builder.check import check
from builder.content.load import load
from builder.render.pages import Renderer
from conftest import ROOT, heritage, write


def claim(site, quote, event="destroyed", mention=None, date=None, **extra):
    return {"site": site, "mention": mention or site, "event": event, "date": date, "actor": "ISIS",
            "certainty": "confirmed", "quote": quote, **extra}


def ingest_text(content: Path, text: str, claims, stem="article", published="2016-12-10"):
    plan = ingest.plan(content, text, claims, published, stem, stem.replace("-", " ").title(), {"publisher": "Test"})
    ingest.apply(plan)
    return plan


def files(content: Path) -> dict:
    return {p.relative_to(content): p.read_bytes() for p in sorted(content.rglob("*")) if p.is_file()}


KHORSABAD = ("Militants bulldozed Khorsabad on Sunday. "
             "The site was the capital of Sargon II. The site was destroyed on March 8, 2015, officials said.")


def test_a_generic_mention_never_lands_on_a_site_named_only_in_arabic(content):
    arch = content / "sites/arch-of-triumph.yml"
    before = arch.read_bytes()
    plan = ingest_text(content, KHORSABAD, [
        claim("Khorsabad", "The site was destroyed on March 8, 2015, officials said.", mention="The site", date="2015-03-08"),
        claim("the site", "The site was the capital of Sargon II.", event="damaged"),
    ], "khorsabad")
    assert arch.read_bytes() == before, plan.diff()
    kb = load(content).kb
    khorsabad = kb.sites["khorsabad"]
    assert [e.date.text for e in khorsabad.events] == ["2015-03-08"]
    assert khorsabad.identifiers == {"wikidata": "Q253208", "pleiades": "874458"}  # certain: ids written
    assert any("names no particular place" in m for m in plan.messages)
    assert check(load(content)) == []


def test_a_site_named_only_in_arabic_gets_the_claims_that_name_it(content):
    write(content / "sites/qalat-halab.yml", """
        name: قلعة حلب
        kind: citadel
    """)
    text = "أفاد ناشطون بأن قلعة حلب تضررت. Activists said the citadel was shelled."
    ingest_text(content, text, [claim("قلعة حلب", "أفاد ناشطون بأن قلعة حلب تضررت.", event="damaged")], "halab")
    kb = load(content).kb
    assert [e.type for e in kb.sites["qalat-halab"].events] == ["damaged"]
    assert len(kb.sites) == 7


def test_a_claim_whose_quote_does_not_name_its_site_is_left_out(content):
    before = files(content)
    plan = ingest_text(content, "Nothing about the temple here. The museum was looted.", [
        claim("Temple of Baalshamin", "The museum was looted.", mention="The museum", event="looted")], "museum")
    assert {p: b for p, b in files(content).items() if p.parts[0] == "sites"} == \
        {p: b for p, b in before.items() if p.parts[0] == "sites"}
    assert any("does not name" in m for m in plan.messages)


def test_namesakes_follow_the_city_the_article_names(tmp_path):
    aleppo = tmp_path / "aleppo" / "content"
    text = "Shelling hit the Umayyad Mosque in Aleppo on Sunday, activists said."
    ingest_text(aleppo, text, [claim("Umayyad Mosque", text, event="damaged", date="2013-04-24")], "aleppo")
    [site] = load(aleppo).kb.sites.values()
    assert site.name == "Great Mosque of Aleppo" and "Umayyad Mosque" in [n.name for n in site.names]
    assert site.identifiers.get("wikidata") != "Q183562"  # not Damascus's mosque
    damascus = tmp_path / "damascus" / "content"
    text = "A fire damaged the Umayyad Mosque in Damascus in 1893."
    ingest_text(damascus, text, [claim("Umayyad Mosque", text, event="damaged", date="1893")], "damascus")
    [site] = load(damascus).kb.sites.values()
    assert site.name == "Umayyad Mosque" and site.identifiers["wikidata"] == "Q183562"


def test_ambiguous_namesakes_are_listed_for_review_and_found_again(tmp_path):
    content = tmp_path / "content"
    text = "The Temple of Bel was damaged by looters."
    claims = [claim("Temple of Bel", text, event="damaged")]
    ingest_text(content, text, claims, "bel")
    [site] = load(content).kb.sites.values()
    assert not site.identifiers  # no pick among namesakes
    assert {c.wikidata for c in site.candidates} == {"Q797481", "Q3517541"}
    assert check(load(content)) == []  # candidates: is in the schema
    review = Renderer(load(content).kb).review_queue().text  # the Review page lists them
    assert "Sites to identify" in review and "Q797481" in review and "Dura-Europos" in review
    assert "temple-of-bel.yml:" in review
    snapshot = files(content)
    assert not ingest_text(content, text, claims, "bel").changed
    assert files(content) == snapshot
    # another article, same words: the same site, not a second one
    other = "Looters again damaged the Temple of Bel last week."
    ingest_text(content, other, [claim("Temple of Bel", other, event="looted")], "bel-2")
    assert len(load(content).kb.sites) == 1


def test_a_certain_gazetteer_match_writes_ids_and_the_parent_in_the_kb(content):
    text = "ISIS blew up the Temple of Bel in Palmyra in August 2015."
    ingest_text(content, text, [claim("Temple of Bel", text, date="2015-08", part_of="Palmyra")], "bel")
    site = load(content).kb.sites["temple-of-bel"]
    assert site.identifiers == {"wikidata": "Q797481", "pleiades": "35794949"}
    assert site.part_of == "palmyra" and not site.candidates


MONASTERY = ("Militants blew up the Mar Behnam Monastery near Qaraqosh. The Monastery of the Martyrs Saint Behnam "
             "had stood since the 4th century. The 4th Century Mar Benham monastery was looted first.")


def test_three_surface_forms_of_one_monastery_are_one_site(tmp_path):
    content = tmp_path / "content"
    ingest_text(content, MONASTERY, [
        claim("Mar Behnam Monastery", "Militants blew up the Mar Behnam Monastery near Qaraqosh."),
        claim("Monastery of the Martyrs Saint Behnam",
              "The Monastery of the Martyrs Saint Behnam had stood since the 4th century.", event="damaged"),
        claim("Century Mar Benham monastery", "The 4th Century Mar Benham monastery was looted first.", event="looted"),
    ], "monastery")
    sites = load(content).kb.sites
    assert list(sites) == ["mar-behnam-monastery"]
    site = sites["mar-behnam-monastery"]
    assert site.identifiers["wikidata"] == "Q934579" and site.kind == "monastery"
    assert [n.name for n in site.names] == ["Monastery of the Martyrs Saint Behnam"]  # not "Century ..."
    assert sorted(e.type for e in site.events) == ["damaged", "destroyed", "looted"]
    # a later article with a misspelling: the same site, the new form kept
    later = "Restorers began work at the Mar Benham Monastery in 2019."
    ingest_text(content, later, [claim("Mar Benham Monastery", later, event="restored", date="2019")], "later")
    sites = load(content).kb.sites
    assert list(sites) == ["mar-behnam-monastery"]
    assert "Mar Benham Monastery" in [n.name for n in sites["mar-behnam-monastery"].names]


def test_reingesting_every_article_of_a_folder_changes_no_byte(content):
    articles = {
        "khorsabad": (KHORSABAD, [claim("Khorsabad", "Militants bulldozed Khorsabad on Sunday.", date="2015-03-08")]),
        "monastery": (MONASTERY, [claim("Mar Behnam Monastery", "Militants blew up the Mar Behnam Monastery near Qaraqosh."),
                                  claim("Century Mar Benham monastery", "The 4th Century Mar Benham monastery was looted first.",
                                        event="looted")]),
        "bel": ("The Temple of Bel was damaged.", [claim("Temple of Bel", "The Temple of Bel was damaged.", event="damaged")]),
        "palmyra": ("ISIS seized Palmyra in May 2015. Tadmur fell fast.",
                    [claim("Tadmur", "ISIS seized Palmyra in May 2015. Tadmur fell fast.", event="seized", date="2015-05")]),
    }
    unrelated = {p: (content / "sites" / p).read_bytes() for p in ("palmyra-shrine.yml", "palmyra-tomb.yml",
                                                                     "temple-of-baalshamin.yml", "arch-of-triumph.yml")}
    for stem, (text, claims) in articles.items():
        ingest_text(content, text, claims, stem)
    once = files(content)
    for stem, (text, claims) in articles.items():
        assert not ingest_text(content, text, claims, stem).changed, stem
    assert files(content) == once
    assert {p: (content / "sites" / p).read_bytes() for p in unrelated} == unrelated
    assert check(load(content)) == []


def test_namesakes_in_one_kb_in_either_order_stay_two_sites(tmp_path):
    damascus = "A fire damaged the Umayyad Mosque in Damascus in 1893."
    aleppo = "Shelling hit the Umayyad Mosque in Aleppo on Sunday, activists said."
    for order in ((damascus, aleppo), (aleppo, damascus)):
        content = tmp_path / str(len(list(tmp_path.iterdir()))) / "content"
        for n, text in enumerate(order):
            ingest_text(content, text, [claim("Umayyad Mosque", text, event="damaged", mention="the Umayyad Mosque")], f"a{n}")
        sites = load(content).kb.sites
        assert sorted(sites) == ["great-mosque-of-aleppo", "umayyad-mosque"], order
        assert sites["umayyad-mosque"].identifiers["wikidata"] == "Q183562"
        assert [e.evidence[0].quote for e in sites["great-mosque-of-aleppo"].events] == [aleppo]
        snapshot = files(content)
        for n, text in enumerate(order):
            ingest_text(content, text, [claim("Umayyad Mosque", text, event="damaged", mention="the Umayyad Mosque")], f"a{n}")
        assert files(content) == snapshot


def test_a_wrong_candidates_list_is_one_schema_error_not_a_crash(content):
    write(content / "sites/odd.yml", """
        name: Odd
        candidates: 5
    """)
    problems = [p for p in check(load(content)) if "odd.yml" in str(p.path)]
    assert len(problems) == 1 and problems[0].line == 2 and "candidates" in problems[0].message


def test_a_new_name_for_a_site_a_person_wrote_keeps_their_comments(content):
    path = write(content / "sites/mar-behnam-monastery.yml", """
        # yaml-language-server: $schema=../../builder/schema/site.schema.json
        # Checked by hand against the diocese's list.
        name: Mar Behnam Monastery   # the usual English name
        kind: monastery
        identifiers: {wikidata: Q934579}   # ids checked
        events: []
    """)
    before = path.read_text(encoding="utf-8")
    text = "Militants blew up the Mar Benham Monastery near Qaraqosh, clergy said."
    plan = ingest_text(content, text, [claim("Mar Benham Monastery", text, certainty="reported")], "monastery")
    after = path.read_text(encoding="utf-8")
    assert [l for l in after.splitlines() if "#" in l] == [l for l in before.splitlines() if "#" in l]
    assert after.splitlines()[2:4] == ["name: Mar Behnam Monastery   # the usual English name", "names:"]
    assert [n.name for n in load(content).kb.sites["mar-behnam-monastery"].names] == ["Mar Benham Monastery"]
    assert "mar-behnam-monastery: 'Mar Benham Monastery' added to names" in plan.messages
    assert len(load(content).kb.sites) == 7


def test_the_gazetteer_says_where_a_new_site_lies_and_the_kb_has_that_parent(content):
    text = "Militants damaged the Palmyra Agora, activists said."
    ingest_text(content, text, [claim("Palmyra Agora", text, event="damaged")], "agora")  # no part_of in the claim
    site = load(content).kb.sites["palmyra-agora"]
    assert site.part_of == "palmyra"  # "marketplace of Palmyra", and Palmyra is a site
    assert site.identifiers == {"wikidata": "Q108355868", "pleiades": "844139526"}


@pytest.mark.parametrize("article, published", [
    ("heldout/articles/wire-unesco-istanbul-2016-07-18.txt", "2016-07-18"),
    ("heldout/fresh5/articles/cnn-bam-citadel-quake-2003-12-27.txt", "2003-12-27"),
])
def test_a_second_ingest_with_the_real_extractor_changes_no_byte(content, article, published):
    """The sites the first ingest proposed must not change how the extractor reads the article the
    second time (their names are not known names until a person has checked them)."""
    path = ROOT / "tests" / article
    first = heritage("ingest", str(path), "--published", published, "--content", str(content))
    assert first.returncode == 0, first.stderr
    once = files(content)
    second = heritage("ingest", str(path), "--published", published, "--content", str(content))
    assert second.returncode == 0 and "nothing new" in second.stdout, second.stdout
    assert files(content) == once


def test_a_quote_that_names_its_site_by_a_possessive_or_a_pronoun_is_attached(content):
    text = ("Shuri Castle burned on Thursday. It was razed during the Battle of Okinawa in 1945. "
            "The Temple of Bel, the city's most important monument, was blown up last August.")
    plan = ingest_text(content, text, [
        claim("Shuri Castle", "It was razed during the Battle of Okinawa in 1945.", mention="The castle", date="1945"),
        claim("Palmyra", "The Temple of Bel, the city's most important monument, was blown up last August.",
              mention="the city", event="damaged", date="2015-08"),
        claim("Temple of Bel", "Shuri Castle burned on Thursday.", mention="It", event="looted"),  # names another site
    ], "castle")
    kb = load(content).kb
    assert [e.date.text for e in kb.sites["shuri-castle"].events] == ["1945"]
    assert any(e.date and e.date.text == "2015-08" for e in kb.sites["palmyra"].events)
    assert "temple-of-bel" not in kb.sites and any("does not name 'Temple of Bel'" in m for m in plan.messages)


def test_only_forms_written_as_names_become_names(tmp_path):
    content = tmp_path / "content"
    text = "Odesa's largest Orthodox cathedral was hit. The Transfiguration Cathedral lost its roof."
    ingest_text(content, text, [
        claim("Transfiguration Cathedral", "The Transfiguration Cathedral lost its roof.", event="damaged"),
        claim("Transfiguration Cathedral", "Odesa's largest Orthodox cathedral was hit.",
              mention="Odesa's largest Orthodox cathedral", event="damaged"),
    ], "odesa")
    [site] = load(content).kb.sites.values()
    assert site.name == "Transfiguration Cathedral" and site.names == ()


def test_a_namesake_elsewhere_is_offered_for_review_and_never_placed(tmp_path):
    """An article about Maaloula in Syria names a Church of Saint George; the gazetteer's only one is
    in Lalibela, Ethiopia. Ingest makes the site without ids or location and lists the gazetteer's
    church as a candidate; geocoding does not place it by name while the choice is open."""
    content = tmp_path / "content"
    text = ("MAALOULA, Syria — Monitors said the Church of Saint George in the lower town was set on fire "
            "after rebels entered the Christian town north of Damascus.")
    plan = ingest_text(content, text, [claim("Church of Saint George", text, event="damaged")], "maaloula")
    [site] = load(content).kb.sites.values()
    assert not site.identifiers and site.location is None
    assert [c.wikidata for c in site.candidates] == ["Q7971367"]
    assert any("may be another place" in m and "Lalibela" in m for m in plan.messages)
    done = heritage("geocode", "--content", str(content))
    assert done.returncode == 0, done.stderr
    assert "church-of-saint-george: unresolved: namesakes to choose from" in done.stdout
    assert load(content).kb.sites[site.id].location is None


def test_a_long_name_cut_for_its_file_name_does_not_end_on_of_the(tmp_path):
    name = "Library of the Latin Church and Monastery of the Franciscans in the Old City"
    quote = f"The {name} was destroyed on Sunday."
    plan = ingest_text(tmp_path, quote, [claim(name, quote)])
    ids = [p.stem for p in (tmp_path / "sites").glob("*.yml")]
    assert ids == ["library-of-the-latin-church-and-monastery"], (ids, plan)


def test_a_new_sites_id_transliterates_letters_no_accent_strips(tmp_path):
    """'Gołuchów Castle' is goluchow-castle: 'ł' has no accent to strip, and dropping it made 'gouchow-castle'."""
    name = "Gołuchów Castle"
    quote = f"Soldiers looted {name} in 1939."
    ingest_text(tmp_path, quote, [claim(name, quote, event="looted")])
    assert [p.stem for p in (tmp_path / "sites").glob("*.yml")] == ["goluchow-castle"]
