//! Reading the agenda fields whose parser messages would puzzle a person writing an
//! agenda by hand: the timebox ("expected u32") and the date ("input contains
//! invalid characters"). Each says what is wanted, with an example.

use serde::Deserializer;
use serde::de::{self, Visitor};
use std::fmt;

pub const TIMEBOX_HINT: &str = "timebox must be a whole number of minutes, e.g. 10";
pub const DATE_HINT: &str = "date must be written YYYY-MM-DD, e.g. 2015-11-20";

struct WholeMinutes;

impl Visitor<'_> for WholeMinutes {
    type Value = u32;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a whole number of minutes")
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<u32, E> {
        u32::try_from(v).map_err(|_| E::custom(format!("{TIMEBOX_HINT} (found {v})")))
    }

    fn visit_i64<E: de::Error>(self, v: i64) -> Result<u32, E> {
        u32::try_from(v).map_err(|_| E::custom(format!("{TIMEBOX_HINT} (found {v})")))
    }

    fn visit_f64<E: de::Error>(self, v: f64) -> Result<u32, E> {
        Err(E::custom(format!("{TIMEBOX_HINT} (found {v})")))
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<u32, E> {
        Err(E::custom(format!(
            "{TIMEBOX_HINT}, without quotes (found \"{}\")",
            v.escape_debug()
        )))
    }

    fn visit_bool<E: de::Error>(self, v: bool) -> Result<u32, E> {
        Err(E::custom(format!("{TIMEBOX_HINT} (found {v})")))
    }

    fn visit_unit<E: de::Error>(self) -> Result<u32, E> {
        Err(E::custom(format!("{TIMEBOX_HINT} (found null)")))
    }
}

pub fn whole_minutes<'de, D: Deserializer<'de>>(deserializer: D) -> Result<u32, D::Error> {
    deserializer.deserialize_any(WholeMinutes)
}

struct IsoDate;

impl Visitor<'_> for IsoDate {
    type Value = Option<chrono::NaiveDate>;

    fn expecting(&self, f: &mut fmt::Formatter) -> fmt::Result {
        f.write_str("a date YYYY-MM-DD")
    }

    fn visit_str<E: de::Error>(self, v: &str) -> Result<Self::Value, E> {
        chrono::NaiveDate::parse_from_str(v, "%Y-%m-%d")
            .map(Some)
            .map_err(|_| E::custom(format!("{DATE_HINT} (found \"{}\")", v.escape_debug())))
    }

    fn visit_unit<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_none<E: de::Error>(self) -> Result<Self::Value, E> {
        Ok(None)
    }

    fn visit_u64<E: de::Error>(self, v: u64) -> Result<Self::Value, E> {
        Err(E::custom(format!("{DATE_HINT} (found {v})")))
    }
}

pub fn iso_date<'de, D: Deserializer<'de>>(
    deserializer: D,
) -> Result<Option<chrono::NaiveDate>, D::Error> {
    deserializer.deserialize_any(IsoDate)
}
