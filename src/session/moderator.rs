//! One device leads. Agenda moves and the item clock are honoured only from the
//! moderator's device: a note-taker's laptop that steps on the agenda (by mistake, or
//! with a clock that is off) changes nothing for the room. Its events are kept in the
//! file all the same; only the fold passes them by. Any device may name the
//! moderator's device (`ModeratorDeviceSet`), so another laptop can take over when the
//! moderator's breaks.

use super::event::Event;
use super::event_id::EventId;
use super::state::Session;

impl Session {
    /// False for an event only the moderator's device may make, from another device.
    pub(super) fn honours(&self, event_id: EventId, event: &Event) -> bool {
        match self.moderator_device {
            Some(device) if moderator_only(event) => event_id.writer.device() == device,
            _ => true,
        }
    }
}

impl Event {
    /// True for the events only the moderator's device makes count: a note-taker's
    /// app writes none of them.
    pub fn is_moderator_only(&self) -> bool {
        moderator_only(self)
    }
}

/// The agenda moves and the item clock.
fn moderator_only(event: &Event) -> bool {
    matches!(
        event,
        Event::ItemEntered { .. }
            | Event::ClockStarted { .. }
            | Event::ClockPaused { .. }
            | Event::ItemMoved { .. }
            | Event::ItemSkipped { .. }
            | Event::TimeboxesSet { .. }
            | Event::PlannedStartSet { .. }
    )
}

#[cfg(test)]
#[path = "moderator_tests.rs"]
mod tests;
