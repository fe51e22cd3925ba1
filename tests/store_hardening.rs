//! The store against the ways a saved line could still be lost: another writer
//! appending while a reader reads, two writers in one folder, a damaged line in the
//! middle of a segment, a session folder or a segment deleted under the app.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

mod common;
use common::{at, builtin_session, contribution_texts};
use samtal::session::{DeviceId, Event, Kind, Session, WriterId};
use samtal::store::disk::{Disk, FileVersion, LockError, LockGuard};
use samtal::store::header::HEADER_FILE;
use samtal::store::segments::EVENTS_DIR;
use samtal::store::sim::SimDisk;
use samtal::store::{Store, load_on};
use std::fs;
use std::io;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

fn new_session() -> Session {
    builtin_session("2015-11-20-hard", "Härdad", &["Region Skåne"])
}

/// A new session's store in the folder `s` in `dir`, with one line saved: "sparad".
fn store_with_one_line(dir: &Path) -> (PathBuf, Session, Store) {
    let path = dir.join("s");
    let mut session = new_session();
    let mut store = Store::create(&path, &session).unwrap();
    add(&mut session, &mut store, "sparad").unwrap();
    (path, session, store)
}

fn add(session: &mut Session, store: &mut Store, text: &str) -> Result<(), String> {
    let id = session.next_event_id(store.writer(), at(1));
    let event = Event::ContributionAdded {
        id,
        item: "welcome".into(),
        group: session.groups[0].id,
        kind: Kind::Comment,
        text: text.into(),
        at: at(1),
    };
    store
        .apply_and_commit(session, id, &event)
        .map_err(|e| e.to_string())
}

const DIR: &str = "/data/sessions/2015-11-20-hard";

// ------------------------------------------------------------ consistent reads

/// A disk that lets another writer work at the worst moment: right after the
/// reader has listed `events/`, before it reads the first segment.
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
        if path.parent().is_some_and(|dir| dir.ends_with(EVENTS_DIR))
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
fn a_writer_appending_while_a_reader_reads_loses_nothing_acknowledged_before() {
    let disk = Arc::new(SimDisk::new());
    let mut session = new_session();
    let mut store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
    for n in 0..10 {
        add(&mut session, &mut store, &format!("före {n}")).unwrap();
    }
    let writer = {
        let session = Mutex::new(session.clone());
        let disk = disk.clone();
        Box::new(move || {
            let mut session = session.lock().unwrap();
            for n in 0..5 {
                add(&mut session, &mut store, &format!("under {n}")).unwrap();
            }
            // And another writer, with a segment of its own.
            let other_writer = WriterId::new(DeviceId(0x4a4d), 2);
            let (mut other, mut other_session, _) =
                Store::open_with(disk, Path::new(DIR), other_writer).unwrap();
            for n in 0..3 {
                add(&mut other_session, &mut other, &format!("efter {n}")).unwrap();
            }
        })
    };
    let reader = WriterInBetween {
        inner: disk.clone(),
        writer: Mutex::new(Some(writer)),
    };
    let loaded = load_on(&reader, Path::new(DIR)).unwrap();
    assert_eq!(loaded.bad_tail, None);
    let saved = contribution_texts(&loaded.session);
    for n in 0..10 {
        assert!(saved.contains(&format!("före {n}").as_str()), "{saved:?}");
    }
    // Read again, everything is there.
    let again = load_on(disk.as_ref(), Path::new(DIR)).unwrap();
    assert_eq!(again.session.contributions.len(), 18);
}

// ------------------------------------------------------------ two writers

#[test]
fn two_writers_in_one_folder_each_write_only_their_own_segment() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    let os = || -> Arc<dyn Disk> { Arc::new(samtal::store::os_disk::OsDisk::default()) };
    let writer = |n| WriterId::new(DeviceId(0x4a4d), n);
    let mut first = Store::create_with(os(), &path, &session, DeviceId(0x4a4d), writer(1)).unwrap();
    add(&mut session, &mut first, "ett").unwrap();
    let (mut second, mut other, _) = Store::open_with(os(), &path, writer(2)).unwrap();
    add(&mut other, &mut second, "från den andra").unwrap();
    add(&mut session, &mut first, "två").unwrap();
    drop(first);
    drop(second);

    let segments: Vec<String> = fs::read_dir(path.join(EVENTS_DIR))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(segments.len(), 2, "{segments:?}");
    let (_, _, recovery) = Store::open(&path).unwrap();
    assert!(recovery.problems.is_empty());
    assert_eq!(
        samtal::store::load(&path).unwrap().seq,
        3,
        "every event, once"
    );
}

// ------------------------------------------------------------ salvage

