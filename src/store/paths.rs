//! Where sessions live, and how a title becomes a safe folder name.

use super::disk::Disk;
use std::path::{Path, PathBuf};

pub const SESSIONS_DIR: &str = "sessions";
/// The snapshot in a session folder.
pub const SNAPSHOT_FILE: &str = "session.json";
/// The journal in a session folder.
pub const JOURNAL_FILE: &str = "events.jsonl";

/// True when `dir` holds a session: a header (version 2) or a snapshot (version 1).
pub fn is_session_dir(disk: &dyn Disk, dir: &Path) -> bool {
    disk.is_file(&dir.join(super::header::HEADER_FILE)) || disk.is_file(&dir.join(SNAPSHOT_FILE))
}

/// `--data-dir` / `SAMTAL_DATA_DIR` if given, else the platform's data folder
/// (`~/.local/share/samtal` on Linux).
pub fn data_dir(explicit: Option<&Path>) -> Option<PathBuf> {
    if let Some(dir) = explicit {
        return Some(dir.to_path_buf());
    }
    directories::ProjectDirs::from("", "", "samtal").map(|p| p.data_dir().to_path_buf())
}

pub fn sessions_dir(data_dir: &Path) -> PathBuf {
    data_dir.join(SESSIONS_DIR)
}

/// An ASCII slug of a title: Swedish letters folded (å→a, ä→a, ö→o), everything else
/// that is not a letter or digit becomes a single '-'. Never empty, never a path.
pub fn slug(title: &str) -> String {
    let mut out = String::new();
    for ch in title.chars() {
        if out.len() >= 48 {
            break;
        }
        if ch.is_ascii_alphanumeric() {
            out.push(ch.to_ascii_lowercase());
            continue;
        }
        let folded = crate::text::fold_latin(ch).unwrap_or("-");
        if folded == "-" {
            if !out.is_empty() && !out.ends_with('-') {
                out.push('-');
            }
        } else {
            out.push_str(folded);
        }
    }
    let trimmed = out.trim_matches('-');
    if trimmed.is_empty() {
        "session".to_string()
    } else {
        trimmed.to_string()
    }
}

/// Creates the folder of a new session, claiming its id atomically: a folder that
/// another process made a moment ago is never shared, the next suffix is taken.
pub fn claim_new_session_dir(
    disk: &dyn Disk,
    sessions_dir: &Path,
    date: chrono::NaiveDate,
    title: &str,
) -> std::io::Result<(String, PathBuf)> {
    let base = format!("{}-{}", date.format("%Y-%m-%d"), slug(title));
    let mut id = base.clone();
    for n in 2u32.. {
        let dir = sessions_dir.join(&id);
        match disk.create_dir(&dir) {
            Ok(()) => return Ok((id, dir)),
            Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => id = format!("{base}-{n}"),
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("no free session id"))
}

/// True for strings that can only name a session folder inside the data dir.
pub fn is_valid_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 80
        && !id.starts_with('.')
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::os_disk::OsDisk;

    #[test]
    fn titles_become_safe_ascii_slugs() {
        assert_eq!(slug("Integration för tillväxt"), "integration-for-tillvaxt");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("CON"), "con");
        assert_eq!(slug("Ærø Straße"), "aero-strasse");
        assert_eq!(slug("a/b"), "a-b");
        assert_eq!(slug("\0\u{202e}"), "session");
        assert_eq!(slug(""), "session");
        assert!(slug(&"å".repeat(300)).len() <= 48);
        for title in ["../x", "CON", "\0", "..", "/", &"x".repeat(300)] {
            let date = chrono::NaiveDate::from_ymd_opt(2015, 11, 20).unwrap();
            let dir = tempfile::tempdir().unwrap();
            let (id, path) =
                claim_new_session_dir(&OsDisk::default(), dir.path(), date, title).unwrap();
            assert!(is_valid_id(&id), "{id}");
            assert_eq!(path.parent(), Some(dir.path()));
        }
    }

    #[test]
    fn ids_are_dated_and_unique() {
        let dir = tempfile::tempdir().unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2015, 11, 20).unwrap();
        let claim = || {
            claim_new_session_dir(
                &OsDisk::default(),
                dir.path(),
                date,
                "Integration för tillväxt",
            )
            .unwrap()
            .0
        };
        assert_eq!(claim(), "2015-11-20-integration-for-tillvaxt");
        assert_eq!(claim(), "2015-11-20-integration-for-tillvaxt-2");
        assert_eq!(claim(), "2015-11-20-integration-for-tillvaxt-3");
    }
}
