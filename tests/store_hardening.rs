//! The store against the ways a saved line could still be lost: a snapshot landing
//! while a reader reads, a stolen lock, a damaged record in the middle of the
//! journal, a snapshot that does not fit on the disk, a session folder deleted under
//! the app.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

mod common;
use common::{at, builtin_session};
use samtal::i18n::Lang;
use samtal::session::{DeviceId, Event, EventId, Kind, Session, WriterId};
use samtal::store::disk::{Disk, FileVersion, LockError, LockGuard};
use samtal::store::sim::{SimDisk, Tear};
use samtal::store::{JOURNAL_FILE, SNAPSHOT_FILE, Store, load_on};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

fn new_session() -> Session {
    builtin_session("2015-11-20-hard", "Härdad", &["Region Skåne"])
}

/// Adds a contribution as the app does: named by the id of the event that adds it.
fn add(session: &mut Session, store: &mut Store, text: &str) -> Result<EventId, String> {
    let id = session.next_event_id(WriterId::new(DeviceId(7), 1), at(1));
    let event = Event::ContributionAdded {
        id,
        item: "welcome".into(),
        group: EventId::origin(1),
        kind: Kind::Comment,
        text: text.into(),
        at: at(1),
    };
    store
        .apply_and_commit(session, id, &event)
        .map_err(|e| e.to_string())?;
    Ok(id)
}

const DIR: &str = "/data/sessions/2015-11-20-hard";

// ------------------------------------------------------------ consistent reads

/// A disk that lets another writer work at the worst moment: right after the
/// reader has read `session.json`, before it reads the journal.
struct WriterInBetween {
    inner: Arc<SimDisk>,
    #[allow(clippy::type_complexity)]
    writer: Mutex<Option<Box<dyn FnOnce() + Send>>>,
}

impl std::fmt::Debug for WriterInBetween {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("WriterInBetween")
    }
}

impl Disk for WriterInBetween {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        self.inner.create_dir_all(dir)
    }
    fn exists(&self, path: &Path) -> bool {
        self.inner.exists(path)
    }
    fn read_versioned(&self, path: &Path) -> io::Result<(Vec<u8>, FileVersion)> {
        if path.ends_with(JOURNAL_FILE)
            && let Some(writer) = self.writer.lock().unwrap().take()
        {
            writer();
        }
        self.inner.read_versioned(path)
    }
    fn version(&self, path: &Path) -> io::Result<FileVersion> {
        self.inner.version(path)
    }
    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.inner.write(path, bytes)
    }
    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.inner.append(path, bytes)
    }
    fn write_stream(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.inner.write_stream(path, bytes)
    }
    fn create_dir(&self, dir: &Path) -> io::Result<()> {
        self.inner.create_dir(dir)
    }
    fn is_dir(&self, path: &Path) -> bool {
        self.inner.is_dir(path)
    }
    fn is_file(&self, path: &Path) -> bool {
        self.inner.is_file(path)
    }
    fn truncate(&self, path: &Path, len: u64) -> io::Result<()> {
        self.inner.truncate(path, len)
    }
    fn sync(&self, path: &Path) -> io::Result<()> {
        self.inner.sync(path)
    }
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.inner.rename(from, to)
    }
    fn remove(&self, path: &Path) -> io::Result<()> {
        self.inner.remove(path)
    }
    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        self.inner.sync_dir(dir)
    }
    fn lock(&self, dir: &Path) -> Result<LockGuard, LockError> {
        self.inner.lock(dir)
    }
    fn names_in(&self, dir: &Path) -> io::Result<Vec<std::ffi::OsString>> {
        self.inner.names_in(dir)
    }
}

#[test]
fn a_snapshot_landing_between_the_reads_of_a_reader_loses_nothing() {
    let disk = Arc::new(SimDisk::new());
    let mut session = new_session();
    let mut store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
    for n in 0..10 {
        add(&mut session, &mut store, &format!("före {n}")).unwrap();
    }
    let writer = {
        let session = Mutex::new(session.clone());
        Box::new(move || {
            let mut session = session.lock().unwrap();
            for n in 0..5 {
                add(&mut session, &mut store, &format!("under {n}")).unwrap();
            }
            store.snapshot(&session).unwrap();
            for n in 0..3 {
                add(&mut session, &mut store, &format!("efter {n}")).unwrap();
            }
        })
    };
    let reader = WriterInBetween {
        inner: disk,
        writer: Mutex::new(Some(writer)),
    };
    let loaded = load_on(&reader, Path::new(DIR)).unwrap();
    assert_eq!(loaded.bad_tail, None);
    assert_eq!(
        loaded.session.contributions.len(),
        18,
        "every contribution acknowledged before and during the read"
    );
}

