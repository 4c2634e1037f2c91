"""Stage `mentions`: which noun phrases are sites, how they are named, what an anaphor points back to."""
import pytest

from builder.extract import lexicon
from builder.extract.known import builtin_sites
from builder.extract.mentions import stage
from builder.extract.parse import Parses
from builder.extract.sentences import stage as sentences
from builder.extract.state import ArticleState
from extract_helpers import P2018, run


def mentions(text):
    state = ArticleState(text=text, published=P2018, known_sites=builtin_sites(text), include_built=True,
                         lex=lexicon.load(), parses=Parses())
    sentences(state)
    stage(state)
    return [[(m.text, m.site.name) for m in state.mentions[s.index]] for s in state.sentences]


@pytest.mark.parametrize("text, name", [
    ("Work on the nearby al-Tahera Church was finished.", "al-Tahera Church"),
    ("The rebuilt al-Nuri mosque was handed back on Monday.", "Great Mosque of al-Nuri"),  # the known site
    ("Crowds gathered at the el-Mursi Abul Abbas Mosque.", "el-Mursi Abul Abbas Mosque"),
    ("Volunteers cleared the rubble of the al-Hadra convent.", "al-Hadra convent"),  # a lower-case head after the name
])
def test_an_arabic_name_with_a_lower_case_article_is_a_site_name(text, name):
    assert name in [n for _, n in mentions(text)[0]]


def test_a_definite_description_points_back_to_the_last_site_of_its_kind():
    got = mentions("Pilgrims prayed at the al-Nuri mosque on Monday. "
                   "The militants destroyed the 12th-century mosque in June 2017.")
    assert got[1] == [("the 12th-century mosque", "Great Mosque of al-Nuri")]
    assert run("Pilgrims prayed at the al-Nuri mosque on Monday. "
               "The militants destroyed the 12th-century mosque in June 2017.", P2018) == [
        ("Great Mosque of al-Nuri", "destroyed", "2017-06")]


def test_a_site_named_inside_quoted_speech_is_no_antecedent():
    text = "'We are not in a Notre-Dame Cathedral scenario,' he said. The cathedral caught fire on Monday."
    got = mentions(text)
    assert [n for _, n in got[0]] == ["Notre-Dame de Paris"]
    assert all(name != "Notre-Dame de Paris" for _, name in got[1])


def names(text):
    return [n for sent in mentions(text) for _, n in sent]


def test_masjid_is_a_mosque_noun():
    assert "Noor Masjid" in names("The Noor Masjid was torn down by a mob in 1950.")


@pytest.mark.parametrize("text, name", [
    ("The carvings were taken from Wat Phra Sri, one of the temples of Si Thep, in the 1960s.", "Wat Phra Sri"),
    ("Hollybrook, the lakeside home where the poet spent his last years, reopened on Monday.", "Hollybrook"),
    # 'monument' and 'archive' say what a name is, as 'temple' does
    ("Vandals damaged Velmora, the 9th-century Buddhist monument, on Monday.", "Velmora"),
    ("Water reached Tessaro, the oldest municipal archive in the region, on Monday.", "Tessaro"),
])
def test_an_appositive_naming_a_site_noun_makes_the_name_a_site(text, name):
    assert name in names(text)


def test_an_appositive_owned_by_a_site_is_a_person_not_a_site():
    assert "Maria Vent" not in names("Maria Vent, the library's archivist, said the fire was out.")


def test_a_site_described_in_a_region_is_named_by_the_site_told_next():
    text = ("Rebels looted an old monastery in the Kalam Valley on Sunday. "
            "The Monastery of Saint Elias had stood there since the 9th century.")
    assert "Kalam Valley Monastery" not in names(text)
    assert [(s, e) for s, e, _ in run(text, P2018)] == [("Monastery of Saint Elias", "looted")]


def test_a_region_before_a_common_noun_is_where_a_site_lies_not_a_site():
    assert "Swat Valley" not in names("Floods reached Udegram, the 3,000-year-old Swat Valley town, on Friday.")


def test_a_possessive_after_of_is_an_owner_not_a_place():
    assert not any("Museum" in n for n in names("The thieves stripped the museum of Vermeer's portrait in 1994."))


def test_a_possessive_inside_a_name_keeps_the_name_whole():
    assert "Church of Our Saviour's Resurrection" in names(
        "The roof of the Church of Our Saviour's Resurrection fell in 2011.")


def test_a_place_whose_site_noun_follows_names_its_own_site():
    got = run("Visitors often go on to Durnford, whose Norman church was gutted by fire in 1998.", P2018)
    assert ("Durnford Church", "destroyed", "1998") in got, got


def test_a_part_of_a_named_site_after_whose_is_no_site_of_its_own():
    assert names("The nearby Tarik Pasha Mosque, whose minaret fell in the war, is closed.") == ["Tarik Pasha Mosque"]


def test_a_name_listed_in_a_relative_clause_is_a_site():
    got = run("Kilwa Kisiwani, which was added to the World Heritage List in 1981, is eroding.", P2018)
    assert ("Kilwa Kisiwani", "inscribed", "1981") in got, got


