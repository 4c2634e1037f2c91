"""Coordination: every conjunct of a claimed site that is itself a recognised site gets the claim; a part
noun in a coordination belongs to the site named after its 'of'."""
import pytest

from extract_helpers import P2016, run

LISTS = [
    ("ISIS destroyed the Arch of Triumph, the Temple of Bel and the Tetrapylon in 2015.",
     {"Arch of Triumph", "Temple of Bel", "Tetrapylon"}, "destroyed"),
    ("Militants blew up the Temple of Bel, the Temple of Baalshamin and the Arch of Triumph.",
     {"Temple of Bel", "Temple of Baalshamin", "Arch of Triumph"}, "destroyed"),
    ("The Citadel of Aleppo and the Great Mosque of Aleppo were damaged by shelling in 2013.",
     {"Citadel of Aleppo", "Great Mosque of Aleppo"}, "damaged"),
    ("The militants destroyed not only the Temple of Bel but also the Arch of Triumph.",
     {"Temple of Bel", "Arch of Triumph"}, "destroyed"),
]


@pytest.mark.parametrize("text,sites,event", LISTS)
def test_each_coordinated_site_gets_the_event(text, sites, event):
    got = run(text, P2016)
    assert {s for s, e, _ in got if e == event} == sites
    assert len({d for s, e, d in got if s in sites}) == 1  # one date for the whole list


def test_a_coordinated_common_noun_adds_no_site():
    got = run("ISIS destroyed the Temple of Bel and its columns in August 2015.", P2016)
    assert [s for s, _, _ in got] == ["Temple of Bel"]


def test_a_part_belongs_to_the_site_named_after_of_in_its_coordination():
    text = ("The Nabi Yunus Mosque was a revered shrine. "
            "Both the minaret and the prayer hall of the Great Mosque of Aleppo were damaged in 2013.")
    assert run(text, P2016) == [("Great Mosque of Aleppo", "damaged", "2013")]


def test_a_list_added_to_the_heritage_list_is_inscribed_site_by_site():
    got = run("The committee on Sunday added the Wieliczna Salt Mines and Peru's Kuelap Fortress to its World Heritage "
              "List.", P2016)
    assert {s for s, e, _ in got if e == "inscribed"} == {"Wieliczna Salt Mines", "Kuelap Fortress"}, got


def test_a_long_list_added_to_the_heritage_list_is_inscribed_site_by_site():
    """The list may run long before 'to its World Heritage List': each listed name is inscribed."""
    got = run("Meeting in Bonn, the committee added the hilltop Citadel of Qalat Dura in the far north, the old "
              "harbour site of Mirenta on the southern coast and a cluster of rock-cut shrines near the border "
              "to its World Heritage List.", P2016)
    assert {s for s, e, _ in got if e == "inscribed"} == {"Citadel of Qalat Dura", "Mirenta"}, got


def test_named_examples_of_a_counted_group_share_its_event():
    """'all four of its sites, including the towns of X and Y and the fort of Z': the named examples are
    listed, each on its own."""
    got = run("In July the committee placed all six of Syria's heritage properties, including the ancient "
              "cities of Bosra and Apamea and the Old City of Damascus, on its List of World Heritage in Danger.",
              P2016)
    assert {s for s, e, _ in got if e == "inscribed"} >= {"Bosra", "Apamea", "Old City of Damascus"}, got


def test_sites_reporting_damage_to_their_own_buildings_are_each_damaged():
    """'X and Y both reported damage to their buildings': what 'their' owns is the subjects', each of them."""
    got = run("After the storm, the Museum of Seafaring and the Palace of the Admirals both reported damage to "
              "their roofs and archives.", P2016)
    assert {s for s, e, _ in got if e == "damaged"} == {"Museum of Seafaring", "Palace of the Admirals"}, got


def test_a_last_object_after_an_appositive_is_listed_too():
    """'added the ruins of X, a ... in Y, and Z': the parse may join Z to the verb, not to the first object; Z is
    one more object of the listing."""
    got = run("The World Heritage Committee met on Friday. It added the ruins of Hatra, a fortified city in the "
              "Iraqi province of Nineveh, and Kalabsha's Temple Complex in Aswan, where pilgrims gathered.", P2016)
    assert {s for s, e, _ in got if e == "inscribed"} == {"Hatra", "Kalabsha's Temple Complex"}, got


# names put on the heritage list with no site noun, read from the parse (listed.py)
LISTED = [
    ("The World Heritage Committee placed the Foveaux Islands on the List of World Heritage in Danger on Monday.",
     {"Foveaux Islands"}),
    ("On Monday the committee added two properties to the List of World Heritage in Danger: Tarvan, and "
     "Ostrel - the Ensemble of the Upper Town.", {"Tarvan", "Ostrel - the Ensemble of the Upper Town"}),
    ("On Monday UNESCO's World Heritage Committee placed four of Zembla's sites, among them the ancient cities of "
     "Kvar and Ulmet, on its List of World Heritage in Danger.", {"Kvar", "Ulmet"}),
    ("The World Heritage Committee met in Lyon on Monday. Other new sites include Tarvanoc, the capital of an "
     "ancient kingdom, and the Rock Gardens of Ulmet.", {"Tarvanoc", "Rock Gardens of Ulmet"}),
]


