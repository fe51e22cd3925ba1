//! Durable persistence: a JSON snapshot plus an append-only journal per session.
//!
//! A commit is one `write` + `fdatasync` of one journal record; its cost does not
//! grow with the session. The snapshot is rewritten atomically at calm moments and the
//! journal then starts afresh. When a write fails, memory is the truth: the store
//! reports the failure and, at the next chance, writes a fresh snapshot from memory
//! instead of appending after a possibly torn record.

pub mod convert;
pub mod disk;
mod error;
pub mod header;
pub mod journal;
mod line;
mod load;
pub mod lock;
mod lock_holder;
pub mod merge;
pub mod openat;
pub mod os_disk;
pub mod output;
pub mod paths;
mod repair;
pub mod segments;
#[cfg(any(test, feature = "testkit"))]
pub mod sim;
pub mod snapshot;
pub mod stignore;
pub mod summary;
pub mod summary_cache;
pub mod sync_names;

use crate::session::{DeviceId, Event, EventId, Session, WriterId};
use disk::{Disk, LockError, LockGuard};
pub use error::StoreError;
pub use load::{Loaded, load, load_on};
use os_disk::OsDisk;
pub use paths::{JOURNAL_FILE, SNAPSHOT_FILE};
use repair::{move_aside, remove_leftovers};
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// Snapshot after this many journal records, or more for big sessions (so the
/// cost of snapshots stays a small share of the cost of commits).
const SNAPSHOT_EVERY: u64 = 500;

/// What opening a session found besides the session itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Journal records replayed on top of the snapshot.
    pub replayed: usize,
    /// Damaged journal lines that were moved aside: the file and why.
    pub moved_aside: Option<(PathBuf, String)>,
    /// Good records found after a damaged line, and kept.
    pub salvaged: usize,
}

/// An open, locked session folder.
#[derive(Debug)]
pub struct Store {
    disk: Arc<dyn Disk>,
    dir: PathBuf,
    seq: u64,
    records_since_snapshot: u64,
    /// Set when a write failed: the journal may end in a torn record, and an fsync
    /// that failed is never retried and trusted. The next save is a whole snapshot
    /// from memory.
    needs_snapshot: bool,
    /// Records since the last snapshot when a snapshot last failed (with the journal
    /// still whole): the next try waits for as many new records again.
    snapshot_backoff: u64,
    /// Set when the lock was found lost: another writer may hold the session, so
    /// this store never writes again. The reason, for NOT SAVED.
    stopped: Option<String>,
    lock: LockGuard,
}

impl Store {
    /// Creates the folder of a new session and writes its first snapshot.
    pub fn create(dir: &Path, session: &Session) -> Result<Store, StoreError> {
        Store::create_on(Arc::new(OsDisk::default()), dir, session)
    }

    pub fn create_on(
        disk: Arc<dyn Disk>,
        dir: &Path,
        session: &Session,
    ) -> Result<Store, StoreError> {
        disk.create_dir_all(dir).map_err(StoreError::io(dir))?;
        let lock = acquire(disk.as_ref(), dir)?;
        // Checked under the lock, so two creators can never both write here.
        if disk.exists(&dir.join(SNAPSHOT_FILE)) {
            return Err(StoreError::NotFound {
                what: format!("{} already holds a session", dir.display()),
            });
        }
        snapshot::write(disk.as_ref(), dir, session, 0)?;
        let journal = dir.join(JOURNAL_FILE);
        disk.truncate(&journal, 0)
            .and_then(|()| disk.sync(&journal))
            .and_then(|()| disk.sync_dir(dir))
            .map_err(StoreError::io(&journal))?;
        if let Some(parent) = dir.parent() {
            disk.sync_dir(parent).map_err(StoreError::io(parent))?;
        }
        Ok(Store::with(disk, dir, 0, lock))
    }

    fn with(disk: Arc<dyn Disk>, dir: &Path, seq: u64, lock: LockGuard) -> Store {
        Store {
            disk,
            dir: dir.to_path_buf(),
            seq,
            records_since_snapshot: 0,
            needs_snapshot: false,
            snapshot_backoff: 0,
            stopped: None,
            lock,
        }
    }

