"""Frames: which site a trigger is about, which event it tells and when (sentences written for the tests,
one row per construction; the rows that follow each held-out round's fixes, grouped by what they check)."""
import datetime as dt

import pytest

from extract_helpers import P2016, P2018, P2021, run  # noqa: F401 - the rows name the days


EVENTS = [
    (P2016, "A blaze gutted Iraq's National Museum on Friday.", ('National Museum of Iraq', 'destroyed', '2016-12-09')),
    (P2016, "Shelling destroyed Aleppo's 1,000-year-old Great Mosque last year.", ('Great Mosque of Aleppo', 'destroyed', '2015')),
    (P2016, 'Rebels took control of the Citadel of Aleppo in February.', ('Citadel of Aleppo', 'seized', '2016-02')),
    (P2016, 'Pilgrims once visited the Bamiyan Buddhas. Militants dynamited the statues in March.', ('Bamiyan Buddhas', 'destroyed', '2016-03')),
    # (the minaret is the mosque's part: its collapse damages the mosque)
    (P2016, 'Rebels held the Great Mosque of Aleppo for months. The minaret collapsed on Friday.', ('Great Mosque of Aleppo', 'damaged', '2016-12-09')),
    # 'bombed' says where bombs fell, not what they did (an attack, not a destruction)
    (P2016, 'The militants bombed the Umayyad Mosque in Aleppo in 2013.', ('Great Mosque of Aleppo', 'attacked', '2013')),
    (P2016, "Gorham's Cave Complex was added to UNESCO's World Heritage list in 2016.", ("Gorham's Cave Complex", 'inscribed', '2016')),
    (P2016, 'The 12th-century minaret of the Great Mosque of Aleppo collapsed on Friday.', ('Great Mosque of Aleppo', 'damaged', '2016-12-09')),
    (P2016, 'The Kabul Museum was looted repeatedly in the 1990s.', ('Kabul Museum', 'looted', '199X')),
    (P2016, 'A blaze tore through the Glasgow School of Art on Friday night.', ('Glasgow School of Art', 'damaged', '2016-12-09')),
    (P2016, 'Arsonists started a fire inside the Church of Saint Nicholas on Monday.', ('Church of Saint Nicholas', 'damaged', '2016-12-05')),
    (P2016, 'A fire was set at the Al-Aqsa Mosque last week.', ('Al-Aqsa Mosque', 'damaged', '2016-11-28/2016-12-04')),
    (P2016, 'Flames engulfed the Bardo Museum in 2015.', ('Bardo National Museum', 'damaged', '2015')),
    # the statues were destroyed; the museum that held them was harmed, not destroyed
    (P2016, 'Fighters toppled statues in the Mosul Museum in January.', ('Mosul Museum', 'damaged', '2016-01')),
    (P2016, 'Militants took sledgehammers to the Nergal Gate in 2015.', ('Nergal Gate', 'damaged', '2015')),
    (P2016, 'Looters broke open the doors of the Sidi Yahia Mosque in 2012.', ('Sidi Yahia Mosque', 'damaged', '2012')),
    (P2016, 'Fighters attacked the Mausoleum of Sidi Mahmoud with pickaxes on Saturday.', ('Mausoleum of Sidi Mahmoud', 'damaged', '2016-12-10')),
    (P2016, 'Thieves stripped the Mallawi Museum of its treasures in August 2013.', ('Mallawi Museum', 'looted', '2013-08')),
    (P2016, 'The Mostar Bridge was repaired in 2004.', ('Mostar Bridge', 'restored', '2004')),
    (P2016, 'The Mackintosh Library reopened in 2019 after a fire.', ('Mackintosh Library', 'restored', '2019')),
    (P2016, "Petra was added to UNESCO's World Heritage list in 1985.", ('Petra', 'inscribed', '1985')),
    (P2016, 'The committee inscribed the Archaeological Site of Ani on Friday.', ('Archaeological Site of Ani', 'inscribed', '2016-12-09')),
    (P2016, "The committee inscribed Gorham's Cave Complex in Gibraltar and the Archaeological Site of Ani in eastern Turkey on Friday.", ('Archaeological Site of Ani', 'inscribed', '2016-12-09')),
    (P2016, 'Vandals smashed windows and damaged the organ of the Basilica of Saint-Denis last month.', ('Basilica of Saint-Denis', 'damaged', '2016-11')),
    (P2016, 'The great door of the Sidi Yahia Mosque, which militants smashed in 2012, has been repaired.', ('Sidi Yahia Mosque', 'restored', '../2016-12-10')),
    (P2016, 'Minaret of Great Mosque of Aleppo destroyed yesterday', ('Great Mosque of Aleppo', 'destroyed', '2016-12-09')),
    (P2016, 'The militants fled Timbuktu in January 2013. Before leaving they set fire to the Ahmed Baba Institute.', ('Ahmed Baba Institute', 'damaged', '../2013-01')),
    (P2016, 'A fire swept through the Glasgow School of Art on Friday and destroyed its roof.', ('Glasgow School of Art', 'damaged', '2016-12-09')),
    (P2016, 'Across the river, the Kal Bhairav temple fell, residents said.', ('Kal Bhairav temple', 'destroyed', None)),
    (P2016, 'The Mar Gabriel monastery was razed in 2015.', ('Mar Gabriel monastery', 'destroyed', '2015')),
    (P2016, 'The Bhairab Kot, a brick pagoda from the 17th century, was reduced to a pile of bricks in 2015.', ('Bhairab Kot', 'destroyed', '2015')),
    (P2016, 'The Boudhanath stupa suffered cracks in 2015.', ('Boudhanath stupa', 'damaged', '2015')),
    (P2016, 'Two bombs tore through the Ziyarat mosque on Monday.', ('Ziyarat mosque', 'damaged', '2016-12-05')),
    (P2016, 'The blast collapsed the golden dome of the Askariya mosque in 2006.', ('Askariya mosque', 'damaged', '2006')),
    (P2016, 'The fire broke out in the Cathedral of Saint Peter and Saint Paul, destroying its great organ.', ('Cathedral of Saint Peter and Saint Paul', 'damaged', None)),
    (P2016, 'In May they took the ancient city of Palmyra.', ('Palmyra', 'seized', '2016-05')),
    (P2016, 'Troops recaptured the Crusader castle of Krak des Chevaliers on Thursday.', ('Krak des Chevaliers', 'recaptured', '2016-12-08')),
    (P2016, 'Visitors loved Shuri Castle. It was razed during the battle in 1945.', ('Shuri Castle', 'destroyed', '1945')),
    (P2016, "Shuri Castle was built in 1429. The castle ruins were inscribed on UNESCO's World Heritage list in 2000.", ('Shuri Castle', 'inscribed', '2000')),
    (P2016, "Krak des Chevaliers stands on a hill. The fortress was added to Unesco's World Heritage list in 2006 together with the nearby Saladin Castle.", ('Saladin Castle', 'inscribed', '2006')),
    (P2016, "Saturday's earthquake shook the valley. The Dharahara collapsed when the quake struck.", ('Dharahara', 'destroyed', '2016-12-10')),
    (P2016, 'Krak des Chevaliers was damaged by air strikes last summer.', ('Krak des Chevaliers', 'damaged', '2016-06/2016-08')),
    (P2016, 'By late September 2014 the Mar Elia Monastery had been razed.', ('Mar Elia Monastery', 'destroyed', '../2014-09')),
    (P2016, 'The Changu Narayan temple was flattened by the April 25 earthquake.', ('Changu Narayan temple', 'destroyed', '2016-04-25')),
    (P2016, 'Last year it released videos of militants smashing statues in the Mosul Museum and bulldozing the ruins of Nimrud.', ('Nimrud', 'destroyed', '../2015')),
    (P2016, 'In Bhaktapur Durbar Square the Nyatapola temple was damaged in 2015.', ('Nyatapola temple', 'damaged', '2015')),
    (P2016, 'Pilgrims visited the Mar Elia Monastery. During the invasion a tank had damaged part of its chapel.', ('Mar Elia Monastery', 'damaged', None)),
    (P2016, 'Last month an airstrike damaged the museum in the city of Dhamar.', ('Dhamar Museum', 'damaged', '2016-11')),
    (P2016, 'Airstrikes hit the Old City of Sanaa. The Old City, whose houses are decorated with friezes, was inscribed on the World Heritage list in 1986.', ("Old City of Sana'a", 'inscribed', '1986')),
    (P2016, 'The committee, meeting in Bonn, also inscribed the ancient city of Susa.', ('Susa', 'inscribed', None)),
    (P2016, 'An Iraqi tank damaged the Mar Elia Monastery in 2003. By late September 2014 the Mar Elia Monastery had been razed.', ('Mar Elia Monastery', 'damaged', '2003')),
    (P2016, "Fire hit Nantes Cathedral. 'We are not in a Notre-Dame scenario,' he said. The cathedral was damaged in 1972.", ('Nantes Cathedral', 'damaged', '1972')),
    (P2018, 'In 2015 the militants blew up the temples of Bel and Baalshamin.', ('Temple of Baalshamin', 'destroyed', '2015')),
    (P2018, 'Bulldozers flattened the tombs of Sheikh Ahmad and Sheikh Mahmud last week.', ('Tomb of Sheikh Mahmud', 'destroyed', '2018-06-04/2018-06-10')),
    (P2018, 'A 14th-century wooden church in northern Romania was gutted by fire on Monday. Firefighters could not save the Church of Saint Parascheva, which stood on a hill above the village.', ('Church of Saint Parascheva', 'destroyed', '2018-06-11')),
    (P2018, '(CNN) A 700-year-old mosque was hit by shelling on Tuesday. Residents said the Al-Omari Mosque had lost its minaret.', ('Al-Omari Mosque', 'damaged', '2018-06-12')),
    (P2018, "Lisbon's oldest theatre was badly damaged in a fire overnight. The Dona Maria II National Theatre had just been repainted.", ('Dona Maria II National Theatre', 'damaged', '2018-06-13/2018-06-14')),
    (P2018, 'Fire destroyed a 400-year-old wooden church in northern Romania on Sunday. The Church of Saint Paraschiva had survived two world wars.', ('Church of Saint Paraschiva', 'destroyed', '2018-06-10')),
    (P2018, 'The Church of Saint George was hit twice by rockets in May.', ('Church of Saint George', 'damaged', '2018-05')),
    (P2018, 'A missile struck the Church of Saint George in May.', ('Church of Saint George', 'damaged', '2018-05')),
    (P2018, 'Hunterston Hall was reduced to a charred shell by the blaze on Sunday.', ('Hunterston Hall', 'destroyed', '2018-06-10')),
    (P2018, 'The Old Bridge of Visegrad was shelled for days before it gave way in 1993.', ('Old Bridge of Visegrad', 'destroyed', '1993')),
    (P2018, 'The roof of the Kedarnath temple broke off in the flood of 2013.', ('Kedarnath temple', 'damaged', '2013')),
    (P2018, 'The St Mary church in Qaraqosh was set on fire by a mob on Saturday.', ('St Mary church', 'damaged', '2018-06-09')),
    (P2018, 'The Zand Palace had its windows blown out by the blast in March.', ('Zand Palace', 'damaged', '2018-03')),
    (P2018, 'Thieves made off with most of its collection. The Nubian Museum, which opened in 1997, was stripped bare in May.', ('Nubian Museum', 'looted', '2018-05')),
    (P2018, '(CNN) Iraqi forces drove ISIS out of the ancient city of Hatra on Wednesday.', ('Hatra', 'recaptured', '2018-06-13')),
    (P2018, "The Qhapaq Nan, a road network, won its place on UNESCO's list on Sunday.", ('Qhapaq Nan', 'inscribed', '2018-06-10')),
    (P2018, 'The Koutoubia Mosque, whose minaret was toppled in 1960, reopened after repairs.', ('Koutoubia Mosque', 'damaged', '1960')),
    (P2018, 'The Ananda temple, built in the 11th century, where parts of the upper terraces collapsed in 1975, is open.', ('Ananda temple', 'damaged', '1975')),
    (P2018, 'The Armenian Cathedral was completed in 1887 and served as a granary before being renovated in the 1990s.', ('Armenian Cathedral', 'restored', '199X')),
    (P2018, 'The Saint Sava Cathedral was blown up by the authorities in 1936 and rebuilt in 2003.', ('Saint Sava Cathedral', 'destroyed', '1936')),
    (P2018, 'The Saint Sava Cathedral was blown up by the authorities in 1936 and rebuilt in 2003.', ('Saint Sava Cathedral', 'restored', '2003')),
    (P2018, 'On Friday, hours before protesters seized a bridge in the city, the committee inscribed the Archaeological Site of Ani.', ('Archaeological Site of Ani', 'inscribed', '2018-06-08')),
    (P2018, 'In the Bagan plain the Dhammayangyi temple, a 12th-century monument from which the town takes its pride, was reduced to rubble in 1975.', ('Dhammayangyi temple', 'destroyed', '1975')),
    (P2018, 'Fighting reached Aleppo in July. Much of the covered souk was burned in September.', ('Covered Souk of Aleppo', 'damaged', '2017-09')),
    (P2018, 'The committee inscribed the walls and gardens of Harar on Friday.', ('Harar Walls and Gardens', 'inscribed', '2018-06-08')),
    (P2018, 'Militants blew up part of a rock carving of the Buddha on Tuesday.', ('Carving of the Buddha', 'damaged', '2018-06-12')),
    (P2018, 'A powerful earthquake struck the region yesterday, damaging temples in Bagan. The spire of the Myauk Guni temple broke off.', ('Myauk Guni temple', 'damaged', '2018-06-13')),
    (P2018, 'A devastating earthquake has flattened temples. The 7.8-magnitude quake struck on Saturday. The Dharahara tower, which had survived a quake in 1934, collapsed. The Maju Deval, a temple built in 1690, was also destroyed.', ('Maju Deval', 'destroyed', '2018-06-09')),
    (P2018, 'On Saturday the fighters tore down the Tomb of Sidi Ali. On Sunday they moved on to the tombs of Sidi Omar and Sidi Musa.', ('Tomb of Sidi Musa', 'destroyed', '2018-06-10')),
    (P2018, "The slate villages of Wales were added to UNESCO's World Heritage list on Wednesday. The Slate Landscape of Wales becomes the 33rd World Heritage site in the UK.", ('Slate Landscape of Wales', 'inscribed', '2018-06-13')),
    (P2018, 'Masons have rebuilt the shrines of Timbuktu. Work on the Sidi Yahia Mosque was completed earlier this month.', ('Sidi Yahia Mosque', 'restored', '2018-06')),
    (P2018, 'Three paintings were stolen from the Dresden State Museum on Monday.', ('Dresden State Museum', 'looted', '2018-06-11')),
    (P2018, 'Thieves broke into the Dresden State Museum and stole jewels on Monday.', ('Dresden State Museum', 'looted', '2018-06-11')),
    (P2018, 'Police are investigating the heist at the Dresden State Museum, which took place on Monday.', ('Dresden State Museum', 'looted', '2018-06-11')),
    (P2018, 'Workers completed the restoration of the Church of Saint Anne in May.', ('Church of Saint Anne', 'restored', '2018-05')),
    (P2018, 'The restoration of the Church of Saint Anne was completed in May.', ('Church of Saint Anne', 'restored', '2018-05')),
    (P2018, 'Vandals sprayed graffiti on the Church of Saint Anne on Sunday.', ('Church of Saint Anne', 'damaged', '2018-06-10')),
    (P2018, 'The roof of the Church of Saint Anne caved in on Sunday.', ('Church of Saint Anne', 'damaged', '2018-06-10')),
    (P2018, 'The Church of Saint Anne was struck by lightning on Sunday.', ('Church of Saint Anne', 'damaged', '2018-06-10')),
    (P2018, 'Floodwaters inundated the Church of Saint Anne last week.', ('Church of Saint Anne', 'damaged', '2018-06-04/2018-06-10')),
    (P2018, 'UNESCO placed the Old City of Jerusalem on its list of endangered sites in 1982.', ('Old City of Jerusalem', 'inscribed', '1982')),
    (P2018, 'The Ancient City of Aleppo was added to the List of World Heritage in Danger in 2013.', ('Ancient City of Aleppo', 'inscribed', '2013')),
    (P2018, 'Protesters defaced the Arc de Triomphe on Saturday.', ('Arc de Triomphe', 'damaged', '2018-06-09')),
    (P2018, 'Iraqi forces took back control of Nimrud on Sunday.', ('Nimrud', 'recaptured', '2018-06-10')),
    (P2018, 'The minaret of the Great Mosque of al-Nuri, known as al-Hadba, was destroyed on June 21, 2017.', ('Great Mosque of al-Nuri', 'damaged', '2017-06-21')),
    (P2018, 'Taliban fighters dynamited the giant Buddha statues of Bamiyan in March 2001.', ('Bamiyan Buddhas', 'destroyed', '2001-03')),
    (P2018, 'Yesterday it was revealed how militants had blown up the Mar Behnam Monastery, which took place on Sunday.', ('Mar Behnam Monastery', 'destroyed', '2018-06-10')),
    (P2018, 'The ancient city of Hasankeyf is being flooded by a new dam.', ('Hasankeyf', 'damaged', '../2018-06-14')),
    (P2018, "A blaze at Windsor Castle in 1992 destroyed St George's Hall.", ("St George's Hall", 'destroyed', '1992')),
    (P2018, "Notre-Dame's spire, which collapsed in the fire, will be replaced.", ('Notre-Dame de Paris', 'damaged', None)),
    (P2018, 'The historic Grand Bazaar in Istanbul was hit by a fire last Tuesday.', ('Grand Bazaar', 'damaged', '2018-06-12')),
    (P2018, 'Burglars broke into the Green Vault on Monday.', ('Green Vault', 'looted', '2018-06-11')),
    (P2018, 'The Green Vault holds 4,000 objects. It was badly damaged in the bombing of Dresden in February 1945 and reopened in 2006 after restoration.', ('Green Vault', 'restored', '2006')),
    (P2018, 'Troops retook the ancient city of Sabratha on Friday. The militants had occupied the Roman ruins since February.', ('Sabratha', 'seized', '2018-02')),
    (P2018, "Sabratha is a Roman city. The World Heritage site was placed on UNESCO's danger list in 2016.", ('Sabratha', 'inscribed', '2016')),
    (P2018, 'ISIS seized the ancient city of Palmyra in May. ISIS demolished some of the ruins, including the 1,800-year-old Arch of Triumph and the Temple of Baalshamin.', ('Temple of Baalshamin', 'destroyed', None)),
    (P2018, 'Chauvet Cave in southern France won UNESCO World Heritage status in 2014.', ('Chauvet Cave', 'inscribed', '2014')),
    (P2018, 'The Petra Church was granted World Heritage status on Friday.', ('Petra Church', 'inscribed', '2018-06-08')),
    (P2018, 'The World Heritage Committee agreed to inscribe the Venetian Works of Defence on its list on Friday.', ('Venetian Works of Defence', 'inscribed', '2018-06-08')),
    (P2018, "The Nazis razed Warsaw's Old Town in 1944; it was painstakingly rebuilt in the 1950s.", ('Old Town of Warsaw', 'restored', '195X')),
    (P2018, 'Looters ransacked a museum in the town of Mallawi on Monday. The Mallawi National Museum was stripped bare.', ('Mallawi National Museum', 'looted', '2018-06-11')),
    (P2021, 'The Hallgrim Museum, a granite villa by the harbour, was flooded on Monday. The museum only reopened in 2016 after a four-year restoration.', ('Hallgrim Museum', 'restored', '2016')),
    (P2021, 'The Vardan Library reopened last year following a long renovation.', ('Vardan Library', 'restored', '2020')),
    (P2021, 'A storm on Tuesday left the Keld Chapel in ruins.', ('Keld Chapel', 'destroyed', '2021-03-09')),
    (P2021, "The explosion shattered the Morven Palace's stained-glass windows on Monday.", ('Morven Palace', 'damaged', '2021-03-08')),
    (P2021, 'On Monday the Church of Saint Aidan lost its spire in the gale.', ('Church of Saint Aidan', 'damaged', '2021-03-08')),
    (P2021, 'A fire swept the old port on Tuesday. Across the street, the Tarrant Theatre was also badly hit.', ('Tarrant Theatre', 'damaged', '2021-03-09')),
    (P2021, 'The Regional Assembly Buildings were largely reduced to rubble on Monday.', ('Regional Assembly Buildings', 'destroyed', '2021-03-08')),
    (P2021, 'Flames engulfed the Teatro Salieri on Monday night.', ('Teatro Salieri', 'damaged', '2021-03-08')),
    (P2021, 'The Palazzo Vescovi was flooded on Tuesday.', ('Palazzo Vescovi', 'damaged', '2021-03-09')),
    (P2021, "Wrecked: Dunmore Museum's library and paintings destroyed by Tuesday's blast", ('Dunmore Museum', 'destroyed', '2021-03-09')),
    (P2021, 'The Ledwick Museum, a Georgian mansion, stands by the river. The museum was damaged by fire in 2019.', ('Ledwick Museum', 'damaged', '2019')),
    (P2021, 'Neighbouring Harlow Palace partly collapsed.', ('Harlow Palace', 'damaged', None)),
    (P2021, 'A wing of the Wat Chedi temple collapsed on Sunday.', ('Wat Chedi temple', 'damaged', '2021-03-07')),
    (P2021, 'The Dornoch Castle partly collapsed on Tuesday.', ('Dornoch Castle', 'damaged', '2021-03-09')),
    (P2021, 'The ancient city of Zarhan was put on the World Heritage list on Friday. Zarhan was the capital of Ashurnasirpal, whose Lion Gate now stands in a London museum. Experts say the site was damaged by bulldozers in 2015.', ('Zarhan', 'damaged', '2015')),
    (P2021, 'The Kariba Dam was damaged by shelling on Monday.', ('Kariba Dam', 'damaged', '2021-03-08')),
    (P2021, 'Last month, a rebel news agency said that jets had damaged the Great Dam of Ruhan, an ancient structure.', ('Great Dam of Ruhan', 'damaged', '2021-02')),
    (P2021, 'The Manu National Park was added to the World Heritage list on Sunday.', ('Manu National Park', 'inscribed', '2021-03-07')),
    (P2021, 'The Lorne Castle was the seat of kings. Its buildings were almost entirely destroyed in 1945 during the war.', ('Lorne Castle', 'destroyed', '1945')),
    (P2021, 'Shelling reduced the Arvik Castle to rubble on Monday.', ('Arvik Castle', 'destroyed', '2021-03-08')),
    (P2021, 'Shelling on Monday reduced the old Arvik Castle to a pile of stones.', ('Arvik Castle', 'destroyed', '2021-03-08')),
]


