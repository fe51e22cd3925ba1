//! A half-typed line outlives quitting: `draft.txt` beside the session, written when
//! the app closes with text in the capture line and read back (and removed) when the
//! session is opened again.
//!
//! The draft is deliberately not a journal event: it is not a contribution, it never
//! reaches the minutes, and it is not synced (losing it in a power cut loses only what
//! was never committed). The file is private (0600) like everything in the folder.

use crate::store::files::open_private;
use std::fs::OpenOptions;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub const DRAFT_FILE: &str = "draft.txt";

fn path(dir: &Path) -> PathBuf {
    dir.join(DRAFT_FILE)
}

/// Keeps `text` for the next opening; an empty line removes an old draft.
pub fn keep(dir: &Path, text: &str) -> io::Result<()> {
    if text.trim().is_empty() {
        return match std::fs::remove_file(path(dir)) {
            Err(e) if e.kind() != io::ErrorKind::NotFound => Err(e),
            _ => Ok(()),
        };
    }
    let mut file = open_private(
        &path(dir),
        OpenOptions::new().write(true).create(true).truncate(true),
    )?;
    file.write_all(text.as_bytes())
}

/// The draft left by the last run, removed from disk: it now lives in the capture
/// line (and is written again if the app closes with it there).
pub fn take(dir: &Path) -> Option<String> {
    let bytes = std::fs::read(path(dir)).ok()?;
    let _ = std::fs::remove_file(path(dir));
    let text = String::from_utf8_lossy(&bytes).into_owned();
    (!text.trim().is_empty()).then_some(text)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_draft_is_kept_once_and_an_empty_line_removes_it() {
        let dir = tempfile::tempdir().unwrap();
        keep(dir.path(), "Halvskriven rad om Malmö").unwrap();
        assert_eq!(
            take(dir.path()).as_deref(),
            Some("Halvskriven rad om Malmö")
        );
        assert_eq!(take(dir.path()), None, "taken once");
        keep(dir.path(), "x").unwrap();
        keep(dir.path(), "").unwrap();
        assert_eq!(take(dir.path()), None);
    }
}
