//! The start screen: resume a recent session, or start a new one (title, then groups
//! from a preset or typed, or another agenda). A small Elm loop of its own, split like
//! the main screen: the model, its update, its view and the loop here.

mod agenda;
mod model;
mod update;
mod view;

pub use agenda::agendas_in;
pub use model::{Choice, StartModel, Step};
pub use update::{open_error, update};
pub use view::draw;

use super::app::pending_input;
use super::keymap::{Input, START};
use crate::terminal::TerminalGuard;
use crate::terminal::wait::{TtyWatch, Wake};

/// Runs the start screen until the user chooses.
pub fn run(guard: &mut TerminalGuard, model: &mut StartModel) -> std::io::Result<Choice> {
    let watch = TtyWatch::new()?;
    let mut dirty = true;
    loop {
        if guard.stop_requested() {
            return Ok(Choice::Quit);
        }
        dirty |= guard.handle_job_control()?;
        if dirty {
            guard.terminal.draw(|frame| draw(frame, model))?;
        }
        dirty = false;
        match watch.wait(std::time::Duration::from_secs(1))? {
            Wake::HangUp => return Ok(Choice::Quit),
            Wake::Timeout | Wake::Folder | Wake::Background => continue,
            Wake::Ready => {}
        }
        let (input, resized) = pending_input()?;
        dirty = resized || !input.is_empty();
        for action in input.into_iter().filter_map(|i: Input| i.action(&START)) {
            if let Some(choice) = update(model, action) {
                return Ok(choice);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::tui::action::Action;

    #[test]
    fn a_new_session_takes_a_title_and_a_preset() {
        let mut m = StartModel::new(Lang::Sv, Vec::new(), "Integration för tillväxt");
        assert_eq!(update(&mut m, Action::Commit), None);
        update(&mut m, Action::End);
        update(&mut m, Action::Insert(" – dag 2".into()));
        assert_eq!(update(&mut m, Action::Commit), None);
        let Some(Choice::New { title, groups, .. }) = update(&mut m, Action::Commit) else {
            panic!("no choice")
        };
        assert_eq!(title, "Integration för tillväxt – dag 2");
        assert_eq!(groups.len(), 21);
    }

    #[test]
    fn groups_can_be_typed() {
        let mut m = StartModel::groups_only(Lang::En, "T");
        for _ in 0..10 {
            update(&mut m, Action::Down);
        }
        update(&mut m, Action::Commit);
        update(
            &mut m,
            Action::Insert("Skåne, Gotland,, skåne , Örebro".into()),
        );
        assert_eq!(
            update(&mut m, Action::Commit),
            Some(Choice::New {
                title: "T".into(),
                groups: vec!["Skåne".into(), "Gotland".into(), "Örebro".into()],
                agenda: None,
            })
        );
    }
}

#[cfg(test)]
mod screen_tests;