@pytest.mark.parametrize("published,text,want", EVENTS, ids=[w[0] + ":" + w[1] for _, _, w in EVENTS])
def test_a_construction_gives_its_claim(published, text, want):
    got = run(text, published)
    assert want in got, got


NOT_EVENTS = [
    (P2016, 'Polish experts restored the lion statue from the Palmyra Museum in 2017.', ('Palmyra Museum', 'restored')),
    (P2016, 'Talks broke down at the Palace of Versailles on Monday.', ('Palace of Versailles', 'damaged')),
    (P2016, 'The reopening followed a devastating fire at the Colosseum.', ('Colosseum', 'destroyed')),
    (P2016, 'Soldiers seized a bridge over the Bosphorus, and the committee inscribed Petra.', ('Petra', 'seized')),
    (P2016, 'The invasion toppled Saddam Hussein, and residents near the Central Library of Mosul hid its books.', ('Central Library of Mosul', 'destroyed')),
    (P2016, "Islamists tore down Timbuktu's ancient tombs on Sunday.", ('Timbuktu', 'destroyed')),
    (P2016, 'Masons in Timbuktu have finished rebuilding the last of the mausoleums.', ('Timbuktu', 'restored')),
    (P2016, 'Jihadists smashed the tombs during their occupation of Timbuktu.', ('Timbuktu', 'destroyed')),
    (P2016, 'Vandals smashed windows and damaged the organ of the Basilica of Saint-Denis last month.', ('Basilica of Saint-Denis', 'destroyed')),
    (P2016, 'Rebels took control of the mosque in February.', ('February Mosque', 'seized')),
    (P2016, 'The site was named a UNESCO World Heritage Site in 1987.', ('UNESCO World Heritage Site', 'inscribed')),
    (P2016, 'A priest of the Mar Elian monastery, who had been seized in May, was freed.', ('Mar Elian monastery', 'seized')),
    (P2016, 'The Swayambhunath stupa suffered cracks, and a monastery beside it was destroyed.', ('Swayambhunath stupa', 'destroyed')),
    (P2016, 'There was extensive damage to the Grade A-listed library.', ('Grade A-listed library', 'damaged')),
    (P2016, 'The Roman theatre was damaged in 2015.', ('Roman theatre', 'damaged')),
    (P2016, 'Troops recaptured Krak des Chevaliers on Thursday. They took full control of the fortress on Thursday.', ('Krak des Chevaliers', 'seized')),
    (P2016, 'Names of the dead were inscribed on the Menin Gate in 1927.', ('Menin Gate', 'inscribed')),
    (P2016, "Officials decided not to place the Great Barrier Reef on the list of sites in UNESCO's danger list.", ('Great Barrier Reef', 'inscribed')),
    (P2018, 'Soldiers seized a bridge over the Bosphorus, and the committee inscribed the Antequera Dolmens.', ('Antequera Dolmens', 'seized')),
    (P2018, 'A bridge was seized by soldiers on Friday. The committee inscribed the Antequera Dolmens.', ('Antequera Dolmens', 'seized')),
    (P2018, 'A church was damaged on Monday. The Bardo Museum reopened.', ('Bardo National Museum', 'damaged')),
    (P2018, 'Police said looters had damaged a church on Monday. Later they visited the Bardo Museum.', ('Bardo National Museum', 'damaged')),
    (P2018, 'Looters stormed the Mallawi Museum on Monday.', ('Mallawi Museum', 'seized')),
    (P2018, 'Ansar Dine later drove the rebels out of Timbuktu.', ('Timbuktu', 'recaptured')),
    (P2018, 'Militants had tried to blow up the Jahanabad Buddha on September 2, but the explosives failed to detonate.', ('Jahanabad Buddha', 'destroyed')),
    (P2018, "The committee voted to delete Liverpool's waterfront, saying new towers had destroyed the character of the docks.", ('Liverpool', 'destroyed')),
    (P2018, 'The Sulamani temple was built in the 12th century.', ('Sulamani temple', 'damaged')),
    (P2018, 'Work on the new Grand Egyptian Museum was completed in May.', ('Grand Egyptian Museum', 'restored')),
    (P2018, 'They moved on to the tombs of Sidi Omar and Sidi Musa.', ('Tomb of Sidi Musa', 'destroyed')),
    (P2018, 'The Roman theatre, a marble building, was damaged in 2015.', ('Roman theatre', 'damaged')),
    (P2018, 'Hospitals were hit by shelling in the city of Homs on Monday.', ('Homs', 'damaged')),
    (P2018, 'He said nothing had been stolen from the Egyptian Museum.', ('Egyptian Museum', 'looted')),
    (P2018, "Aleppo is Syria's largest city. Rebels seized Aleppo in 2012.", ('Aleppo', 'seized')),
    (P2018, "Notre-Dame's spire is to be rebuilt identically, the president said.", ('Notre-Dame de Paris', 'restored')),
    (P2018, 'Officials denied that the Krak des Chevaliers had been damaged.', ('Krak des Chevaliers', 'damaged')),
    (P2018, 'Azerbaijan denied shelling the Ghazanchetsots Cathedral.', ('Ghazanchetsots Cathedral', 'attacked')),
    (P2018, 'Protesters broke into the Royal Palace on Monday.', ('Royal Palace', 'looted')),
    (P2018, 'The council voted to demolish the Church of Saint Anne.', ('Church of Saint Anne', 'destroyed')),
    (P2018, 'The Mosul Museum, which housed artefacts from Nineveh and Nimrud, was ransacked after the militants seized the city.', ('Nimrud', 'seized')),
    (P2018, 'The City of London was bombed in 1940.', ('London', 'destroyed')),
    (P2018, 'The images show that the stone walls of the monastery were standing in 2011 but that by 2014 they had been razed. The Mar Elia Monastery is gone.', ('Mar Elia Monastery', 'damaged')),
    (P2018, 'The Church of Saint Anne was flooded with visitors on Sunday.', ('Church of Saint Anne', 'damaged')),
    (P2018, 'Appeals were made to fund the restoration of the Church of Saint Anne.', ('Church of Saint Anne', 'restored')),
    (P2021, 'Crowds pulled down a statue of the dictator in Liberty Square on Tuesday.', 'Liberty Square'),
    (P2021, 'The Vardan Library reopened on Monday after the holidays.', 'Vardan Library'),
    (P2021, 'The Ledwick Museum lost its director in January.', 'Ledwick Museum'),
    (P2021, 'Tourists left the Keld Chapel in the afternoon.', 'Keld Chapel'),
    (P2021, 'The Tarrant Theatre hit a record number of visitors last year.', 'Tarrant Theatre'),
    (P2021, "The new tax reduced the Arvik Museum's income to a trickle.", 'Arvik Museum'),
    (P2021, 'The city built a car park on Sunday. Engineers damaged the park in May.', 'park'),
    (P2021, 'The Lorne Castle stands on a hill. Its owners were recently married in 1945.', 'Lorne Castle'),
]


