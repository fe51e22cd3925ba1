use super::*;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Kind, Timestamp};

fn now() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap()
}

fn new_session() -> Session {
    Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &["Region Skåne".into()],
        now(),
    )
}

fn add(session: &mut Session, store: &mut Store, text: &str) {
    let event = Event::ContributionAdded {
        id: session.next_event_id(crate::session::WriterId::ORIGIN, session.last_change),
        item: "welcome".into(),
        group: crate::session::EventId::origin(1),
        kind: Kind::Comment,
        text: text.into(),
        at: now(),
    };
    let id = session.next_event_id(crate::session::WriterId::ORIGIN, event.at());
    store.apply_and_commit(session, id, &event).unwrap();
}

#[test]
fn reopening_after_an_unclean_stop_replays_the_journal() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    {
        let mut store = Store::create(&path, &session).unwrap();
        add(&mut session, &mut store, "Första");
        add(&mut session, &mut store, "Andra ÅÄÖ");
        // dropped without a snapshot: like kill -9 after the fsyncs
    }
    let (_store, back, recovery) = Store::open(&path).unwrap();
    assert_eq!(back, session);
    assert_eq!(recovery.replayed, 2);
}

#[test]
fn a_snapshot_empties_the_journal_and_keeps_everything() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut store = Store::create(&path, &session).unwrap();
    add(&mut session, &mut store, "Ett");
    store.snapshot(&session).unwrap();
    add(&mut session, &mut store, "Två");
    assert!(std::fs::read(path.join(JOURNAL_FILE)).unwrap().len() < 300);
    drop(store);
    let (_store, back, recovery) = Store::open(&path).unwrap();
    assert_eq!(back, session);
    assert_eq!(recovery.replayed, 1);
}

#[test]
fn a_torn_last_record_is_moved_aside_and_later_commits_follow_the_good_part() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    {
        let mut store = Store::create(&path, &session).unwrap();
        add(&mut session, &mut store, "Kvar");
    }
    let journal = path.join(JOURNAL_FILE);
    let mut bytes = std::fs::read(&journal).unwrap();
    bytes.extend_from_slice(b"0badc0de\t{\"seq\":2,\"ev");
    std::fs::write(&journal, &bytes).unwrap();

    let (mut store, mut back, recovery) = Store::open(&path).unwrap();
    assert_eq!(back, session);
    let (kept, _) = recovery.moved_aside.unwrap();
    assert_eq!(std::fs::read(&kept).unwrap(), b"0badc0de\t{\"seq\":2,\"ev");
    add(&mut back, &mut store, "Efter");
    drop(store);
    let (_store, again, recovery) = Store::open(&path).unwrap();
    assert_eq!(again, back);
    assert!(recovery.moved_aside.is_none());
}

#[test]
fn a_corrupt_snapshot_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    drop(Store::create(&path, &new_session()).unwrap());
    let snapshot = path.join(SNAPSHOT_FILE);
    let broken = b"{\"format\":\"samtal-session\",\"sch".to_vec();
    std::fs::write(&snapshot, &broken).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(matches!(err, StoreError::Corrupt { .. }), "{err}");
    assert_eq!(err.exit_code(), 2);
    assert_eq!(std::fs::read(&snapshot).unwrap(), broken);
}

#[test]
fn a_second_store_on_the_same_session_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let _first = Store::create(&path, &new_session()).unwrap();
    let err = Store::open(&path).unwrap_err();
    assert!(
        matches!(err, StoreError::Locked { pid: Some(_), .. }),
        "{err}"
    );
    assert_eq!(err.exit_code(), 3);
}

#[test]
fn session_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut store = Store::create(&path, &session).unwrap();
    add(&mut session, &mut store, "x");
    store.snapshot(&session).unwrap();
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o700);
    for file in [SNAPSHOT_FILE, JOURNAL_FILE, lock::LOCK_FILE] {
        assert_eq!(mode(&path.join(file)), 0o600, "{file}");
    }
}

#[test]
fn temporary_files_left_by_a_crash_are_removed_on_open_and_links_never_followed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    drop(Store::create(&path, &new_session()).unwrap());
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "untouched").unwrap();
    let left = path.join(".session.json.0123456789abcdef.tmp");
    std::fs::write(&left, "half a snapshot").unwrap();
    let link = path.join(".minutes.md.fedcba9876543210.tmp");
    std::os::unix::fs::symlink(&victim, &link).unwrap();
    let other = path.join(".notes.tmp");
    std::fs::write(&other, "not ours").unwrap();

    let _open = Store::open(&path).unwrap();
    assert!(!left.exists());
    assert!(
        link.symlink_metadata().is_err(),
        "the link itself is removed"
    );
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
    assert!(
        other.exists(),
        "only names samtal gives its temporary files"
    );
}
