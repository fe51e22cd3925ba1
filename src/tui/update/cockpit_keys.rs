//! The moderator's quick keys: the next group not yet heard, a kind at a touch,
//! and the kind lock.

use super::effect::Effect;
use crate::i18n::words;
use crate::session::{Kind, Timestamp, next_not_heard};
use crate::tui::action::Action;
use crate::tui::model::Model;

pub(super) fn key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    match action {
        Action::NextNotHeard => select_next_not_heard(model, now),
        Action::SetKind(kind) => model.kind = kind,
        Action::ToggleKindLock => {
            model.kind_locked = !model.kind_locked;
            let w = words(model.lang);
            let text = if model.kind_locked {
                w.kind_locked
            } else {
                w.kind_unlocked
            };
            model.flash(text, now);
        }
        _ => {}
    }
    vec![]
}

/// Round the group list from the current group; says so when everyone is heard.
fn select_next_not_heard(model: &mut Model, now: Timestamp) {
    match next_not_heard(&model.session, model.item(), model.group) {
        Some(group) => model.group = group,
        None => model.flash(words(model.lang).all_heard, now),
    }
}

/// After a new contribution is saved: the kind goes back to comment unless locked,
/// so a proposal or an action is never logged twice by mistake.
pub(super) fn after_saved(model: &mut Model) {
    if !model.kind_locked {
        model.kind = Kind::Comment;
    }
}