@pytest.mark.parametrize("published,text,absent", NOT_EVENTS)
def test_a_construction_gives_no_claim(published, text, absent):
    got = run(text, published)
    if isinstance(absent, tuple):  # (site, event): that event is not told of that site
        assert absent not in [(s, e) for s, e, _ in got], got
    else:  # a site: no event at all
        assert not [g for g in got if absent.lower() in g[0].lower()], got


def test_its_citadel_after_a_city_is_the_citadel_not_the_city():
    from builder.extract.frames import ITS_HEAD
    assert ITS_HEAD.match(" most of its famous citadel to a mound of dust").group(1) == "citadel"
    assert ITS_HEAD.match(" its income to a trickle") is None


# The parse reads roles the surface frame gets wrong or misses (roles.py)
ROLES = [
    # the subject of an intransitive trigger is the phrase that governs it, not the first site named
    (P2016, "The Sulamani Temple, built in 1183, lost part of its upper terrace, and the spire of the "
            "Htilominlo Temple collapsed on Friday.", ("Htilominlo Temple", "damaged", "2016-12-09"),
     ("Sulamani Temple", "destroyed")),
    # a thing placed beside a site is not the site ('near', 'from' ...: site_kinds.yml not_inside)
    (P2016, "Thieves broke into the Green Vault in the Royal Palace of Dresden on Monday. The burglars set fire "
            "to an electrical box near the palace.", ("Green Vault", "looted", "2016-12-05"),
     ("Royal Palace of Dresden", "damaged")),
    # a site inside a site: the theft is the inner one's ('the Green Vault in Dresden's Royal Palace')
    (P2016, "Thieves broke into the Green Vault in Dresden's Royal Palace on Monday and stole jewellery.",
     ("Green Vault", "looted", "2016-12-05"), ("Royal Palace of Dresden", "looted")),
    # an appositive names a statue the lists do not know ('The Lion of al-Lat, a 2,000-year-old statue')
    (P2016, "The Lion of al-Lat, a 2,000-year-old statue that militants smashed in Palmyra, has been restored "
            "by Polish experts.", ("Lion of al-Lat", "restored", "../2016-12-10"), ("Palmyra", "restored")),
    # a style or a period is not a place ('a domed church in the Renaissance style')
    (P2016, "The Catholic Cathedral of the Blessed Sacrament, a domed church in the Renaissance style, was also "
            "badly damaged.", ("Catholic Cathedral of the Blessed Sacrament", "damaged", None),
     ("Renaissance Church", "damaged")),
    # an armed group that retakes a town seizes it; a state's forces retake it
    (P2016, "Islamic State retook the town of Palmyra in December.", ("Palmyra", "seized", "2016-12"),
     ("Palmyra", "recaptured")),
    (P2016, "Government forces and allied fighters retook Palmyra in March.", ("Palmyra", "recaptured", "2016-03"),
     ("Palmyra", "seized")),
    # who were driven out by a state's forces lost the town to them
    (P2016, "The fighters seized Timbuktu in April 2012 and were driven out by French and Malian troops in "
            "January 2013.", ("Timbuktu", "recaptured", "2013-01"), ("Timbuktu", "seized", "2013-01")),
    # a city's monuments of one kind, one site: 'the ancient mausoleums of Timbuktu'
    (P2016, "Masons have finished rebuilding the ancient mausoleums of Timbuktu.",
     ("Mausoleums of Timbuktu", "restored", "../2016-12-10"), ("Timbuktu", "restored")),
    # a possessive owner is no part of a listed name: 'India's Dholavira'
    (P2016, "India's Dholavira, a Harappan city in Gujarat, was inscribed on the World Heritage list in July.",
     ("Dholavira", "inscribed", "2016-07"), ("India's Dholavira", "inscribed")),
    # an appositive owned by the city is no second subject: 'X, the city's most important monument, was ...'
    (P2016, "ISIS seized Palmyra in May 2015. The Temple of Bel, the city's most important monument, was "
            "blown up last August.",
     ("Temple of Bel", "destroyed", "2016-08"), ("Palmyra", "destroyed")),
    # a park or a site says less than its appositive: 'Clandon Park, a Palladian mansion' is the home described
    (P2016, "A magnificent 18th-century stately home was reduced to a blackened shell after fire tore through it "
            "yesterday. More than 80 firefighters battled the flames at Clandon Park, a Palladian mansion near "
            "Guildford.", ("Clandon Park", "destroyed", "2016-12-09"), ("Clandon Park", "damaged")),
    # named examples of a plural site noun: 'Several temples ... were reduced to rubble, including the Maju Deval'
    (P2016, "Several temples in Kathmandu's Durbar Square were also reduced to rubble in 2015, officials said, "
            "including the Maju Deval, a 17th-century temple.", ("Maju Deval", "destroyed", "2015"), None),
    # a harmed thing inside a building: the building ('smashing statues with sledgehammers inside the museum')
    (P2016, "The militants released a video showing them smashing statues with sledgehammers inside the Mosul "
            "Museum in February.", ("Mosul Museum", "damaged", "2016-02"), ("Mosul Museum", "destroyed")),
    # ... but not a building named in another clause ('smashed windows ..., and a fire was set at X')
    # a theft names the place robbed with 'from' ('stole a Rembrandt from the museum'); harm does not
    (P2016, "Thieves stole a Rembrandt from the Isabella Stewart Gardner Museum in Boston in March 1990.",
     ("Isabella Stewart Gardner Museum", "looted", "1990-03"), None),
    # a part with no owner of its own belongs to the site named before it in its sentence
    (P2016, "Firefighters brought a blaze at the Cathedral of St. Peter and St. Paul under control on Saturday, "
            "but not before the flames had destroyed the great organ.",
     ("Cathedral of St. Peter and St. Paul", "damaged", "2016-12-10"), ("Cathedral of St. Peter and St. Paul", "destroyed")),
    (P2016, "Last month vandals smashed stained-glass windows, and a fire was set at the Church of Saint-Sulpice "
            "on March 17.", ("Church of Saint-Sulpice", "damaged", "2016-03-17"), ("Church of Saint-Sulpice", "destroyed")),
    # an appositive tells what its noun tells: the part's owner, renamed, is damaged, not destroyed
    (P2016, "Across the bay, the storm brought down the upper part of the bell tower of the Marwick Cathedral, "
            "the region's oldest church.", ("Marwick Cathedral", "damaged", None), ("Marwick Cathedral", "destroyed")),
    # a site in the next clause is not where a subjectless verb happened
    (P2016, "The Brandor Castle walls are said to have collapsed, and tombs at the Seln necropolis were reported to "
            "be waterlogged.", None, ("Seln necropolis", "destroyed")),
    # a thing seized in another clause than the site's ('... a wall at X ...; police seized 100 pieces')
    (P2016, "In 1990 a gang dismantled a stretch of wall at the temple of Orvell, in the north, and trucked it away; "
            "police stopped one truck and seized more than 100 pieces.", None, ("Orvell Temple", "seized")),
    # 'it' as the subject of an intransitive verb: the site told before
    (P2016, "The Dorran Museum was hit by a rocket in 2014. It reopened last year after a restoration.",
     ("Dorran Museum", "restored", "2015"), None),
]


