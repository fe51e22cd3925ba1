//! Time's-up alerts: at 100 % of an item's timebox the terminal bell rings once and
//! the header flashes once; at a warning share too (`--warn 80`, or the agenda's
//! `warn_percent`). `--quiet` turns both off. Set once from the command line.

use std::sync::OnceLock;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Alerts {
    /// Also alert at this share of the timebox (1–99).
    pub warn_percent: Option<u8>,
    pub quiet: bool,
}

static ALERTS: OnceLock<Alerts> = OnceLock::new();

/// The command line's choice, for every session opened in this run.
pub fn set(alerts: Alerts) {
    let _ = ALERTS.set(alerts);
}

pub fn current() -> Alerts {
    ALERTS.get().copied().unwrap_or_default()
}
