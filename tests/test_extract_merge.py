"""Merging: one event told several times is one claim."""
from extract_helpers import P2016, P2018, run


def test_a_telling_bounded_only_by_publication_joins_a_telling_of_any_date():
    """'which caused limited damage' (a noun: on or before publication) after 'set fire to X in 2009' is the
    2009 fire told again, however long before publication it was."""
    text = "Vandals set fire to the Kellan Chapel in 2009, which caused limited damage to the Kellan Chapel."
    assert run(text, P2016) == [("Kellan Chapel", "damaged", "2009")]


def test_one_name_under_two_site_nouns_of_one_building_is_one_site():
    """'The mausoleum of Imam Varan ... the shrine of Imam Varan': a shrine may be a tomb; one site, the name told
    first (not a 'church of X' beside a 'library of X', which a church cannot be)."""
    got = run("The mausoleum of Imam Varan was blown up on Thursday. Residents said the shrine of Imam Varan was "
              "looted the day before.", P2016)
    assert {site for site, _, _ in got} == {"Mausoleum of Imam Varan"}, got


def test_a_place_listed_in_an_article_listing_a_property_named_after_it_is_that_property():
    from builder.extract.publication import parse_published
    text = ("After twenty years of fighting over a gold mine, Varnet has become a World Heritage site. "
            "In July the committee inscribed the Varnet Mining Landscape on the World Heritage List.")
    got = run(text, parse_published("2021"))
    assert [g for g in got if g[1] == "inscribed" and "Varnet" in g[0]] == [("Varnet Mining Landscape", "inscribed", "2021-07")], got


def test_the_towns_old_centre_is_its_historic_centre():
    text = ("The Mulde river broke into the historic centre of Varnet on Monday. In August 2002 the same river "
            "wrecked much of the town's old centre.")
    from extract_helpers import claims
    got = [(c.site, c.date.edtf, c.mention) for c in claims(text, P2016)]
    assert ("Historic Centre of Varnet", "2002-08", "the town's old centre") in got, got


def test_a_name_made_from_a_description_does_not_take_over_a_named_site_of_the_same_town():
    """'a Victorian church in Velmwick' in a headline makes 'Velmwick Church'; 'Velmwick Cathedral', named later, is
    another building, not a second telling of it."""
    text = ("Storm topples spire of Victorian church in Velmwick\n\nThe spire of St Oda's Church was torn off by the storm "
            "on Friday. Velmwick Cathedral came through the storm without damage. In 1703 a storm blew in much of the "
            "glass of the cathedral's west window.")
    got = run(text, P2018)
    assert ("Velmwick Cathedral", "damaged", "1703") in got and all(s != "Velmwick Church" for s, _, _ in got), got
