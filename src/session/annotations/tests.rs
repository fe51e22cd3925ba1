use super::*;
use crate::session::{Event, Session};

fn example() -> Session {
    crate::fixture::example_session()
}

fn at() -> Timestamp {
    crate::fixture::forum_start() + chrono::Duration::hours(3)
}

/// Every kind of annotation event, each changing something the example has.
fn changes() -> Vec<Event> {
    let due = NaiveDate::from_ymd_opt(2016, 2, 1);
    vec![
        Event::ItemNotesSet(ItemNotesSet {
            item: "challenge-2".into(),
            summary: Some("Ny sammanfattning.\nAndra raden.".into()),
            decisions: Some(vec!["Ett beslut.".into()]),
            at: at(),
        }),
        Event::ItemNotesSet(ItemNotesSet {
            item: "welcome".into(),
            summary: None,
            decisions: Some(vec!["Första beslutet på punkten.".into()]),
            at: at(),
        }),
        Event::ActionAssigned(ActionAssigned {
            id: crate::session::EventId::origin(11),
            owner: "Region Skåne".into(),
            due,
            at: at(),
        }),
        Event::ActionAssigned(ActionAssigned {
            id: crate::session::EventId::origin(17),
            owner: String::new(),
            due: None,
            at: at(),
        }),
        Event::DotsSet(DotsSet {
            id: crate::session::EventId::origin(29),
            dots: 0,
            at: at(),
        }),
        Event::DotsSet(DotsSet {
            id: crate::session::EventId::origin(33),
            dots: 12,
            at: at(),
        }),
        Event::TagsSet(TagsSet {
            id: crate::session::EventId::origin(9),
            tags: vec!["ESF".into(), "Validering".into()],
            at: at(),
        }),
        Event::TagsSet(TagsSet {
            id: crate::session::EventId::origin(44),
            tags: Vec::new(),
            at: at(),
        }),
    ]
}

#[test]
fn every_annotation_is_undone_by_its_inverse() {
    for event in changes() {
        let before = example();
        let mut session = before.clone();
        let inverse = session.inverse(&event, at()).expect("undoable");
        session.apply_as(crate::session::WriterId::ORIGIN, &event);
        assert_ne!(session.annotations, before.annotations, "{event:?} changes");
        session.apply_as(crate::session::WriterId::ORIGIN, &inverse);
        assert_eq!(session.annotations, before.annotations, "{event:?}");
    }
}

#[test]
fn empty_values_remove_the_entry_so_the_json_stays_small() {
    let mut session = example();
    for event in changes() {
        session.apply_as(crate::session::WriterId::ORIGIN, &event);
    }
    let a = &session.annotations;
    assert!(a.assignment(crate::session::EventId::origin(17)).is_none());
    assert_eq!(a.dots_of(crate::session::EventId::origin(29)), 0);
    assert!(!a.dots.contains_key(&crate::session::EventId::origin(29)));
    assert!(!a.tags.contains_key(&crate::session::EventId::origin(44)));
    assert_eq!(a.dots_of(crate::session::EventId::origin(33)), 12);
    let notes = a.notes("challenge-2").unwrap();
    assert_eq!(notes.decisions, ["Ett beslut."]);
    // Decisions alone leave a summary as it was.
    assert_eq!(a.notes("welcome").unwrap().summary, "");
}

#[test]
fn the_events_read_back_from_the_journal_as_written() {
    for event in changes() {
        let json = serde_json::to_string(&event).unwrap();
        assert!(json.starts_with("{\"type\":\""), "{json}");
        let back: Event = serde_json::from_str(&json).unwrap();
        assert_eq!(back, event);
    }
    let json = serde_json::to_string(&changes()[2]).unwrap();
    assert!(json.contains("\"type\":\"action_assigned\""), "{json}");
    assert!(json.contains("\"due\":\"2016-02-01\""), "{json}");
}

#[test]
fn a_restored_contribution_keeps_its_owner_dots_and_themes() {
    let mut session = example();
    let deleted = Event::ContributionDeleted {
        base: None,
        id: crate::session::EventId::origin(43),
        at: at(),
    };
    let restore = session.inverse(&deleted, at()).unwrap();
    session.apply_as(crate::session::WriterId::ORIGIN, &deleted);
    session.apply_as(crate::session::WriterId::ORIGIN, &restore);
    assert_eq!(session.annotations, example().annotations);
    assert_eq!(
        session
            .annotations
            .assignment(crate::session::EventId::origin(43))
            .unwrap()
            .owner,
        "Karin Holm"
    );
}

#[test]
fn themes_are_one_whatever_the_case_and_keep_the_first_spelling() {
    let known = ["ESF", "Bostäder"];
    let typed: Vec<String> = ["#esf", " Validering ", "", "ESF", "bostader"]
        .iter()
        .map(|t| t.to_string())
        .collect();
    assert_eq!(
        normalise_tags(&typed, &known),
        ["ESF", "Validering", "Bostäder"]
    );
    assert_eq!(
        example().annotations.all_tags(),
        ["Bostäder", "ERUF", "ESF", "Samverkan", "Validering"]
    );
}
