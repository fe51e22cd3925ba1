//! Short descriptions of the sessions in the data dir, for `list` and the start screen.

use super::{SNAPSHOT_FILE, StoreError, load, paths};
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
    let mut found = Vec::new();
    let mut bad = Vec::new();
    let Ok(entries) = std::fs::read_dir(paths::sessions_dir(data_dir)) else {
        return (found, bad);
    };
    for entry in entries.flatten() {
        let path = entry.path();
        let snapshot = path.join(SNAPSHOT_FILE);
        if !path.is_dir()
            || path
                .file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with('.'))
        {
            continue;
        }
        if !snapshot.is_file() {
            // A session folder without its session file (or with a folder of that
            // name) is reported, not hidden.
            let kind = if snapshot.is_dir() {
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
        match load(&path) {
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
