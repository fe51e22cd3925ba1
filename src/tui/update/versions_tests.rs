//! Ctrl+R on a contribution edited on two laptops at once: the picker lists both
//! versions, Enter keeps one by a new edit on the revision shown, Esc changes
//! nothing, Ctrl+Z takes the pick back like any edit.

use super::super::effect::Effect;
use super::super::keys::update;
use super::super::tests::{at, model, type_text};
use crate::session::{DeviceId, Event, EventId, Stamp, WriterId};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};

fn from_laptop(device: u64, minute: &str) -> EventId {
    EventId {
        stamp: Stamp::from_millis(at(minute).timestamp_millis()),
        writer: WriterId::new(DeviceId(device), 1),
    }
}

/// A model whose one contribution laptops 1 and 2 edited at once, selected.
fn two_versions() -> (Model, EventId) {
    let mut m = model();
    type_text(&mut m, "Först");
    update(&mut m, Action::Commit, at("09:01"));
    let line = *m.session.contributions.keys().next().unwrap();
    for (device, text) in [(1, "Från laptop 1"), (2, "Från laptop 2")] {
        let edit = Event::ContributionEdited {
            id: line,
            base: Some(line),
            group: m.session.contributions[&line].group,
            kind: m.session.contributions[&line].kind,
            text: text.into(),
            edited: true,
            at: at("09:02"),
        };
        m.apply_others(&[(from_laptop(device, "09:02"), edit)]);
    }
    update(&mut m, Action::Up, at("09:03"));
    (m, line)
}

#[test]
fn enter_keeps_the_highlighted_version_by_an_edit_on_the_revision_shown() {
    let (mut m, line) = two_versions();
    let shown = m.session.contributions[&line].rev();
    update(&mut m, Action::Versions, at("09:03"));
    let Mode::Versions(picker) = &m.mode else {
        panic!("{:?}", m.mode)
    };
    assert_eq!(picker.selected, 1, "opens on the version shown");
    update(&mut m, Action::Up, at("09:03"));
    let effects = update(&mut m, Action::Commit, at("09:04"));
    let [Effect::Persist(_, Event::ContributionEdited { base, text, .. })] = &effects[..] else {
        panic!("{effects:?}")
    };
    assert_eq!((*base, text.as_str()), (Some(shown), "Från laptop 1"));
    let c = &m.session.contributions[&line];
    assert_eq!(c.text, "Från laptop 1");
    assert!(c.versions.is_empty(), "the mark is gone");
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(m.selected, Some(0), "still selected");
    assert!(m.flash.as_ref().unwrap().text.contains("Version vald"));
}

#[test]
fn keeping_the_version_shown_still_settles_it() {
    let (mut m, line) = two_versions();
    update(&mut m, Action::Versions, at("09:03"));
    update(&mut m, Action::Down, at("09:03"));
    let effects = update(&mut m, Action::Commit, at("09:04"));
    assert_eq!(effects.len(), 1, "{effects:?}");
    let c = &m.session.contributions[&line];
    assert_eq!(c.text, "Från laptop 2");
    assert!(c.versions.is_empty());
}

#[test]
fn esc_closes_the_picker_and_changes_nothing() {
    let (mut m, line) = two_versions();
    let before = m.session.clone();
    update(&mut m, Action::Versions, at("09:03"));
    update(&mut m, Action::Up, at("09:03"));
    let effects = update(&mut m, Action::Cancel, at("09:04"));
    assert!(effects.is_empty());
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(m.session, before);
    assert_eq!(m.session.contributions[&line].versions.len(), 1);
}

#[test]
fn ctrl_z_takes_a_pick_back_like_an_edit() {
    let (mut m, line) = two_versions();
    update(&mut m, Action::Versions, at("09:03"));
    update(&mut m, Action::Up, at("09:03"));
    update(&mut m, Action::Commit, at("09:04"));
    let effects = update(&mut m, Action::Undo, at("09:05"));
    assert!(
        matches!(
            &effects[..],
            [Effect::Persist(_, Event::ContributionEdited { .. })]
        ),
        "{effects:?}"
    );
    assert_eq!(m.session.contributions[&line].text, "Från laptop 2");
    update(&mut m, Action::Redo, at("09:06"));
    assert_eq!(m.session.contributions[&line].text, "Från laptop 1");
}

#[test]
fn a_contribution_of_one_version_or_none_selected_opens_no_picker() {
    let mut m = model();
    update(&mut m, Action::Versions, at("09:01"));
    assert_eq!(
        m.mode,
        Mode::Capture,
        "nothing selected: Ctrl+R is no key here"
    );
    type_text(&mut m, "Först");
    update(&mut m, Action::Commit, at("09:01"));
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Versions, at("09:02"));
    assert_eq!(m.mode, Mode::Capture);
    assert!(m.flash.as_ref().unwrap().text.contains("bara en version"));
}
