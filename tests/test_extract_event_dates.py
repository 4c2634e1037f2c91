"""Which date goes to which event: the trigger's own date, not a relative clause's, an age's or a
construction's; background keeps no date of its own."""
import datetime as dt

import pytest

from extract_helpers import P2016, P2018, P2021, run  # noqa: F401 - the rows name the days


NOT_DATED = [
    # 'date from 1910': the object's age, the preposition being the time expression's own first word
    (P2016, 'Thieves looted the Orvell Museum. The painting stolen from the Orvell Museum is thought to date from 1910.', ('Orvell Museum', 'looted', '1910')),
    (P2018, 'The Slate Landscape of Wales, where slate was cut in the 19th century, becomes a World Heritage site.', ('Slate Landscape of Wales', 'inscribed', '18XX')),
    (P2018, 'Among the worst hit was the Sulamani temple, built in the 12th century, where parts collapsed.', ('Sulamani temple', 'damaged', '11XX')),
    (P2018, 'A blaze hit Nantes Cathedral yesterday. The cathedral, which took four centuries to complete, was already damaged by a fire in 1972 that destroyed much of its roof.', ('Nantes Cathedral', 'damaged', '2018-06-13')),
    (P2018, "Gorham's Cave Complex was also added to UNESCO's World Heritage list. On Sunday the committee inscribed 17 works by Le Corbusier.", ("Gorham's Cave Complex", 'inscribed', '2018-06-10')),
    (P2018, 'A fire gutted the Clandon Park mansion on Monday. The Hall of Mirrors had been damaged during the war.', ('Hall of Mirrors', 'damaged', '2018-06-11')),
    # a comparison's time is the other event's: an elliptical 'as ... had been', 'unlike in'
    (P2016, 'The Kellan Chapel was damaged, as the Orvell Cathedral had been in 2009.', ('Kellan Chapel', 'damaged', '2009')),
    # ... but not another event coordinated with it, nor a step told as later
    (P2016, 'The Kellan Chapel was damaged by fire and rebuilt in 1950.', ('Kellan Chapel', 'damaged', '1950')),
    (P2016, 'The Kellan Chapel was damaged and later inaugurated in 1950.', ('Kellan Chapel', 'damaged', '1950')),
    # a repair coordinated after a harm is not at the harm's time
    (P2016, 'The Kellan Chapel was damaged in 1880 and rebuilt by the architect Hermann Bolle.', ('Kellan Chapel', 'restored', '1880')),
    (P2016, 'Unlike in 2009, when the Orvell Cathedral was damaged, the Kellan Chapel was destroyed.', ('Kellan Chapel', 'destroyed', '2009')),
    (P2016, 'The Kellan Chapel was destroyed by fire, worse than in 1990.', ('Kellan Chapel', 'destroyed', '1990')),
    (P2016, 'The Kellan Chapel was destroyed in a fire that was the worst since 1666.', ('Kellan Chapel', 'destroyed', '1666')),
    # a state's start told of a noun ('a landmark since 1971') is the noun's, not the verb's time
    (P2016, 'The Kellan Chapel, a National Historic Landmark since 1971, was damaged by the storm.', ('Kellan Chapel', 'damaged', '1971')),
    # a time told in a relative clause under the object's appositive is another event's
    (P2016, 'Rockets hit the Orvell Memorial, the hillside where soldiers shot hundreds of prisoners in 1942.', ('Orvell Memorial', 'damaged', '1942')),
    # a relative clause on the object dates the act only when it tells the doers' own act ('which they rigged')
    (P2016, 'Fire gutted the Kellan Chapel, which Napoleon visited in 1809.', ('Kellan Chapel', 'destroyed', '1809')),
    (P2016, 'Fire gutted the Kellan Chapel, which was consecrated in 1650.', ('Kellan Chapel', 'destroyed', '1650')),
    # ... but not a 'where' clause under the place: another time
    (P2016, 'Residents remember the 1980 earthquake in Orvell, where militants later blew up the Kellan Chapel.', ('Kellan Chapel', 'destroyed', '1980')),
    # a repair under a 'when' clause of the harm came after it
    (P2016, 'When the Kellan Chapel burned in 1911, the parish rebuilt it within a decade.', ('Kellan Chapel', 'restored', '1911')),
    # ... but not what they had done before, nor after a new paragraph
    (P2016, 'Gunmen stormed the Orvell Museum on 4 June. They had looted the Kellan Chapel.', ('Kellan Chapel', 'looted', '2016-06-04')),
    (P2016, 'Gunmen stormed the Orvell Museum on 4 June.\n\nThey looted the Kellan Chapel.', ('Kellan Chapel', 'looted', '2016-06-04')),
    # a participle after the object the parser coordinated with the verb ('ransacked X, opened in 1965') is no step of the act
    (P2016, 'Looters ransacked the Orvell Museum, opened in 1965.', ('Orvell Museum', 'looted', '1965')),
    # a bare year before a name is the named thing's
    (P2016, 'Fire gutted the 1650 Kellan Chapel.', ('Kellan Chapel', 'destroyed', '1650')),
    # years in brackets after a name are the thing's
    (P2016, 'Fire gutted the Kellan Chapel (1650).', ('Kellan Chapel', 'destroyed', '1650')),
    (P2016, 'Fire gutted the Kellan Chapel (1650-1700).', ('Kellan Chapel', 'destroyed', '1650/1700')),
    # ... not a state told since a time after the repair, in its own clause or coordinated with it
    (P2016, 'The Kellan Chapel was restored in 1990 and has been closed since 2005.', ('Kellan Chapel', 'restored', '2005/..')),
    (P2016, 'The Kellan Chapel was restored, and has been closed since 2005.', ('Kellan Chapel', 'restored', '2005')),
    # a year after publication is no time of a told event ('will not be finished until 2040')
    (P2016, 'The council says the repair of the Orvell Castle will not be finished until 2040.', ('Orvell Castle', 'restored', '2040')),
    # the end of a repair does not date the harm it mended
    (P2016, 'The Kellan Chapel was damaged by the flood; the repairs were completed in 1911.', ('Kellan Chapel', 'damaged', '1911')),
    # a free relative's own act ('what archaeologists had excavated in 2005') is no state of remaining
    (P2016, 'Vandals smashed what archaeologists had excavated at the Kellan Temple in 2005.', ('Kellan Temple', 'destroyed', '2005')),
]


