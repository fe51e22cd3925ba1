use crate::session::tests::{at, event_id, folded_onto, session_with};
use crate::session::{Event, EventId, Kind, Presence, Session};

fn session() -> Session {
    session_with(&["Region Gotland"])
}

fn added(id: EventId, name: &str) -> Event {
    Event::GroupAdded {
        id,
        name: name.into(),
        at: at("09:01"),
    }
}

fn said(id: EventId, group: EventId, text: &str) -> Event {
    Event::ContributionAdded {
        id,
        item: "welcome".into(),
        group,
        kind: Kind::Comment,
        text: text.into(),
        at: at("09:02"),
    }
}

fn folded(events: Vec<(EventId, Event)>) -> Session {
    folded_onto(session(), events)
}

#[test]
fn two_writers_adding_the_same_group_make_one_group_named_as_the_first() {
    let (skane_1, skane_2) = (event_id(1, 10), event_id(2, 11));
    let s = folded(vec![
        (skane_2, added(skane_2, "region skane")),
        (skane_1, added(skane_1, "Region Skåne")),
        (
            event_id(2, 20),
            said(event_id(2, 20), skane_2, "från laptop 2"),
        ),
        (
            event_id(1, 21),
            said(event_id(1, 21), skane_1, "från laptop 1"),
        ),
    ]);
    let names: Vec<&str> = s.groups.iter().map(|g| g.name.as_str()).collect();
    assert_eq!(names, ["Region Gotland", "Region Skåne"]);
    assert_eq!(s.canonical_group(skane_2), skane_1);
    assert!(s.contributions.values().all(|c| c.group == skane_1));
    assert_eq!(s.contributions_of(skane_1).len(), 2);
    assert_eq!(s.group_name(skane_2), "Region Skåne");
}

#[test]
fn presence_renames_merges_and_removals_through_an_alias_act_on_the_group() {
    let (first, alias) = (event_id(1, 10), event_id(2, 11));
    let gotland = EventId::origin(1);
    let mut s = folded(vec![
        (first, added(first, "Region Skåne")),
        (alias, added(alias, "REGION  SKÅNE")),
    ]);
    s.apply(
        event_id(2, 30),
        &Event::GroupPresenceSet {
            id: alias,
            presence: Presence::Absent,
            at: at("09:03"),
        },
    );
    assert_eq!(s.group(first).map(|g| g.presence), Some(Presence::Absent));
    s.apply(
        event_id(2, 31),
        &Event::GroupRenamed {
            id: alias,
            name: "Region Skåne län".into(),
            at: at("09:04"),
        },
    );
    assert_eq!(s.group_name(first), "Region Skåne län");
    s.apply(event_id(2, 32), &said(event_id(2, 32), alias, "en rad"));
    s.apply(
        event_id(2, 33),
        &Event::GroupsMerged {
            from: alias,
            into: gotland,
            at: at("09:05"),
        },
    );
    assert!(s.group(first).is_none(), "the group itself was merged away");
    assert!(s.contributions.values().all(|c| c.group == gotland));
    assert_eq!(s.groups.len(), 1);
}

#[test]
fn the_aliases_are_kept_in_the_file_and_left_out_while_there_are_none() {
    let plain = session();
    let json = serde_json::to_string(&plain).unwrap();
    assert!(!json.contains("group_aliases"), "{json}");
    let (first, alias) = (event_id(1, 10), event_id(2, 11));
    let s = folded(vec![
        (first, added(first, "Region Skåne")),
        (alias, added(alias, "region skåne")),
    ]);
    let json = serde_json::to_string(&s).unwrap();
    let mut back: Session = serde_json::from_str(&json).unwrap();
    back.rebuild_index();
    assert_eq!(back, s);
    assert_eq!(back.canonical_group(alias), first);
}

#[test]
fn a_group_added_again_under_its_own_id_changes_nothing() {
    let first = event_id(1, 10);
    let s = folded(vec![
        (first, added(first, "Region Skåne")),
        (event_id(1, 12), added(first, "Region Skåne")),
    ]);
    assert_eq!(s.groups.len(), 2);
    assert!(s.group_aliases.is_empty());
}

#[test]
fn adding_a_group_that_became_an_alias_is_not_undone_by_removing_the_group() {
    let first = event_id(1, 10);
    let s = folded(vec![(first, added(first, "Region Skåne"))]);
    assert_eq!(
        s.inverse(&added(event_id(2, 11), "region skane"), at("09:02")),
        None
    );
}
