//! The moderator's quick keys through `update` with a fixed clock: the next group
//! not yet heard (Ctrl+N), word keys on the capture line, and the kind keys.

use super::*;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::Timestamp;
use crate::session::{Kind, Presence, Session};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use chrono::TimeZone;

fn at(minute: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2015, 11, 20, 10, minute, 0)
        .unwrap()
}

const GROUPS: [&str; 5] = [
    "Region Skåne",
    "Region Gotland",
    "Region Kalmar län",
    "Region Örebro län",
    "Region Västerbotten",
];

fn model() -> Model {
    let names: Vec<String> = GROUPS.iter().map(|n| n.to_string()).collect();
    let session = Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &names,
        at(0),
    );
    Model::new(session, Lang::Sv, at(0))
}

fn keys(model: &mut Model, text: &str, minute: u32) {
    for c in text.chars() {
        update(model, Action::Insert(c.to_string()), at(minute));
    }
}

/// Ctrl+N, then a line said by the group it chose.
fn next_and_say(model: &mut Model, text: &str, minute: u32) -> &'static str {
    update(model, Action::NextNotHeard, at(minute));
    let chosen = GROUPS[model.group];
    keys(model, text, minute);
    update(model, Action::Commit, at(minute));
    chosen
}

fn flash(model: &Model) -> &str {
    model.flash.as_ref().map_or("", |f| f.text.as_str())
}

#[test]
fn ctrl_n_goes_round_the_groups_not_heard_from_the_current_one() {
    let mut m = model();
    m.group = 2;
    keys(&mut m, "Kalmar först", 1);
    update(&mut m, Action::Commit, at(1));
    // On another item Gotland spoke: that does not count here.
    let other = m.session.agenda.items[1].id.clone();
    m.session.apply_as(
        crate::session::WriterId::ORIGIN,
        &crate::session::Event::ContributionAdded {
            id: crate::session::EventId::origin(99),
            item: other,
            group: crate::session::EventId::origin(2),
            kind: Kind::Comment,
            text: "annan punkt".into(),
            at: at(1),
        },
    );
    let order: Vec<&str> = (0..4).map(|k| next_and_say(&mut m, "ja", 2 + k)).collect();
    assert_eq!(
        order,
        [
            "Region Örebro län",
            "Region Västerbotten",
            "Region Skåne",
            "Region Gotland"
        ]
    );
    let before = m.group;
    update(&mut m, Action::NextNotHeard, at(9));
    assert_eq!(m.group, before, "everyone heard: the group stays");
    assert_eq!(flash(&m), "Alla grupper hörda");
}

#[test]
fn ctrl_n_skips_groups_marked_absent_and_changes_no_session() {
    let mut m = model();
    for id in [2, 3] {
        m.session.apply_as(
            crate::session::WriterId::ORIGIN,
            &crate::session::Event::GroupPresenceSet {
                id: crate::session::EventId::origin(id),
                presence: Presence::Absent,
                at: at(1),
            },
        );
    }
    let effects = update(&mut m, Action::NextNotHeard, at(2));
    assert!(effects.is_empty(), "choosing a group saves nothing");
    assert_eq!(GROUPS[m.group], "Region Örebro län");
    update(&mut m, Action::NextNotHeard, at(2));
    update(&mut m, Action::NextNotHeard, at(2));
    assert_eq!(
        GROUPS[m.group], "Region Skåne",
        "round again, absent skipped"
    );
}

#[test]
fn word_keys_move_and_delete_over_swedish_letters_and_emoji() {
    let mut m = model();
    keys(&mut m, "Malmö 🇸🇪 växer snabbt", 1);
    update(&mut m, Action::WordLeft, at(1));
    update(&mut m, Action::WordLeft, at(1));
    assert_eq!(m.capture.column(), 8, "before växer");
    update(&mut m, Action::WordLeft, at(1));
    assert_eq!(m.capture.column(), 6, "before the flag, one word");
    update(&mut m, Action::DeleteWordBefore, at(1));
    assert_eq!(m.capture.text(), "🇸🇪 växer snabbt");
    update(&mut m, Action::WordRight, at(1));
    update(&mut m, Action::DeleteWordAfter, at(1));
    assert_eq!(m.capture.text(), "🇸🇪 snabbt");
    keys(&mut m, " långsamt", 1);
    assert_eq!(m.capture.text(), "🇸🇪 långsamt snabbt");
    // Correcting a word: Ctrl+← onto it, Ctrl+W, retype.
    update(&mut m, Action::End, at(1));
    update(&mut m, Action::DeleteWordBefore, at(1));
    keys(&mut m, "bra", 1);
    assert_eq!(m.capture.text(), "🇸🇪 långsamt bra");
}

#[test]
fn word_keys_work_in_the_other_text_fields_too() {
    let mut m = model();
    update(&mut m, Action::AddGroup, at(1));
    keys(&mut m, "Region Jönköpings län", 1);
    update(&mut m, Action::DeleteWordBefore, at(1));
    update(&mut m, Action::WordLeft, at(1));
    update(&mut m, Action::DeleteWordAfter, at(1));
    let Mode::AddGroup(input) = &m.mode else {
        panic!("the add-group dialog closed: {:?}", m.mode);
    };
    assert_eq!(input.text(), "Region  ");
}

#[test]
fn the_kind_returns_to_comment_after_each_contribution_unless_locked() {
    let mut m = model();
    update(&mut m, Action::SetKind(Kind::Proposal), at(1));
    keys(&mut m, "Gemensam valideringsportal", 1);
    update(&mut m, Action::Commit, at(1));
    let last = |m: &Model| m.session.contributions.values().next_back().unwrap().kind;
    assert_eq!(last(&m), Kind::Proposal);
    assert_eq!(m.kind, Kind::Comment, "back to comment");

    update(&mut m, Action::ToggleKindLock, at(2));
    assert!(m.kind_locked);
    update(&mut m, Action::SetKind(Kind::Action), at(2));
    for text in ["Skåne kallar till möte", "Gotland skickar underlag"] {
        keys(&mut m, text, 2);
        update(&mut m, Action::Commit, at(2));
        assert_eq!(last(&m), Kind::Action);
        assert_eq!(m.kind, Kind::Action, "locked: the kind stays");
    }

    update(&mut m, Action::ToggleKindLock, at(3));
    assert!(!m.kind_locked);
    keys(&mut m, "Örebro frågar", 3);
    update(&mut m, Action::Commit, at(3));
    assert_eq!(m.kind, Kind::Comment);
}

#[test]
fn alt_digits_set_each_kind_directly() {
    let mut m = model();
    for kind in [Kind::Question, Kind::Action, Kind::Comment, Kind::Proposal] {
        update(&mut m, Action::SetKind(kind), at(1));
        assert_eq!(m.kind, kind);
    }
}

#[test]
fn item_keys_no_longer_hide_behind_the_word_keys() {
    let mut m = model();
    keys(&mut m, "ord ett", 1);
    let before = m.session.current_item.clone();
    update(&mut m, Action::WordLeft, at(1));
    assert_eq!(m.session.current_item, before);
    update(&mut m, Action::NextItem, at(1));
    assert_ne!(m.session.current_item, before);
}
