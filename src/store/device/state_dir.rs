//! Where the device's identity is kept: `SAMTAL_STATE_DIR` if set, else the
//! platform's state folder (`$XDG_STATE_HOME/samtal`, `~/.local/state/samtal`), else
//! its local data folder. Never inside the data dir: that may be synced, and a device
//! id must stay on its machine.

use super::error::DeviceError;
use std::path::{Component, Path, PathBuf};

pub const STATE_DIR_VAR: &str = "SAMTAL_STATE_DIR";

/// The state dir for this run, checked against the data dir.
pub fn state_dir(data_dir: &Path) -> Result<PathBuf, DeviceError> {
    let from_env = std::env::var_os(STATE_DIR_VAR)
        .filter(|v| !v.is_empty())
        .map(PathBuf::from);
    choose_state_dir(from_env, platform_state_dir(), data_dir)
}

/// The state dir given the variable's value and the platform's folder: the rule
/// without the environment, for tests.
pub fn choose_state_dir(
    from_env: Option<PathBuf>,
    platform: Option<PathBuf>,
    data_dir: &Path,
) -> Result<PathBuf, DeviceError> {
    let dir = from_env.or(platform).ok_or(DeviceError::NoStateDir)?;
    if real_path(&dir).starts_with(real_path(data_dir)) {
        return Err(DeviceError::InsideDataDir {
            state_dir: dir,
            data_dir: data_dir.to_path_buf(),
        });
    }
    Ok(dir)
}

fn platform_state_dir() -> Option<PathBuf> {
    let dirs = directories::ProjectDirs::from("", "", "samtal")?;
    Some(
        dirs.state_dir()
            .unwrap_or(dirs.data_local_dir())
            .to_path_buf(),
    )
}

/// The path with every link and `..` resolved as far as it exists, the rest appended
/// as written: so that a state dir reached through a link to the data dir (or one not
/// made yet) is still recognised as inside it.
fn real_path(path: &Path) -> PathBuf {
    let absolute = std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf());
    let mut existing = absolute.as_path();
    let mut rest = Vec::new();
    loop {
        if let Ok(real) = existing.canonicalize() {
            return rest.iter().rev().fold(real, |acc, part| acc.join(part));
        }
        match (existing.parent(), existing.file_name()) {
            (Some(parent), Some(name)) => {
                rest.push(name.to_os_string());
                existing = parent;
            }
            _ => return lexically_normal(&absolute),
        }
    }
}

/// `a/b/../c` → `a/c`, without looking at the disk.
fn lexically_normal(path: &Path) -> PathBuf {
    let mut out = PathBuf::new();
    for part in path.components() {
        match part {
            Component::ParentDir => {
                out.pop();
            }
            Component::CurDir => {}
            other => out.push(other),
        }
    }
    out
}
