//! A group's attendance as the moderator marked it.

use serde::{Deserialize, Serialize};

/// What the moderator said about a group's attendance. Unmarked groups that said
/// nothing are not claimed either way.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "snake_case")]
pub enum Presence {
    #[default]
    Unmarked,
    Present,
    Absent,
}

impl Presence {
    pub fn is_unmarked(&self) -> bool {
        *self == Presence::Unmarked
    }
}
