//! A contribution selected in the log and one being edited in the line. The table in
//! force (`keymap::for_model`) sends these actions only in their own state; reached in
//! another (a test, a stray event) each does nothing.

use super::effect::{Effect, record, stop_editing};
use crate::session::{Event, Timestamp};
use crate::text::clean;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{Edit, Model};

pub(super) fn key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    match action {
        Action::EditSelected => edit_selected(model),
        Action::DeleteSelected => return delete_selected(model, now),
        Action::Deselect if model.editing.is_none() => model.selected = None,
        Action::SaveEdit => return save_edit(model, now),
        Action::CancelEdit => stop_editing_if_any(model),
        Action::Up | Action::Down => move_selection(model, action == Action::Up),
        _ => {}
    }
    vec![]
}

/// The selected contribution into the line, its group and kind chosen, to be edited;
/// only over a blank line, so no draft is lost.
fn edit_selected(model: &mut Model) {
    if model.editing.is_some() || !model.capture.is_blank() {
        return;
    }
    if let Some(c) = model.selected_contribution() {
        let (id, text, group, kind) = (c.id, c.text.clone(), c.group, c.kind);
        model.editing = Some(Edit {
            id,
            base: c.rev(),
            previous_group: model.group,
            previous_kind: model.kind,
        });
        model.group = model
            .session
            .groups
            .iter()
            .position(|g| g.id == group)
            .unwrap_or(model.group);
        model.kind = kind;
        model.capture = LineInput::with_text(&text);
    }
}

/// The edited line replaces the contribution's text, group and kind, unless nothing
/// changed or the line was emptied.
fn save_edit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(edit) = model.editing.clone() else {
        return vec![];
    };
    let text = clean(model.capture.text());
    let group = model.session.groups.get(model.group).map(|g| g.id);
    let unchanged = model
        .session
        .contributions
        .get(&edit.id)
        .is_none_or(|c| c.text == text && Some(c.group) == group && c.kind == model.kind);
    let effects = match group {
        Some(group) if !text.is_empty() && !unchanged => vec![record(
            model,
            Event::ContributionEdited {
                id: edit.id,
                // The revision the edit began from: another writer's edit that came
                // in meanwhile is kept beside this one, not overwritten.
                base: Some(edit.base),
                group,
                kind: model.kind,
                text,
                edited: true,
                at: now,
            },
            now,
        )],
        _ => vec![],
    };
    stop_editing(model);
    effects
}

/// Esc while editing; anywhere else it would empty a typed line, so only then.
fn stop_editing_if_any(model: &mut Model) {
    if model.editing.is_some() {
        stop_editing(model);
    }
}

/// ↑ ↓ over an empty line, not while editing: the selection moves (↑ from nothing
/// selects the newest, ↓ past the last selects nothing).
fn move_selection(model: &mut Model, up: bool) {
    if !model.capture.text().is_empty() || model.editing.is_some() {
        return;
    }
    let count = model.current_ids().len();
    if count == 0 {
        model.selected = None;
        return;
    }
    model.selected = match (model.selected, up) {
        (None, true) => Some(count - 1),
        (None, false) => None,
        (Some(k), true) => Some(k.saturating_sub(1)),
        (Some(k), false) if k + 1 >= count => None,
        (Some(k), false) => Some(k + 1),
    };
}

/// Delete on the selection, over an empty line and not while editing.
fn delete_selected(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if !model.capture.text().is_empty() || model.editing.is_some() {
        return vec![];
    }
    let (Some(k), Some(id)) = (model.selected, model.selected_contribution().map(|c| c.id)) else {
        return vec![];
    };
    let base = model.session.current_rev(id);
    let effect = record(model, Event::ContributionDeleted { id, base, at: now }, now);
    let remaining = model.current_ids().len();
    model.selected = if remaining == 0 {
        None
    } else {
        Some(k.min(remaining - 1))
    };
    model.flash(model.lang.strings().deleted, now);
    vec![effect]
}
