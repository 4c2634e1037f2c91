"""The status rule: derived from events, in date order, one place."""
from builder import dates
from builder.content.model import Event, Evidence, KnowledgeBase, Site, Source
from builder.status import at, changes, current, derive


def ev(type_, date=None, certainty="confirmed", index=0, source="s"):
    return Event(type_, dates.parse(date) if date else None, "X", certainty, "", (Evidence(source, "q"),), index=index)


def kb_with(*events):
    site = Site("a", "a.yml", "A", events=tuple(events))
    src = Source("s", "s.yml", "S", published=dates.parse("2016-12-10"))
    return KnowledgeBase({"a": site}, {"s": src}), site


def test_no_events_is_intact():
    assert derive([]).key == "intact"


def test_latest_control_and_condition_win():
    kb, site = kb_with(ev("seized", "2015-05"), ev("recaptured", "2016-03-27", index=1))
    assert current(site, kb).key == "intact"
    kb, site = kb_with(ev("recaptured", "2016-03-27", index=1), ev("seized", "2015-05"))  # file order does not matter
    assert current(site, kb).key == "intact"


def test_destroyed_beats_occupied_and_later_damage_does_not_downgrade_it():
    kb, site = kb_with(ev("seized", "2015-05"), ev("destroyed", "2015-08", index=1), ev("damaged", "2016-01", index=2))
    st = current(site, kb)
    assert st.key == "destroyed" and st.occupied


def test_restoration_after_destruction():
    kb, site = kb_with(ev("destroyed", "2015-08"), ev("restored", "2019", index=1))
    assert current(site, kb).key == "restored"


def test_reported_event_marks_status_reported():
    kb, site = kb_with(ev("seized", "2016-12-10", certainty="reported"))
    st = current(site, kb)
    assert st.key == "occupied" and st.reported


def test_status_at_a_date_and_pending_interval_events():
    kb, site = kb_with(ev("seized", "2015-05"), ev("destroyed", "2015-05/2016-03", index=1),
                       ev("recaptured", "2016-03-27", index=2))
    june = at(site, kb, (2015, 6, 15))
    assert june.key == "occupied" and [e.type for e in june.pending] == ["destroyed"]
    assert at(site, kb, (2016, 4, 1)).key == "destroyed"
    assert at(site, kb, (2015, 4, 30)).key == "intact"


def test_undated_event_counts_from_its_source_publication():
    kb, site = kb_with(ev("destroyed"))
    assert at(site, kb, (2016, 12, 9)).key == "intact"
    assert at(site, kb, (2016, 12, 10)).key == "destroyed"


def test_changes_are_spans_of_status():
    kb, site = kb_with(ev("seized", "2015-05"), ev("recaptured", "2016-03-27", index=1))
    assert changes(site, kb) == [(None, (2015, 5, 1), "intact"), ((2015, 5, 1), (2016, 3, 27), "occupied"),
                                 ((2016, 3, 27), None, "intact")]


def test_changes_agree_with_at_when_an_interval_overlaps_a_point_event():
    kb, site = kb_with(ev("destroyed", "2015-05/2016-03"), ev("damaged", "2015-08", index=1))
    spans = changes(site, kb)
    for start, until, key in spans:
        if start:
            assert at(site, kb, start).key == key
    assert at(site, kb, (2015, 9, 1)).key == "damaged"
    assert spans[-1][2] == "destroyed"
