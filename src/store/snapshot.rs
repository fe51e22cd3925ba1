//! `session.json` of a version 1 folder: the whole session as one schema-versioned
//! JSON document, with the sequence number of the last journal record it includes.
//! Read for the conversion to version 2; `to_json` also writes the rescue copy.

use crate::session::Session;
use crate::session::document::SnapshotIn;
pub use crate::session::document::{FORMAT_NAME, SCHEMA_VERSION, to_json};

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
