//! The keys of a device that does not lead the room: PgDn/PgUp move the
//! note-taker's own view (no event: the room stays where the moderator is), Alt+F
//! follows the moderator again, and the clock and re-timing keys say who leads.

use super::effect::{Effect, stop_editing};
use crate::session::Timestamp;
use crate::tui::action::Action;
use crate::tui::model::Model;

/// The note-taker's meaning of `action` on the capture screen, or `None` when it
/// means what it means everywhere.
pub(super) fn key(model: &mut Model, action: &Action, now: Timestamp) -> Option<Vec<Effect>> {
    match action {
        Action::NextItem | Action::PrevItem => {
            step(model, *action == Action::NextItem);
            Some(vec![])
        }
        Action::ToggleClock | Action::Retime => {
            model.flash(model.lang.strings().moderator_leads, now);
            Some(vec![])
        }
        _ => None,
    }
}

/// Alt+F, on any device: the view follows the room again. An edit of a contribution
/// on the item left ends (its line belongs there); a typed line comes along.
pub(super) fn follow(model: &mut Model) -> Vec<Effect> {
    if !model.has_own_view() {
        return vec![];
    }
    if model.editing.is_some() {
        stop_editing(model);
    }
    model.follow_the_room();
    vec![]
}

/// The own view one item on or back, in the order the session runs.
fn step(model: &mut Model, forward: bool) {
    let agenda = &model.session.agenda;
    let position = agenda.position(model.item()).unwrap_or(0);
    let target = if forward {
        position + 1
    } else {
        match position.checked_sub(1) {
            Some(p) => p,
            None => return,
        }
    };
    let Some(item) = agenda.items.get(target).map(|i| i.id.clone()) else {
        return;
    };
    if model.editing.is_some() {
        stop_editing(model);
    }
    model.view_item(&item);
}
