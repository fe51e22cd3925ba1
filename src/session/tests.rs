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

fn session() -> Session {
    Session::new(
        "2015-11-20-test".into(),
        "Test".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &["Region Skåne".into(), "Region Örebro län".into()],
        at("09:00"),
    )
}

fn added(id: u64, item: &str, text: &str, time: &str) -> Event {
    Event::ContributionAdded {
        id,
        item: item.into(),
        group: 1,
        kind: Kind::Comment,
        text: text.into(),
        at: at(time),
    }
}

#[test]
fn contributions_are_listed_per_item_in_order() {
    let mut s = session();
    s.apply(&added(1, "welcome", "Hej", "09:01"));
    s.apply(&added(2, "background", "Bakgrund", "09:02"));
    s.apply(&added(3, "welcome", "Hallå", "09:03"));
    let texts: Vec<&str> = s
        .contributions_for_item("welcome")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["Hej", "Hallå"]);
    assert_eq!(s.next_contribution_id, 4);
}

#[test]
fn a_deleted_id_is_never_handed_out_again() {
    let mut s = session();
    s.apply(&added(1, "welcome", "Hej", "09:01"));
    s.apply(&Event::ContributionDeleted {
        id: 1,
        at: at("09:02"),
    });
    assert_eq!(s.next_contribution_id, 2);
    assert!(s.ids_for_item("welcome").is_empty());
}

#[test]
fn undoing_a_delete_brings_the_contribution_back_in_its_place() {
    let mut s = session();
    s.apply(&added(1, "welcome", "Ett", "09:01"));
    s.apply(&added(2, "welcome", "Två", "09:02"));
    s.apply(&added(3, "welcome", "Tre", "09:03"));
    let delete = Event::ContributionDeleted {
        id: 2,
        at: at("09:04"),
    };
    let undo = s.inverse(&delete, at("09:05")).unwrap();
    s.apply(&delete);
    s.apply(&undo);
    let texts: Vec<&str> = s
        .contributions_for_item("welcome")
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts, ["Ett", "Två", "Tre"]);
}

#[test]
fn undoing_an_edit_restores_text_and_clears_the_edited_mark() {
    let mut s = session();
    s.apply(&added(1, "welcome", "Malmo", "09:01"));
    let edit = Event::ContributionEdited {
        id: 1,
        group: 2,
        kind: Kind::Action,
        text: "Malmö 🇸🇪".into(),
        edited: true,
        at: at("09:02"),
    };
    let undo = s.inverse(&edit, at("09:03")).unwrap();
    s.apply(&edit);
    assert_eq!(s.contributions[&1].edited_at, Some(at("09:02")));
    s.apply(&undo);
    let c = &s.contributions[&1];
    assert_eq!(
        (c.text.as_str(), c.group, c.kind),
        ("Malmo", 1, Kind::Comment)
    );
    assert_eq!(c.edited_at, None);
}

#[test]
fn the_item_clock_counts_only_while_an_item_is_current() {
    let mut s = session();
    s.apply(&Event::ClockStarted { at: at("09:00") });
    s.apply(&Event::ItemEntered {
        item: "welcome".into(),
        at: at("09:00"),
    });
    s.apply(&Event::ItemEntered {
        item: "background".into(),
        at: at("09:04"),
    });
    assert_eq!(s.seconds_on("welcome", at("10:00")), 240);
    assert_eq!(s.seconds_on("background", at("09:10")), 360);
    s.apply(&Event::ClockPaused { at: at("09:10") });
    assert_eq!(s.seconds_on("background", at("11:00")), 360);
    // Moving while the clock stands does not start it.
    s.apply(&Event::ItemEntered {
        item: "challenge-1".into(),
        at: at("10:00"),
    });
    assert_eq!(s.seconds_on("challenge-1", at("10:30")), 0);
    s.apply(&Event::ClockStarted { at: at("10:59") });
    s.apply(&Event::ItemEntered {
        item: "welcome".into(),
        at: at("11:00"),
    });
    assert_eq!(s.seconds_on("welcome", at("11:01")), 300);
}

#[test]
fn a_session_survives_a_json_round_trip_with_its_index() {
    let mut s = session();
    s.apply(&added(1, "welcome", "Åsa: \"citat\" ✓", "09:01"));
    let json = serde_json::to_string(&s).unwrap();
    let mut back: Session = serde_json::from_str(&json).unwrap();
    back.rebuild_index();
    assert_eq!(back, s);
}

#[test]
fn undoing_the_delete_of_an_edited_contribution_keeps_the_edit_mark() {
    let mut s = session();
    s.apply(&added(1, "welcome", "Före", "09:01"));
    s.apply(&Event::ContributionEdited {
        id: 1,
        group: 1,
        kind: Kind::Comment,
        text: "Efter".into(),
        edited: true,
        at: at("09:02"),
    });
    let before = s.contributions[&1].clone();
    let delete = Event::ContributionDeleted {
        id: 1,
        at: at("09:03"),
    };
    let undo = s.inverse(&delete, at("09:04")).unwrap();
    s.apply(&delete);
    let redo_of_undo = s.inverse(&undo, at("09:05")).unwrap();
    s.apply(&undo);
    assert_eq!(s.contributions[&1], before);
    assert_eq!(
        redo_of_undo,
        Event::ContributionDeleted {
            id: 1,
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
        id: 1,
        at: at("09:10"),
    };
    assert_eq!(Session::restamp(&deleted, later).at(), later);
    let dots = Event::DotsSet(crate::session::annotations::DotsSet {
        id: 1,
        dots: 3,
        at: at("09:10"),
    });
    assert_eq!(Session::restamp(&dots, later).at(), later);
}