def test_a_name_the_gazetteer_describes_as_a_site_is_a_site_without_a_site_noun():
    assert "Taxila" in names("Heavy rain damaged parts of Taxila last week.")
    assert "Venice" not in names("Heavy rain damaged parts of Venice last week.")  # a city, not a site


def test_a_mill_is_a_site_noun():
    assert "Hartley's Mill" in names("Sparks from the blaze reached Hartley's Mill, a windmill built in 1802.")


@pytest.mark.parametrize("text, name", [
    ("Burglars got into the Louvre through a window on Sunday.", "Louvre"),  # known by name alone (data)
    ("The Stedelijkmuseum closed after the flood on Monday.", "Stedelijkmuseum"),  # a name ending in a head
    ("Three canvases went missing from the Kunsthal in Rotterdam.", "Kunsthal"),
    ("The Sydney Opera House was hit by a hailstorm on Monday.", "Sydney Opera House"),  # a two-word head
])
def test_a_museum_or_a_theatre_named_without_an_english_head_noun_is_a_site(text, name):
    assert name in names(text)


def test_an_english_head_alone_is_no_name():
    assert "Museum" not in names("The Museum reopened on Monday.")


@pytest.mark.parametrize("text", [
    "The blaze gutted the home of the composer, Elmsworth House, on Tuesday.",
    "Elmsworth House, the composer's family home, was gutted by the blaze.",
])
def test_a_house_the_text_describes_as_a_home_is_a_site(text):
    assert "Elmsworth House" in names(text)


def test_a_house_no_description_calls_a_home_is_no_site():
    assert names("A spokesman for Elmsworth House said nothing.") == []


@pytest.mark.parametrize("text, name", [
    ("Heavy rain flooded homes across the Swat Valley in 2022.", "Swat Valley"),
    ("Looters dug pits in the Valley of the Queens in 2012.", "Valley of the Queens"),
])
def test_a_valley_named_as_a_place_of_its_own_is_a_site(text, name):
    assert name in names(text)


def test_a_valley_name_modifying_a_noun_is_where_something_is():
    assert "Swat Valley" not in names("The Swat Valley town of Mingora was shelled.")


@pytest.mark.parametrize("text", [
    "Vandals sprayed paint on the Gothic Cathedral on Monday.",
    "A storm damaged the Cistercian Abbey on Monday.",
    "Rain washed out part of the Bronze Age fort on Monday.",
    "Rain washed out part of the Bronze Age Fort on Monday.",
    "Arsonists burned the Zen temple on Monday.",  # a school of a faith, as an order is
])
def test_a_style_an_order_or_a_period_with_a_head_noun_is_a_description_not_a_name(text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Artillery hit the Ottoman-era Qalat Fortress on Saturday.",
    "Artillery hit the UNESCO-listed Qalat Fortress on Saturday.",
])
def test_a_hyphenated_era_or_status_before_a_name_is_not_part_of_it(text):
    assert names(text) == ["Qalat Fortress"]


def test_a_lower_case_opera_house_in_a_place_is_named_after_the_place():
    assert "Belem Opera House" in names("A fire gutted the opera house in Belem on Monday.")


def test_a_church_of_a_saint_in_the_possessive_is_the_saints_church():
    assert "St. Anne Church" in names("The militants burned the church of St. Anne's in Karamles in 2014.")


def test_a_room_named_with_the_site_it_is_in_is_that_site():
    assert names("Smoke blackened the Hall of Tapestries at the Palace of Caserta on Monday.") == ["Palace of Caserta"]
    assert names("Smoke blackened the Hall of Tapestries on Monday.") == ["Hall of Tapestries"]  # the text's own site


def test_a_sentence_opening_with_a_place_places_the_names_after_it():
    # two known Umayyad Mosques: the fronted 'In Aleppo' says which one
    assert names("In Aleppo, the Umayyad Mosque's minaret fell during the fighting.")[-1] == "Great Mosque of Aleppo"
    assert names("The Umayyad Mosque's minaret fell during the fighting.") == ["Umayyad Mosque"]


def test_a_site_named_only_in_a_comparison_is_no_antecedent():
    text = ("Thieves stole jewels from the Orvell Museum on Monday. A curator said it was as if the Louvre had "
            "lost the Mona Lisa. The museum had been restored in 2006.")
    assert run(text, P2018)[-1] == ("Orvell Museum", "restored", "2006")


def test_a_person_named_after_a_description_of_a_home_is_no_site():
    assert names("The home of the composer, Edith Marlow, was damaged by fire in 2019.") == []


@pytest.mark.parametrize("text, name", [
    ("In Timbuktu, the mausoleums were smashed in 2012.", "Mausoleums of Timbuktu"),
    ("In Aleppo, the citadel was shelled in 2013.", "Citadel of Aleppo"),  # known under the town's name
])
def test_a_site_noun_opening_the_clause_after_a_fronted_town_is_the_towns(text, name):
    assert names(text)[-1] == name


def test_a_fronted_town_leaves_a_part_and_a_name_alone():
    assert names("In Aleppo, the minaret fell in 2013.") == ["Aleppo"]
    assert names("In Aleppo, the minaret of the Umayyad Mosque fell in 2013.")[-1] == "Great Mosque of Aleppo"


