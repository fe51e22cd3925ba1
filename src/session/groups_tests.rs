use super::*;
use crate::session::tests::{at, say, session_with, set_presence};

const ORIGIN_2: crate::session::EventId = crate::session::EventId::origin(2);
const ORIGIN_3: crate::session::EventId = crate::session::EventId::origin(3);

fn apply_with_inverse(s: &mut Session, event: Event) -> Event {
    let undo = s.inverse(&event, at("09:30")).expect("undoable");
    s.apply_as(crate::session::WriterId::ORIGIN, &event);
    undo
}

#[test]
fn merging_moves_every_contribution_and_undo_brings_the_typo_group_back() {
    let mut s = session_with(&["Region Skåne", "Region Västerbotten", "Region Vasterbotten"]);
    say(&mut s, 1, "welcome", crate::session::EventId::origin(2));
    say(&mut s, 2, "welcome", crate::session::EventId::origin(3));
    say(&mut s, 3, "welcome", crate::session::EventId::origin(3));
    let before = s.clone();
    let undo = apply_with_inverse(
        &mut s,
        Event::GroupsMerged {
            from: crate::session::EventId::origin(3),
            into: crate::session::EventId::origin(2),
            at: at("09:10"),
        },
    );
    assert_eq!(s.groups.len(), 2);
    assert!(
        s.contributions
            .values()
            .all(|c| c.group == crate::session::EventId::origin(2)
                || c.group == crate::session::EventId::origin(1))
    );
    assert_eq!(
        s.contributions_of(crate::session::EventId::origin(2)),
        [1, 2, 3].map(crate::session::EventId::origin).to_vec()
    );
    let redo = apply_with_inverse(&mut s, undo);
    assert_eq!(s.groups, before.groups);
    assert_eq!(s.contributions, before.contributions);
    assert!(matches!(
        redo,
        Event::GroupsMerged {
            from: ORIGIN_3,
            into: ORIGIN_2,
            ..
        }
    ));
}

#[test]
fn renaming_and_presence_are_undone_exactly() {
    let mut s = session_with(&["Region Skane", "Region Gotland"]);
    let before = s.clone();
    let undo_rename = apply_with_inverse(
        &mut s,
        Event::GroupRenamed {
            id: crate::session::EventId::origin(1),
            name: "Region Skåne".into(),
            at: at("09:05"),
        },
    );
    let undo_absent = apply_with_inverse(
        &mut s,
        Event::GroupPresenceSet {
            id: crate::session::EventId::origin(2),
            presence: Presence::Absent,
            at: at("09:06"),
        },
    );
    assert_eq!(s.groups[0].name, "Region Skåne");
    assert_eq!(s.attendance().absent, ["Region Gotland"]);
    s.apply_as(crate::session::WriterId::ORIGIN, &undo_absent);
    s.apply_as(crate::session::WriterId::ORIGIN, &undo_rename);
    assert_eq!(s.groups, before.groups);
}

#[test]
fn a_removed_group_comes_back_in_its_place_with_its_mark() {
    let mut s = session_with(&["A", "B", "C"]);
    set_presence(&mut s, 2, Presence::Absent, "09:01");
    let before = s.groups.clone();
    let undo = apply_with_inverse(
        &mut s,
        Event::GroupRemoved {
            id: crate::session::EventId::origin(2),
            at: at("09:02"),
        },
    );
    assert_eq!(s.groups.len(), 2);
    s.apply_as(crate::session::WriterId::ORIGIN, &undo);
    assert_eq!(s.groups, before);
}

#[test]
fn attendance_claims_only_what_is_known() {
    let mut s = session_with(&["A", "B", "C", "D"]);
    say(&mut s, 1, "welcome", crate::session::EventId::origin(1));
    set_presence(&mut s, 2, Presence::Present, "09:02");
    set_presence(&mut s, 3, Presence::Absent, "09:02");
    let a = s.attendance();
    assert_eq!(a.present, ["A", "B"]);
    assert_eq!(a.absent, ["C"]);
}

#[test]
fn names_match_after_folding_case_letters_and_spaces() {
    let s = session_with(&["Region Västerbotten", "Region Örebro län"]);
    let found = s.group_by_name("  region  VASTERBOTTEN ").map(|g| g.id);
    assert_eq!(found, Some(crate::session::EventId::origin(1)));
    assert!(s.group_by_name("Region Norrbotten").is_none());
    assert_eq!(
        s.closest_groups("Region Vasterbotte", 1),
        ["Region Västerbotten"]
    );
}

#[test]
fn a_merge_into_a_missing_group_changes_nothing() {
    let mut s = session_with(&["A", "B"]);
    say(&mut s, 1, "welcome", crate::session::EventId::origin(1));
    let before = s.clone();
    s.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::GroupsMerged {
            from: crate::session::EventId::origin(1),
            into: crate::session::EventId::origin(9),
            at: at("09:03"),
        },
    );
    assert_eq!(s.groups, before.groups);
    assert_eq!(s.contributions, before.contributions);
}
