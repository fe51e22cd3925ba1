use crate::session::tests::{at, event_id, session_with};
use crate::session::{DeviceId, Event, EventId, Session};

const ANNA: DeviceId = DeviceId(0xa1);
const PER: DeviceId = DeviceId(0xb2);

fn session() -> Session {
    session_with(&["Region Skåne"])
}

fn by(device: DeviceId, ms: i64) -> EventId {
    event_id(device.0, ms)
}

fn named(name: &str) -> Event {
    Event::NoteTakerNamed {
        name: name.into(),
        at: at("09:01"),
    }
}

#[test]
fn each_device_names_its_own_note_taker() {
    let mut s = session();
    s.apply(by(ANNA, 1), &named("Anna Lind"));
    s.apply(by(PER, 2), &named("Per Öberg"));
    assert_eq!(s.note_taker_of(ANNA), Some("Anna Lind"));
    assert_eq!(s.note_taker_of(PER), Some("Per Öberg"));
    assert_eq!(s.note_takers(), ["Anna Lind", "Per Öberg"]);
}

#[test]
fn a_later_name_from_the_same_device_replaces_the_earlier_and_empty_removes_it() {
    let mut s = session();
    s.apply(by(ANNA, 1), &named("Anna"));
    s.apply(by(PER, 2), &named("Per"));
    s.apply(by(ANNA, 3), &named("Anna Lind"));
    assert_eq!(s.note_takers(), ["Anna Lind", "Per"], "the place is kept");
    s.apply(by(ANNA, 4), &named("  "));
    assert_eq!(s.note_taker_of(ANNA), None);
    assert_eq!(s.note_takers(), ["Per"]);
}

#[test]
fn the_minutes_list_a_name_once_whether_typed_or_given() {
    let mut s = session();
    s.details.note_takers = vec!["Åsa Berg".into(), "Per Öberg".into()];
    s.apply(by(ANNA, 1), &named("asa  berg"));
    s.apply(by(PER, 2), &named("Maria Ek"));
    assert_eq!(s.note_takers(), ["Åsa Berg", "Per Öberg", "Maria Ek"]);
}

#[test]
fn names_survive_the_session_document_and_are_absent_when_none() {
    let mut s = session();
    let none = serde_json::to_string(&s).unwrap();
    assert!(!none.contains("named_note_takers"), "{none}");
    s.apply(by(ANNA, 1), &named("Anna Lind"));
    let json = serde_json::to_string(&s).unwrap();
    let back: Session = serde_json::from_str(&json).unwrap();
    assert_eq!(back.note_taker_of(ANNA), Some("Anna Lind"));
}

#[test]
fn the_event_is_kept_as_note_taker_named() {
    let json = serde_json::to_string(&named("Anna")).unwrap();
    assert!(json.contains(r#""type":"note_taker_named""#), "{json}");
    assert!(session().inverse(&named("Anna"), at("09:02")).is_none());
}
