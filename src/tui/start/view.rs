//! The start screen drawn: the title, the current step's list or prompt, what went
//! wrong and the step's keys.

use super::model::{StartModel, Step, highlight, prompt};
use crate::text::{display_safe, fit};
use crate::tui::view::theme::THEME;
use crate::tui::view::{ACCENT, bold, dim};
use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

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
            .map(|l| Line::styled(format!(" {l}"), THEME.error))
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
        Step::Agendas(row) => super::agenda::draw_list(frame, body, model, *row),
        Step::AgendaPath(input) => super::agenda::draw_path(frame, body, model, input),
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
