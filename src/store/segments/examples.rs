//! Events and ids for tests of the segment layer.

use crate::session::{Event, EventId, Kind, Stamp, WriterId};

/// A contribution numbered `n`, with a Swedish text.
pub fn event(n: u64) -> Event {
    Event::ContributionAdded {
        id: EventId::origin(n),
        item: "welcome".into(),
        group: EventId::origin(1),
        kind: Kind::Comment,
        text: format!("Bidrag {n} från Region Skåne – åäö"),
        at: at(),
    }
}

/// 30 November 2026, 09:00 in Stockholm.
pub fn at() -> crate::session::Timestamp {
    chrono::DateTime::parse_from_rfc3339("2026-11-30T09:00:00+01:00").unwrap_or_default()
}

/// A writer of device `device`, process 1.
pub fn writer(device: u64) -> WriterId {
    WriterId::new(crate::session::DeviceId(device), 1)
}

/// The stamp `n` milliseconds after 09:00 on 30 November 2026.
pub fn stamp(n: u64) -> Stamp {
    Stamp::from_millis(at().timestamp_millis() + n as i64)
}

pub fn id(n: u64, device: u64) -> EventId {
    EventId {
        stamp: stamp(n),
        writer: writer(device),
    }
}

/// splitmix64: random choices for tests that a seed repeats.
#[derive(Debug, Clone)]
pub struct SplitMix(pub u64);

impl SplitMix {
    /// A number below `n` (0 when n is 0).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        ((z ^ (z >> 31)) % n.max(1) as u64) as usize
    }
}
