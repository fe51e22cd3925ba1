//! Where sessions are kept: `--data-dir`, else `SAMTAL_DATA_DIR`, else the
//! platform's data folder. An empty variable counts as unset; a file is refused.

use super::CliError;
use super::lang::{fill, text};
use std::path::{Path, PathBuf};

pub const DATA_DIR_VAR: &str = "SAMTAL_DATA_DIR";

pub fn choose(explicit: Option<&Path>) -> Result<PathBuf, CliError> {
    let from_env = std::env::var_os(DATA_DIR_VAR).filter(|v| !v.is_empty());
    let (dir, source) = match (explicit, from_env) {
        (Some(dir), _) => (dir.to_path_buf(), "--data-dir".to_string()),
        (None, Some(dir)) => (PathBuf::from(dir), DATA_DIR_VAR.to_string()),
        (None, None) => (
            crate::store::paths::data_dir(None).ok_or_else(|| CliError::io(text().no_home))?,
            String::new(),
        ),
    };
    if dir.exists() && !dir.is_dir() {
        return Err(CliError::io(fill(
            text().data_dir_is_file,
            &[&dir.display(), &source],
        )));
    }
    Ok(dir)
}
