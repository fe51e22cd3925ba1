//! This machine as a writer of sessions: its device id and name (`device.json`) and
//! the per-process writer numbers it hands out (`writers/<n>`), kept in the local
//! state dir, never in the data dir, which may be synced to other laptops: a device
//! id copied to a second machine would let two writers share an id.

mod error;
mod file;
mod identity;
mod name;
mod state_dir;
mod writers;

pub use error::DeviceError;
pub use identity::{DEVICE_FILE, Device, load_or_create, set_name};
pub use name::{MAX_NAME_CHARS, NameError, host_name, validate_name};
pub use state_dir::{STATE_DIR_VAR, choose_state_dir, state_dir};
pub use writers::{WRITERS_DIR, claim_writer};

#[cfg(test)]
mod tests;
