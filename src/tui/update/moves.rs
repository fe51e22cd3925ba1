//! Moving a contribution to another agenda item: an item picker, then one
//! `ContributionMoved` that keeps the id (and undo moves it back).

use super::effect::{Effect, chosen, clamp, record, row_below};
use crate::i18n::words;
use crate::session::{Event, Timestamp};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use crate::tui::move_to::MovePicker;

/// Opens the picker for the edited contribution, or else the selected one.
pub(super) fn open(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let id = match &model.editing {
        Some(edit) => Some(edit.id),
        None => model.selected_contribution().map(|c| c.id),
    };
    match id {
        Some(id) => {
            model.mode = Mode::MoveTo(MovePicker {
                id,
                selected: model.session.current_position(),
            });
        }
        None => model.flash(words(model.lang).select_first, now),
    }
    vec![]
}

pub(super) fn key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let count = model.session.agenda.items.len();
    let Mode::MoveTo(picker) = &mut model.mode else {
        return vec![];
    };
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::Up => picker.selected = picker.selected.saturating_sub(1),
        Action::Down => picker.selected = row_below(picker.selected, count),
        Action::Choose(_) | Action::Insert(_) => {
            // A digit picks the item by its number, as in the export dialog.
            if let Some(n) = chosen(&action).filter(|n| (1..=count).contains(n)) {
                picker.selected = n - 1;
            }
        }
        Action::Commit => {
            let picker = picker.clone();
            model.mode = Mode::Capture;
            return move_to(model, &picker, now);
        }
        Action::Help => return super::dialogs::dialog(model, action, now),
        _ => {}
    }
    vec![]
}

fn move_to(model: &mut Model, picker: &MovePicker, now: Timestamp) -> Vec<Effect> {
    let Some(item) = model.session.agenda.items.get(picker.selected) else {
        return vec![];
    };
    let item = item.id.clone();
    let here = model.session.contributions.get(&picker.id).map(|c| &c.item);
    if here.is_none_or(|here| *here == item) {
        return vec![];
    }
    let event = Event::ContributionMoved {
        id: picker.id,
        item,
        at: now,
    };
    let effect = record(model, event, now);
    // The line left this item: nothing here is selected in its place.
    model.selected = None;
    clamp(model);
    let text = format!("{} {}", words(model.lang).moved_to, picker.selected + 1);
    model.flash(text, now);
    vec![effect]
}
