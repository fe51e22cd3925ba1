use super::*;
use crate::agenda::Agenda;
use crate::lang::Lang;
use chrono::TimeZone;

pub(crate) fn at(hh_mm: &str) -> Timestamp {
    let (h, m) = hh_mm.split_once(':').unwrap();
    chrono::FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2015, 11, 20, h.parse().unwrap(), m.parse().unwrap(), 0)
        .unwrap()
}

/// A Swedish session `2015-11-20-test` on the built-in agenda, opened at 09:00, with
/// these groups.
pub(crate) fn session_with(groups: &[&str]) -> Session {
    let groups: Vec<String> = groups.iter().map(|g| g.to_string()).collect();
    Session::new(
        "2015-11-20-test".into(),
        "Test".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &groups,
        at("09:00"),
    )
}

/// The id of an event written by device `device` at millisecond `ms`.
pub(crate) fn event_id(device: u64, ms: i64) -> EventId {
    EventId {
        stamp: Stamp::from_millis(1_448_000_000_000 + ms),
        writer: WriterId::new(DeviceId(device), 1),
    }
}

/// Folds `events` onto `s` in id order, as a session folder is read, whatever order
/// they arrived in.
pub(crate) fn folded_onto(mut s: Session, mut events: Vec<(EventId, Event)>) -> Session {
    events.sort_by_key(|(id, _)| *id);
    for (id, event) in &events {
        s.apply(*id, event);
    }
    s
}

/// The contribution the concurrent-edit tests are about: "Först" on the welcome
/// item, added by device 1 at 0 ms; its id and the event.
pub(crate) fn first_line_added() -> (EventId, Event) {
    let line = event_id(1, 0);
    let event = Event::ContributionAdded {
        id: line,
        item: "welcome".into(),
        group: EventId::origin(1),
        kind: Kind::Comment,
        text: "Först".into(),
        at: at("09:01"),
    };
    (line, event)
}

/// `group` says "line {id}" on `item` at 09:01, written as the origin.
pub(crate) fn say(s: &mut Session, id: u64, item: &str, group: GroupId) {
    s.apply_as(
        WriterId::ORIGIN,
        &Event::ContributionAdded {
            id: EventId::origin(id),
            item: item.into(),
            group,
            kind: Kind::Comment,
            text: format!("line {id}"),
            at: at("09:01"),
        },
    );
}

/// The group made by origin event `group` is marked `presence` at `time`, written as
/// the origin.
pub(crate) fn set_presence(s: &mut Session, group: u64, presence: Presence, time: &str) {
    s.apply_as(
        WriterId::ORIGIN,
        &Event::GroupPresenceSet {
            id: EventId::origin(group),
            presence,
            at: at(time),
        },
    );
}

fn session() -> Session {
    session_with(&["Region Skåne", "Region Örebro län"])
}

fn added(id: u64, item: &str, text: &str, time: &str) -> Event {
    Event::ContributionAdded {
        id: crate::session::EventId::origin(id),
        item: item.into(),
        group: crate::session::EventId::origin(1),
        kind: Kind::Comment,
        text: text.into(),
        at: at(time),
    }
}

#[test]
fn contributions_are_listed_per_item_in_order() {
    let mut s = session();
    s.apply_as(WriterId::ORIGIN, &added(1, "welcome", "Hej", "09:01"));
    s.apply_as(
        WriterId::ORIGIN,
        &added(2, "background", "Bakgrund", "09:02"),
    );
    s.apply_as(WriterId::ORIGIN, &added(3, "welcome", "Hallå", "09:03"));
    let texts: Vec<&str> = s
        .contributions_for_item("welcome")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["Hej", "Hallå"]);
}

#[test]
fn a_deleted_id_is_never_handed_out_again() {
    let mut s = session();
    let writer = WriterId::new(DeviceId(3), 1);
    let id = s.next_event_id(writer, at("09:01"));
    let mut event = added(1, "welcome", "Hej", "09:01");
    if let Event::ContributionAdded { id: named, .. } = &mut event {
        *named = id;
    }
    s.apply(id, &event);
    // Deleted with the wall clock behind: the next id still comes after it.
    let delete = s.next_event_id(writer, at("09:00"));
    s.apply(
        delete,
        &Event::ContributionDeleted {
            base: None,
            id,
            at: at("09:02"),
        },
    );
    assert!(delete > id);
    assert!(s.next_event_id(writer, at("09:00")) > delete);
    // And after the session is written and read back.
    let mut back: Session = serde_json::from_str(&serde_json::to_string(&s).unwrap()).unwrap();
    back.rebuild_index();
    assert!(back.next_event_id(writer, at("09:00")) > delete);
    assert!(s.ids_for_item("welcome").is_empty());
}

#[test]
fn undoing_a_delete_brings_the_contribution_back_in_its_place() {
    let mut s = session();
    s.apply_as(WriterId::ORIGIN, &added(1, "welcome", "Ett", "09:01"));
    s.apply_as(WriterId::ORIGIN, &added(2, "welcome", "Två", "09:02"));
    s.apply_as(WriterId::ORIGIN, &added(3, "welcome", "Tre", "09:03"));
    let delete = Event::ContributionDeleted {
        base: None,
        id: crate::session::EventId::origin(2),
        at: at("09:04"),
    };
    let undo = s.inverse(&delete, at("09:05")).unwrap();
    s.apply_as(WriterId::ORIGIN, &delete);
    s.apply_as(WriterId::ORIGIN, &undo);
    let texts: Vec<&str> = s
        .contributions_for_item("welcome")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["Ett", "Två", "Tre"]);
}

