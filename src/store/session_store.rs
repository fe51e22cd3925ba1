//! An open session folder, written as this process's writer: the header, the
//! reader of every segment, the union of their events, and this writer's own
//! segments (see the module above for the layout).

use super::cache_open::{RestOfCache, Whole};
use super::convert;
use super::disk::Disk;
use super::error::{StoreError, segment_error};
use super::header::{HEADER_FILE, Header, read_header, write_header};
use super::os_disk::OsDisk;
use super::paths::SNAPSHOT_FILE;

use super::segments::{Found, Origin, Problem, SegmentReader, SegmentWriter, Union};
use super::stignore;
use super::this_writer::claim_for_this_process;
use crate::session::{DeviceId, Event, EventId, Session, Stamp, WriterId};
use std::collections::{BTreeSet, VecDeque};
use std::path::{Path, PathBuf};
use std::sync::Arc;

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
    pub(super) disk: Arc<dyn Disk>,
    pub(super) dir: PathBuf,
    pub(super) header: Header,
    pub(super) writer: SegmentWriter,
    pub(super) reader: SegmentReader,
    pub(super) union: Union,
    /// The highest id the caller's session has applied.
    pub(super) folded: Option<EventId>,
    /// The highest stamp this writer wrote or read: the next one comes after it.
    pub(super) last_stamp: Stamp,
    /// Committed events whose append failed, in order: tried again before anything
    /// newer is written, so that this writer's lines stay in id order.
    pub(super) unsaved: VecDeque<(EventId, Event)>,
    /// Ids folded from the local cache whose events are not in `union` (until a
    /// re-fold reads them all): a line read again with one of them is a duplicate.
    pub(super) known: BTreeSet<EventId>,
    /// Every damaged line and refused file met in `events/` since the session was
    /// opened (from the local cache too): the next cache keeps them, so that an
    /// opening from it reports them as an opening from the files does.
    pub(super) problems: Vec<Problem>,
    /// Opened for the app from the cache's head: the rest of the cache, for the
    /// runner to read on another thread (`take_loading`).
    pub(super) loading: Option<RestOfCache>,
}

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
            known: BTreeSet::new(),
            problems: Vec::new(),
            loading: None,
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
        Store::open_as(disk, dir, writer, Whole::Now)
    }

    /// Opens a session for the app: from the local cache, the session returned holds
    /// only what the first screen shows (the current item's contributions and the
    /// newest), and the rest is read on another thread: `take_loading` starts it,
    /// to be swapped in as a re-fold is.
    pub fn open_for_screen(dir: &Path) -> Result<(Store, Session, Recovery), StoreError> {
        let (_, writer) = claim_for_this_process(dir)?;
        Store::open_as(Arc::new(OsDisk::default()), dir, writer, Whole::Later)
    }

    /// `open_for_screen` as `writer`, on `disk`.
    pub fn open_for_screen_with(
        disk: Arc<dyn Disk>,
        dir: &Path,
        writer: WriterId,
    ) -> Result<(Store, Session, Recovery), StoreError> {
        Store::open_as(disk, dir, writer, Whole::Later)
    }

    fn open_as(
        disk: Arc<dyn Disk>,
        dir: &Path,
        writer: WriterId,
        whole: Whole,
    ) -> Result<(Store, Session, Recovery), StoreError> {
        let converted = convert_if_v1(disk.as_ref(), dir)?;
        let header = read_header(disk.as_ref(), dir)?;
        // A sync engine never carries `.stignore` across, so a folder that came from
        // another laptop has none, and without it this laptop's cache, draft and
        // temporary files would be synced out. Worth a try, not a reason to refuse.
        let _ = stignore::ensure_stignore(disk.as_ref(), dir);
        let segment_writer =
            SegmentWriter::open(disk.clone(), dir, writer).map_err(segment_error)?;
        let mut store = Store::with(disk, dir, header, segment_writer, Union::new());
        let (session, problems) = match store.open_from_cache(whole)? {
            Some(folded) => folded,
            None => store.fold_everything()?,
        };
        store.last_stamp = store
            .last_stamp
            .max(store.folded.map_or(Stamp(0), |id| id.stamp));
        let recovery = Recovery {
            replayed: store.seq() as usize,
            converted,
            problems,
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

    /// The disk, to hand to another thread.
    pub fn shared_disk(&self) -> Arc<dyn Disk> {
        self.disk.clone()
    }

    pub fn header(&self) -> &Header {
        &self.header
    }

    pub fn writer(&self) -> WriterId {
        self.writer.writer()
    }

    /// How many events the session has: what an export says it was made from.
    pub fn seq(&self) -> u64 {
        (self.union.len() + self.known.len()) as u64
    }

    /// Applies `event` to `session` under `id` (minted by `Session::next_event_id`
    /// for this store's writer) and makes it durable: how a change is saved outside
    /// the app's loop (the command line).
    pub fn apply_and_commit(
        &mut self,
        session: &mut Session,
        id: EventId,
        event: &Event,
    ) -> Result<(), StoreError> {
        session.apply(id, event);
        self.commit(id, event)
    }

    /// `apply_and_commit` under a fresh id of this store's writer; returns the id.
    pub fn apply_and_commit_new(
        &mut self,
        session: &mut Session,
        event: &Event,
    ) -> Result<EventId, StoreError> {
        let id = session.next_event_id(self.writer(), event.at());
        self.apply_and_commit(session, id, event).map(|()| id)
    }

    /// Makes `event` (already applied to the caller's session) durable under `id`.
    /// Ok once it and every earlier event of this writer are on disk; Err leaves it
    /// to be written by a later commit or `retry`.
    pub fn commit(&mut self, id: EventId, event: &Event) -> Result<(), StoreError> {
        // The segment names each line by this writer: an id of another writer would
        // be saved under another id than the session shown holds.
        if id.writer != self.writer.writer() {
            return Err(StoreError::Io {
                path: self.dir.clone(),
                source: std::io::Error::other(format!(
                    "event {id} is not named by this process's writer {}",
                    self.writer.writer()
                )),
            });
        }
        self.last_stamp = self.last_stamp.max(id.stamp);
        self.union.insert(Found {
            id,
            event: event.clone(),
            origin: Origin {
                file: self.writer.writer().to_string().into(),
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
            // The line is in the union already: the next refresh need not read
            // this writer's whole segment again to find it.
            if let Some(appended) = self.writer.last_append() {
                self.reader
                    .note_own_line(appended.path, appended.line, appended.version);
            }
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