DATED = [
    # 'in 2009, when X was damaged': the time the relative clause describes
    (P2016, 'Unlike in 2009, when the Orvell Cathedral was damaged, the Kellan Chapel was destroyed.', ('Orvell Cathedral', 'damaged', '2009')),
    # ... and a verb coordinated in the relative clause with no subject of its own
    (P2016, 'Residents remember the 2009 earthquake, which killed 300 people and brought down the Orvell Cathedral.', ('Orvell Cathedral', 'destroyed', '2009')),
    (P2016, 'Residents remember 2009, when a quake killed 300 people and damaged the Orvell Cathedral.', ('Orvell Cathedral', 'damaged', '2009')),
    # the event that caused it, even where the parser makes it the subject's appositive
    (P2016, "At the Orvell Museum, a fire on Easter Monday 1986 destroyed part of the King's Gallery.", ('Orvell Museum', 'damaged', '1986-03-31')),
    # an act set after a dated event: on or after it; after an event told to the year, that year
    (P2016, 'The Orvell Museum was plundered after militants overran the town in May 2015.', ('Orvell Museum', 'looted', '2015-05/..')),
    (P2016, 'The Kellan Chapel was rebuilt after an earthquake in 1934 destroyed most of it.', ('Kellan Chapel', 'restored', '1934')),
    # ... any event of a coordinated list
    (P2016, 'The Kellan Chapel partly collapsed in a snowstorm and an earthquake in 2004.', ('Kellan Chapel', 'damaged', '2004')),
    # 'Seconds later': the time of the sentence before
    (P2016, 'The ground began to shake on Tuesday afternoon. Seconds later, the Kellan Chapel came down.', ('Kellan Chapel', 'destroyed', '2016-12-06')),
    (P2016, 'A shell landed near the Orvell Cathedral on Friday. A few minutes later a second shell hit the Orvell Cathedral.', ('Orvell Cathedral', 'damaged', '2016-12-09')),
    # the event or the period an 'in'/'during' phrase names
    (P2016, 'The Kellan Chapel was destroyed in the 2015 earthquake.', ('Kellan Chapel', 'destroyed', '2015')),
    (P2016, "The Kellan Chapel was damaged in Saturday's blast.", ('Kellan Chapel', 'damaged', '2016-12-10')),
    (P2016, 'The Kellan Chapel was damaged in the earthquake of April 2015.', ('Kellan Chapel', 'damaged', '2015-04')),
    (P2016, 'The Orvell Museum was looted during the 2003 invasion.', ('Orvell Museum', 'looted', '2003')),
    # a verb coordinated under the same subject, a step of the same act, shares the date told after it
    (P2016, 'The Kellan Chapel collapsed in 1902. The Kellan Chapel was rebuilt and inaugurated ten years later.', ('Kellan Chapel', 'restored', '1912')),
    # 'By 1917' bounds the event, the preposition being the time expression's own first word
    (P2016, 'By 1917 the Kellan Chapel had been struck by dozens of shells.', ('Kellan Chapel', 'damaged', '../1917')),
    # the parser hangs the date from the free relative of remaining that is the act's object
    (P2016, 'Retreating sappers blew up what remained of the Kellan Castle in 1943.', ('Kellan Castle', 'destroyed', '1943')),
    (P2016, 'In 1943 the retreating army blew up what was left of the Kellan Castle.', ('Kellan Castle', 'destroyed', '1943')),
    # a listing told with the time it has held since is dated by it, not by the sentence's other event
    (P2016, 'The Kellan Chapel, on the World Heritage List since 1987, was flooded on Tuesday.', ('Kellan Chapel', 'inscribed', '1987')),
    # a 'which' clause the parser hangs from a noun beside the event ('the 2009 earthquake in Orvell, ...,
    # which ... brought down X') tells that event
    (P2016, 'Older residents still speak of the 1997 earthquake in Orvell, a town of farmers, which killed 11 people and brought down the Kellan Chapel.', ('Kellan Chapel', 'destroyed', '1997')),
    # 'Later that night' goes on on the day of the sentence before
    (P2016, 'Troops entered the town on 3 May 2016. Later that night, looters ransacked the Orvell Museum.', ('Orvell Museum', 'looted', '2016-05-03')),
    # 'Hours later' goes on on the day of the sentence before
    (P2016, 'Troops entered the town on 3 May 2016. Hours later, looters ransacked the Orvell Museum.', ('Orvell Museum', 'looted', '2016-05-03')),
    # 'By the time ...' goes on at the time of the sentence before; 'By then ...' is on or before it
    (P2016, 'Late on 3 May 1961 a fire broke out in the Kellan Temple. By the time firemen reached the hill, the Orvell Cathedral had burned down.', ('Orvell Cathedral', 'destroyed', '1961-05-03')),
    (P2016, 'Troops reached the town in March 1945. By then the Orvell Museum had been looted.', ('Orvell Museum', 'looted', '../1945-03')),
    # 'the next morning', 'the following night': the day after the day named last, also where the parser reads
    # 'night looters' as one noun
    (P2016, 'A tremor shook the valley on 2 May 2016. The next morning the Kellan Tower collapsed.', ('Kellan Tower', 'destroyed', '2016-05-03')),
    (P2016, 'Rebels entered the town on 2 May 2016. The following night looters ransacked the Orvell Museum.', ('Orvell Museum', 'looted', '2016-05-03')),
    # the same doers told on in the simple past ('They smashed ...') go on at the time of the sentence before
    (P2016, 'Gunmen stormed the Orvell Museum on 4 June. They smashed the cases and looted the Kellan Chapel next door.', ('Kellan Chapel', 'looted', '2016-06-04')),
    # 'the blast' is the explosion of a bomb the article dates
    (P2016, 'A bomb went off outside the Orvell Museum on Friday night. The blast damaged the Kellan Chapel.', ('Kellan Chapel', 'damaged', '2016-12-09')),
    # ... but before a name that qualifies an event noun it is the event's
    (P2016, 'The Kellan Chapel was destroyed in the 2015 Orvell earthquake.', ('Kellan Chapel', 'destroyed', '2015')),
    # a repair told as going on since a time is on or after it ('since the 1970s': 1970/..)
    (P2016, 'The Kellan Castle had been partly restored by local masons since the 1960s.', ('Kellan Castle', 'restored', '1960/..')),
    # an interval of months is the act's, not one of its ends
    (P2016, 'The Kellan Chapel was restored between March 2009 and July 2011.', ('Kellan Chapel', 'restored', '2009-03/2011-07')),
    # the end of the work a sentence tells dates its repair ('the work was completed in 1911')
    (P2016, 'The Kellan Chapel was rebuilt by a local mason; the work was completed in 1911.', ('Kellan Chapel', 'restored', '1911')),
    (P2016, 'The Kellan Chapel was restored by volunteers, and the restoration was finished in May.', ('Kellan Chapel', 'restored', '2016-05')),
    # an act on the antecedent told in its relative clause ('which they had rigged') is at the act's time
    (P2016, 'Militants blew up the Kellan Temple, which they had rigged with explosives in August.', ('Kellan Temple', 'destroyed', '2016-08')),
    # a list of one subject's acts is one episode: a seizure after a break-in shares its date (only a repair
    # after a harm has a time of its own)
    (P2016, 'On 25 November the prisoners overpowered their guards, broke into the arsenal and took control of the '
            'Kellan Fortress.', ('Kellan Fortress', 'seized', '2016-11-25')),
    # a year the sentence opens with is the year of a month it names ('in August' is not the one before publication)
    (P2016, 'In 2012, the Kellan Mosque burned to the ground in August.', ('Kellan Mosque', 'destroyed', '2012-08')),
]