@pytest.mark.parametrize("published,text,want,absent", ROLES, ids=[(w or a)[0] for _, _, w, a in ROLES])
def test_the_parse_reads_the_role(published, text, want, absent):
    got = run(text, published)
    assert want is None or want in got, got
    assert absent is None or not any((s, e) == absent for s, e, _ in got), got


def test_roles_from_the_dependency_parse():
    from builder.extract.parse import Parses
    from builder.extract.roles import roles

    parses = Parses()

    def read(text, trigger, noun=False):
        doc = parses[text]
        at = text.index(trigger)
        r = roles(doc, at, at + len(trigger), noun)
        return [t.text for t in r.site], (r.actor.text if r.actor is not None else None), r.passive

    assert read("ISIS militants destroyed the temple in August.", "destroyed") == (["temple"], "militants", False)
    assert read("The temple was destroyed by ISIS in August.", "destroyed") == (["temple"], "ISIS", True)
    assert read("They showed the temple destroyed by the militants.", "destroyed") == (["temple"], "militants", True)
    assert read("The minaret collapsed on Friday.", "collapsed") == ([], "minaret", False)
    assert read("Officials inspected the mosque, which the militants blew up in 2017.", "blew up") == \
        (["mosque"], "militants", False)
    assert read("The destruction of the library shocked the world.", "destruction", noun=True)[0] == ["library"]


