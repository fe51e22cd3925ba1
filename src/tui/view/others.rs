//! The footer's word on the other writers: "3 antecknare · senast 4 s" / "3 note-takers
//! · last 4 s ago": how many other computers wrote events to the session and how long
//! ago the newest of them was stamped. Read from the fold (`session::Writers`): a few
//! devices, never the contributions.

use crate::i18n::Lang;
use crate::i18n::versions::versions_words;
use crate::session::Others;
use crate::tui::model::Model;

/// The words, or `None` while this computer is the only one that wrote.
pub fn others_text(model: &Model, now_millis: i64) -> Option<String> {
    let others = model.session.writers.others(model.writer.device())?;
    Some(describe(model.lang, others, now_millis))
}

pub fn describe(lang: Lang, others: Others, now_millis: i64) -> String {
    let w = versions_words(lang);
    let who = if others.devices == 1 {
        w.note_taker
    } else {
        w.note_takers
    };
    // A laptop whose clock is ahead stamps events in this one's future: "0 s".
    let age_ms = u64::try_from(now_millis)
        .unwrap_or(0)
        .saturating_sub(others.latest_millis);
    format!(
        "{} {who} · {} {}{}",
        others.devices,
        w.last_before,
        age(age_ms / 1000),
        w.last_after
    )
}

/// "4 s" under a minute, then "3 min" (whole minutes, rounded down).
fn age(seconds: u64) -> String {
    if seconds < 60 {
        format!("{seconds} s")
    } else {
        format!("{} min", seconds / 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn others(devices: usize, latest_millis: u64) -> Others {
        Others {
            devices,
            latest_millis,
        }
    }

    #[test]
    fn the_words_in_both_languages() {
        let now = 1_000_000;
        assert_eq!(
            describe(Lang::Sv, others(3, 996_000), now),
            "3 antecknare · senast 4 s"
        );
        assert_eq!(
            describe(Lang::En, others(3, 996_000), now),
            "3 note-takers · last 4 s ago"
        );
        assert_eq!(
            describe(Lang::En, others(1, 999_999), now),
            "1 note-taker · last 0 s ago"
        );
        assert_eq!(
            describe(Lang::Sv, others(1, 999_999), now),
            "1 antecknare · senast 0 s"
        );
    }

    #[test]
    fn minutes_after_a_minute_and_never_a_negative_age() {
        let now = 10_000_000;
        assert_eq!(
            describe(Lang::Sv, others(2, now as u64 - 59_999), now),
            "2 antecknare · senast 59 s"
        );
        assert_eq!(
            describe(Lang::Sv, others(2, now as u64 - 60_000), now),
            "2 antecknare · senast 1 min"
        );
        assert_eq!(
            describe(Lang::En, others(2, now as u64 - 200_000), now),
            "2 note-takers · last 3 min ago"
        );
        // A clock running ahead on the other laptop.
        assert_eq!(
            describe(Lang::En, others(2, now as u64 + 5_000), now),
            "2 note-takers · last 0 s ago"
        );
        assert_eq!(
            describe(Lang::Sv, others(2, 5), -1),
            "2 antecknare · senast 0 s"
        );
    }
}