def test_ibn_joins_the_words_of_a_name():
    assert names("Shelling damaged the Khalid ibn al-Walid Mosque in Homs.")[0] == "Khalid ibn al-Walid Mosque"


def test_a_listed_name_goes_on_to_the_of_complement_its_nouns_share():
    got = names("On Friday the committee inscribed the Sacred Groves and Stone Circles of the Arven Plateau on its list.")
    assert "Sacred Groves and Stone Circles of the Arven Plateau" in got and "Sacred Groves" not in got
    # two names, the second owned by a country, stay two
    got = names("The committee added the Tarn Fortress and Norway's Vellen Mines to its list on Friday.")
    assert not [n for n in got if " and " in n], got


def test_minster_is_a_church_noun():
    assert "Ripon Minster" in names("Lightning struck Ripon Minster on Sunday.")


def test_a_named_building_is_the_site_not_the_square_it_stands_on():
    """'the Town Council building on Market Square was damaged': the building was damaged, the square only
    says where it stands."""
    got = run("A tremor shook Ravenholm on Sunday. The Ravenholm Town Council building on Market Square was damaged, "
              "with cracks in its walls.", P2018)
    assert [s for s, e, _ in got if e == "damaged"] == ["Ravenholm Town Council building"], got


def test_a_description_known_by_a_name_is_that_named_site():
    """'the old gate known as the Porta Rossa': the name, not an earlier site the description might point to."""
    got = run("The storm flooded the Church of San Lio on Monday. Downstream, the old gate known as the Porta Rossa "
              "was damaged, the mayor said.", P2018)
    assert ("Porta Rossa", "damaged", "2018-06-11") in got, got
    assert [s for s, e, _ in got if e == "damaged"].count("Church of San Lio") == 1, got


def test_the_descriptions_of_a_town_a_sentence_introduces_are_that_towns_buildings():
    """'In the nearby town of X, the town hall ... and the cathedral were damaged': X's own town hall and
    cathedral, not a church the article named before."""
    got = run("The tremor cracked the dome of the Basilica of San Vitale on Monday. In the nearby town of Corvara, "
              "the roof of the town hall caved in and the cathedral was damaged, officials said.", P2018)
    sites = {s for s, e, _ in got if e in ("damaged", "destroyed")}
    assert {"Corvara Cathedral", "Corvara Town Hall"} <= sites, got


def test_a_position_named_part_of_a_building_is_that_building():
    """'the Upper Church' after the basilica is named: the basilica (one site), not a church of its own."""
    got = run("An aftershock shook the Basilica of San Domenico on Friday. A section of the vault of the Upper Church "
              "gave way, and the Lower Church was spared.", P2018)
    assert {s for s, _, _ in got} == {"Basilica of San Domenico"}, got
    alone = run("The Upper Church of Valdera was damaged by the flood in 2016.", P2018)
    assert [s for s, _, _ in alone] == ["Upper Church of Valdera"], alone


def test_a_name_with_an_appositive_owned_description_is_a_site_of_that_kind():
    """'Il Ridotto, Verona's oldest opera house': the appositive says what the name is, though it has no site noun;
    a later 'the theatre' is Il Ridotto."""
    text = ("A blaze destroyed Il Ridotto, Verona's oldest opera house, on Monday. The Church of San Lio next door "
            "was not damaged. A fire had damaged the theatre in 1890.")
    got = run(text, P2018)
    assert ("Il Ridotto", "destroyed", "2018-06-11") in got, got
    assert ("Il Ridotto", "damaged", "1890") in got, got
    assert not [c for c in got if c[0] == "Church of San Lio"], got


def test_a_catalan_theatre_is_a_theatre():
    got = run("Barcelona's opera house, the Gran Teatre del Liceu, burned down in January 1994.", P2018)
    assert got == [("Gran Teatre del Liceu", "destroyed", "1994-01")]


def test_the_old_city_of_a_modern_town_the_article_is_about_is_its_heritage_old_city():
    """'the Old City' in an article about the town of Kotor: Kotor's Old City (a heritage site), not the
    modern town."""
    got = run("Artillery pounded the port town of Kotor on Sunday. From dawn on Sunday, shells destroyed the roofs "
              "of the Old City.", P2018)
    assert [s for s, _, _ in got] == ["Old City of Kotor"], got


def test_a_name_before_and_and_a_described_building_is_a_name_of_its_own():
    """'Sponza Palace and Franciscan monastery': the palace is a site; 'Franciscan' is no part of its name (but
    'the National Library and Archives' stays one name)."""
    assert mentions("The Bishop Palace and Dominican monastery were shelled.")[0] == \
        [("The Bishop Palace", "Bishop Palace")]
    assert mentions("The Egyptian National Library and Archives was damaged.")[0][0][1] == \
        "Egyptian National Library and Archives"


def test_a_name_before_a_lower_case_opera_house_is_a_theatre():
    got = run("Flood water filled the basement of the Verdi opera house on Tuesday.", P2018)
    assert [s for s, _, _ in got] == ["Verdi opera house"], got


