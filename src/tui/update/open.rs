//! The capture screen's commands that open a dialog or switch a view; any other
//! action edits the line.

use super::clock::toggle_clock;
use super::effect::{Effect, edit_line};
use super::{annotations, moves, notes, projector, retime, search};
use crate::session::Timestamp;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{DetailsForm, GroupPicker, GroupsDialog, Mode, Model};

pub(super) fn command(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    match action {
        Action::AddGroup => {
            model.mode = Mode::AddGroup(LineInput::default());
            vec![]
        }
        Action::Export => {
            model.mode = Mode::Export(0);
            vec![]
        }
        Action::PickGroup => {
            // Opens on the current group (with an empty filter every group is listed).
            model.mode = Mode::PickGroup(GroupPicker {
                selected: model.group,
                ..GroupPicker::default()
            });
            vec![]
        }
        Action::Groups => {
            model.mode = Mode::Groups(GroupsDialog::new(model.group));
            vec![]
        }
        Action::Details => {
            model.mode = Mode::Details(DetailsForm::of(&model.session));
            vec![]
        }
        Action::Help => {
            model.mode = Mode::Help;
            model.help_scroll = 0;
            vec![]
        }
        other => switch(model, other, now),
    }
}

/// The editors and views opened or toggled from the capture screen; any other action
/// edits the line.
fn switch(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    match action {
        Action::Summary | Action::Annotate | Action::Vote => annotations::open(model, action, now),
        Action::ToggleClock => toggle_clock(model, now),
        Action::Search => search::open(model),
        Action::Notes => notes::open(model),
        Action::MoveTo => moves::open(model, now),
        Action::Versions => super::versions::open(model, now),
        Action::Retime => retime::open(model, now),
        Action::TogglePlanned => {
            model.show_planned = !model.show_planned;
            if model.show_planned && model.session.schedule.planned_start.is_none() {
                let w = crate::i18n::schedule_words(model.lang);
                model.flash(w.retime_no_start, now);
            }
            vec![]
        }
        Action::Grid => {
            model.mode = Mode::Grid(Default::default());
            vec![]
        }
        Action::Release | Action::Blank | Action::ProjectorMenu => {
            projector::from_capture(model, action, now)
        }
        Action::ToggleItemText => {
            model.show_full_item = !model.show_full_item;
            vec![]
        }
        other => {
            edit_line(&mut model.capture, other);
            vec![]
        }
    }
}
