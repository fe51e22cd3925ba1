//! Two laptops edit one line at once, one note-taker picks a version: once every
//! event is everywhere, each laptop shows that version alone, whatever order the
//! events were folded in.

use crate::session::tests::{at, event_id, first_line_added, folded_onto, session_with};
use crate::session::{Event, EventId, Kind, Session};

/// The line: added by laptop 1 at 0 ms.
fn line() -> EventId {
    first_line_added().0
}

fn added() -> (EventId, Event) {
    first_line_added()
}

fn edit(event_id: EventId, base: EventId, text: &str) -> (EventId, Event) {
    let event = Event::ContributionEdited {
        id: line(),
        base: Some(base),
        group: EventId::origin(1),
        kind: Kind::Comment,
        text: text.into(),
        edited: true,
        at: at("09:02"),
    };
    (event_id, event)
}

fn folded(events: &[(EventId, Event)]) -> Session {
    folded_onto(session_with(&["Region Skåne"]), events.to_vec())
}

/// The line added, then edited on laptops 1 and 2 before either saw the other's.
fn two_versions() -> Vec<(EventId, Event)> {
    vec![
        added(),
        edit(event_id(1, 10), line(), "Från laptop 1"),
        edit(event_id(2, 11), line(), "Från laptop 2"),
    ]
}

fn texts(s: &Session) -> Vec<String> {
    s.versions_of(line()).into_iter().map(|v| v.text).collect()
}

#[test]
fn every_version_is_listed_oldest_first_the_shown_one_among_them() {
    let s = folded(&two_versions());
    assert_eq!(texts(&s), ["Från laptop 1", "Från laptop 2"]);
    assert_eq!(s.contributions[&line()].text, "Från laptop 2");
    assert_eq!(folded(&[added()]).versions_of(line()).len(), 1);
    assert!(s.versions_of(event_id(9, 9)).is_empty());
}

#[test]
fn a_pick_on_one_laptop_leaves_one_version_on_both_whatever_the_order() {
    let laptop_1 = folded(&two_versions());
    let pick = laptop_1
        .pick_version(line(), event_id(1, 10), at("09:05"))
        .unwrap();
    let mut all = two_versions();
    all.push((event_id(1, 20), pick));
    let mut reversed = all.clone();
    reversed.reverse();
    let shuffled = vec![
        all[3].clone(),
        all[1].clone(),
        all[0].clone(),
        all[2].clone(),
    ];
    for events in [all, reversed, shuffled] {
        let s = folded(&events);
        let c = &s.contributions[&line()];
        assert_eq!(c.text, "Från laptop 1");
        assert!(c.versions.is_empty(), "the mark is gone: {:?}", c.versions);
    }
}

#[test]
fn laptop_2_taking_in_the_events_as_they_land_ends_with_the_one_version() {
    let laptop_1 = folded(&two_versions());
    let pick = laptop_1
        .pick_version(line(), event_id(2, 11), at("09:05"))
        .unwrap();
    // Laptop 2 had its own edit; laptop 1's came late (folded again), then the pick.
    let mut laptop_2 = folded(&two_versions());
    assert_eq!(laptop_2.contributions[&line()].versions.len(), 1);
    laptop_2.apply(event_id(1, 20), &pick);
    let c = &laptop_2.contributions[&line()];
    assert_eq!(c.text, "Från laptop 2");
    assert!(c.versions.is_empty());
}

#[test]
fn two_picks_made_at_once_are_two_versions_again_and_an_unseen_edit_stays() {
    let s = folded(&two_versions());
    let pick_1 = s
        .pick_version(line(), event_id(1, 10), at("09:05"))
        .unwrap();
    let pick_2 = s
        .pick_version(line(), event_id(2, 11), at("09:05"))
        .unwrap();
    let mut events = two_versions();
    events.push((event_id(1, 20), pick_1));
    events.push((event_id(2, 21), pick_2));
    let both = folded(&events);
    assert_eq!(texts(&both), ["Från laptop 1", "Från laptop 2"]);
    // A third laptop's edit the picker had not seen is kept beside the pick (with
    // the version its base did not name): still marked, nothing lost; picking again
    // on any laptop that has seen it settles them all.
    let mut events = two_versions();
    let pick = s
        .pick_version(line(), event_id(1, 10), at("09:05"))
        .unwrap();
    events.push(edit(event_id(3, 15), line(), "Från laptop 3"));
    events.push((event_id(1, 20), pick));
    let mut kept = folded(&events);
    assert_eq!(kept.contributions[&line()].text, "Från laptop 1");
    assert!(texts(&kept).contains(&"Från laptop 3".to_string()));
    let again = kept
        .pick_version(line(), event_id(3, 15), at("09:06"))
        .unwrap();
    kept.apply(event_id(2, 30), &again);
    assert_eq!(texts(&kept), ["Från laptop 3"]);
}

#[test]
fn a_version_or_a_line_that_is_not_there_gives_no_pick() {
    let s = folded(&two_versions());
    assert!(
        s.pick_version(line(), event_id(7, 7), at("09:05"))
            .is_none()
    );
    assert!(
        s.pick_version(event_id(7, 7), line(), at("09:05"))
            .is_none()
    );
}
