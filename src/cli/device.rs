//! `samtal device`: this computer's device id and name, and renaming it.

use super::error::{CliError, say};
use super::lang::{current, fill, os_error};
use crate::store::device::{self, DeviceError, NameError};
use crate::text::display_safe;
use std::path::Path;

/// Prints the device id and name (made on first use), after renaming when asked.
pub fn device(data_dir: &Path, new_name: Option<String>) -> Result<(), CliError> {
    let t = current().device();
    let state = device::state_dir(data_dir).map_err(device_error)?;
    let device = match &new_name {
        Some(name) => device::set_name(&state, name),
        None => device::load_or_create(&state),
    }
    .map_err(device_error)?;
    if new_name.is_some() {
        say(display_safe(&fill(t.renamed, &[&device.name])));
    }
    say(fill(t.device_id, &[&device.id]));
    say(display_safe(&fill(t.device_name, &[&device.name])));
    say(display_safe(&fill(
        t.kept_in,
        &[&state.join(device::DEVICE_FILE).display()],
    )));
    Ok(())
}

/// A device error in the user's language, with its exit code: 2 for what the user
/// can correct (a name, a misplaced or damaged state dir), 1 for the rest.
pub fn device_error(error: DeviceError) -> CliError {
    let t = current().device();
    match error {
        DeviceError::NoStateDir => CliError::io(t.no_state_dir),
        DeviceError::InsideDataDir {
            state_dir,
            data_dir,
        } => CliError::bad_input(fill(
            t.inside_data_dir,
            &[&state_dir.display(), &data_dir.display()],
        )),
        DeviceError::Io { path, source } => CliError::io(format!(
            "{}: {}",
            path.display(),
            os_error(current(), &source)
        )),
        DeviceError::Damaged { path, reason } => {
            CliError::bad_input(fill(t.damaged, &[&path.display(), &reason]))
        }
        DeviceError::BadName(NameError::Empty) => CliError::bad_input(t.name_empty),
        DeviceError::BadName(NameError::Control) => CliError::bad_input(t.name_control),
        DeviceError::BadName(NameError::TooLong(n)) => {
            CliError::bad_input(fill(t.name_too_long, &[&n, &device::MAX_NAME_CHARS]))
        }
        DeviceError::WritersExhausted { dir } => {
            CliError::io(fill(t.writers_exhausted, &[&dir.display()]))
        }
    }
}