// ------------------------------------------------------------ the lock

#[test]
fn a_deleted_lock_file_stops_the_first_writer_for_good() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut first = Store::create(&path, &session).unwrap();
    add(&mut session, &mut first, "ett").unwrap();

    fs::remove_file(path.join("session.lock")).unwrap();
    let (mut second, mut other, _) = Store::open(&path).unwrap();
    add(&mut other, &mut second, "från den andra").unwrap();

    let error = add(&mut session, &mut first, "två").unwrap_err();
    assert!(error.contains("session.lock"), "{error}");
    assert!(!first.is_healthy());
    // Never writes on: not a record, not a snapshot.
    let journal = fs::read(path.join(JOURNAL_FILE)).unwrap();
    assert!(first.snapshot(&session).is_err());
    assert!(add(&mut session, &mut first, "tre").is_err());
    assert_eq!(fs::read(path.join(JOURNAL_FILE)).unwrap(), journal);
    drop(first);
    drop(second);

    let (_, back, recovery) = Store::open(&path).unwrap();
    assert_eq!(recovery.moved_aside, None, "no interleaved records");
    let texts: Vec<&str> = back
        .contributions
        .values()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["ett", "från den andra"]);
}

// ------------------------------------------------------------ salvage

fn flip_a_byte_in_line(journal: &Path, line: usize) {
    let mut bytes = fs::read(journal).unwrap();
    let start: usize = bytes
        .split_inclusive(|b| *b == b'\n')
        .take(line - 1)
        .map(<[u8]>::len)
        .sum();
    bytes[start + 40] ^= 0x04;
    fs::write(journal, bytes).unwrap();
}

#[test]
fn a_damaged_record_3_of_20_costs_only_itself_and_its_id_is_never_reused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut ids = Vec::new();
    {
        let mut store = Store::create(&path, &session).unwrap();
        for n in 1..=20 {
            ids.push(add(&mut session, &mut store, &format!("bidrag {n}")).unwrap());
        }
    }
    let journal = path.join(JOURNAL_FILE);
    let before = fs::read(&journal).unwrap();
    flip_a_byte_in_line(&journal, 3);
    let third_line = fs::read(&journal)
        .unwrap()
        .split_inclusive(|b| *b == b'\n')
        .nth(2)
        .unwrap()
        .to_vec();
    assert_ne!(fs::read(&journal).unwrap(), before);

    let (mut store, mut back, recovery) = Store::open(&path).unwrap();
    assert_eq!(back.contributions.len(), 19);
    assert!(!back.contributions.contains_key(&ids[2]));
    assert_eq!(recovery.salvaged, 17);
    let (kept, reason) = recovery.moved_aside.unwrap();
    assert!(reason.starts_with("line 3:"), "{reason}");
    assert_eq!(
        fs::read(&kept).unwrap(),
        third_line,
        "only the damaged line aside"
    );

    let next = add(&mut back, &mut store, "nästa").unwrap();
    assert!(next > ids[19], "ids above every id seen");
    drop(store);
    let (_, again, recovery) = Store::open(&path).unwrap();
    assert_eq!(recovery.moved_aside, None, "reported once");
    assert_eq!(again.contributions.len(), 20);
    assert_eq!(again, back);
}

#[test]
fn a_damaged_last_record_keeps_its_id_from_being_reused() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut ids = Vec::new();
    {
        let mut store = Store::create(&path, &session).unwrap();
        for n in 1..=3 {
            ids.push(add(&mut session, &mut store, &format!("bidrag {n}")).unwrap());
        }
    }
    flip_a_byte_in_line(&path.join(JOURNAL_FILE), 3);
    let (mut store, mut back, _) = Store::open(&path).unwrap();
    assert_eq!(back.contributions.len(), 2);
    assert_eq!(
        back.last_stamp, ids[2].stamp,
        "the damaged line's id is read"
    );
    let next = add(&mut back, &mut store, "nästa").unwrap();
    assert!(next > ids[2], "the third id was acknowledged once");
    drop(store);
    // Also after a reopen without any new record.
    let (_, again, _) = Store::open(&path).unwrap();
    assert_eq!(again.last_stamp, next.stamp);
}

// ------------------------------------------------------------ snapshot failure

