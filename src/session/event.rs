//! What happened to a session, in the past tense. The journal stores exactly these,
//! and a session is the fold of its events (`Session::apply`).

use super::annotations::{ActionAssigned, DotsSet, ItemNotesSet, TagsSet};
use super::{Contribution, ContributionId, EventId, Group, GroupId, Kind, Presence, Timestamp};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

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
        /// The revision the edit was made on (`Contribution::rev`); `None`: whatever
        /// is current (files from before revisions).
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base: Option<EventId>,
        group: GroupId,
        kind: Kind,
        text: String,
        edited: bool,
        at: Timestamp,
    },
    /// A delete, made on revision `base` (`None`: whatever is current). A delete that
    /// had not seen an edit is not honoured: text is never silently lost.
    ContributionDeleted {
        id: ContributionId,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        base: Option<EventId>,
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
    ItemEntered { item: String, at: Timestamp },
    /// The item clock started (the session began, or went on after a break).
    ClockStarted { at: Timestamp },
    /// The item clock stopped (the app was closed, or the moderator stopped it).
    ClockPaused { at: Timestamp },
    GroupAdded {
        id: GroupId,
        name: String,
        at: Timestamp,
    },
    /// A group with no contributions taken off the list (or a `GroupAdded` undone).
    GroupRemoved { id: GroupId, at: Timestamp },
    /// A group's name corrected; its contributions stay with it.
    GroupRenamed {
        id: GroupId,
        name: String,
        at: Timestamp,
    },
    /// Every contribution of `from` (a typo group) now belongs to `into`, and `from`
    /// is gone from the list.
    GroupsMerged {
        from: GroupId,
        into: GroupId,
        at: Timestamp,
    },
    /// Undoes `GroupRemoved` or `GroupsMerged`: the group comes back at its place in
    /// the list, with the contributions that were moved away from it.
    GroupRestored {
        group: Group,
        position: usize,
        #[serde(default, skip_serializing_if = "Vec::is_empty")]
        moved_back: Vec<ContributionId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        merged_into: Option<GroupId>,
        at: Timestamp,
    },
    /// The minutes' subtitle and date, when they are not the agenda's subtitle and
    /// the day the session was created. `None` leaves a field as it was.
    HeadingSet {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        subtitle: Option<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        date: Option<chrono::NaiveDate>,
        at: Timestamp,
    },
    /// The moderator marked a group present or absent (or took the mark away).
    GroupPresenceSet {
        id: GroupId,
        presence: Presence,
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
    /// An item's summary and decisions (`annotations.rs`).
    ItemNotesSet(ItemNotesSet),
    /// An action's owner and due date.
    ActionAssigned(ActionAssigned),
    /// A proposal's dots in a vote.
    DotsSet(DotsSet),
    /// A contribution's themes.
    TagsSet(TagsSet),
    /// The contribution now belongs to `item` (it was typed under the wrong one).
    /// It keeps its id, group, kind, text and time.
    ContributionMoved {
        id: ContributionId,
        item: String,
        at: Timestamp,
    },
    /// The moderator's private note for an agenda item, whole; empty removes it.
    /// Never in the minutes unless asked for (`export --with-notes`).
    NoteSet {
        item: String,
        text: String,
        at: Timestamp,
    },
    /// Agenda moves and the item clock are honoured from this device only (`samtal
    /// set --moderator-device`): the moderator's laptop.
    ModeratorDeviceSet {
        device: super::DeviceId,
        at: Timestamp,
    },
    /// The device that wrote this event takes notes under `name` (`samtal join
    /// --as`); a later name from the same device replaces it, an empty one takes it
    /// away (`note_takers.rs`).
    NoteTakerNamed { name: String, at: Timestamp },
    /// The moderator changed what the room's screen shows (`samtal present`).
    Projector {
        #[serde(flatten)]
        change: super::ProjectorChange,
        at: Timestamp,
    },
    /// When the first item is planned to begin; `None` takes the schedule away.
    PlannedStartSet {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        start: Option<Timestamp>,
        at: Timestamp,
    },
    /// New timeboxes (minutes) by item id, from a re-timing; a planned value takes
    /// the change back.
    TimeboxesSet {
        timeboxes: BTreeMap<String, u32>,
        at: Timestamp,
    },
    /// An agenda item moved to place `to` (0-based) in the order the session runs;
    /// it keeps its number in the minutes.
    ItemMoved {
        item: String,
        to: usize,
        at: Timestamp,
    },
    /// The moderator skipped an item (or took the skip back).
    ItemSkipped {
        item: String,
        skipped: bool,
        at: Timestamp,
    },
}

/// The `at` of any event, borrowed as the event is (shared or mutable): the one list
/// of where each kind of event keeps its time.
macro_rules! stamp_of {
    ($event:expr) => {
        match $event {
            Event::ContributionAdded { at, .. }
            | Event::ContributionEdited { at, .. }
            | Event::ContributionDeleted { at, .. }
            | Event::ContributionRestored { at, .. }
            | Event::ItemEntered { at, .. }
            | Event::ClockStarted { at }
            | Event::ClockPaused { at }
            | Event::GroupAdded { at, .. }
            | Event::GroupRemoved { at, .. }
            | Event::GroupRenamed { at, .. }
            | Event::GroupsMerged { at, .. }
            | Event::GroupRestored { at, .. }
            | Event::GroupPresenceSet { at, .. }
            | Event::HeadingSet { at, .. }
            | Event::DetailsSet { at, .. }
            | Event::ContributionMoved { at, .. }
            | Event::ModeratorDeviceSet { at, .. }
            | Event::NoteTakerNamed { at, .. }
            | Event::NoteSet { at, .. }
            | Event::Projector { at, .. }
            | Event::PlannedStartSet { at, .. }
            | Event::TimeboxesSet { at, .. }
            | Event::ItemSkipped { at, .. }
            | Event::ItemMoved { at, .. }
            | Event::ItemNotesSet(ItemNotesSet { at, .. })
            | Event::ActionAssigned(ActionAssigned { at, .. })
            | Event::DotsSet(DotsSet { at, .. })
            | Event::TagsSet(TagsSet { at, .. }) => at,
        }
    };
}

impl Event {
    /// True for details or a heading that change nothing: not worth an entry.
    pub fn is_noop(&self) -> bool {
        matches!(
            self,
            Event::DetailsSet {
                title: None,
                place: None,
                moderator: None,
                note_takers: None,
                ..
            } | Event::HeadingSet {
                subtitle: None,
                date: None,
                ..
            }
        )
    }

    pub fn at(&self) -> Timestamp {
        *stamp_of!(self)
    }

    /// The event's time, to change (a redo is stamped with when it happens).
    pub fn at_mut(&mut self) -> &mut Timestamp {
        stamp_of!(self)
    }
}
