//! Durable persistence: a JSON snapshot plus an append-only journal per session.
//!
//! A commit is one `write` + `fdatasync` of one journal record; its cost does not
//! grow with the session. The snapshot is rewritten atomically at calm moments and the
//! journal then starts afresh. When a write fails, memory is the truth: the store
//! reports the failure and, at the next chance, writes a fresh snapshot from memory
//! instead of appending after a possibly torn record.

pub mod disk;
pub mod files;
pub mod journal;
pub mod lock;
mod lock_holder;
pub mod paths;
pub mod sim;
pub mod snapshot;
pub mod summary;

use crate::session::{Event, Session};
use disk::{Disk, LockGuard, OsDisk};
use lock::LockError;
use std::fmt;
use std::path::{Path, PathBuf};
use std::sync::Arc;

pub const SNAPSHOT_FILE: &str = "session.json";
pub const JOURNAL_FILE: &str = "events.jsonl";

/// Snapshot after this many journal records, or more for big sessions (so the
/// cost of snapshots stays a small share of the cost of commits).
const SNAPSHOT_EVERY: u64 = 500;

#[derive(Debug)]
pub enum StoreError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file that cannot be read as a session. Never overwritten.
    Corrupt {
        path: PathBuf,
        reason: String,
    },
    /// Another copy of samtal has the session open.
    Locked {
        dir: PathBuf,
        pid: Option<u32>,
    },
    NotFound {
        what: String,
    },
}

impl StoreError {
    fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
        move |source| StoreError::Io {
            path: path.to_path_buf(),
            source,
        }
    }

    /// 2 for a bad file or name, 3 for a session in use, 1 for anything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            StoreError::Corrupt { .. } | StoreError::NotFound { .. } => 2,
            StoreError::Locked { .. } => 3,
            StoreError::Io { .. } => 1,
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            StoreError::Corrupt { path, reason } => write!(
                f,
                "{}: cannot be read as a samtal session ({reason}); the file was left untouched",
                path.display()
            ),
            StoreError::Locked { dir, pid } => {
                write!(f, "{} is open in another copy of samtal", dir.display())?;
                if let Some(pid) = pid {
                    write!(f, " (process {pid})")?;
                }
                write!(f, "; close it there first")
            }
            StoreError::NotFound { what } => write!(f, "{what}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// What opening a session found besides the session itself.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Recovery {
    /// Journal records replayed on top of the snapshot.
    pub replayed: usize,
    /// A bad journal tail that was moved aside: the file and why.
    pub moved_aside: Option<(PathBuf, String)>,
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
    _lock: LockGuard,
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
        Ok(Store {
            disk,
            dir: dir.to_path_buf(),
            seq: 0,
            records_since_snapshot: 0,
            needs_snapshot: false,
            _lock: lock,
        })
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
        let loaded = load_on(disk.as_ref(), dir)?;
        let mut recovery = Recovery {
            replayed: loaded.replayed,
            moved_aside: None,
        };
        if let Some(reason) = loaded.bad_tail {
            let kept = move_tail_aside(disk.as_ref(), dir, loaded.good_len)?;
            recovery.moved_aside = Some((kept, reason));
        }
        let store = Store {
            disk,
            dir: dir.to_path_buf(),
            seq: loaded.seq,
            records_since_snapshot: loaded.replayed as u64,
            needs_snapshot: false,
            _lock: lock,
        };
        Ok((store, loaded.session, recovery))
    }

    pub fn dir(&self) -> &Path {
        &self.dir
    }

    /// The sequence number of the last committed event.
    pub fn seq(&self) -> u64 {
        self.seq
    }

    /// Makes `event` durable. `session` is the state with the event already applied:
    /// it is what gets written if the journal cannot be trusted.
    pub fn commit(&mut self, event: &Event, session: &Session) -> Result<(), StoreError> {
        self.seq += 1;
        if self.needs_snapshot {
            return self.snapshot(session);
        }
        let result = self.append(event);
        if result.is_err() {
            self.needs_snapshot = true;
        }
        self.records_since_snapshot += 1;
        result
    }

    fn append(&mut self, event: &Event) -> Result<(), StoreError> {
        let path = self.dir.join(JOURNAL_FILE);
        let line = journal::encode(self.seq, event)
            .map_err(|e| StoreError::io(&path)(std::io::Error::other(e)))?;
        self.disk
            .append(&path, &line)
            .and_then(|()| self.disk.sync(&path))
            .map_err(StoreError::io(&path))
    }

    /// True when a snapshot now would be cheap relative to the commits since the last.
    pub fn snapshot_due(&self, session: &Session) -> bool {
        self.needs_snapshot
            || self.records_since_snapshot
                >= SNAPSHOT_EVERY.max(session.contributions.len() as u64 / 10)
    }

    /// At a calm moment (a step in the agenda): true when the journal has grown to a
    /// hundredth of the session, so that calm snapshots stay cheap on average.
    pub fn calm_snapshot_due(&self, session: &Session) -> bool {
        self.snapshot_due(session)
            || (self.records_since_snapshot > 0
                && self.records_since_snapshot * 100 >= session.contributions.len() as u64)
    }

    /// True when there is anything in the journal or a failed write to make good.
    pub fn has_unsnapshotted(&self) -> bool {
        self.needs_snapshot || self.records_since_snapshot > 0
    }

    pub fn is_healthy(&self) -> bool {
        !self.needs_snapshot
    }

    /// Writes the whole session atomically and starts the journal afresh.
    pub fn snapshot(&mut self, session: &Session) -> Result<(), StoreError> {
        let journal = self.dir.join(JOURNAL_FILE);
        let result =
            snapshot::write(self.disk.as_ref(), &self.dir, session, self.seq).and_then(|()| {
                // Records up to `seq` are now in the snapshot; a crash before this
                // truncation leaves them in the journal, and replay skips them.
                self.disk
                    .truncate(&journal, 0)
                    .and_then(|()| self.disk.sync(&journal))
                    .map_err(StoreError::io(&journal))
            });
        match result {
            Ok(()) => {
                self.needs_snapshot = false;
                self.records_since_snapshot = 0;
                Ok(())
            }
            Err(e) => {
                self.needs_snapshot = true;
                Err(e)
            }
        }
    }
}

