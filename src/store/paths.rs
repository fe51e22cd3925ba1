//! Where sessions live, and how a title becomes a safe folder name.

use std::path::{Path, PathBuf};

pub const SESSIONS_DIR: &str = "sessions";

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
        let folded = match ch {
            'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' | 'Å' | 'Ä' | 'À' | 'Á' | 'Â' | 'Ã' => {
                "a"
            }
            'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' | 'Ö' | 'Ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' => {
                "o"
            }
            'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
            'ü' | 'ú' | 'ù' | 'û' | 'Ü' | 'Ú' | 'Ù' | 'Û' => "u",
            'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => "i",
            'æ' | 'Æ' => "ae",
            'ß' => "ss",
            c if c.is_ascii_alphanumeric() => {
                out.push(c.to_ascii_lowercase());
                continue;
            }
            _ => "-",
        };
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

/// A new session id: the date plus the slug, with `-2`, `-3` … if taken.
pub fn new_session_id(sessions_dir: &Path, date: chrono::NaiveDate, title: &str) -> String {
    let base = format!("{}-{}", date.format("%Y-%m-%d"), slug(title));
    let mut id = base.clone();
    let mut n = 2;
    while sessions_dir.join(&id).exists() {
        id = format!("{base}-{n}");
        n += 1;
    }
    id
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

    #[test]
    fn titles_become_safe_ascii_slugs() {
        assert_eq!(slug("Integration för tillväxt"), "integration-for-tillvaxt");
        assert_eq!(slug("../../etc/passwd"), "etc-passwd");
        assert_eq!(slug("CON"), "con");
        assert_eq!(slug("a/b"), "a-b");
        assert_eq!(slug("\0\u{202e}"), "session");
        assert_eq!(slug(""), "session");
        assert!(slug(&"å".repeat(300)).len() <= 48);
        for title in ["../x", "CON", "\0", "..", "/", &"x".repeat(300)] {
            let date = chrono::NaiveDate::from_ymd_opt(2015, 11, 20).unwrap();
            let id = new_session_id(Path::new("/nonexistent"), date, title);
            assert!(is_valid_id(&id), "{id}");
        }
    }

    #[test]
    fn ids_are_dated_and_unique() {
        let dir = tempfile::tempdir().unwrap();
        let date = chrono::NaiveDate::from_ymd_opt(2015, 11, 20).unwrap();
        let first = new_session_id(dir.path(), date, "Integration för tillväxt");
        assert_eq!(first, "2015-11-20-integration-for-tillvaxt");
        std::fs::create_dir(dir.path().join(&first)).unwrap();
        assert_eq!(
            new_session_id(dir.path(), date, "Integration för tillväxt"),
            "2015-11-20-integration-for-tillvaxt-2"
        );
    }
}
