//! A group taking part: its id, its name and its marked attendance.

use super::contribution::GroupId;
use super::presence::Presence;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Group {
    pub id: GroupId,
    pub name: String,
    #[serde(default, skip_serializing_if = "Presence::is_unmarked")]
    pub presence: Presence,
}
