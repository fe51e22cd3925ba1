//! The current item's countdown as the room sees it: the time left, or over, and
//! whether the clock stands. Colour is never the only signal: the text says it too.

use crate::session::{Session, Timestamp};

/// How the timer looks: from 20 % left it turns orange, past zero red.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tone {
    Normal,
    Amber,
    Over,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Timer {
    /// "12:34", or "+2:15" once over; counting up for an item without a timebox.
    pub digits: String,
    pub tone: Tone,
    /// The clock stands (`⏸`).
    pub paused: bool,
}

/// The share of the timebox below which the timer turns orange, in percent.
const AMBER_PERCENT: i64 = 20;

impl Timer {
    pub fn of(session: &Session, now: Timestamp) -> Timer {
        let spent = session.seconds_on(&session.current_item, now);
        let planned = session
            .agenda
            .item(&session.current_item)
            .map_or(0, |item| i64::from(item.timebox_minutes) * 60);
        let paused = session.clock.running_since.is_none();
        if planned == 0 {
            return Timer {
                digits: clock(spent),
                tone: Tone::Normal,
                paused,
            };
        }
        let left = planned - spent;
        let (digits, tone) = if left < 0 {
            (format!("+{}", short_clock(-left)), Tone::Over)
        } else if left * 100 <= planned * AMBER_PERCENT {
            (clock(left), Tone::Amber)
        } else {
            (clock(left), Tone::Normal)
        };
        Timer {
            digits,
            tone,
            paused,
        }
    }
}

/// "mm:ss", or "h:mm:ss" from an hour on.
fn clock(seconds: i64) -> String {
    crate::tui::view::clock(seconds)
}

/// "2:15": minutes without a leading zero, for the time over.
fn short_clock(seconds: i64) -> String {
    if seconds >= 3600 {
        clock(seconds)
    } else {
        format!("{}:{:02}", seconds / 60, seconds % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::fixture;
    use crate::session::Event;

    /// The example session with its current item's clock running from `start`.
    fn running(minutes_ago: i64) -> (Session, Timestamp) {
        let mut session = fixture::example_session();
        let start = session.last_change + chrono::Duration::minutes(1);
        let item = session.current_item.clone();
        session.clock.spent_seconds.remove(&item);
        session.apply_as(
            crate::session::WriterId::ORIGIN,
            &Event::ClockStarted { at: start },
        );
        (session, start + chrono::Duration::minutes(minutes_ago))
    }

    fn timebox(session: &Session) -> i64 {
        session
            .agenda
            .item(&session.current_item)
            .map_or(0, |i| i64::from(i.timebox_minutes))
    }

    #[test]
    fn counts_down_then_turns_amber_at_a_fifth_left_then_red_and_plus() {
        let (session, _) = running(0);
        let minutes = timebox(&session);
        assert!(minutes >= 5, "the example item has a timebox");
        let (session, now) = running(0);
        assert_eq!(Timer::of(&session, now).tone, Tone::Normal);
        let at_fifth = minutes * 60 * 4 / 5;
        let t = now + chrono::Duration::seconds(at_fifth - 1);
        assert_eq!(Timer::of(&session, t).tone, Tone::Normal);
        let t = now + chrono::Duration::seconds(at_fifth);
        assert_eq!(Timer::of(&session, t).tone, Tone::Amber);
        let t = now + chrono::Duration::seconds(minutes * 60 + 135);
        let over = Timer::of(&session, t);
        assert_eq!((over.digits.as_str(), over.tone), ("+2:15", Tone::Over));
        assert!(!over.paused);
    }

    #[test]
    fn a_standing_clock_is_paused_and_keeps_its_time() {
        let (mut session, now) = running(3);
        session.apply_as(
            crate::session::WriterId::ORIGIN,
            &Event::ClockPaused { at: now },
        );
        let later = now + chrono::Duration::minutes(10);
        let timer = Timer::of(&session, later);
        assert!(timer.paused);
        assert_eq!(timer, Timer::of(&session, now));
    }
}
