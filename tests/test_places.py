"""The place-name index: keys in any script, generic mentions, namesakes told apart by context,
surface forms of one place, and the sources merged into one place."""

import pytest

from builder.content.load import load
from builder.places import PlaceIndex, context_keys, is_generic, key, split_qualifier
from conftest import ROOT


@pytest.fixture(scope="module")
def demo():
    return PlaceIndex.build(load(ROOT / "content").kb)


@pytest.fixture(scope="module")
def world():
    return PlaceIndex.build()


@pytest.mark.parametrize("name, expected", [
    ("The Temple of Baal-Shamin", "templeofbaalshamin"),
    ("Temple of Ba'alshamin", "templeofbaalshamin"),
    ("TEMPLE OF BAALSHAMIN", "templeofbaalshamin"),
    ("the ancient city of Palmyra", "palmyra"),
    ("Qalʿat Simʿan", "qalatsiman"),
    ("Église Saint-Étienne", "eglisesaintetienne"),
    ("قوس النصر", "قوسالنصر"),          # Arabic only: letters kept, not an empty key
    ("قَوْسُ النَّصْر", "قوسالنصر"),       # harakat folded away
    ("ﻗﻮﺱ ﺍﻟﻨﺼﺮ", "قوسالنصر"),            # presentation forms: NFKC
    ("Տաթևի վանք", "տաթեւիվանք"),          # Armenian
    ("Ναός του Ηφαίστου", "ναοστουηφαιστου"),  # Greek, accents folded, final sigma casefolded
])
def test_keys_in_any_script_are_never_empty(name, expected):
    assert key(name) == expected


@pytest.mark.parametrize("mention", ["the site", "The city", "the ancient city", "it", "the ruins",
                                     "the 2,000-year-old temple", "", "   ", "the 4th-century monastery"])
def test_a_generic_mention_names_nothing(demo, mention):
    assert is_generic(mention)
    assert demo.resolve(mention, context_keys("Palmyra"), context_keys("Palmyra, Syria")).status == "none"


def test_a_name_in_arabic_only_finds_its_site_and_nothing_else_meets_it(demo):
    found = demo.resolve("قوس النصر")
    assert found.certain and found.place.site_id == "arch-of-triumph"
    assert demo.resolve("the site").place is None  # the old index sent this to the arch too


def test_names_of_a_site_in_every_language_and_its_ids_are_one_place(demo):
    for name in ("Palmyra", "Tadmur", "تدمر", "Tadmor"):  # Tadmor: the built-in list's form
        found = demo.resolve(name)
        assert found.certain and found.place.site_id == "palmyra", name
    assert [p.site_id for p in demo.by_id("wikidata", "Q5747")] == ["palmyra"]
    assert [p.site_id for p in demo.by_id("pleiades", "668331")] == ["palmyra"]
    palmyra = demo.site_place("palmyra")
    assert palmyra.wikidata == "Q5747" and "668331" in palmyra.pleiades
    assert {"gazetteer", "builtin", "site"} <= set(palmyra.sources)


def test_namesakes_are_chosen_by_the_places_named_with_them(world):
    alone = world.resolve("Umayyad Mosque")
    assert alone.certain and alone.place.wikidata == "Q183562"  # the plain name is the Damascus one
    aleppo = world.resolve("Umayyad Mosque", near=context_keys("fighting near the Umayyad Mosque in Aleppo"))
    assert aleppo.certain and aleppo.place.name == "Great Mosque of Aleppo" and aleppo.place.wikidata is None
    by_article = world.resolve("Umayyad Mosque", far=context_keys("Rebels in Aleppo, Syria's second city, said ..."))
    assert by_article.certain and by_article.place.name == "Great Mosque of Aleppo"
    qualified = world.resolve("Umayyad Mosque of Aleppo")
    assert qualified.certain and qualified.place.name == "Great Mosque of Aleppo"


def test_namesakes_without_context_are_ambiguous_with_their_candidates(world):
    found = world.resolve("Temple of Bel")
    assert found.ambiguous and found.place is None
    assert {c.wikidata for c in found.candidates} == {"Q797481", "Q3517541"}  # Palmyra's and Dura-Europos'
    palmyra = world.resolve("Temple of Bel", far=context_keys("ISIS blew up the temple in Palmyra"))
    assert palmyra.certain and palmyra.place.wikidata == "Q797481"
    dura = world.resolve("Temple of Bel", far=context_keys("excavations at Dura-Europos"))
    assert dura.certain and dura.place.wikidata == "Q3517541"


@pytest.mark.parametrize("mention", ["Mar Behnam Monastery", "Monastery of Mar Behnam", "Mar Behnam",
                                     "Monastery of the Martyrs Saint Behnam", "Century Mar Benham monastery",
                                     "Mar Benham Monastery", "the Mar Behnam monastery"])
