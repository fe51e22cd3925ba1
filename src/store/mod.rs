//! Durable persistence: session folder version 2. A session is a header written
//! once (its state before any event) and every writer's own append-only segments
//! under `events/` (see `segments`). A commit is one append + `fdatasync` to this
//! process's own segment; nothing synced is ever rewritten, so any number of writers
//! (the app, `samtal add`, other laptops through a folder sync) share a folder.
//!
//! No lock: every writer writes only files it created, and a reader takes whatever
//! complete lines are there. A version 1 folder (`session.json` + `events.jsonl`) is
//! converted when opened for writing (its header written, its files left as they
//! were) and read as it is when opened read-only.

pub mod convert;
pub mod disk;
mod error;
pub mod header;
pub mod journal;
mod line;
mod load;
mod load_v1;
pub mod lock;
mod lock_holder;
pub mod merge;
pub mod openat;
pub mod os_disk;
pub mod output;
pub mod paths;
mod refresh;
pub mod segments;
#[cfg(any(test, feature = "testkit"))]
pub mod sim;
pub mod snapshot;
pub mod stignore;
pub mod summary;
pub mod summary_cache;
pub mod sync_names;
mod this_writer;

use crate::session::{DeviceId, Event, EventId, Session, Stamp, Timestamp, WriterId};
pub use error::StoreError;
use header::{HEADER_FILE, Header, read_header, write_header};
pub use load::{Loaded, load, load_on, summarise};
pub use load_v1::{LoadedV1, load_v1_on};
use os_disk::OsDisk;
pub use paths::{JOURNAL_FILE, SNAPSHOT_FILE, is_session_dir};
pub use refresh::{Folded, Refold, RefoldState, Refreshed};
use segments::{Found, Origin, Problem, SegmentError, SegmentReader, SegmentWriter, Union, fold};
use std::collections::VecDeque;
use std::path::{Path, PathBuf};
use std::sync::Arc;
pub use this_writer::{claim_for_this_process, writer_for_this_process};

/// What opening a session found besides the session itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Events read from the segments.
    pub replayed: usize,
    /// The folder was version 1 and got its header now.
    pub converted: bool,
    /// Damaged lines and refused files in `events/`, skipped.
    pub problems: Vec<Problem>,
}

/// An open session folder, written as this process's writer.
#[derive(Debug)]
pub struct Store {
    disk: Arc<dyn Disk>,
    dir: PathBuf,
    header: Header,
    writer: SegmentWriter,
    reader: SegmentReader,
    union: Union,
    /// The highest id the caller's session has applied.
    folded: Option<EventId>,
    /// The highest stamp this writer wrote or read: the next one comes after it.
    last_stamp: Stamp,
    /// Committed events whose append failed, in order: tried again before anything
    /// newer is written, so that this writer's lines stay in id order.
    unsaved: VecDeque<(EventId, Event)>,
}

use disk::Disk;

impl Store {
    /// Creates the folder of a new session: its header, `.stignore` and `events/`.
    pub fn create(dir: &Path, session: &Session) -> Result<Store, StoreError> {
        let (device, writer) = claim_for_this_process(dir)?;
        Store::create_with(Arc::new(OsDisk::default()), dir, session, device, writer)
    }

    /// `create` on `disk`.
    pub fn create_on(
        disk: Arc<dyn Disk>,
        dir: &Path,
        session: &Session,
    ) -> Result<Store, StoreError> {
        let (device, writer) = claim_for_this_process(dir)?;
        Store::create_with(disk, dir, session, device, writer)
    }

    /// `create` as `writer` of `device`, on `disk`.
    pub fn create_with(
        disk: Arc<dyn Disk>,
        dir: &Path,
        session: &Session,
        device: DeviceId,
        writer: WriterId,
    ) -> Result<Store, StoreError> {
        disk.create_dir_all(dir).map_err(StoreError::io(dir))?;
        if disk.exists(&dir.join(HEADER_FILE)) || disk.exists(&dir.join(SNAPSHOT_FILE)) {
            return Err(StoreError::NotFound {
                what: format!("{} already holds a session", dir.display()),
            });
        }
        let header = Header::new(device, session.clone());
        write_header(disk.as_ref(), dir, &header)?;
        stignore::ensure_stignore(disk.as_ref(), dir)
            .map_err(StoreError::io(&dir.join(stignore::STIGNORE_FILE)))?;
        if let Some(parent) = dir.parent() {
            disk.sync_dir(parent).map_err(StoreError::io(parent))?;
        }
        let writer = SegmentWriter::open(disk.clone(), dir, writer).map_err(segment_error)?;
        Ok(Store::with(disk, dir, header, writer, Union::new()))
    }

    fn with(
        disk: Arc<dyn Disk>,
        dir: &Path,
        header: Header,
        writer: SegmentWriter,
        union: Union,
    ) -> Store {
        let folded = union.highest();
        Store {
            disk,
            dir: dir.to_path_buf(),
            header,
            writer,
            reader: SegmentReader::new(dir),
            union,
            folded,
            last_stamp: folded.map_or(Stamp(0), |id| id.stamp),
            unsaved: VecDeque::new(),
        }
    }

    /// Opens a session for writing: a version 1 folder gets its header first.
    pub fn open(dir: &Path) -> Result<(Store, Session, Recovery), StoreError> {
        let (_, writer) = claim_for_this_process(dir)?;
        Store::open_with(Arc::new(OsDisk::default()), dir, writer)
    }