#[test]
fn undoing_an_edit_restores_text_and_clears_the_edited_mark() {
    let mut s = session();
    s.apply_as(WriterId::ORIGIN, &added(1, "welcome", "Malmo", "09:01"));
    let edit = Event::ContributionEdited {
        base: None,
        id: crate::session::EventId::origin(1),
        group: crate::session::EventId::origin(2),
        kind: Kind::Action,
        text: "Malmö 🇸🇪".into(),
        edited: true,
        at: at("09:02"),
    };
    let undo = s.inverse(&edit, at("09:03")).unwrap();
    s.apply_as(WriterId::ORIGIN, &edit);
    assert_eq!(
        s.contributions[&crate::session::EventId::origin(1)].edited_at,
        Some(at("09:02"))
    );
    s.apply_as(WriterId::ORIGIN, &undo);
    let c = &s.contributions[&crate::session::EventId::origin(1)];
    assert_eq!(
        (c.text.as_str(), c.group, c.kind),
        ("Malmo", crate::session::EventId::origin(1), Kind::Comment)
    );
    assert_eq!(c.edited_at, None);
}

#[test]
fn the_item_clock_counts_only_while_an_item_is_current() {
    let mut s = session();
    s.apply_as(WriterId::ORIGIN, &Event::ClockStarted { at: at("09:00") });
    s.apply_as(
        WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "welcome".into(),
            at: at("09:00"),
        },
    );
    s.apply_as(
        WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "background".into(),
            at: at("09:04"),
        },
    );
    assert_eq!(s.seconds_on("welcome", at("10:00")), 240);
    assert_eq!(s.seconds_on("background", at("09:10")), 360);
    s.apply_as(WriterId::ORIGIN, &Event::ClockPaused { at: at("09:10") });
    assert_eq!(s.seconds_on("background", at("11:00")), 360);
    // Moving while the clock stands does not start it.
    s.apply_as(
        WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "challenge-1".into(),
            at: at("10:00"),
        },
    );
    assert_eq!(s.seconds_on("challenge-1", at("10:30")), 0);
    s.apply_as(WriterId::ORIGIN, &Event::ClockStarted { at: at("10:59") });
    s.apply_as(
        WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "welcome".into(),
            at: at("11:00"),
        },
    );
    assert_eq!(s.seconds_on("welcome", at("11:01")), 300);
}

#[test]
fn a_session_survives_a_json_round_trip_with_its_index() {
    let mut s = session();
    s.apply_as(
        WriterId::ORIGIN,
        &added(1, "welcome", "Åsa: \"citat\" ✓", "09:01"),
    );
    let json = serde_json::to_string(&s).unwrap();
    let mut back: Session = serde_json::from_str(&json).unwrap();
    back.rebuild_index();
    assert_eq!(back, s);
}

#[test]
fn undoing_the_delete_of_an_edited_contribution_keeps_the_edit_mark() {
    let mut s = session();
    s.apply_as(WriterId::ORIGIN, &added(1, "welcome", "Före", "09:01"));
    s.apply_as(
        WriterId::ORIGIN,
        &Event::ContributionEdited {
            base: None,
            id: crate::session::EventId::origin(1),
            group: crate::session::EventId::origin(1),
            kind: Kind::Comment,
            text: "Efter".into(),
            edited: true,
            at: at("09:02"),
        },
    );
    let before = s.contributions[&crate::session::EventId::origin(1)].clone();
    let delete = Event::ContributionDeleted {
        base: None,
        id: crate::session::EventId::origin(1),
        at: at("09:03"),
    };
    let undo = s.inverse(&delete, at("09:04")).unwrap();
    s.apply_as(WriterId::ORIGIN, &delete);
    let redo_of_undo = s.inverse(&undo, at("09:05")).unwrap();
    s.apply_as(WriterId::ORIGIN, &undo);
    assert_eq!(s.contributions[&crate::session::EventId::origin(1)], before);
    assert_eq!(
        redo_of_undo,
        Event::ContributionDeleted {
            base: Some(before.rev()),
            id: crate::session::EventId::origin(1),
            at: at("09:05")
        }
    );
}

#[test]
fn details_or_heading_without_a_change_are_noops() {
    let details = |title: Option<String>| Event::DetailsSet {
        title,
        place: None,
        moderator: None,
        note_takers: None,
        at: at("09:00"),
    };
    let heading = |subtitle: Option<String>| Event::HeadingSet {
        subtitle,
        date: None,
        at: at("09:00"),
    };
    assert!(details(None).is_noop());
    assert!(heading(None).is_noop());
    assert!(!details(Some("Ny titel".into())).is_noop());
    assert!(!heading(Some("Dag 2".into())).is_noop());
    assert!(!added(1, "1", "text", "09:00").is_noop());
}

#[test]
fn a_restamped_event_has_the_new_time_but_an_added_contribution_keeps_its_own() {
    let later = at("10:30");
    let added = added(1, "1", "text", "09:05");
    assert_eq!(Session::restamp(&added, later).at(), at("09:05"));
    let deleted = Event::ContributionDeleted {
        base: None,
        id: crate::session::EventId::origin(1),
        at: at("09:10"),
    };
    assert_eq!(Session::restamp(&deleted, later).at(), later);
    let dots = Event::DotsSet(crate::session::annotations::DotsSet {
        id: crate::session::EventId::origin(1),
        dots: 3,
        at: at("09:10"),
    });
    assert_eq!(Session::restamp(&dots, later).at(), later);
}
