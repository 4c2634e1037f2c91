"""Triggers: the words of builder/vocab/events_lexicon.yml give their event (sentences written for the
tests, about invented sites)."""
import pytest

from extract_helpers import P2016, P2018, run

# trigger vocabulary: a verb's entry in events_lexicon.yml is enough
TRIGGERS = [
    (P2016, "A fire in the roof of Notre-Dame Cathedral on Monday brought down its spire.",
     ("Notre-Dame de Paris", "damaged", "2016-12-05")),
    (P2016, "Fighters broke down the sacred gate of the Sidi Yahia mosque in July 2012.",
     ("Sidi Yahia Mosque", "damaged", "2012-07")),
    (P2016, "The committee added several sites to the list. Days later the Ramappa Temple won the same status.",
     ("Ramappa Temple", "inscribed", None)),
    # 'added X, <an appositive>, to the list' reaches over the appositive
    (P2016, "On Saturday the committee added the Plain of Jars in Laos, a field of thousands of stone vessels "
            "scattered across a plateau, to the list.", ("Plain of Jars", "inscribed", "2016-12-10")),
    # a state seen at a date: the harm was done by then
    (P2016, "The spire of the Mostar Bridge lay in a heap of stone on Wednesday.",
     ("Mostar Bridge", "damaged", "../2016-12-07")),
    # a pronoun object stands between a phrasal verb and its particle
    (P2016, "The Vosk Cathedral stood on the harbour for 400 years. A storm brought it down in 1703.",
     ("Vosk Cathedral", "destroyed", "1703")),
    (P2016, "The Kellan Chapel was damaged by fire in 1666. Engineers blew it up a year later.",
     ("Kellan Chapel", "destroyed", "1667")),
    # 'sack' a city or a building: plunder it
    (P2016, "The Hallam Abbey had stood for six centuries. Raiders sacked it in 1540.", ("Hallam Abbey", "looted", "1540")),
    # 'cart off', 'haul away' what a place held
    (P2016, "Soldiers carted off the bronze doors of the Treslin Museum in 1812.", ("Treslin Museum", "looted", "1812")),
    (P2016, "In 1943 troops hauled away the altarpieces of the Orvell Cathedral.", ("Orvell Cathedral", "looted", "1943")),
    # 'burn down' with no object: what burned down is the subject, past an appositive
    (P2016, "The Velna Palace, the seat of the old parliament across the river, burned down in 1794.",
     ("Velna Palace", "destroyed", "1794")),
    # a fire that broke out in a building burned it
    (P2016, "The blaze broke out in the basement of the Velna Palace on Friday.", ("Velna Palace", "damaged", "2016-12-09")),
    # a list named in full: 'to its World Heritage List'
    (P2016, "The committee on Sunday added the Orvell Monastery to its World Heritage List.",
     ("Orvell Monastery", "inscribed", "2016-12-04")),
    # 'list' as a verb after 'to', in a sentence about the listing
    (P2016, "On Monday the committee, meeting in Lima, agreed to list the Kaldor Monastery under an emergency procedure.",
     ("Kaldor Monastery", "inscribed", "2016-12-05")),
    # thefts: what was taken names the site with 'from' (events_lexicon.yml `site_after`), whoever took it
    (P2016, "Thieves made off with three gold crowns from the Halvard Museum on Tuesday.",
     ("Halvard Museum", "looted", "2016-12-06")),
    (P2016, "Armed men made off with dozens of manuscripts from the Orvell Library last year.",
     ("Orvell Library", "looted", "2015")),
    (P2016, "Two icons went missing from the Kellan Chapel in March 2015.", ("Kellan Chapel", "looted", "2015-03")),
    (P2016, "Thieves took three paintings from the Treslin Museum on Sunday.", ("Treslin Museum", "looted", "2016-12-04")),
    (P2016, "Thieves escaped with jewels from the Halvard Museum on Sunday.", ("Halvard Museum", "looted", "2016-12-04")),
    (P2016, "Thieves raided the Halvard Museum on Sunday.", ("Halvard Museum", "looted", "2016-12-04")),
    (P2016, "The Halvard Museum was burgled on Sunday.", ("Halvard Museum", "looted", "2016-12-04")),
    # the second verb of one subject acts where the first did
    (P2016, "On Monday robbers smashed a display case in the Halvard Museum and took a silver chalice.",
     ("Halvard Museum", "looted", "2016-12-05")),
    # reconsecration, and a reopening in a sentence that tells the work
    (P2016, "The Orvell Cathedral was consecrated again on Sunday.", ("Orvell Cathedral", "restored", "2016-12-04")),
    (P2016, "The bishop reconsecrated the Kellan Chapel in 2015.", ("Kellan Chapel", "restored", "2015")),
    (P2016, "A fire gutted the Orvell Cathedral in 2012. After a four-year restoration, it reopened to worshippers "
            "on Friday.", ("Orvell Cathedral", "restored", "2016-12-09")),
    # what fell on a site, and a site that came down
    (P2016, "A strike hit the Orvell Cathedral on Monday.", ("Orvell Cathedral", "damaged", "2016-12-05")),
    (P2016, "Russian air strikes hit the Kellan Chapel on Tuesday.", ("Kellan Chapel", "damaged", "2016-12-06")),
    (P2016, "The Kellan Chapel came down in the earthquake on Monday.", ("Kellan Chapel", "destroyed", "2016-12-05")),
    (P2016, "The spire of the Kellan Chapel came crashing down on Monday.", ("Kellan Chapel", "damaged", "2016-12-05")),
    (P2016, "Artillery fire hit the Kellan Chapel on Sunday.", ("Kellan Chapel", "damaged", "2016-12-04")),
    (P2016, "The Kellan Chapel was consumed by flames on Sunday.", ("Kellan Chapel", "destroyed", "2016-12-04")),
    # a part of the fabric gone, cracked or fallen: harm to the building it belongs to
    (P2016, "The bell tower of the Kellan Chapel had cracked in the tremor on Monday.", ("Kellan Chapel", "damaged", "2016-12-05")),
    (P2016, "The copper roof of the Orvell Cathedral was torn off in the gale on Sunday.",
     ("Orvell Cathedral", "damaged", "2016-12-04")),
    (P2016, "The Orvell Cathedral lost part of its western porch in the storm on Sunday.",
     ("Orvell Cathedral", "damaged", "2016-12-04")),
    (P2016, "The Kellan Chapel lost bricks from its outer wall in the gale.", ("Kellan Chapel", "damaged", None)),
    (P2016, "Masonry fell from the north tower of the Orvell Cathedral on Monday.",
     ("Orvell Cathedral", "damaged", "2016-12-05")),
    # water as the agent that swept through
    (P2016, "On Tuesday floodwaters swept through the Treslin Museum.", ("Treslin Museum", "damaged", "2016-12-06")),
    # what vanished from a museum, or was taken from it in a telling of theft
    (P2016, "A gold reliquary vanished from the Halvard Museum in 1921.", ("Halvard Museum", "looted", "1921")),
    (P2016, "Three masks were taken at gunpoint from the Treslin Museum in 1999.", ("Treslin Museum", "looted", "1999")),
    (P2016, "The looters were never caught. Two stone heads were taken from the Kellan Chapel in 1971.",
     ("Kellan Chapel", "looted", "1971")),
    # a theft noun: what was taken, then where it was taken from
    (P2016, "He was jailed for the theft of a silver chalice, the Orvell Cup, from the Halvard Museum in May 2009.",
     ("Halvard Museum", "looted", "2009-05")),
    # a restoration whose completion is told with 'now'
    (P2016, "The restoration of the Kellan Chapel, including its frescoes, has now been finished.",
     ("Kellan Chapel", "restored", "../2016-12-10")),
    # ... or told over a long complement: its date is the statement's
    (P2016, "The restoration of the Kellan Chapel in the old quarter of the city, including its leaning bell tower "
            "and its frescoes, has been completed, the ministry announced on Monday.",
     ("Kellan Chapel", "restored", "2016-12-05")),
    # a heap of stone seen at a date: destroyed by then
    (P2016, "On Tuesday the Velna Palace was a field of broken stone.", ("Velna Palace", "destroyed", "../2016-12-06")),
    # a new church consecrated on the ruins of the old one
    (P2016, "In May 1964 the bishop consecrated the new basilica of the Orvell Cathedral.",
     ("Orvell Cathedral", "restored", "1964-05")),
    # joining the World Heritage List is a listing
    (P2016, "The Orvell Monastery joined UNESCO's World Heritage List in 1996.", ("Orvell Monastery", "inscribed", "1996")),
    # a long list of described sites under one 'put ... to its list' (more than twenty words to the list)
    (P2016, "The committee, meeting in a crowded hall in Bonn, put the old rock city of Petra in southern Jordan, the "
            "walled hill town of Hatra in northern Iraq and a cluster of tombs near the sea to its World Heritage List.",
     ("Hatra", "inscribed", None)),
    # harm told by its marks or its means: struck again and again, scarred, water poured in, looters' digging
    (P2016, "The Orvell Cathedral was struck several times on 3 May 2015.", ("Orvell Cathedral", "damaged", "2015-05-03")),
    (P2016, "The Kellan Chapel was hit repeatedly during the night of 4 June 2016.",
     ("Kellan Chapel", "damaged", "2016-06-04")),
    (P2016, "The walls of the Orvell Cathedral were scarred by shellfire in May 2013.",
     ("Orvell Cathedral", "damaged", "2013-05")),
    (P2016, "In June 2014 mud poured into the Treslin Museum.", ("Treslin Museum", "damaged", "2014-06")),
    (P2016, "On 7 June 2014 floodwater reached the ground floor of the Velna Palace.",
     ("Velna Palace", "damaged", "2014-06-07")),
    (P2016, "Illegal excavations at the Temple of Kalabsha were recorded in 2014.",
     ("Temple of Kalabsha", "looted", "2014")),
    (P2016, "In 2013 looters illegally dug up the graves at the Hallam Abbey.", ("Hallam Abbey", "looted", "2013")),
    (P2016, "In May 2013 looters began digging at the Treslin Museum.", ("Treslin Museum", "looted", "2013-05")),
    # returned to the public in an article about the work: the work is done
    (P2016, "Workers spent six years repairing the roof. The Treslin Museum was returned to the public in May 2015.",
     ("Treslin Museum", "restored", "2015-05")),
    # water takes a structure away whole; what leaves a building a burnt-out shell destroyed it
    (P2016, "By morning the Kellan Bridge had been swept away by the flood of 14 July 2015.",
     ("Kellan Bridge", "destroyed", "2015-07-14")),
    (P2016, "When the occupying forces withdrew in January 1944, they left the Orvell Palace a burnt-out shell.",
     ("Orvell Palace", "destroyed", "1944-01")),
    # a place taken by an armed force is seized (not 'taken by surprise', 'taken by tourists')
    (P2016, "The Vosk Palace was taken by IS fighters in June 2014.", ("Vosk Palace", "seized", "2014-06")),
    # new cracks, a building split by an earthquake
    (P2016, "In 2012 the Mingal Pagoda was reported to have new cracks.", ("Mingal Pagoda", "damaged", "2012")),
    (P2016, "The Mingal Pagoda, begun in 1790, was split by an earthquake in 1839.", ("Mingal Pagoda", "damaged", "1839")),
    # a city that fell was taken (a building that fell came down)
    (P2016, "The ancient city of Palmyra held out for weeks in May 2015. On 20 May the city fell.",
     ("Palmyra", "seized", "2015-05-20")),
    # what one 'had torn down' was destroyed
    (P2016, "In 1540 the emperor had the old Abbey of St Vosk on the edge of the city torn down.",
     ("Abbey of St Vosk", "destroyed", "1540")),
    # the things taken between 'carried' and its particle
    (P2016, "In 1943 soldiers carried the bronze doors of the Treslin Museum away.", ("Treslin Museum", "looted", "1943")),
    # a tavern is a building a name may carry
    (P2016, "The Carlton Tavern was demolished without permission in April 2015.", ("Carlton Tavern", "destroyed", "2015-04")),
    # 'the bridge' names the bridge told before
    (P2016, "The Kellan Bridge spans the river. In 1890 three arches of the bridge were swept away.",
     ("Kellan Bridge", "damaged", "1890")),
]


