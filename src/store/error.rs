//! What can go wrong with a session on disk, and the exit code each one gives.

use super::openat;
use std::fmt;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum StoreError {
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A file that cannot be read as a session. Never overwritten.
    Corrupt {
        path: PathBuf,
        reason: String,
    },
    /// A header (or a version 1 snapshot) that cannot be read, and why: said by the
    /// string catalogue. Never overwritten.
    Damaged {
        path: PathBuf,
        damage: super::FileDamage,
    },
    /// Another copy of samtal has the session open.
    Locked {
        dir: PathBuf,
        pid: Option<u32>,
    },
    NotFound {
        what: String,
    },
}

impl StoreError {
    /// An I/O error at `path`; a name refused as a link, a device or a file too big
    /// is a damaged session (exit code 2), not a failing disk.
    pub(super) fn io(path: &Path) -> impl FnOnce(std::io::Error) -> StoreError + '_ {
        move |source| {
            if openat::is_refusal(&source) {
                StoreError::Corrupt {
                    path: path.to_path_buf(),
                    reason: source.to_string(),
                }
            } else {
                StoreError::Io {
                    path: path.to_path_buf(),
                    source,
                }
            }
        }
    }

    /// 2 for a bad file or name, 3 for a session in use, 1 for anything else.
    pub fn exit_code(&self) -> u8 {
        match self {
            StoreError::Corrupt { .. }
            | StoreError::Damaged { .. }
            | StoreError::NotFound { .. } => 2,
            StoreError::Locked { .. } => 3,
            StoreError::Io { .. } => 1,
        }
    }
}

impl fmt::Display for StoreError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            StoreError::Io { path, source } => write!(f, "{}: {source}", path.display()),
            StoreError::Corrupt { path, reason } => write!(
                f,
                "{}: cannot be read as a samtal session ({reason}); the file was left untouched",
                path.display()
            ),
            // The English words of the catalogue, where no language is at hand.
            StoreError::Damaged { .. } => {
                write!(
                    f,
                    "{}",
                    crate::messages::store_error(crate::i18n::Lang::En, self)
                )
            }
            StoreError::Locked { dir, pid } => {
                write!(f, "{} is open in another copy of samtal", dir.display())?;
                if let Some(pid) = pid {
                    write!(f, " (process {pid})")?;
                }
                write!(f, "; close it there first")
            }
            StoreError::NotFound { what } => write!(f, "{what}"),
        }
    }
}

impl std::error::Error for StoreError {}

/// A segment error as the store reports it.
pub(crate) fn segment_error(e: super::segments::SegmentError) -> StoreError {
    match e {
        super::segments::SegmentError::Io { path, source } => StoreError::io(&path)(source),
        super::segments::SegmentError::Lost { path } => StoreError::Io {
            source: std::io::Error::other("the file was deleted or replaced while it was written"),
            path,
        },
        other => StoreError::Io {
            path: PathBuf::from(super::segments::EVENTS_DIR),
            source: std::io::Error::other(other.to_string()),
        },
    }
}

#[cfg(test)]
impl StoreError {
    /// A failed write whose reason reads the same in both languages.
    pub(crate) fn disk_full_for_tests() -> StoreError {
        StoreError::Io {
            path: PathBuf::from("journal.jsonl"),
            source: std::io::Error::other("No space left on device (os error 28)"),
        }
    }
}