    /// Opens a session for writing: lock, load, replay, and move a bad journal tail
    /// aside so that new records follow the last good one.
    pub fn open(dir: &Path) -> Result<(Store, Session, Recovery), StoreError> {
        Store::open_on(Arc::new(OsDisk::default()), dir)
    }

    pub fn open_on(
        disk: Arc<dyn Disk>,
        dir: &Path,
    ) -> Result<(Store, Session, Recovery), StoreError> {
        if !disk.exists(&dir.join(SNAPSHOT_FILE)) {
            return Err(StoreError::NotFound {
                what: format!("no session at {}", dir.display()),
            });
        }
        let lock = acquire(disk.as_ref(), dir)?;
        remove_leftovers(disk.as_ref(), dir);
        let loaded = load_on(disk.as_ref(), dir)?;
        let mut session = loaded.session;
        // An id seen anywhere, a damaged record included, is never handed out again.
        let id_seen_only_in_damage =
            loaded.bad_tail.is_some() && loaded.highest_stamp_seen > session.last_stamp;
        session.last_stamp = session.last_stamp.max(loaded.highest_stamp_seen);
        // A torn tail (the usual damage, from a crash) is cut off; damage with good
        // records after it, or an id that must be remembered, is followed by a fresh
        // snapshot of everything kept, so that new records never follow damage.
        let cut_tail = loaded.salvaged == 0 && !id_seen_only_in_damage;
        let seq = if cut_tail {
            loaded.seq
        } else {
            loaded.seq.max(loaded.highest_seq_seen)
        };
        let mut store = Store::with(disk, dir, seq, lock);
        store.records_since_snapshot = loaded.replayed as u64;
        let mut recovery = Recovery {
            replayed: loaded.replayed,
            moved_aside: None,
            salvaged: loaded.salvaged,
        };
        if let Some(reason) = loaded.bad_tail {
            if !loaded.damaged_bytes.is_empty() {
                let kept = move_aside(store.disk.as_ref(), dir, &loaded.damaged_bytes)?;
                recovery.moved_aside = Some((kept, reason));
            }
            if cut_tail {
                let journal = dir.join(JOURNAL_FILE);
                let disk = store.disk.as_ref();
                disk.truncate(&journal, loaded.good_len as u64)
                    .and_then(|()| disk.sync(&journal))
                    .map_err(StoreError::io(&journal))?;
            } else {
                store.write_snapshot(&session)?;
            }
        }
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

    /// The sequence number of the last committed event.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// Applies `event` to `session` and makes it durable: how a change is saved
    /// outside the app's loop (the command line).
    pub fn apply_and_commit(
        &mut self,
        session: &mut Session,
        id: EventId,
        event: &Event,
    ) -> Result<(), StoreError> {
        session.apply(id, event);
        self.commit(id, event, session)
    }

    /// Makes `event`, named `id`, durable. `session` is the state with the event
    /// already applied: it is what gets written if the journal cannot be trusted.
    pub fn commit(
        &mut self,
        id: EventId,
        event: &Event,
        session: &Session,
    ) -> Result<(), StoreError> {
        self.check_lock()?;
        self.seq += 1;
        if self.needs_snapshot {
            return self.snapshot(session);
        }
        let result = self.append(id, event);
        if result.is_err() {
            self.needs_snapshot = true;
        }
        self.records_since_snapshot += 1;
        result
    }

    fn append(&mut self, id: EventId, event: &Event) -> Result<(), StoreError> {
        let path = self.dir.join(JOURNAL_FILE);
        let line = journal::encode(self.seq, id, event)
            .map_err(|e| StoreError::io(&path)(std::io::Error::other(e)))?;
        self.disk
            .append(&path, &line)
            .and_then(|()| self.disk.sync(&path))
            // A journal deleted with its folder takes writes and syncs without a
            // word: only its link count says they went nowhere.
            .and_then(|()| self.disk.check_linked(&path))
            .map_err(StoreError::io(&path))
    }

    /// Fails, for good, once the lock file is no longer the one this store locked.
    fn check_lock(&mut self) -> Result<(), StoreError> {
        if self.stopped.is_none()
            && let Err(e) = self.lock.still_held()
        {
            self.stopped = Some(e.to_string());
        }
        match &self.stopped {
            Some(reason) => Err(StoreError::Io {
                path: self.dir.join(lock::LOCK_FILE),
                source: std::io::Error::other(reason.clone()),
            }),
            None => Ok(()),
        }
    }

    /// True when a snapshot now would be cheap relative to the commits since the last.
    pub fn snapshot_due(&self, session: &Session) -> bool {
        self.needs_snapshot
            || self.fresh_records() >= SNAPSHOT_EVERY.max(session.contributions.len() as u64 / 10)
    }

    /// Records since the last snapshot, or since the last failed try.
    fn fresh_records(&self) -> u64 {
        self.records_since_snapshot
            .saturating_sub(self.snapshot_backoff)
    }

    /// At a calm moment (a step in the agenda): true when the journal has grown to a
    /// hundredth of the session, so that calm snapshots stay cheap on average.
    pub fn calm_snapshot_due(&self, session: &Session) -> bool {
        self.snapshot_due(session)
            || (self.fresh_records() > 0
                && self.fresh_records() * 100 >= session.contributions.len() as u64)
    }

    /// True when there is anything in the journal or a failed write to make good.
    pub fn has_unsnapshotted(&self) -> bool {
        self.needs_snapshot || self.records_since_snapshot > 0
    }

    pub fn is_healthy(&self) -> bool {
        !self.needs_snapshot && self.stopped.is_none()
    }

    /// Writes the whole session atomically and starts the journal afresh. Err only
    /// when something is not durable: a snapshot that fails while the journal is
    /// whole has harmed nothing (every record is still in the journal), so journaling
    /// goes on and the snapshot is tried again later.
    pub fn snapshot(&mut self, session: &Session) -> Result<(), StoreError> {
        let journal_was_whole = !self.needs_snapshot;
        match self.write_snapshot(session) {
            Err(StoreError::Io { .. })
                if journal_was_whole && !self.needs_snapshot && self.stopped.is_none() =>
            {
                self.snapshot_backoff = self.records_since_snapshot;
                Ok(())
            }
            other => other,
        }
    }

    /// The snapshot itself; any failure is returned.
    fn write_snapshot(&mut self, session: &Session) -> Result<(), StoreError> {
        self.check_lock()?;
        let journal = self.dir.join(JOURNAL_FILE);
        snapshot::write(self.disk.as_ref(), &self.dir, session, self.seq)?;
        // Records up to `seq` are now in the snapshot; a crash before this
        // truncation leaves them in the journal, and replay skips them.
        let emptied = self
            .disk
            .truncate(&journal, 0)
            .and_then(|()| self.disk.sync(&journal))
            .map_err(StoreError::io(&journal));
        match emptied {
            Ok(()) => {
                self.needs_snapshot = false;
                self.records_since_snapshot = 0;
                self.snapshot_backoff = 0;
                Ok(())
            }
            Err(e) => {
                self.needs_snapshot = true;
                Err(e)
            }
        }
    }
}

/// The writer id this process writes under. Fixed for now: every process of every
/// device shares it, as one session had one writer at a time. The device module
/// replaces it with this device's id and a process number claimed once.
pub fn writer_for_this_process() -> WriterId {
    WriterId::new(DeviceId(1), 1)
}

fn acquire(disk: &dyn Disk, dir: &Path) -> Result<LockGuard, StoreError> {
    disk.lock(dir).map_err(|e| match e {
        LockError::Held(pid) => StoreError::Locked {
            dir: dir.to_path_buf(),
            pid,
        },
        LockError::Io(source) => StoreError::io(&dir.join(lock::LOCK_FILE))(source),
    })
}

#[cfg(test)]
mod output_faults;
#[cfg(test)]
mod summary_cache_tests;
#[cfg(test)]
mod tests;
