//! Reading a version 1 session folder (snapshot + journal) without changing any
//! file: read-only for `list`, `export` and the start screen, and for its conversion
//! to version 2.

use super::disk::Disk;
use super::error::StoreError;
use super::paths::{JOURNAL_FILE, SNAPSHOT_FILE};
use super::{journal, snapshot};
use crate::session::{Session, Stamp};
use std::path::Path;

/// A version 1 session as read from disk, without changing any file.
pub struct LoadedV1 {
    pub session: Session,
    pub seq: u64,
    pub replayed: usize,
    pub good_len: usize,
    /// A summary of damaged journal lines, if there were any.
    pub bad_tail: Option<String>,
    /// The damaged lines themselves, as they were.
    pub damaged_bytes: Vec<u8>,
    pub salvaged: usize,
    pub highest_seq_seen: u64,
    pub highest_stamp_seen: Stamp,
}

/// How often a reader tries again when a snapshot lands while it reads.
const READ_ATTEMPTS: usize = 200;

/// One consistent state, even while a writer works: a snapshot that lands between
/// reading `session.json` and reading the journal empties the journal, and the
/// snapshot read would miss what it now holds. So the snapshot's version (inode,
/// size, change time) is compared after the journal is read, and both are read again
/// if it changed.
pub fn load_v1_on(disk: &dyn Disk, dir: &Path) -> Result<LoadedV1, StoreError> {
    let snapshot_path = dir.join(SNAPSHOT_FILE);
    let journal_path = dir.join(JOURNAL_FILE);
    for _ in 0..READ_ATTEMPTS {
        let (snapshot_bytes, before) = disk
            .read_versioned(&snapshot_path)
            .map_err(StoreError::io(&snapshot_path))?;
        let journal_bytes = match disk.read(&journal_path) {
            Ok(bytes) => bytes,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Vec::new(),
            Err(e) => return Err(StoreError::io(&journal_path)(e)),
        };
        if disk.version(&snapshot_path).ok() == Some(before) {
            return assemble(&snapshot_path, &snapshot_bytes, &journal_bytes);
        }
    }
    Err(StoreError::Io {
        path: dir.to_path_buf(),
        source: std::io::Error::other("the session kept changing while it was read; try again"),
    })
}

fn assemble(
    snapshot_path: &Path,
    snapshot_bytes: &[u8],
    journal_bytes: &[u8],
) -> Result<LoadedV1, StoreError> {
    let (mut session, snapshot_seq) =
        snapshot::parse(snapshot_bytes).map_err(|e| StoreError::Damaged {
            path: snapshot_path.to_path_buf(),
            damage: (&e).into(),
        })?;
    let replay = journal::read(journal_bytes, snapshot_seq);
    for (_, id, event) in &replay.events {
        session.apply(*id, event);
    }
    let damaged_bytes = replay
        .damaged
        .iter()
        .flat_map(|d| journal_bytes.get(d.range.clone()).unwrap_or_default())
        .copied()
        .collect();
    Ok(LoadedV1 {
        session,
        seq: replay.last_seq,
        replayed: replay.events.len(),
        good_len: replay.good_len,
        bad_tail: replay.bad_tail,
        damaged_bytes,
        salvaged: replay.salvaged,
        highest_seq_seen: replay.highest_seq_seen,
        highest_stamp_seen: replay.highest_stamp_seen,
    })
}