@pytest.mark.parametrize("published,text,want", DATED)
def test_the_event_takes_the_time_its_clause_is_set_at(published, text, want):
    assert want in run(text, published)


@pytest.mark.parametrize("published,text,wrong", NOT_DATED)
def test_another_clauses_date_is_not_the_events(published, text, wrong):
    assert wrong not in run(text, published)


FOUND = [
    (P2016, 'The archive was looted in the 1990s.', ['199X']),
    (P2016, 'Excavations stopped in the mid-1980s.', ['1983/1986']),
    (P2016, 'The wall dates back to the 1800s.', ['18XX']),
    (P2016, 'In February the group released a video.', ['2016-02']),
    (P2016, 'Militants smashed it in 2012, officials said.', ['2012']),
    (P2016, 'The fund holds 2,012 objects.', []),
    (P2016, 'The castle was hit by air strikes last summer.', ['2016-06/2016-08']),
    (P2016, 'It froze last winter.', ['2015-12/2016-02']),
    (P2018, 'Looters struck over the weekend.', ['2018-06-09/2018-06-10']),
    (P2018, 'It was rebuilt in the 2000s.', ['200X']),
    (P2018, 'It was rebuilt in the early 2000s.', ['2000/2003']),
    (P2018, 'The houses date from the 1800s.', ['18XX']),
    (P2018, 'It burned in the spring of 2016.', ['2016-03/2016-05']),
    (P2018, 'The war lasted from 1992 to 1995.', ['1992/1995']),
    (P2018, 'It was shelled between 1992 and 1995.', ['1992/1995']),
    (P2018, 'It was shelled in 1993-95.', ['1993/1995']),
    (P2018, 'The page 1,993-95 is wrong.', []),
]


