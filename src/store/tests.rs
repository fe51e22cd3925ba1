use super::segments::{EVENTS_DIR, segment_name};
use super::*;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{DeviceId, Event, EventId, Session, WriterId};
use crate::session::{Kind, Timestamp};
use crate::store::disk::Disk;
use crate::store::os_disk::OsDisk;
use crate::store::sim::{Fault, Op, SimDisk};
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub(super) fn now() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap()
}

pub(super) fn new_session() -> Session {
    Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &["Region Skåne".into()],
        now(),
    )
}

pub(super) const DEVICE: DeviceId = DeviceId(0xabc);

pub(super) fn writer(process: u64) -> WriterId {
    WriterId::new(DEVICE, process)
}

pub(super) fn os() -> Arc<dyn Disk> {
    Arc::new(OsDisk::default())
}

pub(super) fn create(path: &Path, session: &Session) -> Store {
    Store::create_with(os(), path, session, DEVICE, writer(1)).unwrap()
}

pub(super) fn open(path: &Path, process: u64) -> (Store, Session, Recovery) {
    Store::open_with(os(), path, writer(process)).unwrap()
}

/// A contribution `writer` adds now to the first group: its event and the event's
/// id, which names the contribution too.
pub(super) fn contribution(session: &Session, writer: WriterId, text: &str) -> (EventId, Event) {
    let id = session.next_event_id(writer, now());
    let event = Event::ContributionAdded {
        id,
        item: "welcome".into(),
        group: session.groups[0].id,
        kind: Kind::Comment,
        text: text.into(),
        at: now(),
    };
    (id, event)
}

pub(super) fn add(session: &mut Session, store: &mut Store, text: &str) {
    let (id, event) = contribution(session, store.writer(), text);
    store.apply_and_commit(session, id, &event).unwrap();
}

pub(super) fn segment(path: &Path, process: u64, n: u32) -> PathBuf {
    path.join(EVENTS_DIR).join(segment_name(writer(process), n))
}

#[test]
fn a_new_folder_has_its_header_stignore_and_events_and_nothing_of_version_1() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = new_session();
    drop(create(&path, &session));
    let header = header::read_header(&OsDisk::default(), &path).unwrap();
    assert_eq!(header.base, session);
    assert_eq!(header.creator, DEVICE);
    assert!(path.join(EVENTS_DIR).is_dir());
    let stignore = std::fs::read_to_string(path.join(stignore::STIGNORE_FILE)).unwrap();
    assert!(stignore.lines().any(|l| l == ".samtal-local"), "{stignore}");
    assert!(!path.join(SNAPSHOT_FILE).exists());
    assert!(!path.join(JOURNAL_FILE).exists());
}

#[test]
fn reopening_after_an_unclean_stop_folds_every_event() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    {
        let mut store = create(&path, &session);
        add(&mut session, &mut store, "Första");
        add(&mut session, &mut store, "Andra ÅÄÖ");
        // dropped without closing anything: like kill -9 after the fsyncs
    }
    let (_store, back, recovery) = open(&path, 2);
    assert_eq!(back, session);
    assert_eq!(recovery.replayed, 2);
    assert!(recovery.problems.is_empty());
}

#[test]
fn a_torn_last_line_is_left_alone_and_the_next_writer_starts_its_own_segment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    {
        let mut store = create(&path, &session);
        add(&mut session, &mut store, "Kvar");
    }
    let first = segment(&path, 1, 1);
    let mut bytes = std::fs::read(&first).unwrap();
    bytes.extend_from_slice(b"0badc0de\t{\"id\":\"00");
    std::fs::write(&first, &bytes).unwrap();

    let (mut store, mut back, recovery) = open(&path, 2);
    assert_eq!(back, session);
    assert!(
        recovery.problems.is_empty(),
        "a line still arriving is no damage"
    );
    add(&mut back, &mut store, "Efter");
    drop(store);
    assert_eq!(std::fs::read(&first).unwrap(), bytes, "never written again");
    assert!(segment(&path, 2, 1).is_file());
    let (_store, again, _) = open(&path, 3);
    assert_eq!(again, back);
}

#[test]
fn a_damaged_line_is_reported_skipped_and_left_in_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut store = create(&path, &session);
    add(&mut session, &mut store, "Ett");
    let kept = session.clone();
    add(&mut session, &mut store, "Två");
    drop(store);
    let first = segment(&path, 1, 1);
    let bytes = std::fs::read_to_string(&first).unwrap();
    let damaged = bytes.replacen("Två", "Tvä", 1);
    std::fs::write(&first, &damaged).unwrap();
    let (_store, back, recovery) = open(&path, 2);
    assert_eq!(back, kept);
    assert_eq!(recovery.problems.len(), 1);
    assert_eq!(recovery.problems[0].line, Some(2));
    assert_eq!(std::fs::read_to_string(&first).unwrap(), damaged);
}

