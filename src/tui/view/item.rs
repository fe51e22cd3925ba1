//! The current agenda item: title, text and the moderator's follow-up prompts.

use super::{ACCENT, bold, dim};
use crate::agenda::AgendaItem;
use crate::i18n::Lang;
use crate::text::{display_safe, wrap};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

/// Lines of the item's text at `columns` columns (without the block's border).
fn lines(item: &AgendaItem, lang: Lang, columns: usize) -> Vec<Line<'static>> {
    let mut out: Vec<Line> = Vec::new();
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
            format!("{}:", lang.strings().prompts),
            dim(),
        )));
        for prompt in &item.prompts {
            let wrapped = wrap(&display_safe(prompt.get(lang)), columns.saturating_sub(2));
            for (i, line) in wrapped.into_iter().enumerate() {
                let bullet = if i == 0 { "? " } else { "  " };
                out.push(Line::from(vec![
                    Span::styled(bullet, Style::new().fg(ACCENT)),
                    Span::styled(
                        line,
                        Style::new().add_modifier(ratatui::style::Modifier::ITALIC),
                    ),
                ]));
            }
        }
    }
    out
}

/// The height the whole item would take at `width` (border included).
pub fn height_wanted(model: &Model, width: u16) -> u16 {
    let Some(item) = model.session.agenda.item(&model.session.current_item) else {
        return 2;
    };
    let columns = width.saturating_sub(2) as usize;
    // One row for the position line, one for the bottom border.
    (lines(item, model.lang, columns).len() as u16).saturating_add(2)
}

pub fn render(frame: &mut Frame, area: Rect, model: &Model, full: bool) {
    let session = &model.session;
    let Some(item) = session.agenda.item(&session.current_item) else {
        return;
    };
    let position = session.current_position() + 1;
    let block = Block::new().borders(Borders::BOTTOM);
    let strings = model.lang.strings();
    let heading = Line::from(Span::styled(
        format!(
            "{} {position} {} {} · {} {}",
            strings.item_time,
            strings.of,
            session.agenda.items.len(),
            item.timebox_minutes,
            strings.min
        ),
        dim(),
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let inner = Rect {
        x: inner.x.saturating_add(1),
        width: inner.width.saturating_sub(2),
        ..inner
    };
    let mut all = vec![heading];
    all.extend(lines(item, model.lang, inner.width as usize));
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
    frame.render_widget(Paragraph::new(all), inner);
}
