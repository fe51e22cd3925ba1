//! What `list` and the start screen knew of each session last time, so that a data
//! dir of a thousand sessions is listed without reading a thousand sessions.
//!
//! One local file, `<data dir>/.samtal-local/summaries.json`: per session folder, the
//! versions (device, inode, size, change time) of the files its summary was read
//! from (`header.json`, the version 1 files, and every file in `events/` by name),
//! and the summary. A session whose files all have the same versions is not
//! read again; any other is read in full and its entry replaced. The file is a cache:
//! never synced (`.stignore`), rebuilt when missing or damaged, and never trusted
//! over the session's own files.

use super::disk::{Disk, FileVersion, write_atomically};
use super::header::HEADER_FILE;
use super::paths::{JOURNAL_FILE, SNAPSHOT_FILE};
use super::segments::EVENTS_DIR;
use crate::session::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// The folder of local-only files (caches) in the data dir and in a session folder.
pub const LOCAL_DIR: &str = ".samtal-local";
const CACHE_FILE: &str = "summaries.json";
/// The files a session's summary is read from, besides those in `events/`.
const SOURCES: [&str; 3] = [HEADER_FILE, SNAPSHOT_FILE, JOURNAL_FILE];

/// What a summary says of a session, as it is kept in the cache.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Described {
    pub title: String,
    pub date: chrono::NaiveDate,
    pub contributions: usize,
    pub last_change: Timestamp,
}

/// The versions of a session's files when it was described, by name; `None` for a
/// file that was not there.
pub type Versions = Vec<(String, Option<FileVersion>)>;

#[derive(Debug, Default, Serialize, Deserialize)]
struct Entry {
    versions: Versions,
    described: Option<Described>,
}

#[derive(Debug, Default)]
pub struct SummaryCache {
    path: PathBuf,
    entries: BTreeMap<String, Entry>,
    changed: bool,
}

#[derive(Serialize, Deserialize)]
struct OnDisk {
    format: String,
    sessions: BTreeMap<String, Entry>,
}

const FORMAT: &str = "samtal-summaries-2";

impl SummaryCache {
    /// The cache of `data_dir`; empty when there is none or it cannot be read.
    pub fn read(disk: &dyn Disk, data_dir: &Path) -> SummaryCache {
        let path = data_dir.join(LOCAL_DIR).join(CACHE_FILE);
        let entries = disk
            .read(&path)
            .ok()
            .and_then(|bytes| serde_json::from_slice::<OnDisk>(&bytes).ok())
            .filter(|on_disk| on_disk.format == FORMAT)
            .map(|on_disk| on_disk.sessions)
            .unwrap_or_default();
        SummaryCache {
            path,
            entries,
            changed: false,
        }
    }

    /// The versions of the files `id`'s summary depends on, as they are now. Taken
    /// before the session is read: a write during the read then shows as a change
    /// the next time, never as a stale summary kept.
    pub fn versions_now(disk: &dyn Disk, session_dir: &Path) -> Versions {
        let mut versions: Versions = SOURCES
            .iter()
            .map(|name| (name.to_string(), disk.version(&session_dir.join(name)).ok()))
            .collect();
        let events = session_dir.join(EVENTS_DIR);
        let mut names = disk.names_in(&events).unwrap_or_default();
        names.sort();
        for name in names {
            let version = disk.version(&events.join(&name)).ok();
            let name = format!("{EVENTS_DIR}/{}", name.to_string_lossy());
            versions.push((name, version));
        }
        versions
    }

    /// The kept summary, if the session's files are as they were when it was made.
    pub fn get(&self, id: &str, versions: &Versions) -> Option<&Described> {
        self.entries
            .get(id)
            .filter(|entry| entry.versions == *versions)
            .and_then(|entry| entry.described.as_ref())
    }

    pub fn put(&mut self, id: &str, versions: Versions, described: Described) {
        let entry = Entry {
            versions,
            described: Some(described),
        };
        self.entries.insert(id.to_string(), entry);
        self.changed = true;
    }

    /// Drops the entries of sessions that are gone.
    pub fn keep_only(&mut self, ids: &[String]) {
        let before = self.entries.len();
        self.entries.retain(|id, _| ids.binary_search(id).is_ok());
        self.changed |= self.entries.len() != before;
    }

    /// Writes the cache if anything changed. A cache that cannot be written (a
    /// read-only data dir, a full disk) costs only speed, so the error is dropped.
    pub fn save(self, disk: &dyn Disk) {
        if !self.changed {
            return;
        }
        let on_disk = OnDisk {
            format: FORMAT.to_string(),
            sessions: self.entries,
        };
        let Some(dir) = self.path.parent() else {
            return;
        };
        if let Ok(bytes) = serde_json::to_vec(&on_disk)
            && (disk.is_dir(dir) || disk.create_dir(dir).is_ok())
        {
            let _ = write_atomically(disk, &self.path, &bytes);
        }
    }
}
