//! Ids that cannot collide between laptops. Every event is named by the stamp of a
//! hybrid logical clock and the writer that wrote it; a contribution or a group is
//! named by the event that created it. Two writers never share a writer id, and one
//! writer's stamps only grow, so no two events anywhere share an id.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;
use std::str::FromStr;

/// Bits of a stamp that count events within one millisecond.
const LOGICAL_BITS: u32 = 16;
/// Bits of a writer id that number the writers of one device.
const PROCESS_BITS: u32 = 24;

/// A hybrid logical clock stamp: milliseconds since 1970 in the high 48 bits and a
/// counter in the low 16. A writer's next stamp is the wall clock if that is ahead of
/// every stamp it wrote or read, else one more than the highest of those: stamps stay
/// close to real time, yet an event is always after every event its writer had seen,
/// even when the laptops' clocks disagree.
#[derive(
    Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default, Serialize, Deserialize,
)]
#[serde(transparent)]
pub struct Stamp(pub u64);

impl Stamp {
    /// The stamp of a wall-clock time, counter zero. Times before 1970 are 1970.
    pub fn from_millis(millis: i64) -> Stamp {
        Stamp(u64::try_from(millis).unwrap_or(0) << LOGICAL_BITS)
    }

    /// The wall-clock part.
    pub fn millis(self) -> u64 {
        self.0 >> LOGICAL_BITS
    }

    /// The stamp of a new event written at `now_millis` by a writer whose highest
    /// stamp written or read is `last`.
    pub fn next(last: Stamp, now_millis: i64) -> Stamp {
        let wall = Stamp::from_millis(now_millis);
        if wall > last {
            wall
        } else {
            Stamp(last.0.saturating_add(1))
        }
    }
}

/// A device: 40 random bits, drawn once per machine and kept outside anything synced.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct DeviceId(pub u64);

impl DeviceId {
    /// The largest device id: 40 bits.
    pub const MAX: u64 = (1 << (64 - PROCESS_BITS)) - 1;
}

impl fmt::Display for DeviceId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:010x}", self.0)
    }
}

/// Why a text is not a device id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a device id (up to 10 hex digits): {0:?}")]
pub struct BadDeviceId(pub String);

/// Up to 10 hex digits, as `samtal device` prints a device id.
impl FromStr for DeviceId {
    type Err = BadDeviceId;

    fn from_str(text: &str) -> Result<DeviceId, BadDeviceId> {
        let bad = || BadDeviceId(text.chars().take(40).collect());
        if text.is_empty() || text.len() > 10 || !text.bytes().all(|b| b.is_ascii_hexdigit()) {
            return Err(bad());
        }
        u64::from_str_radix(text, 16)
            .map(DeviceId)
            .map_err(|_| bad())
    }
}

impl Serialize for DeviceId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for DeviceId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<DeviceId, D::Error> {
        String::deserialize(deserializer)?
            .parse()
            .map_err(serde::de::Error::custom)
    }
}

/// One process that writes a session: its device and a number that device handed out
/// once (the app, each `samtal add`, each copy of a folder opened on it all differ).
/// Writer 0 is the origin: the groups a session was created with, and everything
/// converted from an older session folder.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct WriterId(pub u64);

impl WriterId {
    pub const ORIGIN: WriterId = WriterId(0);
    /// The largest process number a device hands out: 24 bits.
    pub const MAX_PROCESS: u64 = (1 << PROCESS_BITS) - 1;

    pub fn new(device: DeviceId, process: u64) -> WriterId {
        WriterId((device.0 & DeviceId::MAX) << PROCESS_BITS | (process & Self::MAX_PROCESS))
    }

    pub fn device(self) -> DeviceId {
        DeviceId(self.0 >> PROCESS_BITS)
    }
}

impl fmt::Display for WriterId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}", self.0)
    }
}

/// The name of one event, and of the contribution or group it created. Ordered by
/// stamp, then writer: the order in which a session's events are folded.
#[derive(Copy, Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct EventId {
    pub stamp: Stamp,
    pub writer: WriterId,
}

impl EventId {
    /// The `n`th thing of the origin writer: a group the session was created with, or
    /// a contribution or group numbered `n` in an older session folder.
    pub const fn origin(n: u64) -> EventId {
        EventId {
            stamp: Stamp(n),
            writer: WriterId::ORIGIN,
        }
    }
}

