//! Opening from the local cache: the same session as folding the files, with only
//! what came since read; a cache that does not fit is ignored; a late event after
//! it is folded from the files.

use super::local_cache::{LocalCache, path as cache_path};
use super::tests::{add, create, new_session, open, os, writer};
use crate::session::{Event, Session};
use std::path::Path;

fn retitled(title: &str, at: crate::session::Timestamp) -> Event {
    Event::DetailsSet {
        title: Some(title.into()),
        place: None,
        moderator: None,
        note_takers: None,
        at,
    }
}

/// A folder with three contributions and its cache, the cached session marked by a
/// title no event gives, so that a session opened from the cache shows it.
fn folder_with_a_marked_cache(path: &Path) -> Session {
    let mut session = new_session();
    let mut store = create(path, &session);
    for text in ["Ett", "Två", "Tre"] {
        add(&mut session, &mut store, text);
    }
    let mut cache = store.local_cache(&session).unwrap();
    cache.session.title = "Ur cachen".into();
    cache.write(os().as_ref(), path).unwrap();
    session
}

#[test]
fn a_session_opens_from_its_cache_and_takes_in_what_came_since() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_with_a_marked_cache(&path);
    let (mut other, mut others, _) = open(&path, 2);
    add(&mut others, &mut other, "Fyra, efter cachen");
    drop(other);

    let (_, opened, recovery) = open(&path, 3);
    assert_eq!(opened.title, "Ur cachen", "the cached session was used");
    assert_eq!(opened.contributions.len(), 4);
    assert_eq!(recovery.replayed, 4);
    std::fs::remove_file(cache_path(&path)).unwrap();
    let (_, from_files, _) = open(&path, 4);
    assert_eq!(from_files.title, session.title);
    let mut expected = opened.clone();
    expected.title = session.title.clone();
    assert_eq!(from_files, expected, "the cache only saved reading");
}

#[test]
fn a_damaged_cache_or_one_of_another_header_is_ignored() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_with_a_marked_cache(&path);
    std::fs::write(cache_path(&path), b"{\"format\":\"samtal-local-cache-1\",").unwrap();
    let (_, opened, _) = open(&path, 2);
    assert_eq!(opened, session);

    let session = {
        let path = dir.path().join("t");
        let session = folder_with_a_marked_cache(&path);
        // The same header bytes in a new file: made after the cache, not the one
        // the cache was folded onto.
        let header = path.join("header.json");
        let bytes = std::fs::read(&header).unwrap();
        std::fs::remove_file(&header).unwrap();
        std::fs::write(&header, bytes).unwrap();
        let (_, opened, _) = open(&path, 3);
        assert_eq!(opened, session);
        session
    };
    assert_eq!(session.contributions.len(), 3);
}

#[test]
fn a_late_event_after_the_cache_is_folded_from_the_files() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_with_a_marked_cache(&path);
    let at = session.last_change;
    // Opened from the cache: the union holds nothing older.
    let (mut app, shown, _) = open(&path, 2);
    assert_eq!(shown.title, "Ur cachen");
    // A writer whose event belongs before the app's last one.
    let (mut late, _, _) = open(&path, 3);
    let event = retitled("Sent men rätt", at - chrono::Duration::hours(1));
    let id = crate::session::EventId {
        stamp: crate::session::Stamp::from_millis(
            (at - chrono::Duration::hours(1)).timestamp_millis(),
        ),
        writer: writer(3),
    };
    late.commit(id, &event).unwrap();
    let refreshed = app.refresh().unwrap();
    let refold = refreshed.refold.expect("a re-fold");
    let folded = refold.wait().expect("a result");
    app.adopt(folded.union.expect("read from the files"));
    let mut refolded = folded.session;
    for (id, event) in app.events_after(folded.upto) {
        refolded.apply(id, &event);
    }
    std::fs::remove_file(cache_path(&path)).unwrap();
    let (_, fresh, _) = open(&path, 4);
    assert_eq!(refolded, fresh);
    assert_eq!(app.seq(), 4, "every event once");
    assert!(LocalCache::read(os().as_ref(), &path).is_none());
}
