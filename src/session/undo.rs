//! Undo by inverse events: the inverse of an event, computed before it is applied,
//! is the event that brings the session back. Undo and redo are themselves events in
//! the journal, so they survive a crash like any other change.

use super::{Event, Session, Timestamp};

impl Session {
    /// The event that undoes `event`, or `None` for events that are not undone
    /// (moving between agenda items, the clock).
    pub fn inverse(&self, event: &Event, at: Timestamp) -> Option<Event> {
        match event {
            // A new contribution's revision is its own id.
            Event::ContributionAdded { id, .. } => Some(Event::ContributionDeleted {
                id: *id,
                base: Some(*id),
                at,
            }),
            Event::ContributionRestored { contribution, .. } => Some(Event::ContributionDeleted {
                id: contribution.id,
                base: Some(contribution.rev()),
                at,
            }),
            Event::ContributionEdited { id, .. } | Event::ContributionDeleted { id, .. } => {
                self.contribution_back(event, *id, at)
            }
            Event::GroupAdded { .. }
            | Event::GroupRemoved { .. }
            | Event::GroupsMerged { .. }
            | Event::GroupRestored { .. }
            | Event::GroupRenamed { .. }
            | Event::GroupPresenceSet { .. } => self.group_inverse(event, at),
            Event::HeadingSet { subtitle, date, .. } => Some(Event::HeadingSet {
                subtitle: subtitle.as_ref().map(|_| self.details.subtitle.clone()),
                date: date.as_ref().map(|_| self.date()),
                at,
            }),
            Event::DetailsSet { .. } => Some(self.details_back(event, at)),
            Event::Projector { change, .. } => Some(Event::Projector {
                change: self.projector.inverse(change),
                at,
            }),
            Event::ItemNotesSet(e) => {
                Some(Event::ItemNotesSet(self.annotations.notes_before(e, at)))
            }
            Event::ActionAssigned(e) => Some(Event::ActionAssigned(
                self.annotations.assignment_before(e.id, at),
            )),
            Event::DotsSet(e) => Some(Event::DotsSet(self.annotations.dots_before(e.id, at))),
            Event::TagsSet(e) => Some(Event::TagsSet(self.annotations.tags_before(e.id, at))),
            Event::ContributionMoved { id, .. } => self.move_back(*id, at),
            Event::PlannedStartSet { .. }
            | Event::TimeboxesSet { .. }
            | Event::ItemSkipped { .. }
            | Event::ItemMoved { .. } => self.schedule_inverse(event, at),
            // A note is private and edited in its own pane; Esc there keeps it.
            Event::ItemEntered { .. }
            | Event::ModeratorDeviceSet { .. }
            | Event::NoteTakerNamed { .. }
            | Event::ClockStarted { .. }
            | Event::ClockPaused { .. }
            | Event::NoteSet { .. } => None,
        }
    }

    /// The inverse of an event on the group list.
    fn group_inverse(&self, event: &Event, at: Timestamp) -> Option<Event> {
        match event {
            // A name that folds equal to a group's makes an alias, not a group: there
            // is nothing of its own to remove.
            Event::GroupAdded { name, .. } if self.group_by_name(name).is_some() => None,
            Event::GroupAdded { id, .. } => Some(Event::GroupRemoved { id: *id, at }),
            Event::GroupRemoved { id, .. } => self.restore_of(*id, None, at),
            Event::GroupsMerged { from, into, .. } => self.restore_of(*from, Some(*into), at),
            Event::GroupRestored {
                group, merged_into, ..
            } => Some(unrestore(group.id, *merged_into, at)),
            Event::GroupRenamed { id, .. } => Some(Event::GroupRenamed {
                id: *id,
                name: self.group(*id)?.name.clone(),
                at,
            }),
            Event::GroupPresenceSet { id, .. } => Some(Event::GroupPresenceSet {
                id: *id,
                presence: self.group(*id)?.presence,
                at,
            }),
            _ => None,
        }
    }

    /// The contribution as it was before an edit or a deletion.
    fn contribution_back(
        &self,
        event: &Event,
        id: super::ContributionId,
        at: Timestamp,
    ) -> Option<Event> {
        let old = self.contributions.get(&id)?;
        Some(match event {
            Event::ContributionDeleted { .. } => Event::ContributionRestored {
                contribution: old.clone(),
                at,
            },
            // Made on the revision the undone edit makes; `rebased` sets it when the
            // undo is carried out.
            _ => Event::ContributionEdited {
                id: old.id,
                base: None,
                group: old.group,
                kind: old.kind,
                text: old.text.clone(),
                edited: old.edited_at.is_some(),
                at,
            },
        })
    }

    /// The details as they were, for the fields `event` sets (a `DetailsSet`).
    fn details_back(&self, event: &Event, at: Timestamp) -> Event {
        let Event::DetailsSet {
            title,
            place,
            moderator,
            note_takers,
            ..
        } = event
        else {
            return event.clone();
        };
        Event::DetailsSet {
            title: title.as_ref().map(|_| self.title.clone()),
            place: place.as_ref().map(|_| self.details.place.clone()),
            moderator: moderator.as_ref().map(|_| self.details.moderator.clone()),
            note_takers: note_takers
                .as_ref()
                .map(|_| self.details.note_takers.clone()),
            at,
        }
    }

    /// `event` made on the revision of its contribution shown now: how an undo or a
    /// redo is carried out (it changes what the moderator sees).
    pub fn rebased(&self, event: &Event) -> Event {
        let mut event = event.clone();
        if let Event::ContributionEdited { id, base, .. }
        | Event::ContributionDeleted { id, base, .. } = &mut event
        {
            *base = self.current_rev(*id);
        }
        event
    }

    /// The same event stamped with a new time (a redo happens now, not then).
    pub fn restamp(event: &Event, now: Timestamp) -> Event {
        let mut event = event.clone();
        // An added contribution keeps when it was first said.
        if !matches!(event, Event::ContributionAdded { .. }) {
            *event.at_mut() = now;
        }
        event
    }
}

/// Undoes a restored group: merged back into where it was, or removed again.
fn unrestore(group: super::GroupId, merged_into: Option<super::GroupId>, at: Timestamp) -> Event {
    match merged_into {
        Some(into) => Event::GroupsMerged {
            from: group,
            into,
            at,
        },
        None => Event::GroupRemoved { id: group, at },
    }
}
