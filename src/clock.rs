//! The wall clock. Only the edges read it (the app's loop, the command line): the
//! rest of the program takes the time as an argument, so tests can fix it.

use crate::session::Timestamp;

/// The wall clock, to the second (what the screen and the files show).
pub fn now() -> Timestamp {
    let now = chrono::Local::now().fixed_offset();
    now - chrono::Duration::nanoseconds(i64::from(chrono::Timelike::nanosecond(&now)))
}
