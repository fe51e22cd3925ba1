//! Short descriptions of the sessions in the data dir, for `list` and the start screen.

use super::disk::Disk;
use super::error::StoreError;
use super::header::HEADER_FILE;
use super::load::load_on;
use super::os_disk::OsDisk;
use super::paths::{self, SNAPSHOT_FILE};
use super::summary_cache::{Described, SummaryCache};
use crate::session::Timestamp;
use serde::Serialize;
use std::path::{Path, PathBuf};

#[derive(Debug, Clone, Serialize)]
pub struct Summary {
    pub id: String,
    pub title: String,
    pub date: chrono::NaiveDate,
    pub contributions: usize,
    pub last_change: Timestamp,
    pub path: PathBuf,
}

/// Every readable session, most recently changed first. Unreadable folders are
/// returned separately with the reason, so they can be reported, not hidden.
pub fn scan(data_dir: &Path) -> (Vec<Summary>, Vec<(PathBuf, StoreError)>) {
    scan_on(&OsDisk::default(), data_dir)
}

/// `scan` on the given disk.
pub fn scan_on(disk: &dyn Disk, data_dir: &Path) -> (Vec<Summary>, Vec<(PathBuf, StoreError)>) {
    let mut found = Vec::new();
    let mut bad = Vec::new();
    let sessions_dir = paths::sessions_dir(data_dir);
    let Ok(names) = disk.names_in(&sessions_dir) else {
        return (found, bad);
    };
    let mut cache = SummaryCache::read(disk, data_dir);
    let mut ids = Vec::new();
    for name in names {
        let id = name.to_string_lossy().into_owned();
        let path = sessions_dir.join(name);
        if !disk.is_dir(&path)
            || path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if let Some(missing) = missing_session_file(disk, &path) {
            bad.push((path, missing));
            continue;
        }
        let versions = SummaryCache::versions_now(disk, &path);
        let described = match cache.get(&id, &versions) {
            Some(kept) => kept.clone(),
            None => match load_on(disk, &path) {
                Ok(loaded) => {
                    let described = describe(&loaded.session);
                    cache.put(&id, versions, described.clone());
                    described
                }
                Err(e) => {
                    bad.push((path, e));
                    continue;
                }
            },
        };
        ids.push(id.clone());
        found.push(Summary::of(id, described, path));
    }
    ids.sort();
    cache.keep_only(&ids);
    cache.save(disk);
    found.sort_by(|a, b| b.last_change.cmp(&a.last_change).then(a.id.cmp(&b.id)));
    (found, bad)
}

/// Why a folder in `sessions/` holds no session: neither a header nor a version 1
/// session file (or a folder of that name). Reported, not hidden.
fn missing_session_file(disk: &dyn Disk, path: &Path) -> Option<StoreError> {
    let snapshot = path.join(SNAPSHOT_FILE);
    if disk.is_file(&path.join(HEADER_FILE)) || disk.is_file(&snapshot) {
        return None;
    }
    let kind = if disk.is_dir(&snapshot) {
        std::io::ErrorKind::IsADirectory
    } else {
        std::io::ErrorKind::NotFound
    };
    Some(StoreError::Io {
        path: snapshot,
        source: kind.into(),
    })
}

impl Summary {
    fn of(id: String, described: Described, path: PathBuf) -> Summary {
        Summary {
            id,
            title: described.title,
            date: described.date,
            contributions: described.contributions,
            last_change: described.last_change,
            path,
        }
    }
}

fn describe(session: &crate::session::Session) -> Described {
    Described {
        title: session.title.clone(),
        date: session.created_at.date_naive(),
        contributions: session.contributions.len(),
        last_change: session.last_change,
    }
}
