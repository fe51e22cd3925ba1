//! The capture screen: the line, the selection in the log, the item and the group;
//! any other command opens a dialog or a view.

use super::effect::{Effect, persist, record, stop_editing};
use super::{annotations, cockpit_keys, open, selection, undo};
use crate::session::{Event, Timestamp};
use crate::tui::action::Action;
use crate::tui::model::Model;

pub(super) fn capture(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    // Both last only until the next key: "Ctrl+Z right after Esc", "Ctrl+Z again".
    let armed = model.armed.take();
    let cleared = model.cleared_draft.take();
    match action {
        Action::Insert(text) => insert(model, &text, now),
        Action::Commit => commit(model, now),
        Action::Cancel => {
            clear_line(model);
            vec![]
        }
        Action::EditSelected
        | Action::DeleteSelected
        | Action::Deselect
        | Action::SaveEdit
        | Action::CancelEdit
        | Action::Up
        | Action::Down => selection::key(model, action, now),
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

/// Enter on the typed line: it is added as a new contribution. A line of nothing but
/// spaces adds nothing; beside a selection (an undo selects what it changed) it
/// edits the selected contribution, as Enter in the selection would.
fn commit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if model.editing.is_some() {
        return vec![];
    }
    if model.capture.is_blank() {
        return selection::key(model, Action::EditSelected, now);
    }
    add_contribution(model, now)
}

/// Esc on the typed line: it is emptied (Ctrl+Z right after brings it back).
fn clear_line(model: &mut Model) {
    if model.editing.is_none() && !model.capture.text().is_empty() {
        model.cleared_draft = Some(std::mem::take(&mut model.capture));
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
        item: model.item().to_string(),
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
