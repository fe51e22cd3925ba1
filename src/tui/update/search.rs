//! Ctrl+S: the search dialog. Nothing changes until Enter, so Esc leaves the
//! moderator exactly where they were: item, selection and draft.

use super::effect::{Effect, edit_line, persist, row_below, stop_editing};
use crate::session::{Event, Timestamp};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use crate::tui::search::Search;

pub(super) fn open(model: &mut Model) -> Vec<Effect> {
    model.mode = Mode::Search(Search::default());
    vec![]
}

pub(super) fn key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let Mode::Search(search) = &mut model.mode else {
        return vec![];
    };
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::Up => search.selected = search.selected.saturating_sub(1),
        Action::Down => {
            let count = search.hits(&model.session).len();
            search.selected = row_below(search.selected, count);
        }
        Action::Commit => {
            let hit = search.hits(&model.session).get(search.selected).copied();
            if let Some(id) = hit {
                return jump(model, id, now);
            }
        }
        Action::Help => return super::dialogs::dialog(model, action, now),
        other => {
            edit_line(&mut search.query, other);
            search.selected = 0;
        }
    }
    vec![]
}

/// Goes to the contribution's item and selects it. An edit in progress ends (its
/// line belongs to the item left); a typed draft stays on the capture line.
fn jump(model: &mut Model, id: crate::session::ContributionId, now: Timestamp) -> Vec<Effect> {
    model.mode = Mode::Capture;
    let Some(item) = model.session.contributions.get(&id).map(|c| c.item.clone()) else {
        return vec![];
    };
    let mut effects = Vec::new();
    if model.editing.is_some() {
        stop_editing(model);
    }
    if item != model.item() {
        if model.leads_the_room() {
            let event = Event::ItemEntered { item, at: now };
            effects.extend([persist(model, event, now), Effect::Snapshot]);
        } else {
            // A note-taker's search moves only their own view, never the room.
            model.view_item(&item);
        }
    }
    model.selected = model.position_of(id);
    effects
}
