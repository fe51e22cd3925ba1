//! Values a real session can hold. A file that parses but holds impossible values
//! (an item clock of −10^17 seconds, a time in the year 200000) is damaged: every
//! command refuses it, instead of computing with it (and panicking in chrono's
//! arithmetic on the screen).

use super::{Event, Session, Timestamp};
use chrono::Datelike;

/// The most time one agenda item can have taken: a hundred years.
pub const MAX_SPENT_SECONDS: i64 = 100 * 366 * 24 * 3600;
/// Times must fall within these years.
pub const YEARS: std::ops::RangeInclusive<i32> = 1970..=9999;

/// The first impossible value found in a session or an event.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum Implausible {
    #[error("{what} is in the year {year}, outside {}–{}", YEARS.start(), YEARS.end())]
    Year { what: &'static str, year: i32 },
    #[error("the clock of item '{item}' says {seconds} seconds, outside 0–{MAX_SPENT_SECONDS}")]
    Clock { item: String, seconds: i64 },
}

fn check_time(what: &'static str, at: &Timestamp) -> Result<(), Implausible> {
    if YEARS.contains(&at.year()) {
        Ok(())
    } else {
        Err(Implausible::Year {
            what,
            year: at.year(),
        })
    }
}

impl Session {
    /// Err with the first impossible value found.
    pub fn check_plausible(&self) -> Result<(), Implausible> {
        check_time("created_at", &self.created_at)?;
        check_time("last_change", &self.last_change)?;
        for (what, at) in [
            ("started_at", &self.started_at),
            ("clock.running_since", &self.clock.running_since),
            ("clock.last_stopped", &self.clock.last_stopped),
        ] {
            if let Some(at) = at {
                check_time(what, at)?;
            }
        }
        for (item, seconds) in &self.clock.spent_seconds {
            if !(0..=MAX_SPENT_SECONDS).contains(seconds) {
                return Err(Implausible::Clock {
                    item: item.clone(),
                    seconds: *seconds,
                });
            }
        }
        for c in self.contributions.values() {
            check_time("a contribution's time", &c.at)?;
            if let Some(edited) = &c.edited_at {
                check_time("a contribution's edit time", edited)?;
            }
        }
        Ok(())
    }
}

impl Event {
    /// Err when the event's times are impossible.
    pub fn check_plausible(&self) -> Result<(), Implausible> {
        check_time("the event's time", &self.at())?;
        if let Event::ContributionRestored { contribution, .. } = self {
            check_time("a contribution's time", &contribution.at)?;
            if let Some(edited) = &contribution.edited_at {
                check_time("a contribution's edit time", edited)?;
            }
        }
        Ok(())
    }
}