    /// `open` on `disk`.
    pub fn open_on(
        disk: Arc<dyn Disk>,
        dir: &Path,
    ) -> Result<(Store, Session, Recovery), StoreError> {
        let (_, writer) = claim_for_this_process(dir)?;
        Store::open_with(disk, dir, writer)
    }

    /// `open` as `writer`, on `disk`.
    pub fn open_with(
        disk: Arc<dyn Disk>,
        dir: &Path,
        writer: WriterId,
    ) -> Result<(Store, Session, Recovery), StoreError> {
        let converted = convert_if_v1(disk.as_ref(), dir)?;
        let header = read_header(disk.as_ref(), dir)?;
        let segment_writer =
            SegmentWriter::open(disk.clone(), dir, writer).map_err(segment_error)?;
        let mut store = Store::with(disk, dir, header, segment_writer, Union::new());
        let batch = store
            .reader
            .read_new(store.disk.as_ref())
            .map_err(segment_error)?;
        store.union.extend(batch.found);
        let session = fold(&store.header.base, &store.union);
        store.folded = store.union.highest();
        store.last_stamp = store
            .last_stamp
            .max(store.folded.map_or(Stamp(0), |id| id.stamp));
        let recovery = Recovery {
            replayed: store.union.len(),
            converted,
            problems: batch.problems,
        };
        Ok((store, session, recovery))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The disk the session lives on: the exports, the rescue copy and the draft
    /// are written through it too.
    pub fn disk(&self) -> &dyn Disk {
        self.disk.as_ref()
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    pub fn writer(&self) -> WriterId {
        self.writer.writer()
    }

    /// How many events the session has: what an export says it was made from.
    pub fn seq(&self) -> u64 {
        self.union.len() as u64
    }

    /// The id of a new event written now: after every event this writer wrote or
    /// read, so that it folds after everything its writer had seen. The one place
    /// this process names its events.
    pub fn next_event_id(&mut self, now: Timestamp) -> EventId {
        let stamp = Stamp::next(self.last_stamp, now.timestamp_millis());
        self.last_stamp = stamp;
        EventId {
            stamp,
            writer: self.writer.writer(),
        }
    }

    /// Applies `event` to `session` under a fresh id and makes it durable: how a
    /// change is saved outside the app's loop (the command line).
    pub fn apply_and_commit(
        &mut self,
        session: &mut Session,
        event: &Event,
    ) -> Result<EventId, StoreError> {
        session.apply(event);
        self.save(event)
    }

    /// Makes `event`, already applied to the caller's session, durable under a
    /// fresh id, and returns the id.
    pub fn save(&mut self, event: &Event) -> Result<EventId, StoreError> {
        let id = self.next_event_id(event.at());
        self.commit(id, event).map(|()| id)
    }

    /// Makes `event` (already applied to the caller's session) durable under `id`.
    /// Ok once it and every earlier event of this writer are on disk; Err leaves it
    /// to be written by a later commit or `retry`.
    pub fn commit(&mut self, id: EventId, event: &Event) -> Result<(), StoreError> {
        self.last_stamp = self.last_stamp.max(id.stamp);
        self.union.insert(Found {
            id,
            event: event.clone(),
            origin: Origin {
                file: self.writer.writer().to_string(),
                line: 0,
            },
        });
        self.folded = self.folded.max(Some(id));
        self.unsaved.push_back((id, event.clone()));
        self.write_unsaved()
    }

    /// Writes what earlier commits could not: after a failed write.
    pub fn retry(&mut self) -> Result<(), StoreError> {
        self.write_unsaved()
    }

    /// True when every committed event is on disk.
    pub fn is_healthy(&self) -> bool {
        self.unsaved.is_empty()
    }

    fn write_unsaved(&mut self) -> Result<(), StoreError> {
        while let Some((id, event)) = self.unsaved.front() {
            self.writer.append(id.stamp, event).map_err(segment_error)?;
            self.unsaved.pop_front();
        }
        Ok(())
    }
}

/// Writes the header of a version 1 folder; true when this call wrote it. A folder
/// with neither file is no session.
fn convert_if_v1(disk: &dyn Disk, dir: &Path) -> Result<bool, StoreError> {
    if disk.exists(&dir.join(HEADER_FILE)) {
        return Ok(false);
    }
    if !disk.exists(&dir.join(SNAPSHOT_FILE)) {
        return Err(StoreError::NotFound {
            what: format!("no session at {}", dir.display()),
        });
    }
    match convert::convert(disk, dir) {
        Ok(_) => Ok(true),
        // Another process converted it at the same moment, to the same bytes.
        Err(_) if disk.exists(&dir.join(HEADER_FILE)) => Ok(false),
        Err(e) => Err(e),
    }
}

/// A segment error as the store reports it.
pub(crate) fn segment_error(e: SegmentError) -> StoreError {
    match e {
        SegmentError::Io { path, source } => StoreError::io(&path)(source),
        SegmentError::Lost { path } => StoreError::Io {
            source: std::io::Error::other("the file was deleted or replaced while it was written"),
            path,
        },
        other => StoreError::Io {
            path: PathBuf::from(segments::EVENTS_DIR),
            source: std::io::Error::other(other.to_string()),
        },
    }
}

#[cfg(test)]
mod output_faults;
#[cfg(test)]
mod refresh_tests;
#[cfg(test)]
mod summary_cache_tests;
#[cfg(test)]
mod tests;
