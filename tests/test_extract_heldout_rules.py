"""Rules added while measuring generalisation on tests/heldout: one table row per rule, on sentences
written for the tests (not the held-out texts), so each rule is checked on wording it was not built from."""
import datetime as dt

import pytest

from builder.extract import extract_claims
from builder.extract.dates import DateContext, find_dates
from builder.extract.known import builtin_sites

P = dt.date(2016, 12, 10)  # a Saturday


def run(text, published=P):
    sites = builtin_sites(text)
    return [(c.site, c.event, c.date.edtf if c.date else None) for c in extract_claims(text, published, sites)
            if c.event != "built"]


DATES = [
    ("The archive was looted in the 1990s.", ["199X"]),
    ("Excavations stopped in the mid-1980s.", ["1983/1986"]),
    ("The wall dates back to the 1800s.", ["18XX"]),  # a century, not a decade
    ("In February the group released a video.", ["2016-02"]),  # sentence-initial 'In' before a month
    ("Militants smashed it in 2012, officials said.", ["2012"]),  # a comma after a year
    ("The fund holds 2,012 objects.", []),
    ("The castle was hit by air strikes last summer.", ["2016-06/2016-08"]),
    ("It froze last winter.", ["2015-12/2016-02"]),
]


@pytest.mark.parametrize("text,expected", DATES)
def test_dates(text, expected):
    assert [d.date.edtf for d in find_dates(text, DateContext(P))] == expected


