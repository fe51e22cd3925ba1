use crate::session::tests::{at, event_id, first_line_added, folded_onto, session_with};
use crate::session::{Event, EventId, Kind, Session};

fn session() -> Session {
    session_with(&["Region Skåne", "Region Gotland"])
}

/// The contribution every test is about: added by device 1 at 0 ms.
fn line() -> EventId {
    first_line_added().0
}

fn added() -> (EventId, Event) {
    first_line_added()
}

fn edit(event_id: EventId, base: Option<EventId>, text: &str) -> (EventId, Event) {
    let event = Event::ContributionEdited {
        id: line(),
        base,
        group: EventId::origin(1),
        kind: Kind::Comment,
        text: text.into(),
        edited: true,
        at: at("09:02"),
    };
    (event_id, event)
}

fn delete(event_id: EventId, base: Option<EventId>) -> (EventId, Event) {
    let event = Event::ContributionDeleted {
        id: line(),
        base,
        at: at("09:03"),
    };
    (event_id, event)
}

fn folded(events: Vec<(EventId, Event)>) -> Session {
    folded_onto(session(), events)
}

fn text(s: &Session) -> Option<&str> {
    s.contributions.get(&line()).map(|c| c.text.as_str())
}

fn versions(s: &Session) -> Vec<&str> {
    s.contributions[&line()]
        .versions
        .iter()
        .map(|v| v.text.as_str())
        .collect()
}

#[test]
fn an_edit_on_the_revision_shown_replaces_it() {
    let s = folded(vec![added(), edit(event_id(2, 10), Some(line()), "Rättat")]);
    assert_eq!(text(&s), Some("Rättat"));
    assert_eq!(s.contributions[&line()].rev(), event_id(2, 10));
    assert!(versions(&s).is_empty());
}

#[test]
fn two_edits_made_on_one_revision_are_both_kept_and_the_later_is_shown() {
    let events = vec![
        added(),
        edit(event_id(2, 11), Some(line()), "Från laptop 2"),
        edit(event_id(1, 10), Some(line()), "Från laptop 1"),
    ];
    let s = folded(events.clone());
    assert_eq!(text(&s), Some("Från laptop 2"));
    assert_eq!(versions(&s), ["Från laptop 1"]);
    let mut reversed = events;
    reversed.reverse();
    assert_eq!(folded(reversed), s, "the arrival order does not matter");
}

#[test]
fn a_new_edit_on_the_version_shown_settles_the_conflict() {
    let s = folded(vec![
        added(),
        edit(event_id(1, 10), Some(line()), "Från laptop 1"),
        edit(event_id(2, 11), Some(line()), "Från laptop 2"),
        edit(event_id(1, 20), Some(event_id(2, 11)), "Sammanfogat"),
    ]);
    assert_eq!(text(&s), Some("Sammanfogat"));
    assert!(versions(&s).is_empty());
}

#[test]
fn a_third_edit_on_the_old_revision_keeps_all_three() {
    let s = folded(vec![
        added(),
        edit(event_id(1, 10), Some(line()), "Ett"),
        edit(event_id(2, 11), Some(line()), "Två"),
        edit(event_id(3, 12), Some(line()), "Tre"),
    ]);
    assert_eq!(text(&s), Some("Tre"));
    assert_eq!(versions(&s), ["Ett", "Två"]);
}

#[test]
fn a_delete_that_had_not_seen_an_edit_is_not_honoured() {
    let s = folded(vec![
        added(),
        edit(event_id(1, 10), Some(line()), "Rättat på laptop 1"),
        delete(event_id(2, 11), Some(line())),
    ]);
    assert_eq!(text(&s), Some("Rättat på laptop 1"));
    assert!(s.tombstones.is_empty());
}

#[test]
fn an_edit_that_had_not_seen_a_delete_brings_the_contribution_back() {
    let s = folded(vec![
        added(),
        delete(event_id(2, 10), Some(line())),
        edit(event_id(1, 11), Some(line()), "Rättat på laptop 1"),
    ]);
    assert_eq!(text(&s), Some("Rättat på laptop 1"));
    assert_eq!(s.ids_for_item("welcome"), [line()]);
    assert!(s.tombstones.is_empty());
}

#[test]
fn a_delete_on_the_revision_shown_deletes_and_a_restore_takes_the_tombstone_away() {
    let mut s = folded(vec![added(), delete(event_id(1, 10), Some(line()))]);
    assert_eq!(text(&s), None);
    assert!(s.tombstones.contains_key(&line()));
    let gone = s.tombstones[&line()].clone();
    s.apply(
        event_id(1, 20),
        &Event::ContributionRestored {
            contribution: gone,
            at: at("09:04"),
        },
    );
    assert_eq!(text(&s), Some("Först"));
    assert!(s.tombstones.is_empty());
    // An edit made on the deleted revision later than the restore is an ordinary one.
    let edited = folded(vec![
        added(),
        delete(event_id(1, 10), None),
        edit(event_id(1, 30), None, "x"),
    ]);
    assert_eq!(
        text(&edited),
        None,
        "no base: made on nothing that is shown"
    );
}

#[test]
fn events_without_a_base_act_as_before() {
    let s = folded(vec![
        added(),
        edit(event_id(1, 10), None, "Ett"),
        edit(event_id(2, 11), None, "Två"),
    ]);
    assert_eq!(text(&s), Some("Två"));
    assert!(versions(&s).is_empty());
    let s = folded(vec![
        added(),
        edit(event_id(1, 10), None, "Ett"),
        delete(event_id(2, 11), None),
    ]);
    assert_eq!(text(&s), None);
}

#[test]
fn undo_and_redo_of_an_edit_are_made_on_the_revision_shown() {
    let mut s = folded(vec![added()]);
    let (edit_id, edited) = edit(event_id(1, 10), Some(line()), "Rättat");
    let undo = s.inverse(&edited, at("09:05")).unwrap();
    s.apply(edit_id, &edited);
    s.apply(event_id(1, 11), &s.rebased(&undo));
    assert_eq!(text(&s), Some("Först"));
    s.apply(event_id(1, 12), &s.rebased(&edited));
    assert_eq!(text(&s), Some("Rättat"));
    assert!(versions(&s).is_empty(), "no conflict with oneself");
    let undo_add = s.inverse(&added().1, at("09:06")).unwrap();
    s.apply(event_id(1, 13), &s.rebased(&undo_add));
    assert_eq!(text(&s), None);
}

#[test]
fn the_new_fields_are_left_out_while_empty_and_old_lines_still_read() {
    let s = folded(vec![added()]);
    let json = serde_json::to_string(&s).unwrap();
    for field in ["\"rev\"", "\"versions\"", "\"tombstones\"", "\"base\""] {
        assert!(!json.contains(field), "{field} in {json}");
    }
    let old = r#"{"type":"contribution_deleted","id":3,"at":"2015-11-20T09:00:00+01:00"}"#;
    let Event::ContributionDeleted { id, base, .. } = serde_json::from_str(old).unwrap() else {
        panic!()
    };
    assert_eq!((id, base), (EventId::origin(3), None));
}
