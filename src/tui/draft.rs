//! A half-typed line outlives quitting: `draft.txt` beside the session, written when
//! the app closes with text in the capture line and read back (and removed) when the
//! session is opened again.
//!
//! The draft is deliberately not a journal event: it is not a contribution, it never
//! reaches the minutes, and it is not synced (losing it in a power cut loses only what
//! was never committed). The file is private (0600) like everything in the folder.

use crate::store::disk::Disk;
use std::io;
use std::path::{Path, PathBuf};

pub const DRAFT_FILE: &str = "draft.txt";

fn path(dir: &Path) -> PathBuf {
    dir.join(DRAFT_FILE)
}

/// Keeps `text` for the next opening; an empty line removes an old draft.
pub fn keep(disk: &dyn Disk, dir: &Path, text: &str) -> io::Result<()> {
    // An old draft goes first: the disk writes new files only.
    match disk.remove(&path(dir)) {
        Err(e) if e.kind() != io::ErrorKind::NotFound => return Err(e),
        _ => {}
    }
    if text.trim().is_empty() {
        return Ok(());
    }
    disk.write(&path(dir), text.as_bytes())
}

/// The draft left by the last run, removed from disk: it now lives in the capture
/// line (and is written again if the app closes with it there).
pub fn take(disk: &dyn Disk, dir: &Path) -> Option<String> {
    let bytes = disk.read(&path(dir)).ok()?;
    let _ = disk.remove(&path(dir));
    let text = String::from_utf8_lossy(&bytes).into_owned();
    (!text.trim().is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::os_disk::OsDisk;
    use crate::store::sim::{Fault, Op, SimDisk};

    #[test]
    fn a_draft_is_kept_once_and_an_empty_line_removes_it() {
        let disk = OsDisk::default();
        let dir = tempfile::tempdir().unwrap();
        keep(&disk, dir.path(), "Halvskriven rad om Malmö").unwrap();
        assert_eq!(
            take(&disk, dir.path()).as_deref(),
            Some("Halvskriven rad om Malmö")
        );
        assert_eq!(take(&disk, dir.path()), None, "taken once");
        keep(&disk, dir.path(), "x").unwrap();
        keep(&disk, dir.path(), "").unwrap();
        assert_eq!(take(&disk, dir.path()), None);
    }

    #[test]
    fn a_draft_on_a_full_disk_is_reported_not_lost_silently() {
        let disk = SimDisk::new();
        let dir = Path::new("/data/sessions/s");
        disk.set_full(true);
        let error = keep(&disk, dir, "Halvskriven rad").unwrap_err();
        assert_eq!(error.kind(), io::ErrorKind::StorageFull);
        assert_eq!(take(&disk, dir), None, "nothing half written is read back");
    }

    #[test]
    fn an_old_draft_that_cannot_be_removed_is_reported() {
        let disk = SimDisk::new();
        let dir = Path::new("/data/sessions/s");
        keep(&disk, dir, "gammal rad").unwrap();
        disk.fail_once(Op::Remove, Fault::Error);
        assert!(keep(&disk, dir, "ny rad").is_err());
        assert_eq!(take(&disk, dir).as_deref(), Some("gammal rad"));
    }
}
