use crate::session::tests::{at, event_id, session_with};
use crate::session::{DeviceId, Event, EventId, Kind, Session};
use std::collections::BTreeMap;

const MODERATOR: DeviceId = DeviceId(0xa1);
const NOTE_TAKER: DeviceId = DeviceId(0xb2);

fn session(moderator: Option<DeviceId>) -> Session {
    let mut s = session_with(&["Region Skåne"]);
    s.moderator_device = moderator;
    s
}

/// An event id of `device` at millisecond `ms`.
fn by(device: DeviceId, ms: i64) -> EventId {
    event_id(device.0, ms)
}

/// Every moderator-only event, each moving the agenda or the clock.
fn moderator_events() -> Vec<Event> {
    vec![
        Event::ItemEntered {
            item: "background".into(),
            at: at("09:01"),
        },
        Event::ClockStarted { at: at("09:01") },
        Event::ItemSkipped {
            item: "challenge-1".into(),
            skipped: true,
            at: at("09:02"),
        },
        Event::ItemMoved {
            item: "challenge-2".into(),
            to: 2,
            at: at("09:03"),
        },
        Event::TimeboxesSet {
            timeboxes: BTreeMap::from([("welcome".to_string(), 1)]),
            at: at("09:04"),
        },
        Event::PlannedStartSet {
            start: Some(at("10:00")),
            at: at("09:05"),
        },
        Event::ClockPaused { at: at("09:06") },
    ]
}

fn applied(mut s: Session, device: DeviceId) -> Session {
    for (k, event) in (0..).zip(moderator_events()) {
        s.apply(by(device, k), &event);
    }
    s
}

#[test]
fn agenda_moves_and_the_clock_from_another_device_change_nothing() {
    let before = session(Some(MODERATOR));
    let mut after = applied(before.clone(), NOTE_TAKER);
    assert_eq!(after.current_item, before.current_item);
    assert_eq!(after.clock, before.clock);
    assert_eq!(after.schedule, before.schedule);
    assert_eq!(after.last_change, before.last_change);
    after.last_stamp = before.last_stamp;
    assert_eq!(after, before, "kept in the file, passed by in the fold");
}

#[test]
fn the_moderators_device_moves_the_agenda_and_the_clock() {
    let before = session(Some(MODERATOR));
    let after = applied(before.clone(), MODERATOR);
    assert_eq!(after.current_item, "background");
    assert!(after.clock.last_stopped.is_some());
    assert!(after.schedule.skipped.contains("challenge-1"));
    assert!(after.schedule.planned_start.is_some());
}

#[test]
fn without_a_moderators_device_anyone_leads() {
    let after = applied(session(None), NOTE_TAKER);
    assert_eq!(after.current_item, "background");
}

#[test]
fn contributions_from_every_device_count() {
    let mut s = session(Some(MODERATOR));
    let id = by(NOTE_TAKER, 5);
    s.apply(
        id,
        &Event::ContributionAdded {
            id,
            item: "welcome".into(),
            group: EventId::origin(1),
            kind: Kind::Comment,
            text: "från bordet".into(),
            at: at("09:02"),
        },
    );
    assert_eq!(s.contributions.len(), 1);
}

#[test]
fn naming_another_device_hands_the_lead_over() {
    let mut s = session(Some(MODERATOR));
    s.apply(
        by(NOTE_TAKER, 1),
        &Event::ModeratorDeviceSet {
            device: NOTE_TAKER,
            at: at("09:01"),
        },
    );
    let entered = |item: &str| Event::ItemEntered {
        item: item.into(),
        at: at("09:02"),
    };
    s.apply(by(MODERATOR, 2), &entered("background"));
    assert_eq!(
        s.current_item, "welcome",
        "the old moderator no longer leads"
    );
    s.apply(by(NOTE_TAKER, 3), &entered("challenge-1"));
    assert_eq!(s.current_item, "challenge-1");
}

#[test]
fn the_moderators_device_is_kept_in_the_file_as_hex() {
    let s = session(Some(MODERATOR));
    let json = serde_json::to_string(&s).unwrap();
    assert!(
        json.contains(r#""moderator_device":"00000000a1""#),
        "{json}"
    );
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back.moderator_device, Some(MODERATOR));
    let none = serde_json::to_string(&session(None)).unwrap();
    assert!(!none.contains("moderator_device"), "{none}");
    assert!("xyz".parse::<DeviceId>().is_err());
    assert!(
        "12345678901".parse::<DeviceId>().is_err(),
        "more than 40 bits"
    );
}
