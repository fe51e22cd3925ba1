//! The version picker: Ctrl+R on a selected contribution lists its versions, Enter
//! keeps one. Keeping one is an edit made on the revision shown (`Session::
//! pick_version`), recorded like any edit, so Ctrl+Z takes it back.

use super::effect::{Effect, record, row_below};
use crate::i18n::versions::versions_words;
use crate::i18n::words;
use crate::session::Timestamp;
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use crate::tui::versions::VersionPicker;

/// Opens the picker on the selected contribution, its shown version highlighted.
pub(super) fn open(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Some(c) = model.selected_contribution() else {
        model.flash(words(model.lang).select_first, now);
        return vec![];
    };
    let (id, shown) = (c.id, c.rev());
    let versions = model.session.versions_of(id);
    if versions.len() < 2 {
        model.flash(versions_words(model.lang).only_one, now);
        return vec![];
    }
    let selected = versions.iter().position(|v| v.rev == shown).unwrap_or(0);
    model.mode = Mode::Versions(VersionPicker { id, selected });
    vec![]
}

pub(super) fn key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let Mode::Versions(picker) = &mut model.mode else {
        return vec![];
    };
    // Another writer's edit may have come in while the picker was open.
    let count = model.session.versions_of(picker.id).len();
    match action {
        Action::Cancel => model.mode = Mode::Capture,
        Action::Up => picker.selected = picker.selected.saturating_sub(1),
        Action::Down => picker.selected = row_below(picker.selected, count),
        Action::Commit => {
            let picker = picker.clone();
            model.mode = Mode::Capture;
            return pick(model, &picker, now);
        }
        Action::Help => return super::dialogs::dialog(model, action, now),
        _ => {}
    }
    vec![]
}

fn pick(model: &mut Model, picker: &VersionPicker, now: Timestamp) -> Vec<Effect> {
    let versions = model.session.versions_of(picker.id);
    let Some(version) = versions.get(picker.selected.min(versions.len().saturating_sub(1))) else {
        return vec![];
    };
    let Some(event) = model.session.pick_version(picker.id, version.rev, now) else {
        return vec![];
    };
    let effect = record(model, event, now);
    model.flash(versions_words(model.lang).picked, now);
    vec![effect]
}

#[cfg(test)]
#[path = "versions_tests.rs"]
mod tests;
