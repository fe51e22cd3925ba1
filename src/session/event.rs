//! What happened to a session, in the past tense. The journal stores exactly these,
//! and a session is the fold of its events (`Session::apply`).

use super::{Contribution, ContributionId, GroupId, Kind, Timestamp};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Event {
    ContributionAdded {
        id: ContributionId,
        item: String,
        group: GroupId,
        kind: Kind,
        text: String,
        at: Timestamp,
    },
    /// A change of text, group or kind. `edited` is false when the change undoes an
    /// earlier edit and brings the contribution back to how it was first written.
    ContributionEdited {
        id: ContributionId,
        group: GroupId,
        kind: Kind,
        text: String,
        edited: bool,
        at: Timestamp,
    },
    ContributionDeleted {
        id: ContributionId,
        at: Timestamp,
    },
    /// Undoes a delete: the contribution comes back exactly as it was, edit mark
    /// included.
    ContributionRestored {
        contribution: Contribution,
        at: Timestamp,
    },
    /// The moderator moved to an agenda item. If the clock runs, it now runs for
    /// this item; if it stands, it keeps standing.
    ItemEntered {
        item: String,
        at: Timestamp,
    },
    /// The item clock started (the session began, or went on after a break).
    ClockStarted {
        at: Timestamp,
    },
    /// The item clock stopped (the app was closed, or the moderator stopped it).
    ClockPaused {
        at: Timestamp,
    },
    GroupAdded {
        id: GroupId,
        name: String,
        at: Timestamp,
    },
    /// Undoes `GroupAdded` (only ever for a group with no contributions).
    GroupRemoved {
        id: GroupId,
        at: Timestamp,
    },
    /// Details for the minutes. `None` leaves a field as it was.
    DetailsSet {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        title: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        place: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        moderator: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        note_takers: Option<Vec<String>>,
        at: Timestamp,
    },
    /// The moderator changed what the room's screen shows (`samtal present`).
    Projector {
        #[serde(flatten)]
        change: super::ProjectorChange,
        at: Timestamp,
    },
}

impl Event {
    /// False when an id is beyond `max` (a damaged or hostile file).
    pub fn numbers_fit(&self, max: u64) -> bool {
        match self {
            Event::ContributionAdded { id, group, .. }
            | Event::ContributionEdited { id, group, .. } => *id <= max && u64::from(*group) <= max,
            Event::ContributionDeleted { id, .. } => *id <= max,
            Event::ContributionRestored { contribution, .. } => contribution.id <= max,
            Event::Projector { change, .. } => change.ids().iter().all(|id| *id <= max),
            _ => true,
        }
    }

    pub fn at(&self) -> Timestamp {
        match self {
            Event::ContributionAdded { at, .. }
            | Event::ContributionEdited { at, .. }
            | Event::ContributionDeleted { at, .. }
            | Event::ContributionRestored { at, .. }
            | Event::ItemEntered { at, .. }
            | Event::ClockStarted { at }
            | Event::ClockPaused { at }
            | Event::GroupAdded { at, .. }
            | Event::GroupRemoved { at, .. }
            | Event::DetailsSet { at, .. }
            | Event::Projector { at, .. } => *at,
        }
    }
}
