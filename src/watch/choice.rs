//! Which way the open app and the projector notice what other writers saved: change
//! notification (the default), or `--poll`, looking at the folder on a timer, for
//! network shares (SMB, NFS) and some synced folders where no notification comes.
//! Chosen once per run on the command line, like the alerts.

use super::WatchMode;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

/// How often `--poll` looks at the session folder: a line that lands is on screen
/// within this plus the time to read it (well within a second), while a look costs
/// a `stat` per file of the folder (a few files: idle CPU stays near nothing).
pub const POLL_EVERY: Duration = Duration::from_millis(250);

static POLLING: AtomicBool = AtomicBool::new(false);

/// `--poll` given or not, for every session this run opens.
pub fn set_polling(on: bool) {
    POLLING.store(on, Ordering::Relaxed);
}

pub fn polling() -> bool {
    POLLING.load(Ordering::Relaxed)
}

/// The watch the command line asked for.
pub fn chosen_mode() -> WatchMode {
    if polling() {
        WatchMode::Poll(POLL_EVERY)
    } else {
        WatchMode::Notify
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn poll_chooses_the_timer_and_its_interval_keeps_within_a_second() {
        assert_eq!(chosen_mode(), WatchMode::Notify);
        set_polling(true);
        assert_eq!(chosen_mode(), WatchMode::Poll(POLL_EVERY));
        set_polling(false);
        assert_eq!(chosen_mode(), WatchMode::Notify);
        assert!(POLL_EVERY * 2 < Duration::from_secs(1));
    }
}