def test_the_old_towns_of_a_place_are_one_site():
    """'the Old Towns of Djenne' (plural, one World Heritage property); 'the towns of X and Y' are no site."""
    assert mentions("The Old Towns of Sarvan were put on the danger list.")[0] == \
        [("The Old Towns of Sarvan", "Old Towns of Sarvan")]


def test_a_style_word_before_a_name_is_no_part_of_it():
    """'the neo-Gothic Church of St. Anselm': the name is 'Church of St. Anselm'."""
    assert mentions("Workers demolished the neo-Gothic Church of St. Anselm in Kerpen.")[0][0][1] == \
        "Church of St. Anselm"


def test_a_town_an_appositive_puts_on_the_world_heritage_list_is_a_heritage_site():
    """'the town of X, on UNESCO's World Heritage List since 1996': a heritage town (its listing is a claim); a
    town with no such words stays a modern place with no claims of its own."""
    got = run("Floods hit the region on Monday. The town of Velmora, on UNESCO's World Heritage List since 1996, "
              "lost its bridge.", P2018)
    assert ("Velmora", "inscribed", "1996") in got, got
    assert run("The town of Velmora lost its bridge on Monday.", P2018) == []


def test_a_site_on_the_list_since_a_year_was_inscribed_that_year():
    got = run("Shells fell on the Old City of Kotor, which had been on UNESCO's World Heritage List since 1979.", P2018)
    assert ("Old City of Kotor", "inscribed", "1979") in got, got


def test_a_saints_possessive_opening_a_name_keeps_the_whole_name():
    """'St. Anselm's Blue-Roofed Chapel': the saint's possessive is the name's first words, even when the word after
    it is no head noun; a place named after a saint ('St. Petersburg's ...') owns the site named after it."""
    assert run("Shelling damaged St. Anselm's Blue-Roofed Chapel in Velmora on Tuesday.", P2018) == [
        ("St. Anselm's Blue-Roofed Chapel", "damaged", "2018-06-12")]
    assert [s for s, _, _ in run("A missile damaged St. Petersburg's Winter Garden Museum on Tuesday.", P2018)] == [
        "Winter Garden Museum"]


def test_the_subject_after_a_fronted_place_phrase_is_no_appositive_of_the_town_before_it():
    """'In the town of X, north of Y, the local museum burned down': 'the local museum' is the clause's subject
    (the parse says so), not a description of Y; it is the museum of the town the sentence opens with."""
    got = run("In the town of Velmora, north of Dorvask, the local history museum burned down on Tuesday.", P2018)
    assert got and all(s != "Dorvask" for s, _, _ in got), got
    assert ("Velmora Museum", "destroyed", "2018-06-12") in got, got


def test_a_town_the_sentence_opens_with_owns_the_building_it_names():
    got = run("The quake destroyed Tarvan Cathedral on Tuesday. In Ostrelo, the old port on the coast, the cathedral "
              "was cracked, a priest said.", P2018)
    assert ("Ostrelo Cathedral", "damaged") in {(s, e) for s, e, _ in got}
    assert ("Tarvan Cathedral", "damaged") not in {(s, e) for s, e, _ in got}


def test_a_country_the_sentence_opens_with_owns_no_building():
    got = run("Militants looted the Mosul Museum in 2014. In Iraq, the museum was later restored.", P2018)
    assert not any(s.startswith("Iraq") for s, _, _ in got)


def test_a_town_the_article_told_before_is_its_setting_not_a_new_town():
    got = run("OSTRELO, Zembla -- The Church of St Vitus was damaged by the quake on Tuesday. In Ostrelo, residents said "
              "the church had been damaged before, in 1985.", P2018)
    assert not any(s == "Ostrelo Church" for s, _, _ in got)


@pytest.mark.parametrize("text,name", [
    ("Thieves stole three paintings from the Tarvan Art Gallery in Ostrelo in 2003.", "Tarvan Art Gallery"),
    ("Thieves stole a painting from the Zemblan National Gallery in 1994.", "Zemblan National Gallery"),
])
def test_an_art_gallery_is_a_museum(text, name):
    assert (name, "looted") in {(s, e) for s, e, _ in run(text, P2018)}


def test_a_name_owned_by_a_country_goes_on_after_of():
    got = run("A fire swept through Zembla's National Museum of Natural History on Tuesday, officials said.", P2018)
    assert {s for s, _, _ in got} == {"National Museum of Natural History"}


def test_ancient_cities_under_one_plural_are_each_a_site():
    got = run("Looters had begun digging at the Sumerian cities of Tarvu and Ostrelu, residents said.", P2018)
    assert {s for s, e, _ in got if e == "looted"} == {"Tarvu", "Ostrelu"}


def test_towns_of_a_region_under_one_plural_are_no_sites():
    got = run("Looters had begun digging at the towns of Tarvu and Ostrelu, residents said.", P2018)
    assert not any(s in ("Tarvu", "Ostrelu") for s, _, _ in got)


def test_a_building_described_in_a_large_region_is_not_named_after_it():
    got = run("The Tarvan Mosque, the largest Ottoman mosque in the Balkans, was hit dozens of times in 1993.", P2018)
    assert {s for s, _, _ in got} == {"Tarvan Mosque"}


