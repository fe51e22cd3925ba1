//! `session.json`: the whole session as one schema-versioned JSON document, with the
//! sequence number of the last journal record it includes.

use super::disk::{Disk, write_atomically};
use super::{SNAPSHOT_FILE, StoreError};
use crate::session::Session;
use serde::{Deserialize, Serialize};
use std::path::Path;

pub const FORMAT_NAME: &str = "samtal-session";
pub const SCHEMA_VERSION: u32 = 1;
/// How the names of temporary snapshots begin: a new snapshot is written to
/// `.session.json.<random>.tmp` before it is renamed over the old one (the name
/// `disk::write_atomically` gives it).
pub const TEMP_PREFIX: &str = ".session.json.";

#[derive(Serialize)]
struct SnapshotOut<'a> {
    format: &'static str,
    schema_version: u32,
    seq: u64,
    session: &'a Session,
}

#[derive(Deserialize)]
struct SnapshotIn {
    format: String,
    schema_version: u32,
    seq: u64,
    session: Session,
}

pub fn to_json(session: &Session, seq: u64) -> Result<Vec<u8>, serde_json::Error> {
    let mut bytes = serde_json::to_vec_pretty(&SnapshotOut {
        format: FORMAT_NAME,
        schema_version: SCHEMA_VERSION,
        seq,
        session,
    })?;
    bytes.push(b'\n');
    Ok(bytes)
}

/// Replaces `session.json` atomically (`disk::write_atomically`).
pub fn write(disk: &dyn Disk, dir: &Path, session: &Session, seq: u64) -> Result<(), StoreError> {
    let path = dir.join(SNAPSHOT_FILE);
    let result = to_json(session, seq)
        .map_err(std::io::Error::other)
        .and_then(|bytes| write_atomically(disk, &path, &bytes));
    result.map_err(|source| StoreError::Io { path, source })
}

pub fn read(disk: &dyn Disk, dir: &Path) -> Result<(Session, u64), StoreError> {
    let path = dir.join(SNAPSHOT_FILE);
    let bytes = disk.read(&path).map_err(|source| StoreError::Io {
        path: path.clone(),
        source,
    })?;
    parse(&bytes).map_err(|reason| StoreError::Corrupt { path, reason })
}

pub fn parse(bytes: &[u8]) -> Result<(Session, u64), String> {
    let snapshot: SnapshotIn = serde_json::from_slice(bytes).map_err(|e| e.to_string())?;
    if snapshot.format != FORMAT_NAME {
        return Err(format!("\"format\" is not \"{FORMAT_NAME}\""));
    }
    if snapshot.schema_version != SCHEMA_VERSION {
        return Err(format!(
            "schema version {} is not one this samtal reads ({SCHEMA_VERSION})",
            snapshot.schema_version
        ));
    }
    let max = super::journal::MAX_NUMBER;
    if snapshot.seq > max
        || snapshot.session.next_contribution_id > max
        || snapshot.session.contributions.keys().any(|id| *id > max)
    {
        return Err(format!("a sequence number or id beyond {max}"));
    }
    snapshot.session.check_plausible()?;
    let mut session = snapshot.session;
    session
        .agenda
        .validate()
        .map_err(|e| format!("its agenda: {e}"))?;
    session.rebuild_index();
    Ok((session, snapshot.seq))
}