#[test]
fn a_snapshot_that_does_not_fit_does_not_stop_journaling() {
    let disk = Arc::new(SimDisk::new());
    let mut session = new_session();
    let mut store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
    for n in 0..40 {
        add(
            &mut session,
            &mut store,
            &format!("ett långt bidrag nummer {n} {}", "x".repeat(200)),
        )
        .unwrap();
    }
    // Room for a few more records, not for a second session.json.
    disk.set_room(Some(disk.used() + 4000));
    store.snapshot(&session).unwrap();
    assert!(store.is_healthy(), "the journal was not harmed");
    for n in 0..5 {
        add(&mut session, &mut store, &format!("efter {n}")).unwrap();
    }
    let (_, back, _) =
        Store::open_on(Arc::new(disk.power_cut(Tear::Nothing)), Path::new(DIR)).unwrap();
    assert_eq!(back, session);

    // Once there is room, the snapshot is made again.
    disk.set_room(None);
    for n in 0..600 {
        add(&mut session, &mut store, &format!("sen {n}")).unwrap();
        if store.snapshot_due(&session) {
            store.snapshot(&session).unwrap();
        }
    }
    assert!(disk.read(&Path::new(DIR).join(JOURNAL_FILE)).unwrap().len() < 600 * 100);
}

// ------------------------------------------------------------ deleted folder

#[test]
fn a_deleted_session_folder_turns_the_next_commit_into_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut store = Store::create(&path, &session).unwrap();
    add(&mut session, &mut store, "sparad").unwrap();
    fs::remove_dir_all(&path).unwrap();
    let error = add(&mut session, &mut store, "inte sparad").unwrap_err();
    assert!(error.contains("session folder was deleted"), "{error}");
    assert!(!store.is_healthy());
    assert!(add(&mut session, &mut store, "inte heller").is_err());
    assert!(!path.exists(), "nothing is written in its place");
}

#[test]
fn a_journal_deleted_alone_is_noticed_after_the_write() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut store = Store::create(&path, &session).unwrap();
    add(&mut session, &mut store, "sparad").unwrap();
    fs::remove_file(path.join(JOURNAL_FILE)).unwrap();
    let error = add(&mut session, &mut store, "in i en borttagen fil").unwrap_err();
    assert!(error.contains("deleted"), "{error}");
    // The next commit writes everything from memory; the ones after it are
    // journaled again, into a journal that has a name.
    add(&mut session, &mut store, "och sedan").unwrap();
    add(&mut session, &mut store, "och sist").unwrap();
    assert!(fs::read(path.join(JOURNAL_FILE)).unwrap().len() > 50);
    drop(store);
    let (_, back, _) = Store::open(&path).unwrap();
    assert_eq!(back, session);
}

#[test]
fn a_replaced_session_folder_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let mut store = Store::create(&path, &session).unwrap();
    add(&mut session, &mut store, "sparad").unwrap();
    let away: PathBuf = dir.path().join("undan");
    fs::rename(&path, &away).unwrap();
    fs::create_dir(&path).unwrap();
    for name in [SNAPSHOT_FILE, JOURNAL_FILE] {
        fs::copy(away.join(name), path.join(name)).unwrap();
    }
    assert!(add(&mut session, &mut store, "vart?").is_err());
    assert_eq!(
        fs::read(away.join(JOURNAL_FILE)).unwrap(),
        fs::read(path.join(JOURNAL_FILE)).unwrap(),
        "neither copy was written to"
    );
}

#[test]
fn in_the_app_a_snapshot_that_does_not_fit_leaves_the_footer_saved() {
    use samtal::tui::app::Runner;
    use samtal::tui::model::{Model, SaveState};
    use samtal::tui::update::update;
    let disk = Arc::new(SimDisk::new());
    let mut session = new_session();
    let mut store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
    for n in 0..40 {
        let long = format!("bidrag {n} {}", "x".repeat(200));
        add(&mut session, &mut store, &long).unwrap();
    }
    let mut runner = Runner { store };
    let mut model = Model::new(session, Lang::Sv, at(2));
    disk.set_room(Some(disk.used() + 4000));
    let effects = update(&mut model, samtal::tui::action::Action::NextItem, at(3));
    runner.run(&mut model, effects, at(3));
    for n in 0..5 {
        let effects = update(
            &mut model,
            samtal::tui::action::Action::Insert(format!("rad {n}")),
            at(4),
        );
        runner.run(&mut model, effects, at(4));
        let effects = update(&mut model, samtal::tui::action::Action::Commit, at(4));
        runner.run(&mut model, effects, at(4));
        assert_eq!(model.save, SaveState::Saved(at(4)), "line {n}");
    }
    drop(runner);
    let (_, back, _) =
        Store::open_on(Arc::new(disk.power_cut(Tear::Nothing)), Path::new(DIR)).unwrap();
    assert_eq!(back.contributions.len(), 45);
}
