//! The moderator's projector controls: Ctrl+P releases or withdraws the selected
//! contribution, F9 blanks, and one small dialog holds the rest. Every change is an
//! undoable event, so a `samtal present` anywhere follows it from the journal.

use super::effect::{Effect, chosen, edit_line, record, row_below};
use crate::i18n::words;
use crate::session::{Event, ProjectorChange, Timestamp};
use crate::text::clean;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{Mode, Model};

/// The dialog's rows, in order (the digit keys pick them too).
pub const ROWS: usize = 5;

pub(super) fn from_capture(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    match action {
        Action::Release => release_selected(model, now),
        Action::Blank => toggle_blank(model, now),
        _ => {
            model.mode = Mode::Projector(0);
            vec![]
        }
    }
}

fn release_selected(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let w = words(model.lang).projector;
    let Some(id) = model.selected_contribution().map(|c| c.id) else {
        model.flash(w.select_first, now);
        return vec![];
    };
    let event = model.session.toggle_release(id, now);
    let shown = matches!(
        event,
        Event::Projector {
            change: ProjectorChange::Release { .. },
            ..
        }
    );
    model.flash(if shown { w.released } else { w.withdrawn }, now);
    vec![record(model, event, now)]
}

fn toggle_blank(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let w = words(model.lang).projector;
    let on = !model.session.projector.blank;
    model.flash(if on { w.blanked } else { w.unblanked }, now);
    change(model, ProjectorChange::Blank { on }, now)
}

fn change(model: &mut Model, change: ProjectorChange, now: Timestamp) -> Vec<Effect> {
    vec![record(model, Event::Projector { change, at: now }, now)]
}

pub(super) fn dialog(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    match &mut model.mode {
        Mode::ProjectorMessage(input) => match action {
            Action::Cancel => {
                model.mode = Mode::Projector(2);
                vec![]
            }
            Action::Commit => {
                let text = clean(input.text());
                model.mode = Mode::Capture;
                if text == model.session.projector.message {
                    return vec![];
                }
                change(model, ProjectorChange::Message { text }, now)
            }
            other => {
                edit_line(input, other);
                vec![]
            }
        },
        Mode::Projector(row) => match action {
            Action::Cancel => {
                model.mode = Mode::Capture;
                vec![]
            }
            Action::Up => {
                *row = row.saturating_sub(1);
                vec![]
            }
            Action::Down => {
                *row = row_below(*row, ROWS);
                vec![]
            }
            Action::Commit => {
                let chosen = *row;
                choose(model, chosen, now)
            }
            Action::Choose(_) | Action::Insert(_) => match chosen(&action) {
                Some(n) if (1..=ROWS).contains(&n) => choose(model, n - 1, now),
                _ => vec![],
            },
            Action::Blank => {
                model.mode = Mode::Capture;
                toggle_blank(model, now)
            }
            _ => vec![],
        },
        _ => vec![],
    }
}

/// Carries out row `row` of the dialog, which then closes (the message row opens
/// its input instead).
fn choose(model: &mut Model, row: usize, now: Timestamp) -> Vec<Effect> {
    model.mode = Mode::Capture;
    let projector = &model.session.projector;
    match row {
        0 => {
            let ids = model.current_ids().to_vec();
            let released = projector.released_set();
            let all_shown = !ids.is_empty() && ids.iter().all(|id| released.contains(id));
            if ids.is_empty() {
                return vec![];
            }
            let next = if all_shown {
                ProjectorChange::Withdraw { ids }
            } else {
                ProjectorChange::Release { ids }
            };
            change(model, next, now)
        }
        1 => {
            let on = !projector.names;
            change(model, ProjectorChange::Names { on }, now)
        }
        2 => {
            model.mode = Mode::ProjectorMessage(LineInput::with_text(&projector.message));
            vec![]
        }
        3 => {
            let on = !projector.agenda;
            change(model, ProjectorChange::Agenda { on }, now)
        }
        _ => toggle_blank(model, now),
    }
}

#[cfg(test)]
mod tests;