@pytest.mark.parametrize("published,text,expected", FOUND)
def test_time_expressions_found_in_order(published, text, expected):
    from builder.extract.dates import DateContext, find_dates
    assert [d.date.edtf for d in find_dates(text, DateContext(published))] == expected


# A century after a determiner, before a noun, is the object's age with or without its hyphen;
# after a preposition it is a time.
CENTURY_AS_AGE = [
    ("Militants looted the 4th century Mar Behnam Monastery last week.", "Mar Behnam Monastery", "03XX"),
    ("Thieves looted a 12th century church in Lyon on Monday.", None, "11XX"),
]


@pytest.mark.parametrize("text,site,age", CENTURY_AS_AGE)
def test_a_century_before_a_noun_is_an_age_not_the_date(text, site, age):
    dates = [d for s, _, d in run(text, P2016) if site is None or s == site]
    assert age not in dates


def test_in_the_century_stays_a_time():
    dated = run("The Great Mosque of Samarra was damaged in the 9th century by an earthquake.", P2016)
    assert [d for _, _, d in dated] == ["08XX"]


# A dateline's date is the report's: the quake's own date ('that struck on Tuesday afternoon') dates it and
# what it did, the coordinated act and the harm told after it on the main event included.
def test_a_dateline_gives_way_to_the_disasters_own_date():
    text = ('ORVELL, Dec. 10 (Newswire) - The earthquake that struck on Tuesday afternoon flattened much of the '
            'old town. The Kellan Chapel collapsed during the first shock.')
    assert run(text, P2016) == [('Kellan Chapel', 'destroyed', '2016-12-06')]


