//! The current agenda item: title, text and the moderator's follow-up prompts.

use super::style::{ACCENT, bold, dim, put_lines};
use crate::text::{display_safe, wrap};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

/// The current item's lines at `columns` columns: where it stands in the agenda,
/// title, text and prompts.
pub fn lines(model: &Model, columns: usize) -> Vec<Line<'static>> {
    let session = &model.session;
    let Some(item) = session.agenda.item(&session.current_item) else {
        return Vec::new();
    };
    let lang = model.lang;
    let strings = lang.strings();
    let mut out: Vec<Line> = vec![Line::from(Span::styled(
        format!(
            "{} {} {} {} · {} {}",
            strings.item_time,
            session.current_position() + 1,
            strings.of,
            session.agenda.items.len(),
            item.timebox_minutes,
            strings.min
        ),
        dim(),
    ))];
    for line in wrap(&display_safe(item.title.get(lang)), columns) {
        out.push(Line::from(Span::styled(line, bold().fg(ACCENT))));
    }
    // Paragraphs and bullet lines keep their breaks; blank lines are dropped to save
    // rows on a projector.
    for paragraph in item
        .text
        .get(lang)
        .split('\n')
        .filter(|p| !p.trim().is_empty())
    {
        for line in wrap(&display_safe(paragraph), columns) {
            out.push(Line::from(line));
        }
    }
    if !item.prompts.is_empty() {
        out.push(Line::from(Span::styled(
            format!("{}:", strings.prompts),
            dim(),
        )));
        for prompt in &item.prompts {
            let wrapped = wrap(&display_safe(prompt.get(lang)), columns.saturating_sub(2));
            for (i, line) in wrapped.into_iter().enumerate() {
                let bullet = if i == 0 { "? " } else { "  " };
                out.push(Line::from(vec![
                    Span::styled(bullet, Style::new().fg(ACCENT)),
                    Span::styled(line, Style::new().add_modifier(Modifier::ITALIC)),
                ]));
            }
        }
    }
    out
}

pub fn render(frame: &mut Frame, area: Rect, model: &Model, mut all: Vec<Line>, full: bool) {
    let block = Block::new().borders(Borders::BOTTOM);
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let rows = inner.height as usize;
    if all.len() > rows && rows > 0 {
        all.truncate(rows - 1);
        let hint = if full {
            "…"
        } else {
            model.lang.strings().more_text
        };
        all.push(Line::from(Span::styled(hint, dim())));
    }
    put_lines(frame, inner, &all);
}
