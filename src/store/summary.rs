//! Short descriptions of the sessions in the data dir, for `list` and the start screen.

use super::disk::Disk;
use super::error::StoreError;
use super::load::load_on;
use super::os_disk::OsDisk;
use super::paths::{self, SNAPSHOT_FILE};
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
    for name in names {
        let path = sessions_dir.join(name);
        let snapshot = path.join(SNAPSHOT_FILE);
        if !disk.is_dir(&path)
            || path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if !disk.is_file(&snapshot) {
            // A session folder without its session file (or with a folder of that
            // name) is reported, not hidden.
            let kind = if disk.is_dir(&snapshot) {
                std::io::ErrorKind::IsADirectory
            } else {
                std::io::ErrorKind::NotFound
            };
            bad.push((
                path,
                StoreError::Io {
                    path: snapshot,
                    source: kind.into(),
                },
            ));
            continue;
        }
        match load_on(disk, &path) {
            Ok(loaded) => found.push(Summary {
                id: path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                title: loaded.session.title.clone(),
                date: loaded.session.created_at.date_naive(),
                contributions: loaded.session.contributions.len(),
                last_change: loaded.session.last_change,
                path,
            }),
            Err(e) => bad.push((path, e)),
        }
    }
    found.sort_by(|a, b| b.last_change.cmp(&a.last_change).then(a.id.cmp(&b.id)));
    (found, bad)
}
