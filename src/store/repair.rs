//! Repairs made under the lock when a session is opened: temporary files a crash
//! left, and damaged journal lines moved aside.

use super::disk::{self, Disk};
use super::{JOURNAL_FILE, StoreError};
use std::path::{Path, PathBuf};

/// Removes temporary files a crash left in the session folder (a snapshot or an
/// export cut short): under the lock, no other copy can be writing them. A link of
/// such a name is removed itself, never followed. Failing to remove them is harmless.
pub fn remove_leftovers(disk: &dyn Disk, dir: &Path) {
    for name in disk.names_in(dir).unwrap_or_default() {
        if disk::is_temporary(&name) {
            let _ = disk.remove(&dir.join(name));
        }
    }
}

/// Writes the damaged lines to `events.jsonl.corrupt-<time>` (durably). Nothing is
/// deleted: the journal itself is emptied only after the next snapshot.
pub fn move_aside(disk: &dyn Disk, dir: &Path, damaged: &[u8]) -> Result<PathBuf, StoreError> {
    let stamp = chrono::Local::now().format("%Y%m%dT%H%M%S");
    let mut kept = dir.join(format!("{JOURNAL_FILE}.corrupt-{stamp}"));
    let mut n = 2;
    while disk.exists(&kept) {
        kept = dir.join(format!("{JOURNAL_FILE}.corrupt-{stamp}-{n}"));
        n += 1;
    }
    disk.write(&kept, damaged)
        .and_then(|()| disk.sync(&kept))
        .and_then(|()| disk.sync_dir(dir))
        .map_err(StoreError::io(&kept))?;
    Ok(kept)
}