fn acquire(disk: &dyn Disk, dir: &Path) -> Result<LockGuard, StoreError> {
    disk.lock(dir).map_err(|e| match e {
        LockError::Held(pid) => StoreError::Locked {
            dir: dir.to_path_buf(),
            pid,
        },
        LockError::Io(source) => StoreError::Io {
            path: dir.join(lock::LOCK_FILE),
            source,
        },
    })
}

/// Copies the bad tail to `events.jsonl.corrupt-<time>` (durably), then cuts the
/// journal back to its good part. Nothing is deleted.
fn move_tail_aside(disk: &dyn Disk, dir: &Path, good_len: usize) -> Result<PathBuf, StoreError> {
    let journal = dir.join(JOURNAL_FILE);
    let bytes = disk.read(&journal).map_err(StoreError::io(&journal))?;
    let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S");
    let mut kept = dir.join(format!("{JOURNAL_FILE}.corrupt-{stamp}"));
    let mut n = 2;
    while disk.exists(&kept) {
        kept = dir.join(format!("{JOURNAL_FILE}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    disk.write(&kept, bytes.get(good_len..).unwrap_or_default())
        .and_then(|()| disk.sync(&kept))
        .and_then(|()| disk.sync_dir(dir))
        .map_err(StoreError::io(&kept))?;
    disk.truncate(&journal, good_len as u64)
        .and_then(|()| disk.sync(&journal))
        .map_err(StoreError::io(&journal))?;
    Ok(kept)
}

/// A session as read from disk, without taking the lock or changing any file.
pub struct Loaded {
    pub session: Session,
    pub seq: u64,
    pub replayed: usize,
    pub good_len: usize,
    pub bad_tail: Option<String>,
}

/// Reads snapshot + journal. Used by `open` and, read-only, by `list` and `export`.
pub fn load(dir: &Path) -> Result<Loaded, StoreError> {
    load_on(&OsDisk::default(), dir)
}

pub fn load_on(disk: &dyn Disk, dir: &Path) -> Result<Loaded, StoreError> {
    let (mut session, snapshot_seq) = snapshot::read(disk, dir)?;
    let journal_path = dir.join(JOURNAL_FILE);
    let bytes = match disk.read(&journal_path) {
        Ok(bytes) => bytes,
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
        Err(e) => return Err(StoreError::io(&journal_path)(e)),
    };
    let replay = journal::read(&bytes, snapshot_seq);
    for (_, event) in &replay.events {
        session.apply(event);
    }
    Ok(Loaded {
        session,
        seq: replay.last_seq,
        replayed: replay.events.len(),
        good_len: replay.good_len,
        bad_tail: replay.bad_tail,
    })
}

#[cfg(test)]
mod tests;
