use super::super::update;
use super::*;
use crate::fixture;
use crate::i18n::Lang;
use crate::tui::model::Model;

fn model() -> Model {
    let session = fixture::example_session();
    let now = session.last_change;
    Model::new(session, Lang::Sv, now)
}

fn now(model: &Model) -> Timestamp {
    model.session.last_change
}

fn persisted(effects: &[Effect]) -> Vec<Event> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Persist(_, event) => Some(event.clone()),
            _ => None,
        })
        .collect()
}

#[test]
fn ctrl_p_releases_the_selected_contribution_and_again_withdraws_it() {
    let mut m = model();
    let t = now(&m);
    update(&mut m, Action::Up, t);
    let id = m
        .selected_contribution()
        .map(|c| c.id)
        .expect("a selection");
    let effects = update(&mut m, Action::Release, t);
    assert_eq!(persisted(&effects).len(), 1);
    assert_eq!(m.session.projector.released, vec![id]);
    assert_eq!(m.session.on_screen().len(), 1);
    update(&mut m, Action::Release, t);
    assert!(m.session.projector.released.is_empty());
}

#[test]
fn ctrl_p_without_a_selection_only_says_how() {
    let mut m = model();
    let t = now(&m);
    let effects = update(&mut m, Action::Release, t);
    assert!(effects.is_empty());
    let flash = m.flash.as_ref().map(|f| f.text.clone()).unwrap_or_default();
    assert!(flash.contains("Ctrl+P"), "{flash}");
}

#[test]
fn a_release_is_undone_by_ctrl_z() {
    let mut m = model();
    let t = now(&m);
    update(&mut m, Action::Up, t);
    update(&mut m, Action::Release, t);
    let effects = update(&mut m, Action::Undo, t);
    assert_eq!(
        persisted(&effects).len(),
        1,
        "undone at once: it is on screen"
    );
    assert!(m.session.projector.released.is_empty());
    update(&mut m, Action::Redo, t);
    assert_eq!(m.session.projector.released.len(), 1);
}

#[test]
fn f9_blanks_and_unblanks() {
    let mut m = model();
    let t = now(&m);
    update(&mut m, Action::Blank, t);
    assert!(m.session.projector.blank);
    update(&mut m, Action::Blank, t);
    assert!(!m.session.projector.blank);
}

#[test]
fn the_dialog_releases_all_of_the_item_then_withdraws_them() {
    let mut m = model();
    let t = now(&m);
    let count = m.current_ids().len();
    assert!(count > 1);
    update(&mut m, Action::ProjectorMenu, t);
    assert_eq!(m.mode, Mode::Projector(0));
    update(&mut m, Action::Commit, t);
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(m.session.on_screen().len(), count);
    update(&mut m, Action::ProjectorMenu, t);
    update(&mut m, Action::Insert("1".into()), t);
    assert!(m.session.on_screen().is_empty());
}

#[test]
fn the_dialog_toggles_names_and_agenda_by_digit() {
    let mut m = model();
    let t = now(&m);
    update(&mut m, Action::ProjectorMenu, t);
    update(&mut m, Action::Insert("2".into()), t);
    assert!(m.session.projector.names);
    update(&mut m, Action::ProjectorMenu, t);
    update(&mut m, Action::Insert("4".into()), t);
    assert!(m.session.projector.agenda);
    update(&mut m, Action::ProjectorMenu, t);
    update(&mut m, Action::Insert("5".into()), t);
    assert!(m.session.projector.blank);
}

#[test]
fn a_message_is_typed_shown_and_taken_away_with_an_empty_line() {
    let mut m = model();
    let t = now(&m);
    update(&mut m, Action::ProjectorMenu, t);
    update(&mut m, Action::Insert("3".into()), t);
    assert!(matches!(m.mode, Mode::ProjectorMessage(_)));
    for c in "Paus till 14:30".chars() {
        update(&mut m, Action::Insert(c.to_string()), t);
    }
    let effects = update(&mut m, Action::Commit, t);
    assert_eq!(persisted(&effects).len(), 1);
    assert_eq!(m.session.projector.message, "Paus till 14:30");
    update(&mut m, Action::ProjectorMenu, t);
    update(&mut m, Action::Insert("3".into()), t);
    for _ in 0..20 {
        update(&mut m, Action::Backspace, t);
    }
    update(&mut m, Action::Commit, t);
    assert_eq!(m.session.projector.message, "");
    update(&mut m, Action::Undo, t);
    assert_eq!(m.session.projector.message, "Paus till 14:30");
}