fn flip_a_byte_in_line(segment: &Path, line: usize) {
    let mut bytes = fs::read(segment).unwrap();
    let start: usize = bytes
        .split_inclusive(|b| *b == b'\n')
        .take(line - 1)
        .map(<[u8]>::len)
        .sum();
    bytes[start + 40] ^= 0x04;
    fs::write(segment, bytes).unwrap();
}

/// The one segment of a folder written by one store.
fn only_segment(path: &Path) -> PathBuf {
    let mut names: Vec<PathBuf> = fs::read_dir(path.join(EVENTS_DIR))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    assert_eq!(names.len(), 1, "{names:?}");
    names.remove(0)
}

#[test]
fn a_damaged_line_3_of_20_costs_only_itself_and_stays_in_its_file() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    {
        let mut store = Store::create(&path, &session).unwrap();
        for n in 1..=20 {
            add(&mut session, &mut store, &format!("bidrag {n}")).unwrap();
        }
    }
    let segment = only_segment(&path);
    let before = fs::read(&segment).unwrap();
    flip_a_byte_in_line(&segment, 3);
    let damaged = fs::read(&segment).unwrap();
    assert_ne!(damaged, before);

    let third = session.contributions.keys().nth(2).copied().unwrap();
    let (mut store, mut back, recovery) = Store::open(&path).unwrap();
    assert_eq!(back.contributions.len(), 19);
    assert!(!back.contributions.contains_key(&third));
    assert_eq!(recovery.problems.len(), 1);
    assert_eq!(recovery.problems[0].line, Some(3));
    add(&mut back, &mut store, "nästa").unwrap();
    drop(store);
    assert_eq!(fs::read(&segment).unwrap(), damaged, "left as it is");
    let (_, again, recovery) = Store::open(&path).unwrap();
    assert_eq!(recovery.problems.len(), 1, "still there, still said");
    assert_eq!(again.contributions.len(), 20);
    assert_eq!(again, back);
}

// ------------------------------------------------------------ deleted folder

#[test]
fn a_deleted_session_folder_turns_the_next_commit_into_not_saved() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut session, mut store) = store_with_one_line(dir.path());
    fs::remove_dir_all(&path).unwrap();
    let error = add(&mut session, &mut store, "inte sparad").unwrap_err();
    assert!(error.contains("deleted"), "{error}");
    assert!(!store.is_healthy());
    assert!(add(&mut session, &mut store, "inte heller").is_err());
    assert!(!path.exists(), "nothing is written in its place");
}

#[test]
fn a_segment_deleted_alone_is_noticed_after_the_write() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut session, mut store) = store_with_one_line(dir.path());
    fs::remove_file(only_segment(&path)).unwrap();
    let error = add(&mut session, &mut store, "in i en borttagen fil").unwrap_err();
    assert!(error.contains("deleted"), "{error}");
    // The next commit writes what was not saved into a new segment, and the ones
    // after it go there too. The line that was in the deleted file is gone with it.
    add(&mut session, &mut store, "och sedan").unwrap();
    add(&mut session, &mut store, "och sist").unwrap();
    assert!(fs::read(only_segment(&path)).unwrap().len() > 50);
    drop(store);
    let (_, back, _) = Store::open(&path).unwrap();
    assert_eq!(
        contribution_texts(&back),
        ["in i en borttagen fil", "och sedan", "och sist"]
    );
}

#[test]
fn a_replaced_session_folder_is_noticed() {
    let dir = tempfile::tempdir().unwrap();
    let (path, mut session, mut store) = store_with_one_line(dir.path());
    let away: PathBuf = dir.path().join("undan");
    fs::rename(&path, &away).unwrap();
    fs::create_dir_all(path.join(EVENTS_DIR)).unwrap();
    fs::copy(away.join(HEADER_FILE), path.join(HEADER_FILE)).unwrap();
    let segment = only_segment(&away);
    let copied = path.join(EVENTS_DIR).join(segment.file_name().unwrap());
    fs::copy(&segment, &copied).unwrap();
    let copied_bytes = fs::read(&copied).unwrap();
    // The append went to the file this store created, which moved away with its
    // folder: not what the folder at `path` holds, so it is not called saved.
    assert!(add(&mut session, &mut store, "vart?").is_err());
    assert_eq!(
        fs::read(&copied).unwrap(),
        copied_bytes,
        "never written into"
    );
    // The next commit writes it again, into a segment of its own in the folder
    // at `path`; the ids keep the two copies of it one event.
    add(&mut session, &mut store, "sedan").unwrap();
    assert_eq!(
        fs::read(&copied).unwrap(),
        copied_bytes,
        "never written into"
    );
    drop(store);
    let (_, back, _) = Store::open(&path).unwrap();
    assert_eq!(contribution_texts(&back), ["sparad", "vart?", "sedan"]);
}
