//! Who else writes this session: the newest stamp of each device that wrote an
//! event, kept as the events are folded (one map entry per device, so the footer's
//! "3 antecknare · senast 4 s" never walks the contributions).

use super::event_id::{DeviceId, EventId, Stamp, WriterId};
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

#[derive(Debug, Clone, PartialEq, Eq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct Writers(BTreeMap<DeviceId, Stamp>);

/// The devices other than one, and their newest event.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Others {
    pub devices: usize,
    /// Milliseconds since 1970 of the newest event any of them stamped.
    pub latest_millis: u64,
}

impl Writers {
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Notes an event; the origin (groups a session was created with, an older
    /// folder converted) is nobody's device.
    pub fn saw(&mut self, id: EventId) {
        if id.writer == WriterId::ORIGIN {
            return;
        }
        let newest = self.0.entry(id.writer.device()).or_default();
        *newest = (*newest).max(id.stamp);
    }

    /// Every device but `me` that wrote an event; `None` when there is none.
    pub fn others(&self, me: DeviceId) -> Option<Others> {
        let mut others = self.0.iter().filter(|(device, _)| **device != me);
        let (_, first) = others.next()?;
        let mut found = Others {
            devices: 1,
            latest_millis: first.millis(),
        };
        for (_, stamp) in others {
            found.devices += 1;
            found.latest_millis = found.latest_millis.max(stamp.millis());
        }
        Some(found)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn id(device: u64, process: u64, millis: i64) -> EventId {
        EventId {
            stamp: Stamp::from_millis(millis),
            writer: WriterId::new(DeviceId(device), process),
        }
    }

    #[test]
    fn other_devices_are_counted_once_with_their_newest_event() {
        let mut writers = Writers::default();
        for event in [id(1, 1, 10), id(2, 1, 50), id(2, 7, 40), id(3, 1, 30)] {
            writers.saw(event);
        }
        let others = writers.others(DeviceId(1)).unwrap();
        assert_eq!(others.devices, 2, "device 2's two processes are one device");
        assert_eq!(others.latest_millis, 50);
        let others = writers.others(DeviceId(2)).unwrap();
        assert_eq!((others.devices, others.latest_millis), (2, 30));
    }

    #[test]
    fn alone_or_with_only_the_origin_there_are_no_others() {
        let mut writers = Writers::default();
        writers.saw(EventId::origin(3));
        assert!(writers.is_empty());
        writers.saw(id(1, 1, 10));
        assert_eq!(writers.others(DeviceId(1)), None);
    }

    #[test]
    fn the_fold_keeps_them_in_any_order_and_passes_by_what_it_does_not_honour() {
        use crate::session::Event;
        use crate::session::tests::{at, folded_onto, session_with};
        let note = |device: u64, millis: i64| {
            let event = Event::NoteSet {
                item: "welcome".into(),
                text: format!("{device}"),
                at: at("09:01"),
            };
            (id(device, 1, millis), event)
        };
        let events = vec![note(1, 10), note(2, 20), note(3, 30), note(2, 25)];
        let mut reversed = events.clone();
        reversed.reverse();
        let s = folded_onto(session_with(&["Skåne"]), events);
        assert_eq!(
            s.writers,
            folded_onto(session_with(&["Skåne"]), reversed).writers
        );
        let others = s.writers.others(DeviceId(2)).unwrap();
        assert_eq!((others.devices, others.latest_millis), (2, 30));
    }
}
