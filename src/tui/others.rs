//! What other writers saved (a `samtal add`, another laptop), arriving in the open
//! app: applied to the session with the selected contribution, the chosen group
//! and the line being typed kept. The model's places are indexes; they are found
//! again by the ids they pointed at, which do not change.

use super::model::Model;
use super::update::clamp;
use crate::session::{Event, EventId, Session};

impl Model {
    /// Applies other writers' events, in id order.
    pub fn apply_others(&mut self, events: &[(EventId, Event)]) {
        keeping_place(self, |session| {
            for (id, event) in events {
                session.apply(*id, event);
            }
        });
    }

    /// Takes `session` (folded again after a late event) in place of the one shown,
    /// and hands back the one that was shown (for the caller to free elsewhere).
    pub fn replace_session(&mut self, session: Session) -> Session {
        keeping_place(self, |shown| std::mem::replace(shown, session))
    }
}

/// Changes the session and puts the selection and the chosen group back on the
/// contribution and group they were on.
fn keeping_place<T>(model: &mut Model, change: impl FnOnce(&mut Session) -> T) -> T {
    let item = model.item().to_string();
    let selected = model
        .selected
        .and_then(|row| model.current_ids().get(row).copied());
    let group = model.session.groups.get(model.group).map(|g| g.id);
    let changed = change(&mut model.session);
    if let Some(row) = group.and_then(|id| model.session.groups.iter().position(|g| g.id == id)) {
        model.group = row;
    }
    model.after_the_room_moved(&item);
    if model.item() != item {
        model.selected = None;
    } else if let Some(id) = selected
        && let Some(row) = model.current_ids().iter().position(|i| *i == id)
    {
        model.selected = Some(row);
    }
    clamp(model);
    changed
}