EVENTS = [
    # sites: a generic name owned by a place; a month is not a place; statue and tower anaphors
    ("A blaze gutted Iraq's National Museum on Friday.", ("National Museum of Iraq", "destroyed", "2016-12-09")),
    ("Shelling destroyed Aleppo's 1,000-year-old Great Mosque last year.", ("Great Mosque of Aleppo", "destroyed", "2015")),
    ("Rebels took control of the Citadel of Aleppo in February.", ("Citadel of Aleppo", "seized", "2016-02")),
    ("Pilgrims once visited the Bamiyan Buddhas. Militants dynamited the statues in March.",
     ("Bamiyan Buddhas", "destroyed", "2016-03")),
    ("Rebels held the Great Mosque of Aleppo for months. The minaret collapsed on Friday.",
     ("Great Mosque of Aleppo", "destroyed", "2016-12-09")),
    ("The militants bombed the Umayyad Mosque in Aleppo in 2013.", ("Great Mosque of Aleppo", "destroyed", "2013")),
    ("Gorham's Cave Complex was added to UNESCO's World Heritage list in 2016.",
     ("Gorham's Cave Complex", "inscribed", "2016")),
    # dates: a hyphenated century before a noun is an age; decades
    ("The 12th-century minaret of the Great Mosque of Aleppo collapsed on Friday.",  # a part: damage
     ("Great Mosque of Aleppo", "damaged", "2016-12-09")),
    ("The Kabul Museum was looted repeatedly in the 1990s.", ("Kabul Museum", "looted", "199X")),
    # lexicon: fire, arson, idioms of physical attack
    ("A blaze tore through the Glasgow School of Art on Friday night.", ("Glasgow School of Art", "damaged", "2016-12-09")),
    ("Arsonists started a fire inside the Church of Saint Nicholas on Monday.",
     ("Church of Saint Nicholas", "damaged", "2016-12-05")),
    ("A fire was set at the Al-Aqsa Mosque last week.", ("Al-Aqsa Mosque", "damaged", "2016-11-28/2016-12-04")),
    ("Flames engulfed the Bardo Museum in 2015.", ("Bardo National Museum", "damaged", "2015")),
    ("Fighters toppled statues in the Mosul Museum in January.", ("Mosul Museum", "destroyed", "2016-01")),
    ("Militants took sledgehammers to the Nergal Gate in 2015.", ("Nergal Gate", "damaged", "2015")),
    ("Looters broke open the doors of the Sidi Yahia Mosque in 2012.", ("Sidi Yahia Mosque", "damaged", "2012")),
    ("Fighters attacked the Mausoleum of Sidi Mahmoud with pickaxes on Saturday.",
     ("Mausoleum of Sidi Mahmoud", "damaged", "2016-12-10")),
    ("Thieves stripped the Mallawi Museum of its treasures in August 2013.", ("Mallawi Museum", "looted", "2013-08")),
    ("The Mostar Bridge was repaired in 2004.", ("Mostar Bridge", "restored", "2004")),
    ("The Mackintosh Library reopened in 2019 after a fire.", ("Mackintosh Library", "restored", "2019")),
    ("Petra was added to UNESCO's World Heritage list in 1985.", ("Petra", "inscribed", "1985")),
    ("The committee inscribed the Archaeological Site of Ani on Friday.",
     ("Archaeological Site of Ani", "inscribed", "2016-12-09")),
    # frames: coordination past a place, coordinated verbs, relative clauses, headlines, sentence anaphora
    ("The committee inscribed Gorham's Cave Complex in Gibraltar and the Archaeological Site of Ani in eastern "
     "Turkey on Friday.", ("Archaeological Site of Ani", "inscribed", "2016-12-09")),
    ("Vandals smashed windows and damaged the organ of the Basilica of Saint-Denis last month.",
     ("Basilica of Saint-Denis", "damaged", "2016-11")),
    ("The great door of the Sidi Yahia Mosque, which militants smashed in 2012, has been repaired.",
     ("Sidi Yahia Mosque", "restored", "../2016-12-10")),
    ("Minaret of Great Mosque of Aleppo destroyed yesterday", ("Great Mosque of Aleppo", "destroyed", "2016-12-09")),
    ("The militants fled Timbuktu in January 2013. Before leaving they set fire to the Ahmed Baba Institute.",
     ("Ahmed Baba Institute", "damaged", "../2013-01")),
    ("A fire swept through the Glasgow School of Art on Friday and destroyed its roof.",
     ("Glasgow School of Art", "damaged", "2016-12-09")),
    # second round (tests/heldout/fresh)
    ("Across the river, the Kal Bhairav temple fell, residents said.", ("Kal Bhairav temple", "destroyed", None)),
    ("The Mar Gabriel monastery was razed in 2015.", ("Mar Gabriel monastery", "destroyed", "2015")),
    ("The Bhairab Kot, a brick pagoda from the 17th century, was reduced to a pile of bricks in 2015.",
     ("Bhairab Kot", "destroyed", "2015")),
    ("The Boudhanath stupa suffered cracks in 2015.", ("Boudhanath stupa", "damaged", "2015")),
    ("Two bombs tore through the Ziyarat mosque on Monday.", ("Ziyarat mosque", "damaged", "2016-12-05")),
    ("The blast collapsed the golden dome of the Askariya mosque in 2006.", ("Askariya mosque", "damaged", "2006")),
    ("The fire broke out in the Cathedral of Saint Peter and Saint Paul, destroying its great organ.",
     ("Cathedral of Saint Peter and Saint Paul", "damaged", None)),
    ("In May they took the ancient city of Palmyra.", ("Palmyra", "seized", "2016-05")),
    ("Troops recaptured the Crusader castle of Krak des Chevaliers on Thursday.",
     ("Krak des Chevaliers", "recaptured", "2016-12-08")),
    ("Visitors loved Shuri Castle. It was razed during the battle in 1945.", ("Shuri Castle", "destroyed", "1945")),
    ("Shuri Castle was built in 1429. The castle ruins were inscribed on UNESCO's World Heritage list in 2000.",
     ("Shuri Castle", "inscribed", "2000")),
    ("Krak des Chevaliers stands on a hill. The fortress was added to Unesco's World Heritage list in 2006 "
     "together with the nearby Saladin Castle.",
     ("Saladin Castle", "inscribed", "2006")),
    ("Saturday's earthquake shook the valley. The Dharahara collapsed when the quake struck.",
     ("Dharahara", "destroyed", "2016-12-10")),
    ("Krak des Chevaliers was damaged by air strikes last summer.", ("Krak des Chevaliers", "damaged", "2016-06/2016-08")),
    # third round (tests/heldout/fresh2)
    ("By late September 2014 the Mar Elia Monastery had been razed.", ("Mar Elia Monastery", "destroyed", "../2014-09")),
    ("The Changu Narayan temple was flattened by the April 25 earthquake.",
     ("Changu Narayan temple", "destroyed", "2016-04-25")),
    ("Last year it released videos of militants smashing statues in the Mosul Museum and bulldozing the ruins of Nimrud.",
     ("Nimrud", "destroyed", "../2015")),
    ("In Bhaktapur Durbar Square the Nyatapola temple was damaged in 2015.", ("Nyatapola temple", "damaged", "2015")),
    ("Pilgrims visited the Mar Elia Monastery. During the invasion a tank had damaged part of its chapel.",
     ("Mar Elia Monastery", "damaged", None)),
    ("Last month an airstrike damaged the museum in the city of Dhamar.", ("Dhamar Museum", "damaged", "2016-11")),
    ("Airstrikes hit the Old City of Sanaa. The Old City, whose houses are decorated with friezes, was inscribed on "
     "the World Heritage list in 1986.", ("Old City of Sana'a", "inscribed", "1986")),
    ("The committee, meeting in Bonn, also inscribed the ancient city of Susa.", ("Susa", "inscribed", None)),
    ("An Iraqi tank damaged the Mar Elia Monastery in 2003. By late September 2014 the Mar Elia Monastery had been "
     "razed.", ("Mar Elia Monastery", "damaged", "2003")),  # an explicit bound does not swallow an old event
    ("Fire hit Nantes Cathedral. 'We are not in a Notre-Dame scenario,' he said. The cathedral was damaged in 1972.",
     ("Nantes Cathedral", "damaged", "1972")),  # a site named in a quote is no antecedent
]


