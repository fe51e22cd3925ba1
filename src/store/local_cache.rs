//! `.samtal-local/cache.bin` in a session folder: the session as folded, how far
//! each file in `events/` was read, the ids of the events folded and the damaged
//! lines met, so that opening the session reads only what is new instead of the
//! whole history, and says the same about damage as an opening that read it all. It
//! is local (never synced: `.stignore`), rebuildable from the files at any time, and
//! never trusted over them: a cache that cannot be read, is damaged, is of another
//! format or was made from another `header.json` is ignored (and written again
//! later). Its bytes: `cache_format.rs`.

use super::cache_format::{self, CacheView, Tail};
use super::disk::{Disk, FileVersion, write_atomically};
use super::header::HEADER_FILE;
use super::segments::{Position, Problem};
use super::summary_cache::LOCAL_DIR;
use crate::session::{EventId, Session};
use std::io;
use std::path::{Path, PathBuf};

pub const CACHE_FILE: &str = "cache.bin";
/// The name of the cache before it was binary: removed when the new one is written.
const OLD_CACHE_FILE: &str = "cache.json";

/// What the cache holds.
#[derive(Debug, Clone)]
pub struct LocalCache {
    /// The version of `header.json` the session was folded onto.
    header: FileVersion,
    /// The highest id folded into `session`.
    pub upto: Option<EventId>,
    pub positions: Vec<Position>,
    /// Every id folded into `session`: a line read again is known by its id.
    pub ids: Vec<EventId>,
    /// The damaged lines and refused files met in `events/` up to `positions`.
    pub problems: Vec<Problem>,
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
        problems: Vec<Problem>,
        session: Session,
    ) -> Option<LocalCache> {
        let header = disk.version(&session_dir.join(HEADER_FILE)).ok()?;
        Some(LocalCache {
            header,
            upto,
            positions,
            ids,
            problems,
            session,
        })
    }

    /// The cache of `session_dir`, whole, if there is one that fits its header now.
    pub fn read(disk: &dyn Disk, session_dir: &Path) -> Option<LocalCache> {
        let (mut cache, tail) = LocalCache::read_head(disk, session_dir)?;
        cache.session = with_tail(cache.session, &tail)?;
        Some(cache)
    }

    /// The head of the cache of `session_dir`, if there is one that fits its header
    /// now: its session holds only the contributions the first screen shows (the
    /// current item's and the newest); `with_tail` adds the others.
    pub(super) fn read_head(disk: &dyn Disk, session_dir: &Path) -> Option<(LocalCache, Tail)> {
        let bytes = disk.read(&path(session_dir)).ok()?;
        let (parts, tail) = cache_format::decode_head(bytes)?;
        let header = disk.version(&session_dir.join(HEADER_FILE)).ok()?;
        if parts.header != header {
            return None;
        }
        let mut cache = LocalCache {
            header: parts.header,
            upto: parts.upto,
            positions: parts.positions,
            ids: parts.ids,
            problems: parts.problems,
            session: parts.session,
        };
        cache.session.check_plausible().ok()?;
        cache.session.agenda.validate().ok()?;
        cache.session.rebuild_index();
        Some((cache, tail))
    }

    /// Writes the cache (a temporary file renamed over the old one). A cache that
    /// cannot be written costs only speed.
    pub fn write(&self, disk: &dyn Disk, session_dir: &Path) -> io::Result<()> {
        let file = path(session_dir);
        let dir = session_dir.join(LOCAL_DIR);
        if !disk.is_dir(&dir) {
            disk.create_dir(&dir)?;
        }
        let bytes = cache_format::encode(CacheView {
            header: self.header,
            upto: self.upto,
            positions: &self.positions,
            ids: &self.ids,
            problems: &self.problems,
            session: &self.session,
        })
        .map_err(io::Error::other)?;
        write_atomically(disk, &file, &bytes)?;
        let old = dir.join(OLD_CACHE_FILE);
        if disk.exists(&old) {
            // Left by an older samtal; nothing reads it any more.
            let _ = disk.remove(&old);
        }
        Ok(())
    }
}

/// `head` (a session read from the cache's head) with the contributions of the
/// cache's tail; None when the tail is damaged or implausible.
pub(super) fn with_tail(mut head: Session, tail: &Tail) -> Option<Session> {
    let mut contributions = cache_format::decode_tail(tail)?;
    for (id, contribution) in head.contributions.iter() {
        contributions.insert(*id, contribution.clone());
    }
    head.contributions = contributions;
    head.check_plausible().ok()?;
    head.rebuild_index();
    Some(head)
}