def test_a_house_an_appositive_describes_is_a_site():
    got = run("In August 1989, Tarvenham, the 17th-century house on the Downs, was gutted by fire.", P2018)
    assert ("Tarvenham", "destroyed", "1989-08") in got


def test_a_house_word_in_a_job_is_no_site():
    got = run("Anna, the house cleaner, was hurt when the Tarvan Museum was bombed in 2017.", P2018)
    assert {s for s, _, _ in got} == {"Tarvan Museum"}
@pytest.mark.parametrize("text, name", [
    ("The building that housed Cologne's city archive collapsed on Tuesday.", "Cologne City Archive"),
    ("Aleppo's museum was looted in 2013.", "Aleppo Museum"),
    ("Water flooded the archive in Aleppo in 2013.", "Aleppo Archive"),  # "a museum in Mosul", for an archive
])
def test_a_towns_building_told_by_a_lower_case_head_is_named_after_the_town(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text", [
    "Smith's museum was looted in 2013.",  # a person's, not a town's (the gazetteer knows no town 'Smith')
    "Fire gutted La Fenice, Cologne's celebrated opera house, overnight.",  # an appositive of a name
    "Two years before, Cologne's opera house, the Oper Koeln, burned down.",  # a description the name follows
])
def test_an_owners_building_or_a_names_description_is_no_new_site(text):
    assert not [n for n in names(text) if n.startswith(("Smith ", "Cologne "))], names(text)


@pytest.mark.parametrize("text, name", [
    ("The Rocca Estense of San Felice sul Panaro was badly damaged.", "Rocca Estense of San Felice sul Panaro"),
    ("The Château de Lunéville was gutted by fire.", "Château de Lunéville"),
    ("The Torre dei Modenesi collapsed on Sunday.", "Torre dei Modenesi"),
    ("Kloster Lorsch was flooded on Sunday.", "Kloster Lorsch"),
])
def test_a_site_noun_in_the_language_of_its_place_makes_a_name(text, name):
    assert name in names(text)


@pytest.mark.parametrize("text, claim", [
    ("The Hermitage was shelled in 1942.", ("Hermitage", "attacked", "1942")),
    ("A fire gutted the Hermitage in 1942.", ("Hermitage", "destroyed", "1942")),
    ("The Hermitage burned down in 1942.", ("Hermitage", "destroyed", "1942")),
    ("The looting of the Hofburg began in 1945.", ("Hofburg", "looted", "1945")),
    ("Vandals ransacked the Villa Malfitano and the Palazzina Cinese in 1990.", ("Palazzina Cinese", "looted", "1990")),
    ("In September 1941 German troops occupied Peterhof.", ("Peterhof", "seized", "1941-09")),
    ("The ballrooms of the Hofburg were restored in 1997.", ("Hofburg", "restored", "1997")),  # a room's owner
    ("Shelling damaged the roof of the Hermitage in 1942.", ("Hermitage", "damaged", "1942")),
])
def test_a_name_with_no_site_noun_is_a_site_when_the_parse_makes_it_what_the_event_harmed(text, claim):
    assert claim in run(text, P2018)


@pytest.mark.parametrize("text", [
    "Thieves stole Munch's The Scream in 2004.",  # what is stolen is a work of art; where from is the site
    "Thieves stole The Concert in 1990.",
    "BONN, Germany (AP) - The committee inscribed a new site on Sunday.",  # a dateline
    "Downstream, the flood damaged fields.",  # any first word is capitalised
    "Typhoon Haiyan destroyed the harvest in 2013.",  # a storm is a cause
])
def test_a_name_that_is_a_work_a_dateline_or_a_storm_is_no_site(text):
    assert run(text, P2018) == []


def test_a_name_that_starts_inside_a_word_is_read_from_the_parse():
    """'d'Auvergne' is one token: a mention of 'Auvergne' inside it once crashed the roles stage."""
    text = ("The air raids of 1941 and 1942 also destroyed the Auberge d'Auvergne, one of the palaces of the "
            "Knights of St John, whose site on Republic Street is now a square.")
    assert [event for _, event, _ in run(text, P2018)] == ["destroyed"]


@pytest.mark.parametrize("text", [
    "The invasion toppled Saddam Hussein in 2003.",  # two plain words with no article: as likely a person
    "The women carved a J into a brick wall of the Colosseum.",  # a letter
])
def test_a_person_or_a_letter_is_no_site(text):
    assert all(site != "Saddam Hussein" and site != "J" for site, _, _ in run(text, P2018))


@pytest.mark.parametrize("text, claim", [
    ("The tomb of the 15th-century scholar Sheikh Ahmed Zarruq was damaged.",
     ("Tomb of Sheikh Ahmed Zarruq", "damaged", None)),  # a description before the title
    ("Vandals damaged a cemetery in Benghazi.", ("Benghazi Cemetery", "damaged", None)),
    ("A fire damaged Hastings Pier in 2010.", ("Hastings Pier", "damaged", "2010")),
    ("A sketchbook was stolen from the Musée Picasso in June 2009.", ("Musée Picasso", "looted", "2009-06")),
    ("Fire damaged the Palais de Justice in 1871.", ("Palais de Justice", "damaged", "1871")),
    ("The Church of St John the Baptist was damaged in 2004.", ("Church of St John the Baptist", "damaged", "2004")),
])
def test_more_site_nouns_and_forms_name_a_site(text, claim):
    assert claim in run(text, P2018)