@pytest.mark.parametrize("text,expected", EVENTS)
def test_events(text, expected):
    assert expected in run(text)


NOT_EVENTS = [
    # (text, (site, event) that must not be claimed)
    ("The reopening followed a devastating fire at the Colosseum.", ("Colosseum", "destroyed")),
    ("Soldiers seized a bridge over the Bosphorus, and the committee inscribed Petra.", ("Petra", "seized")),
    ("The invasion toppled Saddam Hussein, and residents near the Central Library of Mosul hid its books.",
     ("Central Library of Mosul", "destroyed")),
    ("Islamists tore down Timbuktu's ancient tombs on Sunday.", ("Timbuktu", "destroyed")),
    ("Masons in Timbuktu have finished rebuilding the last of the mausoleums.", ("Timbuktu", "restored")),
    ("Jihadists smashed the tombs during their occupation of Timbuktu.", ("Timbuktu", "destroyed")),
    ("Vandals smashed windows and damaged the organ of the Basilica of Saint-Denis last month.",
     ("Basilica of Saint-Denis", "destroyed")),
    ("Rebels took control of the mosque in February.", ("February Mosque", "seized")),
    ("The site was named a UNESCO World Heritage Site in 1987.", ("UNESCO World Heritage Site", "inscribed")),
    ("A priest of the Mar Elian monastery, who had been seized in May, was freed.", ("Mar Elian monastery", "seized")),
    ("The Swayambhunath stupa suffered cracks, and a monastery beside it was destroyed.",
     ("Swayambhunath stupa", "destroyed")),
    ("There was extensive damage to the Grade A-listed library.", ("Grade A-listed library", "damaged")),
    ("The Roman theatre was damaged in 2015.", ("Roman theatre", "damaged")),  # a style, not a name
    ("Troops recaptured Krak des Chevaliers on Thursday. They took full control of the fortress on Thursday.",
     ("Krak des Chevaliers", "seized")),
    ("Names of the dead were inscribed on the Menin Gate in 1927.", ("Menin Gate", "inscribed")),  # carving
    ("Officials decided not to place the Great Barrier Reef on the list of sites in UNESCO's danger list.",
     ("Great Barrier Reef", "inscribed")),
]


@pytest.mark.parametrize("text,absent", NOT_EVENTS)
def test_not_events(text, absent):
    assert absent not in [(s, e) for s, e, _ in run(text)]
