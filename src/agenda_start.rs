//! The agenda's planned start, written "13:00" (seconds are accepted and dropped).

use chrono::NaiveTime;
use serde::{Deserialize, Deserializer, Serializer, de};

/// "13:00", "9:05" or "13:00:00"; `None` for anything else.
pub fn parse_clock(text: &str) -> Option<NaiveTime> {
    let text = text.trim();
    ["%H:%M", "%H:%M:%S"]
        .iter()
        .find_map(|format| NaiveTime::parse_from_str(text, format).ok())
        .map(|t| t - chrono::Duration::seconds(i64::from(chrono::Timelike::second(&t))))
}

pub fn serialize<S: Serializer>(time: &Option<NaiveTime>, s: S) -> Result<S::Ok, S::Error> {
    match time {
        Some(t) => s.serialize_str(&t.format("%H:%M").to_string()),
        None => s.serialize_none(),
    }
}

pub fn deserialize<'de, D: Deserializer<'de>>(d: D) -> Result<Option<NaiveTime>, D::Error> {
    let text: Option<String> = Option::deserialize(d)?;
    match text {
        None => Ok(None),
        Some(text) => parse_clock(&text).map(Some).ok_or_else(|| {
            de::Error::custom(format!(
                "\"start\" must be a time of day like \"13:00\" (found \"{}\")",
                text.escape_debug()
            ))
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::parse_clock;

    #[test]
    fn times_of_day_are_read_and_nonsense_is_not() {
        let t = |h, m| chrono::NaiveTime::from_hms_opt(h, m, 0);
        assert_eq!(parse_clock("13:00"), t(13, 0));
        assert_eq!(parse_clock(" 9:05 "), t(9, 5));
        assert_eq!(parse_clock("13:00:40"), t(13, 0));
        for bad in ["", "13", "25:00", "13.00", "1pm", "13:60"] {
            assert_eq!(parse_clock(bad), None, "{bad}");
        }
    }
}
