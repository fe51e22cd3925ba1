//! Other writers' events reaching an open store: new ones handed back in order,
//! late ones folded again on another thread.

use super::tests::{add, create, new_session, open};
use crate::session::Event;

#[test]
fn another_writers_events_are_handed_back_in_order_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut app_session = new_session();
    let mut app = create(&path, &app_session);
    assert!(app.refresh().unwrap().is_empty());
    let (mut adder, mut added, _) = open(&path, 2);
    add(&mut added, &mut adder, "Ett");
    add(&mut added, &mut adder, "Två");
    let refreshed = app.refresh().unwrap();
    assert!(refreshed.refold.is_none());
    assert_eq!(refreshed.new.len(), 2);
    for (id, event) in &refreshed.new {
        app_session.apply(*id, event);
    }
    assert_eq!(app_session, added);
    assert!(app.refresh().unwrap().is_empty(), "each event once");
    // The app's own next event comes after what it read.
    add(&mut app_session, &mut app, "Tre");
    let (_store, reopened, _) = open(&path, 3);
    assert_eq!(reopened, app_session);
}

#[test]
fn a_late_event_is_folded_again_off_the_thread_and_lands_where_it_belongs() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut app_session = new_session();
    let mut app = create(&path, &app_session);
    // A writer that took its id before the app's event, and saves it after.
    let (mut offline, mut offline_session, _) = open(&path, 2);
    let late_event = Event::DetailsSet {
        title: None,
        place: Some("Skrivet offline".into()),
        moderator: None,
        note_takers: None,
        // Taken before the app's event was written.
        at: super::tests::now() - chrono::Duration::minutes(1),
    };
    let late_id = offline_session.next_event_id(offline.writer(), late_event.at());
    add(&mut app_session, &mut app, "I appen");
    offline_session.apply(late_id, &late_event);
    offline.commit(late_id, &late_event).unwrap();

    let refreshed = app.refresh().unwrap();
    assert!(refreshed.new.is_empty());
    let refold = refreshed.refold.expect("a re-fold");
    // Committed while the re-fold runs: applied on top of its result.
    let meanwhile = Event::DetailsSet {
        title: Some("Medan".into()),
        place: None,
        moderator: None,
        note_takers: None,
        at: late_event.at(),
    };
    let id = app_session.next_event_id(app.writer(), meanwhile.at());
    app.commit(id, &meanwhile).unwrap();
    let folded = refold.wait().expect("a result");
    let mut session = folded.session;
    for (id, event) in app.events_after(folded.upto) {
        session.apply(id, &event);
    }
    let (_store, fresh, _) = open(&path, 3);
    assert_eq!(session, fresh);
    assert_eq!(session.title, "Medan");
    assert_eq!(session.details.place, "Skrivet offline");
    assert_eq!(session.contributions.len(), 1);
}
