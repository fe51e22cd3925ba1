//! What the session planned and changed of its schedule: the planned start, the
//! re-timed timeboxes, the skipped items; and how far off the plan it runs.

use super::timestamp::Timestamp;
use serde::{Deserialize, Serialize};
use std::collections::{BTreeMap, BTreeSet};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Schedule {
    /// When the first item was planned to begin; `None`: no schedule to hold.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub planned_start: Option<Timestamp>,
    /// Timeboxes a re-timing changed, by item id. The agenda keeps the planned ones,
    /// so the planned end stays where it was and the minutes can say both.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub retimed: BTreeMap<String, u32>,
    /// Items the moderator skipped: no time in the projection, "skipped" in the minutes.
    #[serde(default, skip_serializing_if = "BTreeSet::is_empty")]
    pub skipped: BTreeSet<String>,
    /// Each item's number in the agenda as planned, once an item was moved: the
    /// minutes keep these numbers whatever the order.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub numbers: BTreeMap<String, usize>,
}

impl Schedule {
    /// No planned start, nothing re-timed or skipped (left out of the session file).
    pub fn is_empty(&self) -> bool {
        self == &Schedule::default()
    }
}

/// How far the projected end is from the planned end, in whole minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offset {
    Behind(i64),
    Ahead(i64),
    OnTime,
}
