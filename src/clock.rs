//! The wall clock, and how a span of time is written on screen. Only the edges read
//! the clock (the app's loop, the command line): the rest of the program takes the
//! time as an argument, so tests can fix it.

use crate::session::Timestamp;

/// The wall clock, to the second (what the screen and the files show).
pub fn now() -> Timestamp {
    let now = chrono::Local::now().fixed_offset();
    now - chrono::Duration::nanoseconds(i64::from(chrono::Timelike::nanosecond(&now)))
}

/// The wall clock in milliseconds since 1970: what event ids are stamped with.
pub fn now_millis() -> i64 {
    chrono::Utc::now().timestamp_millis()
}

/// A span of time as both screens show it: "mm:ss", or "h:mm:ss" from an hour on.
pub fn stopwatch(seconds: i64) -> String {
    let s = seconds.max(0);
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}
