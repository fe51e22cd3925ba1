use super::*;
use crate::agenda::Agenda;
use crate::lang::Lang;
use crate::session::Kind;
use crate::session::tests::at;

fn session(names: &[&str]) -> Session {
    let names: Vec<String> = names.iter().map(|n| n.to_string()).collect();
    Session::new(
        "2015-11-20-test".into(),
        "Test".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &names,
        at("09:00"),
    )
}

fn say(s: &mut Session, id: u64, group: GroupId) {
    s.apply(&Event::ContributionAdded {
        id,
        item: "welcome".into(),
        group,
        kind: Kind::Comment,
        text: format!("line {id}"),
        at: at("09:01"),
    });
}

fn apply_with_inverse(s: &mut Session, event: Event) -> Event {
    let undo = s.inverse(&event, at("09:30")).expect("undoable");
    s.apply(&event);
    undo
}

#[test]
fn merging_moves_every_contribution_and_undo_brings_the_typo_group_back() {
    let mut s = session(&["Region Skåne", "Region Västerbotten", "Region Vasterbotten"]);
    say(&mut s, 1, 2);
    say(&mut s, 2, 3);
    say(&mut s, 3, 3);
    let before = s.clone();
    let undo = apply_with_inverse(
        &mut s,
        Event::GroupsMerged {
            from: 3,
            into: 2,
            at: at("09:10"),
        },
    );
    assert_eq!(s.groups.len(), 2);
    assert!(
        s.contributions
            .values()
            .all(|c| c.group == 2 || c.group == 1)
    );
    assert_eq!(s.contributions_of(2), vec![1, 2, 3]);
    let redo = apply_with_inverse(&mut s, undo);
    assert_eq!(s.groups, before.groups);
    assert_eq!(s.contributions, before.contributions);
    assert!(matches!(
        redo,
        Event::GroupsMerged {
            from: 3,
            into: 2,
            ..
        }
    ));
}

#[test]
fn renaming_and_presence_are_undone_exactly() {
    let mut s = session(&["Region Skane", "Region Gotland"]);
    let before = s.clone();
    let undo_rename = apply_with_inverse(
        &mut s,
        Event::GroupRenamed {
            id: 1,
            name: "Region Skåne".into(),
            at: at("09:05"),
        },
    );
    let undo_absent = apply_with_inverse(
        &mut s,
        Event::GroupPresenceSet {
            id: 2,
            presence: Presence::Absent,
            at: at("09:06"),
        },
    );
    assert_eq!(s.groups[0].name, "Region Skåne");
    assert_eq!(s.attendance().absent, ["Region Gotland"]);
    s.apply(&undo_absent);
    s.apply(&undo_rename);
    assert_eq!(s.groups, before.groups);
}

#[test]
fn a_removed_group_comes_back_in_its_place_with_its_mark() {
    let mut s = session(&["A", "B", "C"]);
    s.apply(&Event::GroupPresenceSet {
        id: 2,
        presence: Presence::Absent,
        at: at("09:01"),
    });
    let before = s.groups.clone();
    let undo = apply_with_inverse(
        &mut s,
        Event::GroupRemoved {
            id: 2,
            at: at("09:02"),
        },
    );
    assert_eq!(s.groups.len(), 2);
    s.apply(&undo);
    assert_eq!(s.groups, before);
}

#[test]
fn attendance_claims_only_what_is_known() {
    let mut s = session(&["A", "B", "C", "D"]);
    say(&mut s, 1, 1);
    s.apply(&Event::GroupPresenceSet {
        id: 2,
        presence: Presence::Present,
        at: at("09:02"),
    });
    s.apply(&Event::GroupPresenceSet {
        id: 3,
        presence: Presence::Absent,
        at: at("09:02"),
    });
    let a = s.attendance();
    assert_eq!(a.present, ["A", "B"]);
    assert_eq!(a.absent, ["C"]);
}

#[test]
fn names_match_after_folding_case_letters_and_spaces() {
    let s = session(&["Region Västerbotten", "Region Örebro län"]);
    let found = s.group_by_name("  region  VASTERBOTTEN ").map(|g| g.id);
    assert_eq!(found, Some(1));
    assert!(s.group_by_name("Region Norrbotten").is_none());
    assert_eq!(
        s.closest_groups("Region Vasterbotte", 1),
        ["Region Västerbotten"]
    );
}

#[test]
fn a_merge_into_a_missing_group_changes_nothing() {
    let mut s = session(&["A", "B"]);
    say(&mut s, 1, 1);
    let before = s.clone();
    s.apply(&Event::GroupsMerged {
        from: 1,
        into: 9,
        at: at("09:03"),
    });
    assert_eq!(s.groups, before.groups);
    assert_eq!(s.contributions, before.contributions);
}
