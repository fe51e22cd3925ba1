//! The start screen: resume a recent session, or start a new one (title, then groups
//! from a preset or typed). A small Elm loop of its own.

use super::action::Action;
use super::app::pending_actions;
use super::input::LineInput;
pub use super::start_shared::{Choice, StartModel, Step};
use super::start_shared::{highlight, prompt};
use super::terminal::TerminalGuard;
use super::update::edit_line;
use super::view::{ACCENT, bold, dim};
use super::wait::{TtyWatch, Wake};
use crate::i18n::Lang;
use crate::store::StoreError;
use crate::text::{display_safe, fit};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn update(model: &mut StartModel, action: Action) -> Option<Choice> {
    if action == Action::Quit {
        return Some(Choice::Quit);
    }
    model.error = None;
    let group_rows = model.presets.len() + 1;
    match &mut model.step {
        Step::Sessions(row) => match action {
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
        },
        Step::Title(input) => match action {
            Action::Cancel => model.step = Step::Sessions(0),
            Action::Commit if !input.is_blank() => {
                model.title = crate::text::clean(input.text());
                model.step = Step::Groups(0);
            }
            Action::Commit => {
                model.error = Some(super::words::words(model.lang).title_needed.into());
            }
            other => edit_line(input, other),
        },
        Step::Groups(row) => match action {
            Action::Up => *row = row.saturating_sub(1),
            Action::Down => *row = (*row + 1).min(group_rows - 1),
            Action::Cancel => model.step = Step::Title(LineInput::with_text(&model.title)),
            Action::Commit => match model.presets.get(*row) {
                Some(preset) => {
                    return Some(Choice::New {
                        title: model.title.clone(),
                        groups: preset.groups.clone(),
                        agenda: model.agenda.clone().map(Box::new),
                    });
                }
                None => model.step = Step::TypedGroups(LineInput::default()),
            },
            _ => {}
        },
        Step::TypedGroups(input) => match action {
            Action::Cancel => model.step = Step::Groups(group_rows - 1),
            Action::Commit => {
                let groups =
                    crate::text::unique_names(&input.text().split(',').collect::<Vec<_>>());
                if !groups.is_empty() {
                    return Some(Choice::New {
                        title: model.title.clone(),
                        groups,
                        agenda: model.agenda.clone().map(Box::new),
                    });
                }
            }
            other => edit_line(input, other),
        },
        Step::Agendas(_) | Step::AgendaPath(_) => super::start_agenda::update(model, action),
    }
    None
}

/// Why a session on the list could not be opened, in the screen's language: what
/// went wrong first (a path after it may not fit).
pub fn open_error(lang: Lang, e: &StoreError) -> String {
    match e {
        StoreError::Locked { .. } => super::words::words(lang).locked.to_string(),
        _ => format!("{}: {e}", lang.strings().start_error),
    }
}