def test_a_faith_before_a_lower_case_noun_is_no_name():
    assert ("Orthodox", "destroyed", None) not in run(
        "The crowd gutted the Cathedral of St George and the Orthodox seminary beside it.", P2018)


def test_its_building_after_a_town_is_the_towns_building():
    assert ("Palmyra Museum", "looted", "2015-06") in run(
        "Fighting reached Palmyra in May. Its museum was looted in June 2015.", P2018)
    # after a site, 'its roof' is a part of it, not a building of its own
    assert run("The Temple of Bel was damaged. Its roof fell in.", P2018) == [("Temple of Bel", "damaged", None)]


@pytest.mark.parametrize("text, claim", [
    ("Peter's small seaside palace, Monplaisir, was damaged in 1944.", ("Monplaisir", "damaged", "1944")),
    ("The town's main church, San Marco, was damaged in 1944.", ("San Marco", "damaged", "1944")),
    ("Fans damaged one of Rome's most famous fountains, the Barcaccia at the foot of the Spanish Steps, in 2015.",
     ("Barcaccia", "damaged", "2015")),
])
def test_a_description_with_its_name_in_apposition_names_the_site(text, claim):
    assert run(text, P2018) == [claim]


def test_a_speaker_after_a_description_is_no_name():
    assert all(site != "Putin" for site, _, _ in run("The palace, Putin said, was damaged in 1944.", P2018))


def test_a_position_and_the_same_noun_is_another_site_of_its_kind_not_a_part():
    text = "Hastings Pier was gutted by fire in 2010. Brighton's West Pier was destroyed by fire in 2003."
    assert ("West Pier", "destroyed", "2003") in run(text, P2018)
    assert ("Hastings Pier", "destroyed", "2003") not in run(text, P2018)


def test_the_citys_building_is_the_building_of_the_last_town_named():
    assert ("Palmyra Museum", "looted", "2015-06") in run(
        "Fighting reached Palmyra in May. The city's museum was looted in June 2015.", P2018)


@pytest.mark.parametrize("text", ["Part of the Great Mosque collapsed on Monday.", "Most of the Great Mosque burned."])
def test_a_share_opening_a_sentence_is_no_part_of_the_sites_name(text):
    assert [site for site, _, _ in run(text, P2018)] == ["Great Mosque"]


def test_a_one_word_name_ending_in_a_head_before_its_street_is_a_site():
    from extract_helpers import P2016, run
    got = run("The Staatsoper Unter den Linden reopened on Tuesday after a renovation.", P2016)
    assert got == [("Staatsoper Unter den Linden", "restored", "2016-12-06")]


@pytest.mark.parametrize("sentence, site", [
    ("A wooden church belonging to the Kestrel Lavra burned down on Saturday.", "Kestrel Lavra"),
    ("In August 1969 bombers destroyed much of the Heron Sanctuary.", "Heron Sanctuary"),
])
def test_orthodox_and_temple_heads_name_sites(sentence, site):
    from extract_helpers import P2016, run
    assert [s for s, _, _ in run(sentence, P2016)] == [site]


def test_a_known_ancient_name_before_river_is_the_river():
    from extract_helpers import P2016, run
    # Kish is an ancient city in the gazetteer; 'the Kish river' is not it
    assert run("The town was rebuilt after floods from the Kish river destroyed the earlier settlement in 1772.",
               P2016) == []


@pytest.mark.parametrize("sentence, want", [
    # a modern town GeoNames knows owns the building (the gazetteer of ancient places does not know it)
    ("An earthquake damaged Arequipa's 17th-century cathedral on Saturday.", ("Arequipa Cathedral", "damaged", "2016-12-10")),
    # a religious order is a style, not part of a name
    ("The Jesuit church of La Compania was damaged on Saturday.", ("La Compania Church", "damaged", "2016-12-10")),
    # a place whose ruins were listed is the site itself
    ("Kestrelque, whose ruins were put on UNESCO's World Heritage List in 1987, was looted in 1975.",
     ("Kestrelque", "looted", "1975")),
])
def test_sites_named_through_their_town_style_or_ruins(sentence, want):
    from extract_helpers import P2016, run
    assert want in run(sentence, P2016)


def test_a_towns_superlative_building_is_a_description_not_a_name():
    from extract_helpers import P2016, run
    assert run("A monk set fire to Arequipa's most famous temple building in 1950.", P2016) == []


def test_style_words_before_a_head_of_a_name_describe_it():
    from extract_helpers import P2016, run
    assert run("A fire swept through the Serbian Orthodox monastery of Kestrelar on Thursday.", P2016) == \
        [("Kestrelar Monastery", "damaged", "2016-12-08")]


def test_an_elided_article_joins_a_name_and_a_description_its_name_follows_is_no_anaphor():
    from extract_helpers import P2016, run
    assert run("The air raids of 1941 and 1942 also destroyed the Auberge d'Kestrelle.", P2016) == \
        [("Auberge d'Kestrelle", "destroyed", "1941/1942")]
    # 'the almshouse museum Hofje ...' is named by what follows, not the museum named before
    got = run("Thieves hit the Kestrel Museum in 2020. The almshouse museum Hofje van Kestrel lost a painting to "
              "burglars in 2011.", P2016)
    assert ("Kestrel Museum", "looted", "2011") not in got, got


