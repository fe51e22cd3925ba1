//! The start screen's agenda steps: a new session on another agenda, picked from the
//! data dir's `agendas/` folder or typed as a path.

use super::model::{StartModel, Step, highlight, prompt};
use crate::agenda::Agenda;
use crate::text::{display_safe, fit};
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::update::edit_line;
use crate::tui::view::{bold, dim};
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use std::path::{Path, PathBuf};

/// The agenda files in `<data dir>/agendas/` that load, by file name.
pub fn agendas_in(data_dir: &Path) -> Vec<(PathBuf, Agenda)> {
    let Ok(entries) = std::fs::read_dir(data_dir.join("agendas")) else {
        return Vec::new();
    };
    let mut found: Vec<(PathBuf, Agenda)> = entries
        .flatten()
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|e| e == "json"))
        .filter_map(|p| Agenda::load(&p).ok().map(|a| (p, a)))
        .collect();
    found.sort_by(|a, b| a.0.cmp(&b.0));
    found
}

/// Keys on the agenda steps. Choosing an agenda goes on to the title, prefilled
/// with the agenda's own.
pub fn update(model: &mut StartModel, action: Action) {
    let rows = model.agendas.len() + 1;
    match &mut model.step {
        Step::Agendas(row) => match action {
            Action::Up => *row = row.saturating_sub(1),
            Action::Down => *row = (*row + 1).min(rows - 1),
            Action::Cancel => model.step = Step::Sessions(model.sessions.len() + 1),
            Action::Commit => match model.agendas.get(*row) {
                Some((_, agenda)) => {
                    let agenda = agenda.clone();
                    choose(model, agenda);
                }
                None => model.step = Step::AgendaPath(LineInput::default()),
            },
            _ => {}
        },
        Step::AgendaPath(input) => match action {
            Action::Cancel => model.step = Step::Agendas(rows - 1),
            Action::Commit if !input.is_blank() => {
                let path = PathBuf::from(input.text().trim());
                match Agenda::load(&path) {
                    Ok(agenda) => choose(model, agenda),
                    Err(e) => model.error = Some(e.to_string()),
                }
            }
            other => edit_line(input, other),
        },
        _ => {}
    }
}

fn choose(model: &mut StartModel, agenda: Agenda) {
    model.title = agenda.title.get(model.lang).to_string();
    model.step = Step::Title(LineInput::with_text(&model.title));
    model.agenda = Some(agenda);
}

pub fn draw_list(frame: &mut Frame, area: Rect, model: &StartModel, row: usize) {
    let strings = model.lang.strings();
    let columns = area.width as usize;
    let mut lines = vec![
        Line::from(Span::styled(strings.start_agenda_prompt, bold())),
        Line::from(""),
    ];
    for (index, (path, agenda)) in model.agendas.iter().enumerate() {
        let name = path
            .file_name()
            .map(|n| n.to_string_lossy())
            .unwrap_or_default();
        let text = format!(
            "{} · {} {}  ({})",
            display_safe(agenda.title.get(model.lang)),
            agenda.total_minutes(),
            strings.min,
            display_safe(&name)
        );
        lines.push(Line::from(Span::styled(
            fit(&text, columns),
            highlight(row == index),
        )));
    }
    if model.agendas.is_empty() {
        lines.push(Line::from(Span::styled(strings.start_no_agendas, dim())));
    }
    lines.push(Line::from(Span::styled(
        fit(strings.start_agenda_typed, columns),
        highlight(row == model.agendas.len()),
    )));
    frame.render_widget(Paragraph::new(lines), area);
}

pub fn draw_path(frame: &mut Frame, area: Rect, model: &StartModel, input: &LineInput) {
    prompt(frame, area, model.lang.strings().start_agenda_path, input);
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::Lang;
    use crate::tui::start::{Choice, update as start_update};

    #[test]
    fn a_new_session_can_start_on_a_typed_agenda_path() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("norr.json");
        let json =
            crate::agenda::BUILTIN_JSON.replace("Integration för tillväxt", "Regionträff Norr");
        std::fs::write(&path, json).unwrap();
        let mut m = StartModel::new(Lang::Sv, Vec::new(), "Integration för tillväxt");
        start_update(&mut m, Action::Down); // the last row: another agenda
        start_update(&mut m, Action::Commit);
        assert_eq!(m.step, Step::Agendas(0));
        start_update(&mut m, Action::Commit); // no files: "type a path"
        start_update(
            &mut m,
            Action::Insert(dir.path().join("nope.json").display().to_string()),
        );
        start_update(&mut m, Action::Commit);
        assert!(
            m.error.as_deref().unwrap().contains("nope.json"),
            "{:?}",
            m.error
        );
        let Step::AgendaPath(input) = &mut m.step else {
            panic!("{:?}", m.step)
        };
        *input = LineInput::with_text(&path.display().to_string());
        start_update(&mut m, Action::Commit);
        assert_eq!(m.title, "Regionträff Norr");
        start_update(&mut m, Action::Commit);
        let Some(Choice::New { title, agenda, .. }) = start_update(&mut m, Action::Commit) else {
            panic!("no choice")
        };
        assert_eq!(title, "Regionträff Norr");
        assert_eq!(agenda.unwrap().title.sv, "Regionträff Norr");
    }

    #[test]
    fn agendas_in_the_data_dir_are_listed() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::create_dir(dir.path().join("agendas")).unwrap();
        std::fs::write(
            dir.path().join("agendas/a.json"),
            crate::agenda::BUILTIN_JSON,
        )
        .unwrap();
        std::fs::write(dir.path().join("agendas/broken.json"), "{").unwrap();
        let found = agendas_in(dir.path());
        assert_eq!(found.len(), 1);
        let mut m = StartModel::new(Lang::En, Vec::new(), "T");
        m.agendas = found;
        m.step = Step::Agendas(0);
        start_update(&mut m, Action::Commit);
        assert!(matches!(m.step, Step::Title(_)));
        assert!(m.agenda.is_some());
    }
}
