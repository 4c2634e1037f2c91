"""Certainty: `reported` when hedged or told only by unnamed or partisan sources, else `confirmed`."""
import pytest

from extract_helpers import P2016, P2018, P2021, claims  # noqa: F401 - the rows name the days


CERTAINTY = [
    (P2018, 'Photos posted by activists appeared to show that the Palmyra Museum had been ransacked.', 'Palmyra Museum', 'reported'),
    (P2018, 'The Church of Saint Elias was set on fire on Sunday, rights groups said.', 'Church of Saint Elias', 'reported'),
    (P2018, 'The Mosul Museum was looted in 2014. It was not possible to verify the images independently.', 'Mosul Museum', 'reported'),
    (P2018, 'The Citadel of Aleppo was shelled and damaged on Friday, the Syrian Observatory for Human Rights, a monitoring group, said.', 'Citadel of Aleppo', 'reported'),
    (P2018, 'Militants blew up part of the Jahanabad Buddha on Tuesday, local officials said.', 'Jahanabad Buddha', 'confirmed'),
    (P2018, 'Satellite images suggest that the Dura-Europos site has been extensively looted.', 'Dura-Europos', 'reported'),
    (P2018, 'An Islamic State video purports to show militants smashing statues at the ruins of Hatra.', 'Hatra', 'reported'),
    (P2018, 'ISIS claimed it had blown up the Temple of Bel on Sunday.', 'Temple of Bel', 'reported'),
    (P2018, "The Temple of Bel was destroyed on Sunday, the group's news agency Amaq said.", 'Temple of Bel', 'reported'),
    (P2018, 'The Temple of Bel was destroyed on Sunday, an official who asked not to be named said.', 'Temple of Bel', 'reported'),
    (P2018, 'The Temple of Bel was destroyed on Sunday, but the extent of the damage is unclear.', 'Temple of Bel', 'confirmed'),
    (P2018, "The Temple of Bel was destroyed on Sunday, Syria's antiquities chief Maamoun Abdulkarim said.", 'Temple of Bel', 'confirmed'),
    # any verb of saying of the lexicon's one list attributes ('announced' was missing from certainty's own list)
    (P2018, 'The Church of Saint Elias was set on fire on Sunday, activists announced.', 'Church of Saint Elias', 'reported'),
    # a passive verb of saying that hedges the extent of a second clause only
    (P2018, 'The Church of Saint Elias lost its roof, and its bell tower was reported to be cracked.', 'Church of Saint Elias', 'confirmed'),
    # people on the spot, not officials: pilgrims, survivors, villagers
    (P2018, 'Pilgrims said that the Church of Saint Elias had also been damaged on Tuesday.', 'Church of Saint Elias', 'reported'),
    (P2018, 'Villagers said the Church of Saint Elias was set on fire on Sunday.', 'Church of Saint Elias', 'reported'),
    # officials who could not reach the site have not seen it
    (P2018, 'The Church of Saint Elias was damaged on Sunday, but officials have not been able to reach it.',
     'Church of Saint Elias', 'reported'),
]


@pytest.mark.parametrize("published,text,site,certainty", CERTAINTY)
def test_certainty(published, text, site, certainty):
    assert [c.certainty for c in claims(text, published) if c.site == site][:1] == [certainty]