@pytest.mark.parametrize("published,text,want", TRIGGERS, ids=[w[0] for _, _, w in TRIGGERS])
def test_a_trigger_of_the_vocabulary_gives_its_claim(published, text, want):
    got = run(text, published)
    assert want in got, got


# the same words where they tell no event at a site
NO_EVENT = [
    (P2016, "The Vosk Palace was taken by surprise when tourists arrived in June 2014."),
    (P2016, "The Orvell Cathedral reopened to worshippers on Friday after the holidays."),
    (P2016, "The decision came down to the trustees of the Kellan Chapel."),
    (P2016, "Police came down hard on protesters near the Kellan Chapel on Monday."),
    (P2016, "Visitors took photographs of the Treslin Museum on Sunday."),
    (P2016, "Police said nothing was taken from the Treslin Museum."),
    (P2016, "Police raided the Halvard Museum on Sunday."),
    (P2016, "The robbers fled with nothing from the Halvard Museum."),
    (P2016, "He said the decision robbed the Kellan Chapel of its best chance."),
    # 'taken from' outside a telling of theft, 'cracked down', what vanished from view
    (P2016, "The photograph on the cover was taken from the tower of the Kellan Chapel."),
    (P2016, "Police cracked down on protesters outside the Orvell Cathedral on Monday."),
    (P2016, "The Treslin Museum vanished from the tourist guides after the war."),
    (P2016, "The destruction of statues from the Kellan Chapel was filmed in 2015."),
    (P2016, "The Orvell Monastery joined the list of sites that charge no entry fee in 2015."),
]