#[test]
fn a_corrupt_header_is_refused_and_left_untouched() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    drop(create(&path, &new_session()));
    let file = path.join(header::HEADER_FILE);
    let broken = b"{\"format\":\"samtal-session\",\"sch".to_vec();
    std::fs::write(&file, &broken).unwrap();
    let err = Store::open_with(os(), &path, writer(2)).unwrap_err();
    assert!(matches!(err, StoreError::Damaged { .. }), "{err}");
    assert_eq!(err.exit_code(), 2);
    assert_eq!(std::fs::read(&file).unwrap(), broken);
}

#[test]
fn two_writers_share_a_folder_and_each_reopening_has_both() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut first_session = new_session();
    let mut first = create(&path, &first_session);
    let (mut second, mut second_session, _) = open(&path, 2);
    add(&mut first_session, &mut first, "Från appen");
    let event = Event::DetailsSet {
        title: Some("Nytt namn".into()),
        place: None,
        moderator: None,
        note_takers: None,
        at: now(),
    };
    second
        .apply_and_commit_new(&mut second_session, &event)
        .unwrap();
    let (_store, both, _) = open(&path, 3);
    assert_eq!(both.title, "Nytt namn");
    assert_eq!(both.contributions.len(), 1);
}

#[test]
fn a_folder_that_came_without_its_stignore_gets_one_when_opened() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    drop(create(&path, &new_session()));
    // As a sync engine delivers it: every file but the .stignore.
    std::fs::remove_file(path.join(".stignore")).unwrap();
    let (_store, _session, _) = open(&path, 2);
    let written = std::fs::read_to_string(path.join(".stignore")).unwrap();
    assert!(written.lines().any(|l| l == ".samtal-local"), "{written}");
}

#[test]
fn session_files_are_private() {
    use std::os::unix::fs::PermissionsExt;
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut store = create(&path, &session);
    add(&mut session, &mut store, "x");
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&path), 0o700);
    assert_eq!(mode(&path.join(EVENTS_DIR)), 0o700);
    assert_eq!(mode(&path.join(header::HEADER_FILE)), 0o600);
    assert_eq!(mode(&segment(&path, 1, 1)), 0o600);
}

#[test]
fn another_writers_temporary_files_are_left_alone_and_links_never_followed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    drop(create(&path, &new_session()));
    let victim = dir.path().join("victim");
    std::fs::write(&victim, "untouched").unwrap();
    // An export another process is writing at this moment.
    let busy = path.join(".minutes.md.0123456789abcdef.tmp");
    std::fs::write(&busy, "half an export").unwrap();
    let link = path.join(".minutes.md.fedcba9876543210.tmp");
    std::os::unix::fs::symlink(&victim, &link).unwrap();

    let _open = open(&path, 2);
    assert_eq!(std::fs::read_to_string(&busy).unwrap(), "half an export");
    assert_eq!(std::fs::read_to_string(&victim).unwrap(), "untouched");
}

#[test]
fn a_version_1_folder_is_converted_on_open_and_its_files_left_as_they_were() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    std::fs::create_dir(&path).unwrap();
    let mut session = new_session();
    let (id, event) = contribution(&session, WriterId::ORIGIN, "Från förr");
    session.apply(id, &event);
    let v1 = snapshot::to_json(&session, 1).unwrap();
    std::fs::write(path.join(SNAPSHOT_FILE), &v1).unwrap();
    std::fs::write(path.join(JOURNAL_FILE), b"").unwrap();

    let read_only = load(&path).unwrap();
    assert_eq!(read_only.session, session);
    assert!(
        !path.join(header::HEADER_FILE).exists(),
        "a reader writes nothing"
    );

    let (mut store, mut back, recovery) = open(&path, 2);
    assert!(recovery.converted);
    assert_eq!(back, session);
    add(&mut back, &mut store, "Efter");
    drop(store);
    assert_eq!(std::fs::read(path.join(SNAPSHOT_FILE)).unwrap(), v1);
    assert!(std::fs::read(path.join(JOURNAL_FILE)).unwrap().is_empty());
    let (_store, again, recovery) = open(&path, 3);
    assert!(!recovery.converted);
    assert_eq!(again, back);
    assert_eq!(load(&path).unwrap().session, back);
}

#[test]
fn a_failed_append_is_written_before_the_next_event_and_nothing_is_lost() {
    let disk = Arc::new(SimDisk::new());
    let path = Path::new("/data/s");
    let mut session = new_session();
    let mut store = Store::create_with(disk.clone(), path, &session, DEVICE, writer(1)).unwrap();
    add(&mut session, &mut store, "Ett");
    disk.fail_once(Op::Append, Fault::Error);
    let (id, event) = contribution(&session, store.writer(), "Två");
    assert!(store.apply_and_commit(&mut session, id, &event).is_err());
    assert!(!store.is_healthy());
    add(&mut session, &mut store, "Tre");
    assert!(store.is_healthy());
    drop(store);
    let (_store, back, _) = Store::open_with(disk.clone(), path, writer(2)).unwrap();
    assert_eq!(back, session);
    let texts: Vec<&str> = back
        .contributions
        .values()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["Ett", "Två", "Tre"]);
}