def test_a_headline_in_capitals_names_no_site_but_a_heading_that_is_a_name_does():
    from extract_helpers import P2016, run
    text = ("FIRE GUTS HISTORIC KESTREL CHURCH WEEKS BEFORE ITS BIRTHDAY\n\n"
            "A fire destroyed Mission San Kestrel on Saturday.")
    got = run(text, P2016)
    assert [s for s, _, _ in got] == ["Mission San Kestrel"], got
    assert run("KESTREL ABBEY\n\nThe abbey was damaged on Saturday.", P2016) == [("KESTREL ABBEY", "damaged", "2016-12-10")]


def test_a_bare_name_shown_to_be_a_site_is_a_site_wherever_the_article_names_it_again():
    # 'Derzhprom' has no site noun and is in no gazetteer: the first sentence's parse makes it what was
    # restored; the second names it only as the place of a fire, and a later 'it' needs it too
    text = ("The Derzhprom was restored in 2024. In 2025 a fire at the Derzhprom damaged the roof. "
            "It was looted by soldiers in 2026.")
    got = run(text, P2018)
    assert ("Derzhprom", "damaged", "2025") in got, got
    assert ("Derzhprom", "looted", "2026") in got, got


def test_a_bare_name_inside_an_owners_name_is_not_named_again():
    text = ("Thieves entered the Vasari Gallery at night. "
            "They stole four paintings from Halvard's Vasari Gallery on Sunday.")
    got = run(text, P2018)
    assert all(site != "Vasari Gallery" or event != "looted" for site, event, _ in got), got


@pytest.mark.parametrize("text,want", [
    ("The World Heritage Committee inscribed the Historic Centre of Sheki with the Khan's Palace on 7 July.",
     "Historic Centre of Sheki with the Khan's Palace"),
    ("On Saturday the committee inscribed the Megaliths of Carnac and of the shores of Morbihan in Brittany.",
     "Megaliths of Carnac and of the shores of Morbihan"),
    ("Mount Qingcheng and the Dujiangyan Irrigation System were inscribed together on the World Heritage List in 2000.",
     "Mount Qingcheng and the Dujiangyan Irrigation System"),
    # a name particle inside a listed name the parser hangs from its last word
    ("At the session the committee inscribed more than twenty new sites, among them Argentina's Quebrada de "
     "Humahuaca, a valley along an old trade route.", "Quebrada de Humahuaca"),
    # a relative clause after a person's name ('the architect Varo') is about the building its phrase describes
    ("Visitors come for the Selvani Mosque, the masterpiece of the Ottoman architect Varo, which was added to "
     "UNESCO's World Heritage list in 2011.", "Selvani Mosque"),
])
def test_a_listed_property_is_named_by_its_whole_title(text, want):
    got = run(text, P2018)
    assert [site for site, event, _ in got if event == "inscribed"] == [want], got


def test_a_site_named_after_and_is_its_own_outside_a_listing():
    got = run("Shelling damaged the Citadel of Aleppo and the Great Mosque of Aleppo in 2013.", P2018)
    assert {site for site, _, _ in got} == {"Citadel of Aleppo", "Great Mosque of Aleppo"}, got


@pytest.mark.parametrize("text,want", [
    # a modern town no site form names is still the place 'the city's' points back to
    ("Floods hit the centre of Florence on Monday. The city's historic centre has been on the UNESCO World "
     "Heritage List since 1982.", ("Historic Centre of Florence", "inscribed", "1982")),
    ("COLOGNE, Germany — A tunnel collapsed on Monday. The city's museum was damaged in the collapse.",
     ("Cologne Museum", "damaged", None)),
])
def test_the_citys_building_or_area_is_the_modern_towns_the_article_is_placed_in(text, want):
    got = run(text, P2018)
    assert want[:2] in [g[:2] for g in got], got


def test_the_citys_church_in_an_appositive_renames_the_noun_before_it():
    text = ("Missiles struck Odesa overnight. The cathedral, the city's main church, was blown up in 1936.")
    got = run(text, P2018)
    assert all(site != "Odesa Church" for site, _, _ in got), got


@pytest.mark.parametrize("text,want", [
    ("Hampi was the capital of the Vijayanagara empire. The city was sacked in 1565.", ("Hampi", "looted", "1565")),
    ("Machu Picchu is a 15th-century Inca citadel. It was inscribed on the World Heritage List in 1983.",
     ("Machu Picchu", "inscribed", "1983")),
])
def test_a_name_a_sentence_opens_with_and_says_is_a_site_is_one(text, want):
    got = run(text, P2018)
    assert want in got, got


@pytest.mark.parametrize("text", [
    "Arequipa is a city in southern Peru. The city was damaged by an earthquake in 2001.",  # a modern town
    "It is a city of ruins. The city was sacked in 1565.",  # a pronoun
])
def test_a_town_or_a_pronoun_said_to_be_a_city_is_no_site(text):
    assert run(text, P2018) == []