@pytest.mark.parametrize("text,sites", LISTED)
def test_names_a_listing_verb_takes_are_listed(text, sites):
    got = run(text, P2016)
    assert {s for s, e, _ in got if e == "inscribed"} == sites


def test_a_dashed_list_under_a_listing_gives_each_item_once():
    text = ("The World Heritage Committee met in Lyon this week.\n\n"
            "Sites inscribed during the session include:\n"
            "- the Kvar Canal in Zembla;\n- Tarvanoc, Terraces of the Vine, above Lake Ulm;\n- the Old Town of Ostrel, Zembla.")
    got = run(text, P2016)
    assert {s for s, e, _ in got if e == "inscribed"} == {"Kvar Canal", "Tarvanoc", "Old Town of Ostrel"}


def test_a_listing_decided_against_lists_nothing():
    got = run("The World Heritage Committee decided against placing the Foveaux Islands on its List of World "
              "Heritage in Danger.", P2016)
    assert got == []


def test_a_dateline_is_not_listed():
    got = run("OSTREL, Zembla — The ancient city of Tarvanoc has been added to UNESCO's World Heritage list, "
              "the agency said on Sunday.", P2016)
    assert {s for s, e, _ in got if e == "inscribed"} <= {"Tarvanoc", "Ancient City of Tarvanoc"}
    assert not any("OSTREL" in s or "Zembla" in s for s, _, _ in got)


def test_which_was_inscribed_is_about_the_name_just_before_it():
    got = run("The Tarvan Temple was bombed in 1998. The temple, inside the Sacred City of Ostrelo, which was inscribed "
              "on UNESCO's World Heritage List in 1988, was repaired within a few years.", P2016)
    assert ("Sacred City of Ostrelo", "inscribed", "1988") in got
    assert not any(s == "Tarvan Temple" and e == "inscribed" for s, e, _ in got)
    assert ("Tarvan Temple", "restored") in {(s, e) for s, e, _ in got}


def test_a_participle_of_consequence_harms_the_site_its_verb_found():
    from extract_helpers import P2016, run
    got = run("Bombs exploded early Monday on the upper terraces of the Kestrel Temple, damaging nine stupas.", P2016)
    assert ("Kestrel Temple", "damaged", "2016-12-05") in got, got


def test_a_dome_that_fell_in_damaged_its_church():
    from extract_helpers import P2016, run
    assert run("The dome of the church of Santa Kestrela fell in on Monday.", P2016) == \
        [("Santa Kestrela Church", "damaged", "2016-12-05")]


def test_a_break_in_told_with_the_theft_is_the_theft():
    from extract_helpers import P2016, run
    got = run("On March 30, 2020, a thief smashed through the glass front door of the Kestrel Museum, east of "
              "Amsterdam, and stole a painting.", P2016)
    assert got == [("Kestrel Museum", "looted", "2020-03-30")]


def test_a_museum_that_lost_a_painting_to_burglars_was_looted():
    from extract_helpers import P2016, run
    assert run("The Kestrel Museum lost a painting to burglars in 2011.", P2016) == [("Kestrel Museum", "looted", "2011")]


def test_a_second_object_the_parser_hangs_from_the_verb_shares_the_event():
    from extract_helpers import P2016, run
    got = run("Rioters also set fire to the Church of the Holy Kestrel on the slope below the fortress and the small "
              "Church of St Kestrel near the river, officials said.", P2016)
    assert {s for s, e, _ in got if e == "damaged"} == {"Church of the Holy Kestrel", "Church of St Kestrel"}, got


def test_a_gapped_clause_tells_the_event_again_at_its_own_time():
    from extract_helpers import P2016, run
    got = run("The Kestrel Cathedral was rebuilt in 1993, and the Kestrel Gate two years later.", P2016)
    assert ("Kestrel Gate", "restored", "1995") in got and ("Kestrel Cathedral", "restored", "1993") in got, got
    assert run("The Kestrel Cathedral was rebuilt in 1993 and the Kestrel Gate was not.", P2016) == \
        [("Kestrel Cathedral", "restored", "1993")]


@pytest.mark.parametrize("text", [
    "St Bride's Church was burned out in 1940; so was St Lawrence Jewry, the church of the Corporation.",
    "St Bride's Church was burned out in 1940. So was St Lawrence Jewry, the church of the Corporation.",
    "St Bride's Church was burned out in 1940, as was St Lawrence Jewry, the church of the Corporation.",
])
def test_so_was_a_site_tells_the_event_of_the_clause_before_for_it(text):
    got = run(text, P2016)
    assert ("St Lawrence Jewry", "destroyed", "1940") in got, got
    assert ("St Bride's Church", "destroyed", "1940") in got, got
