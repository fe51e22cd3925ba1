//! The session as one schema-versioned JSON document, with the sequence number of
//! the last journal record it includes: what `session.json` holds and what the JSON
//! minutes are.

use super::Session;
use serde::{Deserialize, Serialize};

pub const FORMAT_NAME: &str = "samtal-session";
pub const SCHEMA_VERSION: u32 = 1;

#[derive(Serialize)]
struct SnapshotOut<'a> {
    format: &'static str,
    schema_version: u32,
    seq: u64,
    session: &'a Session,
}

#[derive(Deserialize)]
pub(crate) struct SnapshotIn {
    pub format: String,
    pub schema_version: u32,
    pub seq: u64,
    pub session: Session,
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