pub fn draw(frame: &mut Frame, model: &StartModel) {
    let area = frame.area();
    if area.width < 20 || area.height < 6 {
        return;
    }
    let strings = model.lang.strings();
    let [title_area, body, error_area, keys_area] = Layout::vertical([
        Constraint::Length(2),
        Constraint::Min(0),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(area);
    frame.render_widget(
        Paragraph::new(Span::styled(
            format!(" {}", strings.start_title),
            bold().fg(ACCENT),
        )),
        title_area,
    );
    if let Some(error) = &model.error {
        // Wrapped over two rows: what went wrong comes first, the path after it.
        let lines: Vec<Line> = crate::text::wrap(&display_safe(error), area.width as usize - 2)
            .into_iter()
            .map(|l| Line::styled(format!(" {l}"), Style::new().fg(ratatui::style::Color::Red)))
            .collect();
        frame.render_widget(Paragraph::new(lines), error_area);
    }
    let keys = match model.step {
        Step::Sessions(_) => strings.start_keys,
        Step::Title(_) => strings.start_keys_title,
        Step::Groups(_) => strings.start_keys_groups,
        Step::TypedGroups(_) => strings.start_keys_typed,
        Step::Agendas(_) => strings.start_keys_agendas,
        Step::AgendaPath(_) => strings.start_keys_title,
    };
    frame.render_widget(
        Paragraph::new(Span::styled(format!(" {keys}"), dim())),
        keys_area,
    );
    let body = Rect {
        x: body.x + 1,
        width: body.width - 2,
        ..body
    };
    match &model.step {
        Step::Sessions(row) => sessions(frame, body, model, *row),
        Step::Title(input) => prompt(frame, body, strings.start_title_prompt, input),
        Step::Groups(row) => groups(frame, body, model, *row),
        Step::TypedGroups(input) => prompt(frame, body, strings.start_groups_typed_hint, input),
        Step::Agendas(row) => super::start_agenda::draw_list(frame, body, model, *row),
        Step::AgendaPath(input) => super::start_agenda::draw_path(frame, body, model, input),
    }
}

fn sessions(frame: &mut Frame, area: Rect, model: &StartModel, row: usize) {
    let strings = model.lang.strings();
    let columns = area.width as usize;
    let mut lines = vec![Line::from(Span::styled(
        fit(strings.start_new, columns),
        highlight(row == 0),
    ))];
    if model.sessions.is_empty() {
        lines.push(Line::from(Span::styled(strings.start_no_sessions, dim())));
    }
    let rows = area.height as usize;
    let first = row.saturating_sub(rows.saturating_sub(2)).max(1);
    for (index, s) in model.sessions.iter().enumerate().skip(first - 1) {
        if lines.len() >= rows {
            break;
        }
        let detail = format!(
            "  {} · {} {} · {}",
            s.date,
            s.contributions,
            strings.contributions.to_lowercase(),
            s.last_change.format("%Y-%m-%d %H:%M")
        );
        let title_columns = columns.saturating_sub(crate::text::width(&detail));
        let text = format!("{}{detail}", fit(&display_safe(&s.title), title_columns));
        lines.push(Line::from(Span::styled(text, highlight(row == index + 1))));
    }
    if lines.len() < rows || row == model.sessions.len() + 1 {
        lines.truncate(rows.saturating_sub(1).max(1));
        lines.push(Line::from(Span::styled(
            fit(strings.start_other_agenda, columns),
            highlight(row == model.sessions.len() + 1),
        )));
    }
    frame.render_widget(Paragraph::new(lines), area);
}

fn groups(frame: &mut Frame, area: Rect, model: &StartModel, row: usize) {
    let strings = model.lang.strings();
    let mut lines = vec![
        Line::from(Span::styled(
            format!(
                "{} — {}",
                strings.start_groups_prompt,
                display_safe(&model.title)
            ),
            bold(),
        )),
        Line::from(""),
    ];
    let columns = area.width as usize;
    for (index, preset) in model.presets.iter().enumerate() {
        let text = format!(
            "{} ({} {})",
            preset.name.get(model.lang),
            preset.groups.len(),
            strings.start_groups_count
        );
        lines.push(Line::from(Span::styled(
            fit(&text, columns),
            highlight(row == index),
        )));
    }
    lines.push(Line::from(Span::styled(
        fit(strings.start_groups_typed, columns),
        highlight(row == model.presets.len()),
    )));
    if let Some(preset) = model.presets.get(row) {
        lines.push(Line::from(""));
        let names = preset.groups.join(", ");
        for line in crate::text::wrap(&names, columns) {
            lines.push(Line::from(Span::styled(line, dim())));
        }
    }
    frame.render_widget(Paragraph::new(lines), area);
}

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
            Wake::Timeout => continue,
            Wake::Ready => {}
        }
        let (actions, resized) = pending_actions()?;
        dirty = resized || !actions.is_empty();
        for action in actions {
            if let Some(choice) = update(model, action) {
                return Ok(choice);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