def test_work_on_a_site_finished_after_a_relative_clause_is_its_repair():
    text = ("UNESCO led the reconstruction of the old city. Work on the nearby al-Tahera Church, which the "
            "militants used as a base and partly burned, was finished last year, UNESCO said.")
    assert ("al-Tahera Church", "restored") in [(s, e) for s, e, _ in run(text, P2016)]


def test_a_description_holding_a_participle_tells_no_second_event():
    # 'the burnt-out museum' points back to the museum; it tells no fire of its own on Monday
    got = run("A blaze tore through the Orvell Museum on Sunday night. On Monday protesters tried to enter the "
              "burnt-out building.", P2016)
    assert got == [("Orvell Museum", "damaged", "2016-12-04")], got


@pytest.mark.parametrize("text, want", [
    ("Like the Temple of Bel, the Baalshamin temple was blown up in 2015.",
     [("Temple of Baalshamin", "destroyed", "2015")]),
    ("The Baalshamin temple was blown up in 2015, unlike the Temple of Bel.",
     [("Temple of Baalshamin", "destroyed", "2015")]),
])
def test_a_site_the_sentence_only_compares_with_is_not_the_events_site(text, want):
    assert run(text, P2018) == want


@pytest.mark.parametrize("text", [
    "Masks looted by the army in 1897 are now exhibited at the Horniman Museum.",
    "The looted masks are kept at the Horniman Museum, which will not return them.",
])
def test_a_museum_named_only_as_where_looted_things_are_kept_is_not_where_they_were_looted(text):
    assert run(text, P2018) == []


