//! What every part of `update` shares: the effects it hands back, recording an undoable
//! change, the line-editing keys, leaving an edit, and keeping indexes valid (a list
//! row among them).

use crate::minutes::Format;
use crate::session::{Event, EventId, Timestamp};
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{Model, UndoStep};

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Make this event, named by this id, durable (it is already applied to the
    /// model).
    Persist(EventId, Event),
    /// A calm moment: a good time for a snapshot.
    Snapshot,
    /// Write the minutes in this format into the session folder.
    Export(Format),
    /// Ring the terminal bell once.
    Bell,
    /// The screen shows the local cache's head only: wait for the whole session,
    /// then do this key (`whole.rs`).
    AwaitWhole(Action),
    Quit,
}

/// The line-editing actions, for any one-line input.
pub fn edit_line(input: &mut LineInput, action: Action) {
    match action {
        Action::Insert(text) => input.insert(&text),
        Action::Backspace => input.backspace(),
        Action::Delete => input.delete(),
        Action::Left => input.left(),
        Action::Right => input.right(),
        Action::Home => input.home(),
        Action::End => input.end(),
        Action::WordLeft => input.word_left(),
        Action::WordRight => input.word_right(),
        Action::DeleteWordBefore => input.delete_word_before(),
        Action::DeleteWordAfter => input.delete_word_after(),
        _ => {}
    }
}

/// Applies an undoable change, remembers how to undo it, and asks for it to be saved.
pub(in crate::tui) fn record(model: &mut Model, event: Event, now: Timestamp) -> Effect {
    if let Some(undo) = model.session.inverse(&event, now) {
        model.undo.push(UndoStep {
            undo,
            redo: event.clone(),
        });
        model.redo.clear();
    }
    persist(model, event, now)
}

/// Applies `event` under a fresh id of this app's writer and asks for it to be saved.
pub(in crate::tui) fn persist(model: &mut Model, event: Event, now: Timestamp) -> Effect {
    let id = model.next_id(now);
    model.session.apply(id, &event);
    Effect::Persist(id, event)
}

pub(in crate::tui) fn stop_editing(model: &mut Model) {
    if let Some(edit) = model.editing.take() {
        model.group = edit.previous_group;
        model.kind = edit.previous_kind;
    }
    model.capture.clear();
}

/// Keeps indexes valid after the session changed under them.
pub(in crate::tui) fn clamp(model: &mut Model) {
    let groups = model.session.groups.len();
    if model.group >= groups {
        model.group = groups.saturating_sub(1);
    }
    let count = model.current_ids().len();
    if model.selected.is_some_and(|k| k >= count) {
        model.selected = count.checked_sub(1);
    }
}

/// The row a digit key chose (1 for the first), or a number pasted into a list.
pub(super) fn chosen(action: &Action) -> Option<usize> {
    match action {
        Action::Choose(n) => Some(usize::from(*n)),
        Action::Insert(text) => text.trim().parse().ok(),
        _ => None,
    }
}

/// ↓ in a dialog's list of `count` rows: one row down, stopping at the last.
pub(super) fn row_below(row: usize, count: usize) -> usize {
    (row + 1).min(count.saturating_sub(1))
}

/// The effects with every event id blanked: for tests that compare whole effects.
#[cfg(test)]
pub fn without_ids(effects: &[Effect]) -> Vec<Effect> {
    effects
        .iter()
        .map(|effect| match effect {
            Effect::Persist(_, event) => Effect::Persist(EventId::default(), event.clone()),
            other => other.clone(),
        })
        .collect()
}