def test_surface_forms_of_one_monastery_are_one_place(world, mention):
    found = world.resolve(mention)
    assert found.certain and found.place.wikidata == "Q934579", (mention, found)


@pytest.mark.parametrize("mention, not_this", [
    ("Palmyra Museum", "Q5747"),            # a museum is not its city
    ("Temple of Baalbek", "Q797481"),        # one word apart is another place
    ("Nimrod", "Q237614"),                   # a short name allows no letter slip
])
def test_fuzzy_matching_does_not_reach_other_places(world, mention, not_this):
    found = world.resolve(mention)
    assert not (found.place and found.place.wikidata == not_this)


def test_a_place_qualified_by_another_city_does_not_match_the_plain_namesake(world):
    found = world.resolve("Umayyad Mosque of Hama")
    assert not (found.place and found.place.wikidata == "Q183562")


def test_split_qualifier_only_splits_names_that_hold_a_name():
    assert split_qualifier("Umayyad Mosque of Aleppo") == ("umayyadmosque", "aleppo")
    assert split_qualifier("Temple of Bel") is None
    assert split_qualifier("Citadel of Aleppo") is None


def test_a_site_added_during_a_run_is_found_from_then_on(world):
    from builder.places import Place
    index = PlaceIndex.build()
    index.add(Place(ref="site:tell-qarqur", name="Tell Qarqur", names=("Tell Qarqur", "Qarqur"),
                    kind="archaeological site", site_id="tell-qarqur"))
    found = index.resolve("Qarqur")
    assert found.certain and found.place.site_id == "tell-qarqur"
    assert world.resolve("Qarqur").place is None or world.resolve("Qarqur").place.site_id is None


def test_context_keys_are_the_capitalised_runs():
    keys = context_keys("Militants entered Mosul's old city and the Nineveh Governorate, then قوس النصر.")
    assert {"mosul", "nineveh", "ninevehgovernorate", "militants"} <= keys
    assert "old" not in keys and "city" not in keys


def test_the_index_sits_below_extract_ingest_and_geocode():
    """builder.places imports none of the stages that use it (DESIGN: names and places once, below all three)."""
    import ast
    above = {"extract", "ingest", "geocode", "site_match", "commands", "render", "plugin", "cli"}
    for path in (ROOT / "builder" / "places").glob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level >= 2:
                assert (node.module or "").split(".")[0] not in above, (path.name, node.module)
            if isinstance(node, (ast.Import, ast.ImportFrom)) and not getattr(node, "level", 0):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                assert not any(n.startswith("builder.") and n.split(".")[1] in above for n in names), (path.name, names)


def test_a_lone_gazetteer_place_the_article_puts_elsewhere_is_not_taken(world):
    """The gazetteer holds only some of the world's places: its one Church of Saint George (Lalibela)
    is not the one an article about a Syrian town means; told of Lalibela, it is."""
    syria = world.resolve("Church of Saint George", far=context_keys(
        "Militants held Maaloula, a Christian town north of Damascus, Syria, for months."))
    assert syria.ambiguous and syria.place is None
    assert [c.wikidata for c in syria.candidates] == ["Q7971367"]  # offered for review, not chosen
    ethiopia = world.resolve("Church of Saint George", far=context_keys("Pilgrims crowd Lalibela at Timkat."))
    assert ethiopia.certain and ethiopia.place.wikidata == "Q7971367"
    # a distinctive name with its country named stays certain; one with no town or country named too
    assert world.resolve("Umayyad Mosque", far=context_keys("Syria's civil war reached Damascus.")).certain
    assert world.resolve("Krak des Chevaliers", far=context_keys("Fighting in Syria went on.")).certain


def test_a_dedication_needs_its_town_named(world):
    """Many towns have a Basilica of Saint Mark: the gazetteer's (in Rome) is not taken for an
    article that names Venice and not Rome."""
    venice = world.resolve("St Mark's Basilica", far=context_keys("Fire in Venice: the lagoon city mourns."))
    assert venice.ambiguous and venice.place is None
    rome = world.resolve("St Mark's Basilica", far=context_keys("A concert in Rome on Sunday."))
    assert rome.certain and rome.place.parent == "Rome"


def test_a_named_institution_is_not_a_namesake_with_another_qualifier():
    """'the Museum of Modern Art' (Rio, Paris, New York) is not the built-in Museum of Islamic Art, and a
    description in common words ('the modern art museum') is no ground for a fuzzy guess."""
    idx = PlaceIndex.build(None)
    assert idx.resolve("the Museum of Islamic Art").certain
    assert idx.resolve("the Museum of Modern Art").status == "none"
    assert idx.resolve("The modern art museum").status == "none"
    assert idx.resolve("Mar Benham monastery").place.name == "Mar Behnam Monastery"  # a letter slip in a name still meets