def test_a_thing_stolen_where_it_was_displayed_was_stolen_from_there():
    assert [s for s, _, _ in run("Thieves stole a vase displayed at the Horniman Museum in 1990.", P2018)] == \
        ["Horniman Museum"]


def test_things_harmed_in_a_heritage_valley_harm_the_valley():
    assert run("Robbers looted tombs in the Valley of the Queens in 2012.", P2018) == \
        [("Valley of the Queens", "looted", "2012")]


# A place phrase opening the sentence sets the scene; a part of a building belongs to that building (roles.py
# _scene, _owner_of_part; site_kinds.yml parts, shares)
@pytest.mark.parametrize("text, want", [
    # the scene: a building named before the comma is where a thing or a part was harmed
    ("At Carrow Abbey, a storm on Sunday destroyed part of the Prior's Lodging.", ("Carrow Abbey", "damaged")),
    ("At Selby Abbey, a gale damaged the roof of the north aisle on Sunday.", ("Selby Abbey", "damaged")),
    ("At Ripon Minster, lightning struck on Sunday, setting fire to the roof of the nave, which collapsed.",
     ("Ripon Minster", "damaged")),
    # a definite part noun in a sentence naming no site is a part of the building just told
    ("Flames swept through Kelso Abbey on Sunday. The transept was restored in 2019.", ("Kelso Abbey", "restored")),
    # a part owned by 'its' is the site named before it, not the town set as the scene
    ("In Dunmore, the bells of the Melrose Abbey, which stands on a hill, were silent on Sunday, and one of its "
     "towers was reported to have partly collapsed.", ("Melrose Abbey", "damaged")),
    # the subject of the verb a trigger completes ('was said to have collapsed')
    ("The Kelso Abbey was said by residents to have partially collapsed on Sunday.", ("Kelso Abbey", "damaged")),
    # a verb standing without an object tells of its subject, past an appositive and its relative clause
    ("Hollin Hall, the lakeside home where the composer spent his last years, reopened to visitors on Tuesday "
     "after a restoration.", ("Hollin Hall", "restored")),
    # a subject-frame trigger whose object is a part of the site ('lost its roof'): the subject, past a long appositive
    ("The Church of St Ninian, a Norman foundation of the 12th century whose present stone nave was completed in the "
     "15th, lost its roof to the gale on Sunday.", ("Church of St Ninian", "damaged")),
    # a passive trigger's own subject in a second clause, not the site of the clause before it
    ("The old Kelso Abbey also collapsed on Sunday, and parts of the Melrose Abbey were damaged.", ("Melrose Abbey", "damaged")),
])
def test_a_scene_or_a_part_names_the_building(text, want):
    got = [(s, e) for s, e, _ in run(text, P2016)]
    assert want in got, got


