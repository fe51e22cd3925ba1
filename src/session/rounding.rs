//! The one rounding rule for minutes: time spent is shown in whole minutes, rounded
//! to the nearest minute, half a minute up (0:29 → 0, 0:30 → 1, 1:06 → 1, 1:30 → 2).
//! The sidebar and the minutes both call this, so the screen and the minutes agree.

/// Whole minutes for `seconds` spent, to the nearest minute (half up).
pub fn whole_minutes(seconds: i64) -> i64 {
    (seconds.max(0) + 30) / 60
}

#[cfg(test)]
mod tests {
    use super::whole_minutes;

    #[test]
    fn minutes_round_to_the_nearest_half_up() {
        let cases = [(0, 0), (2, 0), (29, 0), (30, 1), (66, 1), (89, 1), (90, 2)];
        for (seconds, minutes) in cases {
            assert_eq!(whole_minutes(seconds), minutes, "{seconds} s");
        }
    }
}
