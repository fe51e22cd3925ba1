//! The list's cache: used while a session's files are unchanged, never after.

use super::summary::scan;
use super::summary_cache::LOCAL_DIR;
use super::*;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::Timestamp;
use crate::session::{Event, Session};
use std::path::{Path, PathBuf};

fn now() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap()
}

fn create(data_dir: &Path, id: &str, title: &str) -> (Store, Session) {
    let session = Session::new(
        id.into(),
        title.into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &["Region Skåne".into()],
        now(),
    );
    let store = Store::create(&paths::sessions_dir(data_dir).join(id), &session).unwrap();
    (store, session)
}

fn retitle(store: &mut Store, session: &mut Session, title: &str) {
    let event = Event::DetailsSet {
        title: Some(title.into()),
        place: None,
        moderator: None,
        note_takers: None,
        at: now(),
    };
    store.apply_and_commit_new(session, &event).unwrap();
}

fn cache_file(data_dir: &Path) -> PathBuf {
    data_dir.join(LOCAL_DIR).join("summaries.json")
}

fn titles(data_dir: &Path) -> Vec<String> {
    let (found, bad) = scan(data_dir);
    assert!(bad.is_empty(), "{bad:?}");
    found.into_iter().map(|s| s.title).collect()
}

#[test]
fn an_unchanged_session_is_listed_from_the_cache_and_a_changed_one_is_read_again() {
    let dir = tempfile::tempdir().unwrap();
    let (mut store, mut session) = create(dir.path(), "2015-11-20-a", "Integration");
    assert_eq!(titles(dir.path()), ["Integration"]);
    // Only the cache says "Kept": if the list shows it, the session was not read.
    let kept = std::fs::read_to_string(cache_file(dir.path())).unwrap();
    assert!(kept.contains("\"Integration\""), "{kept}");
    std::fs::write(
        cache_file(dir.path()),
        kept.replace("\"Integration\"", "\"Kept\""),
    )
    .unwrap();
    assert_eq!(titles(dir.path()), ["Kept"]);
    retitle(&mut store, &mut session, "Integration för tillväxt");
    assert_eq!(titles(dir.path()), ["Integration för tillväxt"]);
}

#[test]
fn a_damaged_cache_is_rebuilt_and_a_removed_session_leaves_it() {
    let dir = tempfile::tempdir().unwrap();
    create(dir.path(), "2015-11-20-a", "Första");
    create(dir.path(), "2015-11-20-b", "Andra");
    std::fs::create_dir_all(dir.path().join(LOCAL_DIR)).unwrap();
    std::fs::write(cache_file(dir.path()), b"{\"format\": garbage").unwrap();
    let mut listed = titles(dir.path());
    listed.sort();
    assert_eq!(listed, ["Andra", "Första"]);
    std::fs::remove_dir_all(paths::sessions_dir(dir.path()).join("2015-11-20-b")).unwrap();
    assert_eq!(titles(dir.path()), ["Första"]);
    let kept = std::fs::read_to_string(cache_file(dir.path())).unwrap();
    assert!(
        kept.contains("2015-11-20-a") && !kept.contains("2015-11-20-b"),
        "{kept}"
    );
}

#[test]
fn a_data_dir_where_the_cache_cannot_be_written_is_still_listed() {
    let dir = tempfile::tempdir().unwrap();
    create(dir.path(), "2015-11-20-a", "Integration");
    // A file where the cache folder would be: the cache cannot be made.
    std::fs::write(dir.path().join(LOCAL_DIR), b"not a folder").unwrap();
    assert_eq!(titles(dir.path()), ["Integration"]);
    assert_eq!(titles(dir.path()), ["Integration"]);
}