def test_a_bombing_tells_where_bombs_fell_and_its_own_verb_what_they_did():
    """'Bombs exploded at X' is an attack, not a destruction; 'damaging X' after it says what they did."""
    assert run("Bombs exploded at the Kellan Chapel on 4 June 2016.", P2016) == [("Kellan Chapel", "attacked", "2016-06-04")]
    assert ("Kellan Chapel", "damaged", "2016-06-04") in run(
        "On 4 June 2016 bombs exploded near the altar, and the blasts damaged the Kellan Chapel.", P2016)
    assert ("Kellan Chapel", "destroyed", "2016-06-04") in run(
        "The Kellan Chapel was bombed and destroyed on 4 June 2016.", P2016)


@pytest.mark.parametrize("published,text", NO_EVENT, ids=[t[:40] for _, t in NO_EVENT])
def test_the_words_tell_no_event_without_their_frame(published, text):
    assert run(text, published) == []


def test_a_site_that_reopens_after_harm_with_no_work_told_is_not_restored():
    got = run("A quake damaged the Orvell Cathedral in May. It reopened to tourists on Friday.", P2016)
    assert got == [("Orvell Cathedral", "damaged", "2016-05")]


def test_a_bare_added_after_a_listing_lists_its_objects_and_the_danger_list_is_a_listing():
    """'On the same day it added the ruins of X' after a sentence about the World Heritage List lists X; 'were
    also put on the danger list' is a listing though it names no UNESCO; 'added in 2005' with no object is
    none, nor 'added that'."""
    text = ("The World Heritage Committee inscribed the Citadel of Erbil on Friday. On the same day it added the "
            "Temple of Kalabsha. The Old Towns of Sarvan were also put on the danger list.")
    got = {(s, e) for s, e, _ in run(text, P2016)}
    assert {("Temple of Kalabsha", "inscribed"), ("Old Towns of Sarvan", "inscribed")} <= got, got
    said = run("The World Heritage Committee inscribed the Citadel of Erbil on Friday. Its chairman added that the "
               "Temple of Kalabsha was next.", P2016)
    assert "Temple of Kalabsha" not in {s for s, _, _ in said}, said



