//! What can go wrong with the device's identity, typed so that the command line can
//! say each in the user's language.

use super::name::NameError;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum DeviceError {
    /// Neither `SAMTAL_STATE_DIR` nor a home folder to find the state dir in.
    #[error("no local state folder for the device id; set SAMTAL_STATE_DIR")]
    NoStateDir,
    /// The state dir would be synced with the sessions, and its id with it.
    #[error(
        "the state folder {} is inside the data folder {}: the device id must not be synced; set SAMTAL_STATE_DIR to a folder outside it",
        state_dir.display(),
        data_dir.display()
    )]
    InsideDataDir {
        state_dir: PathBuf,
        data_dir: PathBuf,
    },
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// A `device.json` that cannot be read: never replaced by a new id silently.
    #[error(
        "{}: cannot be read as this device's identity ({reason}); the file was left untouched",
        path.display()
    )]
    Damaged { path: PathBuf, reason: String },
    #[error(transparent)]
    BadName(#[from] NameError),
    /// Every process number of this device has been handed out.
    #[error("{}: no writer number left", dir.display())]
    WritersExhausted { dir: PathBuf },
}

impl DeviceError {
    pub(super) fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> DeviceError + '_ {
        move |source| DeviceError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