/// `0189a3f2c1d00001-3fa2c19d0e000007`: stamp and writer in fixed-width hex, so that
/// the text sorts as the id does.
impl fmt::Display for EventId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:016x}-{}", self.stamp.0, self.writer)
    }
}

/// Why a text is not an event id.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not an event id: {0:?}")]
pub struct BadEventId(pub String);

impl FromStr for EventId {
    type Err = BadEventId;

    fn from_str(text: &str) -> Result<EventId, BadEventId> {
        let bad = || BadEventId(text.chars().take(40).collect());
        let (stamp, writer) = text.split_once('-').ok_or_else(bad)?;
        let hex = |part: &str| {
            (part.len() == 16 && part.bytes().all(|b| b.is_ascii_hexdigit()))
                .then(|| u64::from_str_radix(part, 16).ok())
                .flatten()
        };
        Ok(EventId {
            stamp: Stamp(hex(stamp).ok_or_else(bad)?),
            writer: WriterId(hex(writer).ok_or_else(bad)?),
        })
    }
}

impl Serialize for EventId {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

/// Reads the text form, or a plain number: the ids of older session folders, which
/// become origin ids.
impl<'de> Deserialize<'de> for EventId {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<EventId, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Text(String),
            Number(u64),
        }
        match Either::deserialize(deserializer)? {
            Either::Number(n) => Ok(EventId::origin(n)),
            // A map key is always text: an older file's contribution number as a key.
            Either::Text(text) => match text.parse::<u64>() {
                Ok(n) => Ok(EventId::origin(n)),
                Err(_) => text.parse().map_err(serde::de::Error::custom),
            },
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_stamp_follows_the_wall_clock_when_it_is_ahead() {
        let last = Stamp::from_millis(1_000);
        assert_eq!(Stamp::next(last, 2_000), Stamp::from_millis(2_000));
    }

    #[test]
    fn a_stamp_stays_after_the_last_when_the_clock_is_behind_or_equal() {
        let last = Stamp::from_millis(5_000);
        assert_eq!(Stamp::next(last, 5_000), Stamp(last.0 + 1));
        assert_eq!(Stamp::next(last, 10), Stamp(last.0 + 1));
        assert_eq!(Stamp::next(Stamp(last.0 + 1), 10).millis(), 5_000);
    }

    #[test]
    fn ids_order_by_stamp_then_writer_and_their_text_sorts_the_same_way() {
        let a = EventId {
            stamp: Stamp(7),
            writer: WriterId(9),
        };
        let b = EventId {
            stamp: Stamp(8),
            writer: WriterId(1),
        };
        let c = EventId {
            stamp: Stamp(8),
            writer: WriterId(2),
        };
        assert!(a < b && b < c);
        assert!(a.to_string() < b.to_string() && b.to_string() < c.to_string());
    }

    #[test]
    fn an_id_survives_json_and_an_old_number_becomes_an_origin_id() {
        let id = EventId {
            stamp: Stamp::from_millis(1_448_020_800_000),
            writer: WriterId::new(DeviceId(0xab_cdef_0123), 7),
        };
        let json = serde_json::to_string(&id).unwrap();
        assert_eq!(json, format!("\"{id}\""));
        assert_eq!(serde_json::from_str::<EventId>(&json).unwrap(), id);
        assert_eq!(
            serde_json::from_str::<EventId>("12").unwrap(),
            EventId::origin(12)
        );
        assert_eq!(id.writer.device(), DeviceId(0xab_cdef_0123));
    }

    #[test]
    fn an_old_number_as_a_map_key_becomes_an_origin_id() {
        let map: std::collections::BTreeMap<EventId, u32> =
            serde_json::from_str(r#"{"5": 1, "0000000000000007-0000000000000001": 2}"#).unwrap();
        let origin = EventId::origin(5);
        let text = EventId {
            stamp: Stamp(7),
            writer: WriterId(1),
        };
        assert_eq!(map.get(&origin), Some(&1));
        assert_eq!(map.get(&text), Some(&2));
    }

    #[test]
    fn text_that_is_not_an_id_is_refused() {
        for bad in ["", "12", "x-y", "0000000000000001-00000000000000zz", "1-2"] {
            assert!(bad.parse::<EventId>().is_err(), "{bad}");
        }
    }
}