def test_struck_a_deal_and_dug_up_records_tell_no_event():
    assert run("The Orvell Cathedral struck a deal with the city in 2015.", P2016) == []
    assert run("The historians dug up old records about the Hallam Abbey in 2013.", P2016) == []
    assert run("Archaeologists began digging at the Hallam Abbey in May 2013.", P2016) == []
    assert run("The Treslin Museum was returned to the public in May 2015 after the strike.", P2016) == []


def test_repair_work_under_way_is_no_restoration():
    from extract_helpers import P2018, run
    got = run("In August 1989, the Tarvan Palace was gutted by a fire started by builders repairing the roof.", P2018)
    assert ("Tarvan Palace", "destroyed", "1989-08") in got
    assert not any(e == "restored" for _, e, _ in got)


@pytest.mark.parametrize("text,want", [
    ("The Tarvan Caves have been a World Heritage site since 1982, the ministry said.", ("Tarvan Caves", "inscribed", "1982")),
    ("The committee met in Lyon. Tarvan National Park, in danger since 1993, was taken off the danger list.",
     ("Tarvan National Park", "inscribed", "1993")),
])
def test_a_listing_told_as_a_state_since_a_year(text, want):
    from extract_helpers import P2018, run
    assert want in run(text, P2018)


def test_a_building_that_was_struck_with_nothing_after_was_damaged():
    text = ("Shells fell on the old town of Dubrovnik in 1991. The Rector's Palace, a Gothic palace that held the "
            "archives, was struck, although the documents inside were saved.")
    assert ("Rector's Palace", "damaged") in [(s, e) for s, e, _ in run(text, P2016)]
    # struck by a feeling, or the quake itself that struck: no harm to a building
    assert run("Visitors to the Temple of Nabu were struck by its beauty.", P2016) == []


@pytest.mark.parametrize("text, want", [
    ("The Castle of Orvell lost its keep in the 1755 earthquake.", ("Castle of Orvell", "damaged", "1755")),
    ("The Abbey of Cluny lost its cloister in 1810.", ("Abbey of Cluny", "damaged", "1810")),
])
def test_a_site_that_lost_a_part_of_a_building_was_damaged(text, want):
    assert run(text, P2016) == [want]


