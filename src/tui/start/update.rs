//! The start screen's update: one key's action moves between the steps, or ends
//! in what the user chose.

use super::model::{Choice, StartModel, Step};
use crate::i18n::Lang;
use crate::i18n::words;
use crate::store::StoreError;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::update::edit_line;

pub fn update(model: &mut StartModel, action: Action) -> Option<Choice> {
    if action == Action::Quit {
        return Some(Choice::Quit);
    }
    model.error = None;
    match &model.step {
        Step::Sessions(_) => on_sessions(model, action),
        Step::Title(_) => on_title(model, action),
        Step::Groups(_) => on_groups(model, action),
        Step::TypedGroups(_) => on_typed_groups(model, action),
        Step::Agendas(_) | Step::AgendaPath(_) => {
            super::agenda::update(model, action);
            None
        }
    }
}

fn on_sessions(model: &mut StartModel, action: Action) -> Option<Choice> {
    let Step::Sessions(row) = &mut model.step else {
        return None;
    };
    match action {
        Action::Up => *row = row.saturating_sub(1),
        Action::Down => *row = (*row + 1).min(model.sessions.len() + 1),
        Action::Cancel => return Some(Choice::Quit),
        Action::Commit if *row == 0 => {
            model.step = Step::Title(LineInput::with_text(&model.title));
        }
        Action::Commit if *row == model.sessions.len() + 1 => {
            model.step = Step::Agendas(0);
        }
        Action::Commit => {
            return model
                .sessions
                .get(*row - 1)
                .map(|s| Choice::Resume(s.path.clone()));
        }
        _ => {}
    }
    None
}

fn on_title(model: &mut StartModel, action: Action) -> Option<Choice> {
    let Step::Title(input) = &mut model.step else {
        return None;
    };
    match action {
        Action::Cancel => model.step = Step::Sessions(0),
        Action::Commit if !input.is_blank() => {
            model.title = crate::text::clean(input.text());
            model.step = Step::Groups(0);
        }
        Action::Commit => {
            model.error = Some(words(model.lang).title_needed.into());
        }
        other => edit_line(input, other),
    }
    None
}

fn on_groups(model: &mut StartModel, action: Action) -> Option<Choice> {
    let group_rows = model.presets.len() + 1;
    let Step::Groups(row) = &mut model.step else {
        return None;
    };
    match action {
        Action::Up => *row = row.saturating_sub(1),
        Action::Down => *row = (*row + 1).min(group_rows - 1),
        Action::Cancel => model.step = Step::Title(LineInput::with_text(&model.title)),
        Action::Commit => match model.presets.get(*row) {
            Some(preset) => return Some(new_session(model, preset.groups.clone())),
            None => model.step = Step::TypedGroups(LineInput::default()),
        },
        _ => {}
    }
    None
}

fn on_typed_groups(model: &mut StartModel, action: Action) -> Option<Choice> {
    let group_rows = model.presets.len() + 1;
    let Step::TypedGroups(input) = &mut model.step else {
        return None;
    };
    match action {
        Action::Cancel => model.step = Step::Groups(group_rows - 1),
        Action::Commit => {
            let names: Vec<&str> = input.text().split(',').collect();
            let groups = crate::text::unique_names(&names);
            if !groups.is_empty() {
                return Some(new_session(model, groups));
            }
        }
        other => edit_line(input, other),
    }
    None
}

fn new_session(model: &StartModel, groups: Vec<String>) -> Choice {
    Choice::New {
        title: model.title.clone(),
        groups,
        agenda: model.agenda.clone().map(Box::new),
    }
}

/// Why a session on the list could not be opened, in the screen's language: what
/// went wrong first (a path after it may not fit).
pub fn open_error(lang: Lang, e: &StoreError) -> String {
    match e {
        StoreError::Locked { .. } => words(lang).locked.to_string(),
        _ => format!("{}: {e}", lang.strings().start_error),
    }
}
