//! F8, re-timing: the proposal is shown, adjusted one item at a time and accepted
//! with Enter as one undoable event; S skips (or takes back) the chosen item.
//! F7, the room grid: only scrolling.

use super::effect::{Effect, record, row_below};
use crate::i18n::schedule_words;
use crate::session::{Event, Timestamp};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use crate::tui::retime::RetimeDialog;

pub(super) fn open(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    model.mode = Mode::Retime(RetimeDialog::new(&model.session, now));
    vec![]
}

pub(super) fn key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let Mode::Retime(dialog) = &mut model.mode else {
        return vec![];
    };
    let count = dialog.proposal.rows.len();
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::Up => dialog.selected = dialog.selected.saturating_sub(1),
        Action::Down => dialog.selected = row_below(dialog.selected, count),
        Action::Shorter | Action::Longer => dialog.adjust(action == Action::Longer),
        Action::Commit => return accept(model, now),
        Action::Skip => return skip(model, now),
        Action::Later => return later(model, now),
        _ => {}
    }
    vec![]
}

fn accept(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Mode::Retime(dialog) = &model.mode else {
        return vec![];
    };
    let event = dialog.proposal.event(now);
    model.mode = Mode::Capture;
    let Some(event) = event else {
        return vec![];
    };
    let effect = record(model, event, now);
    model.flash(schedule_words(model.lang).retimed, now);
    vec![effect]
}

fn skip(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Mode::Retime(dialog) = &model.mode else {
        return vec![];
    };
    let Some(row) = dialog.proposal.rows.get(dialog.selected) else {
        return vec![];
    };
    let event = Event::ItemSkipped {
        item: row.item.clone(),
        skipped: !row.skipped,
        at: now,
    };
    let said = describe(model, &event);
    let effect = record(model, event, now);
    model.flash(said, now);
    if let Mode::Retime(dialog) = &mut model.mode {
        dialog.refresh(&model.session, now);
    }
    vec![effect]
}

/// The chosen item one place later (after the next one not yet visited).
fn later(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Mode::Retime(dialog) = &model.mode else {
        return vec![];
    };
    let (rows, selected) = (&dialog.proposal.rows, dialog.selected);
    let (Some(row), true) = (rows.get(selected), selected + 1 < rows.len()) else {
        return vec![];
    };
    let Some(to) = model.session.agenda.position(&row.item).map(|p| p + 1) else {
        return vec![];
    };
    let event = Event::ItemMoved {
        item: row.item.clone(),
        to,
        at: now,
    };
    let effect = record(model, event, now);
    if let Mode::Retime(dialog) = &mut model.mode {
        dialog.refresh(&model.session, now);
        dialog.selected += 1;
    }
    vec![effect]
}

pub(super) fn grid_key(model: &mut Model, action: Action) -> Vec<Effect> {
    let Mode::Grid(scroll) = &mut model.mode else {
        return vec![];
    };
    let items = model.session.agenda.items.len();
    let groups = model.session.groups.len();
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::Up => scroll.row = scroll.row.saturating_sub(1),
        Action::Down => scroll.row = row_below(scroll.row, items),
        Action::Left => scroll.column = scroll.column.saturating_sub(1),
        Action::Right => scroll.column = row_below(scroll.column, groups),
        _ => {}
    }
    vec![]
}

/// Undo's words for a schedule change: "hoppade över punkt 4", "omplanerade tider".
pub(super) fn describe(model: &Model, event: &Event) -> String {
    let w = schedule_words(model.lang);
    match event {
        Event::ItemMoved { item, .. } => {
            format!("{} {}", w.moved_later, model.session.item_number(item))
        }
        Event::ItemSkipped { item, skipped, .. } => {
            let number = model.session.item_number(item);
            let what = if *skipped { w.skipped } else { w.unskipped };
            format!("{what} {number}")
        }
        Event::PlannedStartSet { .. } => w.planned_start_set.to_string(),
        _ => w.retimed.to_string(),
    }
}