@pytest.mark.parametrize("text, absent", [
    # a town set as the scene is no building: its harmed things are not its own event
    ("In Tarrow, a storm on Sunday destroyed part of the harbour wall.", "Tarrow"),
    ("The old Kelso Abbey also collapsed on Sunday, and parts of the Melrose Abbey were damaged.", ("Kelso Abbey", "damaged")),
    ("In Dunmore, the bells of the Melrose Abbey, which stands on a hill, were silent on Sunday, and one of its "
     "towers was reported to have partly collapsed.", "Dunmore"),
    # a share ('the rest') or an indefinite part says nothing of the building told before
    ("Flames swept through Kelso Abbey on Sunday. A roof in the town was restored in 2019.", ("Kelso Abbey", "restored")),
    # two buildings told just before: the part is not known to be either's
    ("Flames swept through Kelso Abbey on Sunday, and shells hit Melrose Abbey. The transept was restored in 2019.",
     ("Kelso Abbey", "restored")),
])
def test_a_scene_or_a_part_names_no_other_site(text, absent):
    got = run(text, P2016)
    if isinstance(absent, tuple):
        assert absent not in [(s, e) for s, e, _ in got], got
    else:
        assert not [g for g in got if absent.lower() in g[0].lower()], got


def test_a_site_in_the_speakers_subject_is_not_where_the_reported_event_happened():
    """'Staff at the museum said exhibits had been broken': the museum is who tells, not what was destroyed; but
    'the museum reported damage to its roof' is the museum's own damage."""
    said = run("Staff at the Museum of Seafaring said display cases had toppled and that some exhibits had been "
               "broken.", P2016)
    assert not [c for c in said if c[0] == "Museum of Seafaring"], said


@pytest.mark.parametrize("text", [
    # a part noun resolved to its building: the building is damaged, not destroyed
    "Fire broke out at York Minster on Monday. The blaze reached the central tower, which collapsed before dawn.",
    # the building's own part as the second subject
    "In York, York Minster was cracked and part of its bell tower fell on Monday.",
    # a part of the site before 'of'
    "On Monday the transept roof of York Minster was destroyed by fire.",
])
def test_a_part_destroyed_leaves_the_whole_damaged(text):
    got = {(s, e) for s, e, _ in run(text, P2018)}
    assert ("York Minster", "damaged") in got
    assert ("York Minster", "destroyed") not in got


def test_any_verb_of_saying_makes_its_subjects_site_the_speaker_not_the_scene():
    """One list of verbs of saying (events_lexicon.yml saying_verbs) serves certainty, clauses, dates and this
    rule: 'warned' is one of them, as 'said' is."""
    warned = run("Curators at the Museum of Seafaring warned that some exhibits had been broken.", P2016)
    assert not [c for c in warned if c[0] == "Museum of Seafaring"], warned


def test_what_a_site_lost_or_suffered_after_a_relative_clause_harmed_the_subject():
    # the appositive's relative clause stands between the subject and the verb; 'bricks' and 'cracks' name no
    # site, so the subject is what was harmed
    for verb in ("lost bricks", "suffered cracks"):
        got = run(f"The Cape Miro Lighthouse, a brick tower that has stood on the point since 1870, {verb} in the "
                  "storm of 2005.", P2016)
        assert got == [("Cape Miro Lighthouse", "damaged", "2005")], (verb, got)


@pytest.mark.parametrize("text", [
    "In the same town the Castello delle Rocche lost the top of its keep.",
    "The Castello delle Rocche lost its roof in the storm.",
])
def test_an_italian_name_with_delle_is_one_name_and_losing_a_part_is_damage(text):
    assert run(text, P2018) == [("Castello delle Rocche", "damaged", None)]



def test_a_quake_cracking_a_churchs_walls_damages_the_church():
    from extract_helpers import P2016, run
    assert run("In 1987 an earthquake cracked the Kestrel church's walls, and it stayed closed for years.", P2016) == \
        [("Kestrel church", "damaged", "1987")]


def test_one_turret_collapsing_damages_its_building():
    from extract_helpers import P2016, run
    got = run("In 1995 one of the four turrets of the Kestrel Gate collapsed, and it was rebuilt the following year.", P2016)
    assert got == [("Kestrel Gate", "damaged", "1995"), ("Kestrel Gate", "restored", "1996")]


def test_a_participle_set_off_by_commas_tells_of_the_name_before_it():
    from extract_helpers import P2016, run
    assert run("Kestrel Abbey, inscribed on the World Heritage List in 1984, lies in a fertile valley.", P2016) == \
        [("Kestrel Abbey", "inscribed", "1984")]
    # a known name with no site noun, which the parser makes the participle's subject
    assert run("Baalbek, inscribed on the World Heritage List in 1984, is in the Bekaa valley.", P2016) == \
        [("Baalbek", "inscribed", "1984")]


@pytest.mark.parametrize("text,want", [
    # a one-word name opening the sentence, which the article writes as a name elsewhere
    ("Tourists love the ruins of Hampi. Hampi was sacked in 1565.", ("Hampi", "looted", "1565")),
    # a name raised to the verb the trigger completes
    ("Further into the desert, the Ordam Mazar, one of the holiest sites for pilgrims, appears to have been razed "
     "in 2019.", ("Ordam Mazar", "destroyed", "2019")),
])
def test_a_bare_name_the_parse_makes_the_patient_is_a_site(text, want):
    got = run(text, P2016)
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # a relative clause after a description set off after the name tells of the name
    ("Roofs fell in Old Varnet, the walled quarter that UNESCO inscribed on its World Heritage list in 1994.",
     [("Old Varnet", "inscribed", "1994")]),
    # two coordinated names are two sites, each told of by the clause
    ("The army will advance on the towns of Holmra and Vesk, which the rebels seized in October.",
     [("Holmra", "seized", "2016-10"), ("Vesk", "seized", "2016-10")]),
])
def test_a_relative_clause_tells_of_the_name_it_describes(text, want):
    got = run(text, P2016)
    assert all(w in got for w in want), got


def test_a_relative_clause_after_a_town_locating_a_building_is_not_about_the_town():
    got = run("Critics recalled the fire at the old chapel near Varnholm, Norway, which was burned to the ground "
              "by arsonists in 1992.", P2016)
    assert not [g for g in got if "Varnholm" in g[0] or "Norway" in g[0]], got


def test_buildings_collapsing_in_a_named_quarter_damage_it_and_do_not_destroy_it():
    got = run("Several old houses collapsed in the Old Town of Varnet on Tuesday.", P2016)
    assert ("Old Town of Varnet", "damaged", "2016-12-06") in got and not [g for g in got if g[1] == "destroyed"], got


@pytest.mark.parametrize("text,want", [
    ("The storm tore away much of the Kestrel Fort's jetty on Monday.", ("Kestrel Fort", "damaged", "2016-12-05")),
    ("The hurricane tore loose stones from the walls of the Kestrel Fort on Monday.", ("Kestrel Fort", "damaged", "2016-12-05")),
    # a lower-case word between the name and its site noun says what sort of church it is
    ("Arsonists burned the Varnholm stave church to the ground in June 1992.", ("Varnholm stave church", "destroyed", "1992-06")),
    ("The quake damaged the Tayum parish church on Tuesday.", ("Tayum parish church", "damaged", "2016-12-06")),
])
def test_pieces_torn_from_a_site_and_a_church_burned_to_the_ground(text, want):
    got = run(text, P2016)
    assert want in got, got


