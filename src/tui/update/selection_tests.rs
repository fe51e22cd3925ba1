//! The capture screen's three states, each with its table: a key runs what the table
//! in force says, and an action of one state does nothing in another.

use super::fixture::{at_nine, model_with, persisted, texts};
use super::keys::update as press;
use crate::session::Event;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::keymap::{CAPTURE, CaptureState, EDITING, SELECTED, capture_state, for_model};
use crate::tui::model::Model;

/// Two contributions on the first item, nothing selected.
fn logged() -> Model {
    let mut model = model_with(&["Region Skåne", "Gotland"], at_nine(0), false);
    for text in ["Ett", "Två"] {
        model.capture = LineInput::with_text(text);
        press(&mut model, Action::Commit, at_nine(1));
    }
    model
}

fn in_force(model: &Model) -> &'static crate::tui::keymap::Keymap {
    for_model(model)
}

#[test]
fn each_state_of_the_capture_screen_has_its_table_in_force() {
    let mut model = logged();
    assert_eq!(capture_state(&model), CaptureState::Typing);
    assert!(std::ptr::eq(in_force(&model), &CAPTURE));
    press(&mut model, Action::Up, at_nine(2));
    assert_eq!(capture_state(&model), CaptureState::Selected);
    assert!(std::ptr::eq(in_force(&model), &SELECTED));
    press(&mut model, Action::Commit, at_nine(2));
    assert_eq!(capture_state(&model), CaptureState::Editing);
    assert!(std::ptr::eq(in_force(&model), &EDITING));
    press(&mut model, Action::Cancel, at_nine(2));
    assert!(
        std::ptr::eq(in_force(&model), &SELECTED),
        "Esc ends the edit"
    );
    // A draft beside a selection (an undo selects what it changed) is typing.
    model.capture = LineInput::with_text("utkast");
    assert!(std::ptr::eq(in_force(&model), &CAPTURE));
    // A dialog's own table, whatever the capture screen's state.
    press(&mut model, Action::Export, at_nine(2));
    assert!(std::ptr::eq(in_force(&model), &crate::tui::keymap::EXPORT));
}

#[test]
fn the_keys_of_the_selection_and_the_edit_run_their_own_actions() {
    let mut model = logged();
    press(&mut model, Action::Up, at_nine(2));
    press(&mut model, Action::Up, at_nine(2));
    assert_eq!(model.selected, Some(0));
    // Enter in the selection: EditSelected.
    press(&mut model, Action::Commit, at_nine(2));
    assert_eq!(model.capture.text(), "Ett");
    assert!(model.editing.is_some());
    press(&mut model, Action::Insert("!".into()), at_nine(3));
    // Enter while editing: SaveEdit.
    let effects = press(&mut model, Action::Commit, at_nine(3));
    assert!(matches!(
        persisted(&effects).as_slice(),
        [Event::ContributionEdited { text, .. }] if text == "Ett!"
    ));
    assert!(model.editing.is_none() && model.capture.text().is_empty());
    // Delete in the selection: DeleteSelected; Esc: Deselect.
    let effects = press(&mut model, Action::Delete, at_nine(4));
    assert!(matches!(
        persisted(&effects).as_slice(),
        [Event::ContributionDeleted { .. }]
    ));
    assert_eq!(texts(&model), ["Två"]);
    assert_eq!(model.selected, Some(0));
    press(&mut model, Action::Cancel, at_nine(4));
    assert_eq!(model.selected, None);
    // Ctrl+Z, a key all three tables share, brings the deleted one back.
    press(&mut model, Action::Undo, at_nine(5));
    assert_eq!(texts(&model), ["Ett!", "Två"]);
}

/// ↑ ↓ are not in the edit's table and Delete there is the line's: neither moves nor
/// deletes the contribution being edited.
#[test]
fn a_key_of_the_selection_does_nothing_while_editing() {
    let mut model = logged();
    press(&mut model, Action::Up, at_nine(2));
    press(&mut model, Action::Commit, at_nine(2));
    let selected = model.selected;
    press(&mut model, Action::Up, at_nine(2));
    press(&mut model, Action::Down, at_nine(2));
    assert_eq!(model.selected, selected);
    assert_eq!(model.capture.text(), "Två");
    press(&mut model, Action::Home, at_nine(2));
    let effects = press(&mut model, Action::Delete, at_nine(2));
    assert!(effects.is_empty());
    assert_eq!(model.capture.text(), "vå");
    assert_eq!(texts(&model), ["Ett", "Två"]);
}

/// Reached in a state whose table does not send them (a stray event), the actions of
/// the selection and the edit leave everything as it was.
#[test]
fn the_actions_of_one_state_do_nothing_in_another() {
    let mut model = logged();
    press(&mut model, Action::Up, at_nine(2));
    // A draft beside the selection: neither edited over nor the contribution deleted.
    model.capture = LineInput::with_text("utkast");
    for action in [
        Action::EditSelected,
        Action::DeleteSelected,
        Action::SaveEdit,
        Action::CancelEdit,
    ] {
        assert!(super::update(&mut model, action.clone(), at_nine(3)).is_empty());
        assert_eq!(model.capture.text(), "utkast", "{action:?}");
        assert!(model.editing.is_none(), "{action:?}");
    }
    assert_eq!(texts(&model), ["Ett", "Två"]);
    // While editing: Enter's and Esc's typing actions, Deselect and Delete's
    // selection action leave the edit alone.
    model.capture.clear();
    press(&mut model, Action::EditSelected, at_nine(3));
    let edit = model.editing.clone();
    assert!(edit.is_some());
    for action in [
        Action::Commit,
        Action::Cancel,
        Action::Deselect,
        Action::DeleteSelected,
        Action::EditSelected,
    ] {
        assert!(super::update(&mut model, action.clone(), at_nine(3)).is_empty());
        assert_eq!(model.editing, edit, "{action:?}");
        assert_eq!(model.capture.text(), "Två", "{action:?}");
        assert!(model.selected.is_some(), "{action:?}");
    }
    assert_eq!(texts(&model), ["Ett", "Två"]);
}

/// Esc first puts a notice that waits for a key away, whatever the table calls it.
#[test]
fn esc_on_a_selection_or_an_edit_first_puts_a_notice_away() {
    let mut model = logged();
    press(&mut model, Action::Up, at_nine(2));
    model.notice("Disken är full", at_nine(2));
    press(&mut model, Action::Cancel, at_nine(2));
    assert!(model.flash.is_none());
    assert_eq!(model.selected, Some(1), "the selection stays");
    press(&mut model, Action::Commit, at_nine(2));
    model.notice("Disken är full", at_nine(2));
    press(&mut model, Action::Cancel, at_nine(2));
    assert!(model.flash.is_none());
    assert!(model.editing.is_some(), "the edit goes on");
}
