//! `update(model, action, now)`: what the user meant, decided without I/O and
//! without a real clock. Changes to the session are applied here (memory is the
//! truth) and handed back as effects for the store to make durable.

mod alerts;
mod annotations;
mod capture;
mod clock;
mod cockpit_keys;
mod dialogs;
mod effect;
mod entry;
#[cfg(test)]
mod fixture;
mod groups;
#[cfg(test)]
pub(crate) mod keys;
mod moves;
mod notes;
mod open;
mod own_view;
mod projector;
mod retime;
mod search;
mod selection;
mod undo;
mod versions;
mod whole;

pub use clock::{open_session, start_clock, stop_clock};
pub(in crate::tui) use effect::clamp;
pub use effect::{Effect, edit_line};
pub use entry::update;
pub use whole::needs_whole;

#[cfg(test)]
mod dialog_tests;
#[cfg(test)]
mod own_view_tests;
#[cfg(test)]
mod revision_tests;
#[cfg(test)]
mod room_tests;
#[cfg(test)]
mod tests;

#[cfg(test)]
mod screen_tests;

#[cfg(test)]
mod cockpit_tests;
#[cfg(test)]
mod heard_tests;

#[cfg(test)]
mod schedule_tests;

#[cfg(test)]
mod selection_tests;