@pytest.mark.parametrize("text", [
    "The committee decided against placing the Great Mosque on its list of World Heritage in Danger.",
    "The committee declined to inscribe the Great Mosque.",
])
def test_a_decision_not_to_act_tells_no_event(text):
    assert run(text, P2018) == []


def test_declining_to_be_named_does_not_block_what_a_source_tells():
    assert ("Great Mosque", "looted", None) in run(
        "An official, who declined to be named, said the Great Mosque was looted.", P2018)


@pytest.mark.parametrize("text", [
    "Rioters set the Church of Our Lady of Ljevis alight.",
    "Rioters broke into the Church of Our Lady of Ljevis and set it ablaze.",
])
def test_setting_a_site_alight_damages_it(text):
    assert ("Church of Our Lady of Ljevis", "damaged", None) in run(text, P2018)


@pytest.mark.parametrize("text, claim", [
    ("The Great Mosque was listed by UNESCO in 1994.", ("Great Mosque", "inscribed", "1994")),
    ("Cologne Cathedral, a World Heritage site since 1996, was not affected.", ("Cologne Cathedral", "inscribed", "1996")),
    ("In 1994 the Kinkaku-ji temple was listed by UNESCO.", ("Kinkaku-ji temple", "inscribed", "1994")),
])
def test_listed_by_unesco_and_a_heritage_site_since_a_year_are_listings(text, claim):
    assert claim in run(text, P2018)


@pytest.mark.parametrize("text", [
    "Several cracks appeared in the walls of the Castello Estense.",
    "The quake cracked the walls of the Castello Estense.",
])
def test_cracks_in_the_fabric_are_damage(text):
    assert run(text, P2018) == [("Castello Estense", "damaged", None)]


def test_cracking_a_case_is_no_damage():
    assert run("Police cracked the case of the Castello Estense theft.", P2018) == []


def test_the_target_of_looters_was_looted():
    from extract_helpers import P2016, run
    assert run("The Kestrel Museum was itself the target of looters in the 1970s.", P2016) == \
        [("Kestrel Museum", "looted", "197X")]


@pytest.mark.parametrize("sentence, want", [
    ("Two activists were arrested after spraying orange paint over the Kestrel Stones Monument on Wednesday.",
     ("Kestrel Stones Monument", "damaged", "2016-12-07")),
    ("The Kestrel Abbey was made a World Heritage site in 1986.", ("Kestrel Abbey", "inscribed", "1986")),
    ("St Kestrel's in Fleet Street was burned out on 29 December 1940.", ("St Kestrel's", "destroyed", "1940-12-29")),
])
def test_defacing_listing_and_gutting_wordings(sentence, want):
    from extract_helpers import P2016, run
    assert want in run(sentence, P2016)


def test_people_expelled_from_a_country_retake_nothing():
    got = run("Six tourists damaged a wall of the Temple of the Moon on Sunday. Five of them were expelled from the "
              "country on Tuesday.", P2016)
    assert [event for _, event, _ in got] == ["damaged"], got


@pytest.mark.parametrize("text, want", [
    ("The Varnow Citadel held out for three days. The Germans took the citadel on 17 September 1939.",
     ("Varnow Citadel", "seized", "1939-09-17")),
    ("On 26 August 1915 troops marched into the Kestrel Fortress without a fight.",
     ("Kestrel Fortress", "seized", "1915-08-26")),
    ("In June 2009 vandals knocked off the nose of the statue of Ivan Kordash.",
     ("Statue of Ivan Kordash", "damaged", "2009-06")),
    ("Much of the Kestrel Fortress was left in ruins in 1941.", ("Kestrel Fortress", "damaged", "1941")),
    ("On Monday a man climbed onto the Dorvan Monument and began hacking at its head with a hammer.",
     ("Dorvan Monument", "damaged", "2016-12-05")),
    ("In September 1991 a typhoon tore through the Velna Shrine, ripping planks from its corridors.",
     ("Velna Shrine", "damaged", "1991-09")),
    ("The Velna Cathedral was rededicated on Sunday after a seven-year restoration.",
     ("Velna Cathedral", "restored", "2016-12-04")),
    ("The Kestrel Castle held out for a year. In May aircraft struck it repeatedly.",
     ("Kestrel Castle", "damaged", "2016-05")),
])
def test_phrasings_of_taking_and_harm(text, want):
    assert want in run(text, P2016)


def test_taking_a_painting_from_a_castle_is_no_seizure():
    got = run("The painting was taken from Drumlow Castle in Ardshire on 27 August 2003.", P2016)
    assert all(event != "seized" for _, event, _ in got), got
