//! `.samtal-local/cache.json` in a session folder: the session as folded, how far
//! each file in `events/` was read, and the ids of the events folded, so that
//! opening the session reads only what is new instead of the whole history. It is
//! local (never synced: `.stignore`), rebuildable from the files at any time, and
//! never trusted over them: a cache that cannot be read, is of another format or
//! was made from another `header.json` is ignored (and written again later).

use super::disk::{Disk, FileVersion, write_atomically};
use super::header::HEADER_FILE;
use super::segments::Position;
use super::summary_cache::LOCAL_DIR;
use crate::session::{EventId, Session};
use serde::{Deserialize, Serialize};
use std::io;
use std::path::{Path, PathBuf};

pub const CACHE_FILE: &str = "cache.json";
// 2: the session holds the devices that wrote it (`session::Writers`).
const FORMAT: &str = "samtal-local-cache-2";

/// What the cache holds.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct LocalCache {
    format: String,
    /// The version of `header.json` the session was folded onto.
    header: FileVersion,
    /// The highest id folded into `session`.
    pub upto: Option<EventId>,
    pub positions: Vec<Position>,
    /// Every id folded into `session`: a line read again is known by its id.
    pub ids: Vec<EventId>,
    pub session: Session,
}

pub fn path(session_dir: &Path) -> PathBuf {
    session_dir.join(LOCAL_DIR).join(CACHE_FILE)
}

impl LocalCache {
    /// A cache of `session` (folded onto the header now in `session_dir`), or None
    /// when the header cannot be looked at.
    pub fn new(
        disk: &dyn Disk,
        session_dir: &Path,
        upto: Option<EventId>,
        positions: Vec<Position>,
        ids: Vec<EventId>,
        session: Session,
    ) -> Option<LocalCache> {
        let header = disk.version(&session_dir.join(HEADER_FILE)).ok()?;
        Some(LocalCache {
            format: FORMAT.to_string(),
            header,
            upto,
            positions,
            ids,
            session,
        })
    }

    /// The cache of `session_dir`, if there is one that fits its header now.
    pub fn read(disk: &dyn Disk, session_dir: &Path) -> Option<LocalCache> {
        let bytes = disk.read(&path(session_dir)).ok()?;
        let mut cache: LocalCache = serde_json::from_slice(&bytes).ok()?;
        let header = disk.version(&session_dir.join(HEADER_FILE)).ok()?;
        if cache.format != FORMAT || cache.header != header {
            return None;
        }
        cache.session.check_plausible().ok()?;
        cache.session.agenda.validate().ok()?;
        cache.session.rebuild_index();
        Some(cache)
    }

    /// Writes the cache (a temporary file renamed over the old one). A cache that
    /// cannot be written costs only speed.
    pub fn write(&self, disk: &dyn Disk, session_dir: &Path) -> io::Result<()> {
        let file = path(session_dir);
        let dir = session_dir.join(LOCAL_DIR);
        if !disk.is_dir(&dir) {
            disk.create_dir(&dir)?;
        }
        let bytes = serde_json::to_vec(self).map_err(io::Error::other)?;
        write_atomically(disk, &file, &bytes)
    }
}