@pytest.mark.parametrize("text", [
    "The Trevallo Valley Post - Local news",  # a newspaper's masthead: 'Post' is the head, not 'Valley'
    "The Westbrook Abbey Choir sang at the service on Monday.",
])
def test_a_site_noun_before_a_body_noun_only_modifies_it(text):
    assert names(text) == []


@pytest.mark.parametrize("text", [
    "Major Pyotr Orlanov was captured in the cellars on 23 July.",  # a title opens a person's name
    "The flood rose on Friday, and PC Tom Varley was swept away.",  # a police rank is a title too
    "The offensive destroyed the Northern Army Group on 28 July.",  # a body of people
    "The statue outlived the collapse of the Varnian Union.",
])
def test_a_person_or_a_body_as_an_events_patient_is_no_site(text):
    assert run(text, P2018) == []


@pytest.mark.parametrize("text, name", [
    ("The fortress of Brest-Varno was built in the 1830s.", "Brest-Varno Fortress"),  # a stronghold named by its place
    ("Crowds crossed the Ponte dei Vardi on Sunday.", "Ponte dei Vardi"),  # 'ponte': a bridge in Italian
    ("Soldiers occupied Christ the King Cathedral on Sunday.", "Christ the King Cathedral"),  # an epithet inside
    ("A fire destroyed several buildings of the Royal Palaces of Varno.", "Royal Palaces of Varno"),  # a plural head
    ("Bombs damaged the Varno Residence in 1945.", "Varno Residence"),  # a prince's residence is a palace
    ("Crowds gathered at the Vadra fort on Sunday.", "Vadra fort"),  # 'fort' after a name, in lower case
    ("Protesters toppled a statue of Ivan Kordash on Sunday.", "Statue of Ivan Kordash"),  # a public statue of a person
])
def test_a_site_named_by_its_head_noun_and_a_name(text, name):
    assert name in names(text)


def test_a_building_of_a_named_site_is_part_of_it_not_a_site_named_after_it():
    assert names("In May 1964 the bishop consecrated the new basilica of the Orvell Cathedral.") == ["Orvell Cathedral"]


def test_a_long_indefinite_subject_is_no_lead_description():
    """'A taxi driver passing the church' describes a driver, not a church named later."""
    assert names("A taxi driver passing the church saw flames on the roof. The Kirkby Cathedral burned.") == [
        "Kirkby Cathedral"]


def test_a_description_names_the_site_its_noun_names_over_a_nearer_one_of_another_noun():
    """'the cathedral' after 'Morlaix Cathedral' and then 'the Albery Basilica': the cathedral."""
    text = ("The Morlaix Cathedral was shelled in 1914. In January 1915 a shell hit the Albery Basilica. "
            "The cathedral was reconsecrated on 10 July 1938.")
    assert ("Morlaix Cathedral", "restored", "1938-07-10") in run(text, P2018)


def test_a_quoted_title_a_listing_gives_is_one_site_with_the_places_inside_it():
    got = run('This month the committee inscribed the "Varn Sites of Speyla, Wormat and Mainor" on the World Heritage '
              'List.', P2018)
    assert got == [("Varn Sites of Speyla, Wormat and Mainor", "inscribed", "2018-06")]


def test_the_ruin_points_back_to_a_building():
    got = run("The Velna Church burned out in an air raid in 1945. In 1968 the authorities had the ruin blown up.", P2018)
    assert ("Velna Church", "destroyed", "1968") in got


def test_a_service_or_an_office_is_no_site():
    assert run("In 1625 troops occupied the Kestrel Fortress and the Varnian Forestry Service.", P2018) == [
        ("Kestrel Fortress", "seized", "1625")]


def test_a_listed_title_goes_on_with_and_its():
    got = run("The Old Town of Varle and its Fortifications, inscribed on the World Heritage List in 1988, stood in the "
              "path of the wave.", P2018)
    assert got == [("Old Town of Varle and its Fortifications", "inscribed", "1988")]


def test_a_place_in_an_opening_attribution_is_where_the_speakers_are_not_a_scene():
    from extract_helpers import P2016, run
    got = run("Residents fled to the city of Latakia.\n\nAccording to community leaders in Latakia, the Armenian church "
              "of the Holy Mother of God was ransacked, its icons torn down and its altar smashed.", P2016)
    assert not [g for g in got if "Latakia" in g[0]] and ("Holy Mother of God Church", "looted", None) in got, got
    # a later sentence may still name the place by a description
    got = run("According to the director of the Kestrel Museum, the Church of St Varn was ransacked. The museum itself "
              "was looted in 2013.", P2016)
    assert ("Kestrel Museum", "looted", "2013") in got and ("Kestrel Museum", "looted", None) not in got, got


@pytest.mark.parametrize("text, site", [
    ("Cambodia's Baphuon temple was damaged by floods on Sunday.", "Baphuon temple"),
    ("Nepal's Changu Narayan temple was damaged on Saturday.", "Changu Narayan temple"),
])
def test_a_country_possessive_before_a_name_and_its_head_is_the_place_not_the_name(text, site):
    got = run(text, P2018)
    assert [s for s, _, _ in got] == [site], got
