//! A note-taker a device named (`note_taker_named`), as the session keeps it; how
//! the names are folded is in `note_takers.rs`.

use super::event_id::DeviceId;
use serde::{Deserialize, Serialize};

/// One device's note-taker, as it named itself.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct NamedNoteTaker {
    pub device: DeviceId,
    pub name: String,
}
