//! `header.json`: a v2 session folder's state before any event, written once when
//! the folder is made (or converted) and never rewritten, so that any sync can copy
//! it without conflict. `{"format":"samtal-session","schema_version":2,
//! "creator":"<device hex>","base":<Session>}`, pretty JSON and a newline.

use super::disk::{Disk, write_new_atomically};
use super::error::StoreError;
use crate::session::document::FORMAT_NAME;
use crate::session::{DeviceId, Session};
use serde::{Deserialize, Serialize};
use std::path::{Path, PathBuf};

pub const HEADER_FILE: &str = "header.json";
/// The layout with a header and per-writer segments.
pub const HEADER_SCHEMA_VERSION: u32 = 2;

#[derive(Debug, Clone, PartialEq)]
pub struct Header {
    pub format: String,
    pub schema_version: u32,
    /// The device that made the folder; 0 for one converted from a v1 folder (any
    /// laptop converts it to the same bytes).
    pub creator: DeviceId,
    pub base: Session,
}

impl Header {
    pub fn new(creator: DeviceId, base: Session) -> Header {
        Header {
            format: FORMAT_NAME.to_string(),
            schema_version: HEADER_SCHEMA_VERSION,
            creator,
            base,
        }
    }

    /// The bytes of `header.json`: the same header always gives the same bytes.
    pub fn to_json(&self) -> Result<Vec<u8>, serde_json::Error> {
        let mut bytes = serde_json::to_vec_pretty(&HeaderOut {
            format: &self.format,
            schema_version: self.schema_version,
            creator: self.creator.to_string(),
            base: &self.base,
        })?;
        bytes.push(b'\n');
        Ok(bytes)
    }

    pub fn parse(bytes: &[u8]) -> Result<Header, BadHeader> {
        // The version first: a later layout is refused by its number, never read
        // as far as it happens to look like this one.
        let probe: Probe = serde_json::from_slice(bytes)?;
        if probe.format != FORMAT_NAME {
            return Err(BadHeader::Format);
        }
        if probe.schema_version != HEADER_SCHEMA_VERSION {
            return Err(BadHeader::Schema(probe.schema_version));
        }
        let header: HeaderIn = serde_json::from_slice(bytes)?;
        let creator = parse_device(&header.creator)
            .ok_or_else(|| BadHeader::Creator(header.creator.chars().take(40).collect()))?;
        let mut base = header.base;
        base.check_plausible()?;
        base.agenda.validate()?;
        base.rebuild_index();
        Ok(Header::new(creator, base))
    }
}

#[derive(Serialize)]
struct HeaderOut<'a> {
    format: &'a str,
    schema_version: u32,
    creator: String,
    base: &'a Session,
}

#[derive(Deserialize)]
struct Probe {
    format: String,
    schema_version: u32,
}

#[derive(Deserialize)]
struct HeaderIn {
    creator: String,
    base: Session,
}

/// 10 hex digits, as `DeviceId` prints.
fn parse_device(text: &str) -> Option<DeviceId> {
    (text.len() == 10 && text.bytes().all(|b| b.is_ascii_hexdigit()))
        .then(|| u64::from_str_radix(text, 16).ok())
        .flatten()
        .map(DeviceId)
}

/// Why a `header.json` was refused.
#[derive(Debug, thiserror::Error)]
pub enum BadHeader {
    #[error("{0}")]
    Json(#[from] serde_json::Error),
    #[error("\"format\" is not \"{FORMAT_NAME}\"")]
    Format,
    #[error("schema version {0} is not one this samtal reads ({HEADER_SCHEMA_VERSION})")]
    Schema(u32),
    #[error("\"creator\" {0:?} is not a device id (10 hex digits)")]
    Creator(String),
    #[error(transparent)]
    Implausible(#[from] crate::session::Implausible),
    #[error("its agenda: {0}")]
    Agenda(#[from] crate::agenda::Invalid),
}

#[derive(Debug, thiserror::Error)]
pub enum HeaderError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    #[error("{}: {why}", path.display())]
    Bad { path: PathBuf, why: BadHeader },
    /// A header is never rewritten.
    #[error("{} already exists", path.display())]
    Exists { path: PathBuf },
}

impl From<HeaderError> for StoreError {
    fn from(error: HeaderError) -> StoreError {
        match error {
            HeaderError::Io { path, source } => StoreError::io(&path)(source),
            HeaderError::Bad { path, why } => StoreError::Damaged {
                path,
                damage: (&why).into(),
            },
            HeaderError::Exists { path } => StoreError::NotFound {
                what: format!(
                    "{} already exists; a header is never rewritten",
                    path.display()
                ),
            },
        }
    }
}

/// Writes `dir/header.json`, complete and durable (file and folder fsync'd) before
/// its name appears; never over an existing one.
pub fn write_header(disk: &dyn Disk, dir: &Path, header: &Header) -> Result<(), HeaderError> {
    let path = dir.join(HEADER_FILE);
    let bytes = header.to_json().map_err(|e| HeaderError::Io {
        path: path.clone(),
        source: std::io::Error::other(e),
    })?;
    match write_new_atomically(disk, &path, &bytes) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => {
            Err(HeaderError::Exists { path })
        }
        Err(source) => Err(HeaderError::Io { path, source }),
    }
}

/// Reads `dir/header.json` (a regular file, at most the size any session file may
/// have).
pub fn read_header(disk: &dyn Disk, dir: &Path) -> Result<Header, HeaderError> {
    let path = dir.join(HEADER_FILE);
    let bytes = match disk.read(&path) {
        Ok(bytes) => bytes,
        Err(source) => return Err(HeaderError::Io { path, source }),
    };
    Header::parse(&bytes).map_err(|why| HeaderError::Bad { path, why })
}

#[cfg(test)]
#[path = "header_tests.rs"]
mod tests;
