//! The capture line: always ready for typing, showing the group and kind that the
//! next contribution gets.

use super::style::{ACCENT, AMBER, bold, dim, put_input, put_lines};
use crate::text::display_safe;
use crate::tui::model::{Mode, Model};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

pub fn render(frame: &mut Frame, area: Rect, model: &Model) {
    let strings = model.lang.strings();
    let color = if model.editing.is_some() {
        AMBER
    } else {
        ACCENT
    };
    let mut title = vec![Span::raw(" ")];
    if let Some(edit) = &model.editing {
        title.push(Span::styled(
            format!("{} #{} · ", strings.editing, edit.id),
            bold().fg(AMBER),
        ));
    }
    title.push(Span::styled(
        display_safe(model.group_name()).into_owned(),
        bold(),
    ));
    title.push(Span::raw(" · "));
    title.push(Span::styled(model.kind.label(model.lang), bold().fg(color)));
    title.push(Span::raw(" "));
    let block = Block::bordered()
        .border_style(Style::new().fg(color))
        .title(Line::from(title));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let focused = model.mode == Mode::Capture;
    if model.capture.text().is_empty() {
        put_lines(
            frame,
            inner,
            &[Line::from(Span::styled(strings.capture_hint, dim()))],
        );
        if focused {
            frame.set_cursor_position(Position::new(inner.x, inner.y));
        }
    } else {
        put_input(frame, inner, &model.capture, "", focused);
    }
}
