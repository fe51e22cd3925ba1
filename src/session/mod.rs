//! The domain, pure: a session, its groups and contributions, and the one function
//! that changes it (`apply`). Replaying the journal calls the same function.

mod aliases;
pub mod annotations;
mod bounds;
mod contribution;
pub mod document;
mod event;
pub mod event_id;
mod group;
mod groups;
mod heard;
mod item_index;
mod moderator;
mod moves;
mod named_note_taker;
mod note_takers;
mod notes;
mod numbers;
mod on_screen;
mod order;
mod presence;
mod projector;
mod projector_change;
mod retime;
mod revisions;
mod rounding;
mod schedule;
mod schedule_plan;
mod state;
mod timestamp;
mod undo;
mod versions;
mod writers;

pub use annotations::Annotations;
pub use bounds::{Implausible, MAX_SPENT_SECONDS, YEARS};
pub use contribution::{Contribution, ContributionId, Contributions, GroupId, Kind, Version};
pub use event::Event;
pub use event_id::{DeviceId, EventId, Stamp, WriterId};
pub use group::Group;
pub use groups::{Attendance, fold_name};
pub use heard::{next_not_heard, not_heard};
pub use named_note_taker::NamedNoteTaker;
pub use presence::Presence;
pub use projector::Projector;
pub use projector_change::ProjectorChange;
pub use retime::{FLOOR_MINUTES, Proposal, Row, shrink};
pub use rounding::whole_minutes;
pub use schedule_plan::{Offset, Schedule};
pub use state::{Details, ItemClock, Session};
pub use timestamp::Timestamp;
pub use writers::{Others, Writers};

#[cfg(test)]
mod tests;

#[cfg(test)]
mod schedule_tests;