@pytest.mark.parametrize("text,want", [
    # a river or floodwater breaking into or pouring through a site floods it
    ("The Mulde river broke into the Old Town of Varnet on Monday.", ("Old Town of Varnet", "damaged", "2016-12-05")),
    ("Floodwater from the Danube and the Inn poured through the Old Town of Varnet on Monday.",
     ("Old Town of Varnet", "damaged", "2016-12-05")),
    # a Khmer temple's name opens with its noun; a carved piece prised from it was looted
    ("The lintel was prised from Prasat Khao Varn in 1962.", ("Prasat Khao Varn", "looted", "1962")),
    # an earthquake threw it down
    ("The great earthquake of August 1157 threw down the Castle of Varnet.", ("Castle of Varnet", "destroyed", "1157-08")),
    # hit by the quake (not only 'an earthquake')
    ("The Kestrel Temple was hit by the quake on Monday.", ("Kestrel Temple", "damaged", "2016-12-05")),
])
def test_floods_quakes_and_prising_tell_their_harm(text, want):
    got = run(text, P2016)
    assert want in got, got


def test_a_spire_falling_to_the_ground_is_no_seizure_and_part_of_it_damages_the_site():
    got = run("The Kestrel Temple was hit by the quake on Monday. At the temple, the tip of one of the spires fell "
              "to the ground.", P2016)
    assert ("Kestrel Temple", "damaged", "2016-12-05") in got and not [g for g in got if g[1] in ("seized", "destroyed")], got
    assert ("Bell Tower of Varnet", "destroyed", "1902") in run("The Bell Tower of Varnet fell to the ground in 1902.", P2016)


@pytest.mark.parametrize("text,want", [
    # a town's possessive before a name with its own site noun is its place, not part of the name
    ("Turin's Teatro Regio burned down in February 1936.", ("Teatro Regio", "destroyed", "1936-02")),
    ("Milan's Castello Sforzesco was damaged in 1943.", ("Castello Sforzesco", "damaged", "1943")),
    # a person's is part of it
    ("Hadrian's Wall was damaged in 1943.", ("Hadrian's Wall", "damaged", "1943")),
])
def test_a_towns_possessive_is_not_part_of_a_sites_name(text, want):
    assert want in run(text, P2016)


@pytest.mark.parametrize("text,want", [
    # a copula putting a site in a group a participle describes
    ("The Temple of Varnet was among the buildings destroyed in 2015.", ("Temple of Varnet", "destroyed", "2015")),
    ("The Kestrel Mosque was one of the buildings damaged in the quake of 2011.", ("Kestrel Mosque", "damaged", "2011")),
    # lower-case heads after a name
    ("The storm tore away part of the frame of the Varnet Island lighthouse on Wednesday.",
     ("Varnet Island lighthouse", "damaged", "2016-12-07")),
])
def test_a_site_put_in_a_group_or_named_before_a_lower_case_head(text, want):
    assert want in run(text, P2016)


def test_a_fronted_date_dates_its_own_clause_before_a_semicolon():
    got = run("Four years ago, some 250 graves were smashed at the Kestrel Cemetery; five teenagers were later charged.", P2016)
    assert got == [("Kestrel Cemetery", "destroyed", "2012")], got


def test_a_date_inside_a_clause_dates_the_disaster_that_is_its_subject():
    # 'when the storm came ashore on Wednesday' dates the storm, and so the surge told later (not a storm of 1921)
    text = ("KESTREL, Fla., Sept 30 (Newswire) - Hurricane Ian's storm surge tore away part of the frame of the Varnet "
            "Island lighthouse when the storm came ashore on Wednesday, city officials said on Friday.\n\n"
            "The light has survived every hurricane since, including the storm of 1921 that flooded much of the "
            "island.\n\nFarther south, the surge ripped through the Kestrel Pier, a landmark since the 1880s.")
    assert ("Kestrel Pier", "damaged", "2022-09-28") in run(text, dt.date(2022, 9, 30))


def test_a_name_after_by_is_a_maker_not_a_site():
    got = run("The Justice statue by Alfredo Vasquelli, daubed with graffiti by rioters on Sunday", P2016)
    assert not [g for g in got if "Vasquelli" in g[0]], got


def test_undated_harm_takes_the_date_of_a_disaster_the_lead_reports():
    text = ("KESTREL, Germany, June 4 (Newswire) - Floodwater from the river poured through the old town of Kestrel "
            "on Monday, city officials said on Tuesday.\n\nOnly the flood of 1501 is recorded as higher.\n\n"
            "At the Kestrel Town Hall, water flooded the ground-floor rooms, a city spokesman said.")
    got = run(text, dt.date(2013, 6, 4))
    assert ("Kestrel Town Hall", "damaged", "2013-06-03") in got, got


def test_a_capitalised_word_opening_a_sentence_is_no_name_by_itself():
    assert run("Windows were smashed in 1842.", P2016) == []


@pytest.mark.parametrize("text,want", [
    # 'it' the parse makes the patient of a verb coordinated with another ('was left in ruins ... but was restored')
    ("The Herat Citadel stands above the old city. It was left in ruins by years of war but was restored by the "
     "Aga Khan Trust in 2011.", ("Herat Citadel", "restored", "2011")),
    # a name the parse makes the subject of 'was built' is a site, and the 'it' after it names it
    ("Machu Picchu, perched on a ridge, was built for the emperor Pachacuti. It was brought to world attention "
     "in 1911 and was inscribed on the World Heritage List in 1983.", ("Machu Picchu", "inscribed", "1983")),
    # 'its' with the site's own fabric: the part harmed is the site's, the harm a damage
    ("The Hallam Abbey was built in 1120. Its great dome, weakened by earthquakes, collapsed in 1558.",
     ("Hallam Abbey", "damaged", "1558")),
    # 'its ruins' stand for the whole site
    ("The ruins of Hampi are vast. Its ruins, which cover more than 40 square kilometres, were inscribed on the "
     "World Heritage List in 1986.", ("Hampi", "inscribed", "1986")),
])
def test_it_or_its_with_a_part_the_parse_makes_the_patient_names_the_site_told_before(text, want):
    got = run(text, P2016)
    assert want in got, got


def test_it_after_a_description_the_site_finder_could_not_name_stands_for_that_description():
    text = ("Rain brought down part of the wall of the Vosk Citadel on Sunday.\n\n"
            "In 1945 a flood buried much of the old temple complex upriver. It took archaeologists decades to dig the "
            "temple out again, and in 1985 it was inscribed on the World Heritage List.")
    got = run(text, P2016)
    assert all(not (site == "Vosk Citadel" and event == "inscribed") for site, event, _ in got), got


def test_an_apostrophe_after_a_plural_or_a_name_in_s_is_a_possessive_not_a_quotation():
    """'St Thomas' Church' had ended a quotation nobody opened: the clause of 'was torn off' began at 'Church'."""
    assert run("The spire of St Varnas' Church was torn off by the storm on Friday.", P2018) == [
        ("St Varnas' Church", "damaged", "2018-06-08")]
