//! The writer id this process writes every session under: this device's id and a
//! process number claimed once, in the local state dir (never in the data dir). A
//! process that writes two sessions writes both as the same writer; two processes
//! never share one.

use super::error::StoreError;
use crate::session::{DeviceId, WriterId};
use crate::store::device::{DeviceError, claim_writer, load_or_create, state_dir};
use std::path::Path;
use std::sync::OnceLock;

/// This process's device and writer, once claimed.
static CLAIMED: OnceLock<(DeviceId, WriterId)> = OnceLock::new();

/// This process's device and writer id, claimed the first time it is asked for.
/// `near` is the folder about to be written: the state dir must not be inside it.
pub fn claim_for_this_process(near: &Path) -> Result<(DeviceId, WriterId), StoreError> {
    if let Some(claimed) = CLAIMED.get() {
        return Ok(*claimed);
    }
    let claimed = claim(near).map_err(device_error)?;
    // Two threads claiming at once: one claim wins, the other number stays unused.
    Ok(*CLAIMED.get_or_init(|| claimed))
}

fn claim(near: &Path) -> Result<(DeviceId, WriterId), DeviceError> {
    let dir = chosen_state_dir(near)?;
    let device = load_or_create(&dir)?;
    Ok((device.id, claim_writer(&dir, device.id)?))
}

fn device_error(e: DeviceError) -> StoreError {
    match e {
        DeviceError::Io { path, source } => StoreError::Io { path, source },
        DeviceError::Damaged { path, reason } => StoreError::Corrupt { path, reason },
        other => StoreError::NotFound {
            what: other.to_string(),
        },
    }
}

#[cfg(not(any(test, feature = "testkit")))]
fn chosen_state_dir(near: &Path) -> Result<std::path::PathBuf, DeviceError> {
    state_dir(near)
}

/// Tests never touch the real state dir: in a build for tests, without
/// `SAMTAL_STATE_DIR`, one shared folder in the temporary folder (claims are made
/// with `O_EXCL`, so test processes sharing it still get writers of their own).
#[cfg(any(test, feature = "testkit"))]
fn chosen_state_dir(near: &Path) -> Result<std::path::PathBuf, DeviceError> {
    if std::env::var_os(crate::store::device::STATE_DIR_VAR).is_some() {
        return state_dir(near);
    }
    Ok(std::env::temp_dir().join("samtal-test-state"))
}