def test_acts_coordinated_under_one_cause_share_its_date_not_the_statements():
    text = ('ORVELL, Dec. 10 (Newswire) - The earthquake that struck on Tuesday afternoon brought down the Kellan '
            'Chapel and left the old town in ruins, witnesses said on Saturday. The Orvell Cathedral was also '
            'reduced to rubble.')
    assert sorted(run(text, P2016)) == [('Kellan Chapel', 'destroyed', '2016-12-06'),
                                        ('Orvell Cathedral', 'destroyed', '2016-12-06')]


# What a sentence only compares with ('as in the great flood of 1890', 'compared ... to the damage done by
# the flood of 1966') dates no other event of the article.
@pytest.mark.parametrize("text", [
    'The river flooded the Kellan Chapel, officials said. Engineers had feared that debris could undermine the '
    'piers of the old bridge, as in the great flood of September 1890, when three arches were swept away.',
    'The river flooded the Kellan Chapel, officials said. Some compared the loss to the damage done by the flood '
    'of November 1966.',
])
def test_a_compared_events_date_dates_nothing_else(text):
    assert [d for s, _, d in run(text, P2016) if s == 'Kellan Chapel'] == [None]


def test_a_date_a_when_clause_describes_dates_its_event_after_until():
    text = 'The Kellan Chapel stood on the hill until December 6, 1992, when a crowd demolished it with hammers.'
    assert run(text, P2016) == [('Kellan Chapel', 'destroyed', '1992-12-06')]


# With no date of its own, an act told in the perfect ('Shells have hit', the auxiliary inside the trigger
# words) or a state seen now ('lies in ruins') is on or before publication.
@pytest.mark.parametrize("text,want", [
    ("Shells have hit the Kellan Chapel, local officials said.", ("Kellan Chapel", "damaged", "../2016-12-10")),
    ("The Kellan Chapel lies in ruins after the bombardment.", ("Kellan Chapel", "destroyed", "../2016-12-10")),
    ("The Kellan Chapel lay in ruins.", ("Kellan Chapel", "destroyed", None)),
])
def test_a_perfect_or_a_present_state_is_on_or_before_publication(text, want):
    assert run(text, P2016) == [want]


# A report opening with a dateline tells its main event in the clause after it, however the parser hangs that
# clause from the dateline's place name: the undated harm told next takes the event's day.
def test_the_event_opening_a_datelined_report_is_the_main_event():
    text = ('ORVELL, Italy, May 21 (Newswire) - The earthquake that struck the valley before dawn on Sunday split '
            'the old tower in two, officials said on Monday. The quake hit at 4 a.m. The Kellan Chapel was badly damaged.')
    assert run(text, dt.date(2012, 5, 21)) == [('Kellan Chapel', 'damaged', '2012-05-20')]


def test_a_works_making_date_is_not_its_thefts():
    got = run('The "Madonna with the Lamb," painted in the early 1500s, was stolen from Kestrel Castle in '
                     'Kent shortly before noon on Wednesday, police said.', P2016)
    assert got == [("Kestrel Castle", "looted", "2016-12-07")]


def test_only_to_be_destroyed_is_what_followed():
    got = run("The Kestrel Opera House was built in 1800. It was restored in 1942, only to be destroyed "
                     "again in an air raid on 3 February 1945.", P2016)
    assert ("Kestrel Opera House", "destroyed", "1945-02-03") in got, got


def test_a_day_without_a_year_takes_the_year_of_its_month_named_in_the_same_sentence():
    text = "In August 1915, as the armies retreated, troops marched into the Kestrel Fortress on 26 August."
    assert run(text, P2018) == [("Kestrel Fortress", "seized", "1915-08-26")]


def test_each_semicolon_clause_with_a_date_keeps_its_own_date():
    """The parser reads 'In January 1915 X; Y in April 1918' as one clause: the first date would date both."""
    text = "In January 1915, a shell hit the basilica in Albery; gunners brought the tower down in April 1918."
    assert ("Albery Basilica", "damaged", "1915-01") in run(text, P2018)


def test_a_century_as_a_deadline_bounds_the_event_by_its_last_year():
    """'By the 18th century X had lost its facing': on or before 1800 (the extractor once crashed on it)."""
    got = run("By the 18th century the Kestrel Lighthouse had been damaged by storms.", P2018)
    assert got == [("Kestrel Lighthouse", "damaged", "../1800")]
