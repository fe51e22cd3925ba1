//! samtal: lead a structured group dialogue from the terminal and turn it into minutes.

pub mod agenda;
mod agenda_fields;
pub mod agenda_start;
pub mod cli;
pub mod clock;
#[cfg(any(test, feature = "testkit"))]
pub mod fixture;
pub mod i18n;
pub mod lang;
pub mod messages;
pub mod minutes;
pub mod present;
pub mod presets;
pub mod session;
pub mod store;
pub mod terminal;
pub mod text;
pub mod tui;
pub mod watch;
