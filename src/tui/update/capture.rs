//! The capture screen: the line, the selection in the log, the item and the group;
//! any other command opens a dialog or a view.

use super::effect::{Effect, persist, record, stop_editing};
use super::{annotations, cockpit_keys, open, undo};
use crate::session::{Event, Timestamp};
use crate::text::clean;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{Edit, Model};

pub(super) fn capture(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    // Both last only until the next key: "Ctrl+Z right after Esc", "Ctrl+Z again".
    let armed = model.armed.take();
    let cleared = model.cleared_draft.take();
    match action {
        Action::Insert(text) => insert(model, &text, now),
        Action::Commit => commit(model, now),
        Action::Cancel => {
            if model.editing.is_some() {
                stop_editing(model);
            } else if !model.capture.text().is_empty() {
                model.cleared_draft = Some(std::mem::take(&mut model.capture));
            } else {
                model.selected = None;
            }
            vec![]
        }
        Action::NextGroup | Action::PrevGroup => {
            let count = model.session.groups.len();
            if count > 0 {
                let step = if action == Action::NextGroup {
                    1
                } else {
                    count - 1
                };
                model.group = (model.group + step) % count;
            }
            vec![]
        }
        Action::CycleKind => {
            model.kind = model.kind.next();
            vec![]
        }
        Action::SetKind(_) | Action::ToggleKindLock | Action::NextNotHeard => {
            cockpit_keys::key(model, action, now)
        }
        Action::NextItem | Action::PrevItem => change_item(model, action == Action::NextItem, now),
        Action::Up | Action::Down if model.capture.text().is_empty() && model.editing.is_none() => {
            move_selection(model, action == Action::Up);
            vec![]
        }
        Action::Delete if model.capture.text().is_empty() && model.editing.is_none() => {
            delete_selected(model, now)
        }
        Action::Undo => match cleared {
            Some(line) if model.capture.text().is_empty() && model.editing.is_none() => {
                model.capture = line;
                model.flash(crate::i18n::words(model.lang).draft_back, now);
                vec![]
            }
            _ => undo::undo(model, now, true, armed),
        },
        Action::Redo => undo::undo(model, now, false, armed),
        other => open::command(model, other, now),
    }
}

/// Typed or pasted text into the line; what the line's limit cut is said.
fn insert(model: &mut Model, text: &str, now: Timestamp) -> Vec<Effect> {
    if model.editing.is_none() {
        model.selected = None;
    }
    let before = model.capture.text().chars().count();
    model.capture.insert(text);
    // The line holds at most MAX_CONTRIBUTION_CHARS: say what a paste lost.
    let kept = model.capture.text().chars().count() - before;
    let offered = text
        .chars()
        .filter(|c| !c.is_control() || c.is_whitespace())
        .count();
    if offered > kept {
        let text = format!("{} {}", model.lang.strings().line_cut, offered - kept);
        model.flash(text, now);
    }
    vec![]
}

/// Enter on the capture line: save the edit, start editing the selected
/// contribution, or add the line as a new one.
fn commit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if let Some(edit) = model.editing.clone() {
        return save_edit(model, edit, now);
    }
    if model.capture.is_blank() {
        edit_selected(model);
        return vec![];
    }
    add_contribution(model, now)
}

/// The edited line replaces the contribution's text, group and kind, unless nothing
/// changed or the line was emptied.
fn save_edit(model: &mut Model, edit: Edit, now: Timestamp) -> Vec<Effect> {
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

/// The selected contribution into the line, its group and kind chosen, to be edited.
fn edit_selected(model: &mut Model) {
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

/// The line as a new contribution of the chosen group and kind on the current item.
fn add_contribution(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(group) = model.session.groups.get(model.group).map(|g| g.id) else {
        model.flash(model.lang.strings().no_groups, now);
        return vec![];
    };
    let Some((text, extras)) = annotations::quick_extras(model, now) else {
        return vec![];
    };
    // The contribution is named by the event that adds it: `record` mints this id.
    let id = model.next_id(now);
    let event = Event::ContributionAdded {
        id,
        item: model.session.current_item.clone(),
        group,
        kind: model.kind,
        text,
        at: now,
    };
    model.capture.clear();
    model.selected = None;
    cockpit_keys::after_saved(model);
    let mut effects = vec![record(model, event, now)];
    effects.extend(annotations::apply_extras(model, extras, id, now));
    effects
}

fn change_item(model: &mut Model, forward: bool, now: Timestamp) -> Vec<Effect> {
    let position = model.session.current_position();
    let target = if forward {
        position + 1
    } else {
        match position.checked_sub(1) {
            Some(p) => p,
            None => return vec![],
        }
    };
    let Some(item) = model.session.agenda.items.get(target).map(|i| i.id.clone()) else {
        return vec![];
    };
    if model.editing.is_some() {
        stop_editing(model);
    }
    let event = Event::ItemEntered { item, at: now };
    let effect = persist(model, event, now);
    model.selected = None;
    vec![effect, Effect::Snapshot]
}

fn move_selection(model: &mut Model, up: bool) {
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

fn delete_selected(model: &mut Model, now: Timestamp) -> Vec<Effect> {
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
