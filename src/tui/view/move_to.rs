//! The item picker for moving a contribution: the agenda, numbered, the current
//! item marked.

use super::overlay::centered;
use super::style::in_sight;
use super::style::popup_block;
use super::theme::THEME;
use crate::i18n::words;
use crate::tui::model::Model;
use crate::tui::move_to::MovePicker;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, model: &Model, picker: &MovePicker) {
    let w = words(model.lang);
    let session = &model.session;
    let items = &session.agenda.items;
    let width = area.width.saturating_sub(4).min(70);
    let height = (items.len() as u16 + 2).min(area.height.saturating_sub(2));
    let popup = centered(area, width, height);
    let block = popup_block(w.move_title, Some(w.move_hint));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let lines: Vec<Line> = in_sight(items, picker.selected, inner.height)
        .map(|(i, item)| {
            let mark = if item.id == model.item() { "•" } else { " " };
            let text = format!("{mark}{:>2}. {}", i + 1, item.title.get(model.lang));
            let text = crate::text::fit(&text, inner.width as usize);
            if i == picker.selected {
                let style = THEME.selected;
                Line::from(Span::styled(text, style))
            } else {
                Line::from(text)
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
