//! `session.json`: the whole session as one schema-versioned JSON document, with the
//! sequence number of the last journal record it includes.

use super::disk::{Disk, write_atomically};
use super::error::StoreError;
use super::paths::SNAPSHOT_FILE;
use crate::session::Session;
use crate::session::document::SnapshotIn;
pub use crate::session::document::{FORMAT_NAME, SCHEMA_VERSION, to_json};
use std::path::Path;

/// How the names of temporary snapshots begin: a new snapshot is written to
/// `.session.json.<random>.tmp` before it is renamed over the old one (the name
/// `disk::write_atomically` gives it).
pub const TEMP_PREFIX: &str = ".session.json.";

/// Why a `session.json` was refused.
#[derive(Debug, thiserror::Error)]
pub enum BadSnapshot {
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    #[error("\"format\" is not \"{FORMAT_NAME}\"")]
    Format,
    #[error("schema version {0} is not one this samtal reads ({SCHEMA_VERSION})")]
    Schema(u32),
    #[error("a sequence number or id beyond {0}")]
    OutOfRange(u64),
    #[error(transparent)]
    Implausible(#[from] crate::session::Implausible),
    #[error("its agenda: {0}")]
    Agenda(#[from] crate::agenda::Invalid),
}

/// Replaces `session.json` atomically (`disk::write_atomically`).
pub fn write(disk: &dyn Disk, dir: &Path, session: &Session, seq: u64) -> Result<(), StoreError> {
    let path = dir.join(SNAPSHOT_FILE);
    let result = to_json(session, seq)
        .map_err(std::io::Error::other)
        .and_then(|bytes| write_atomically(disk, &path, &bytes));
    result.map_err(|source| StoreError::Io { path, source })
}

pub fn parse(bytes: &[u8]) -> Result<(Session, u64), BadSnapshot> {
    let snapshot: SnapshotIn = serde_json::from_slice(bytes)?;
    if snapshot.format != FORMAT_NAME {
        return Err(BadSnapshot::Format);
    }
    if snapshot.schema_version != SCHEMA_VERSION {
        return Err(BadSnapshot::Schema(snapshot.schema_version));
    }
    let max = super::journal::MAX_NUMBER;
    if snapshot.seq > max {
        return Err(BadSnapshot::OutOfRange(max));
    }
    snapshot.session.check_plausible()?;
    let mut session = snapshot.session;
    session.agenda.validate()?;
    session.rebuild_index();
    Ok((session, snapshot.seq))
}
