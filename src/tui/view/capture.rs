//! The capture box: always ready for typing, showing the group and kind that the
//! next contribution gets (and whether the kind is locked). It grows with its text
//! up to `MAX_ROWS` wrapped rows, then scrolls with the cursor.

use super::capture_rows::{cursor_place, first_shown, rows};
use super::style::{ACCENT, AMBER, bold, dim, put_lines};
use crate::i18n::words;
use crate::text::display_safe;
use crate::tui::model::{Mode, Model};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;
use std::ops::Range;

/// The most rows the box grows to before it scrolls.
pub const MAX_ROWS: usize = 8;

/// The capture line's rows in a box `width` wide (borders included). One column is
/// kept free for the cursor after the last character.
pub fn text_rows(model: &Model, width: u16) -> Vec<Range<usize>> {
    rows(model.capture.text(), width.saturating_sub(3) as usize)
}

/// The box's height for `count` rows when at most `max_rows` may be shown.
pub fn height(count: usize, max_rows: usize) -> u16 {
    count.clamp(1, max_rows.clamp(1, MAX_ROWS)) as u16 + 2
}

pub fn render(frame: &mut Frame, area: Rect, model: &Model, text_rows: &[Range<usize>]) {
    let color = if model.editing.is_some() {
        AMBER
    } else {
        ACCENT
    };
    let mut block = Block::bordered()
        .border_style(Style::new().fg(color))
        .title(title(model, color));
    // A line longer than the box says which rows are shown: "rad 3–10 av 14".
    let shown = area.height.saturating_sub(2) as usize;
    if text_rows.len() > shown && shown > 0 {
        let text = model.capture.text();
        let (cursor_row, _) = cursor_place(text, text_rows, model.capture.cursor());
        let first = first_shown(text_rows.len(), shown, cursor_row);
        let label = format!(
            " {} {}–{} {} {} ",
            words(model.lang).capture_rows,
            first + 1,
            first + shown,
            model.lang.strings().of,
            text_rows.len()
        );
        block = block.title_bottom(Line::from(Span::styled(label, dim())).right_aligned());
    }
    let inner = block.inner(area);
    frame.render_widget(block, area);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let focused = model.mode == Mode::Capture;
    let text = model.capture.text();
    if text.is_empty() {
        let hint = model.lang.strings().capture_hint;
        put_lines(frame, inner, &[Line::from(Span::styled(hint, dim()))]);
        if focused {
            frame.set_cursor_position(Position::new(inner.x, inner.y));
        }
        return;
    }
    let shown = inner.height as usize;
    let (cursor_row, column) = cursor_place(text, text_rows, model.capture.cursor());
    let first = first_shown(text_rows.len(), shown, cursor_row);
    let lines: Vec<Line> = text_rows
        .iter()
        .skip(first)
        .take(shown)
        .map(|r| Line::from(display_safe(&text[r.clone()]).into_owned()))
        .collect();
    put_lines(frame, inner, &lines);
    if focused {
        let x = (inner.x as usize + column).min(inner.right().saturating_sub(1) as usize);
        let y = inner.y as usize + cursor_row - first;
        frame.set_cursor_position(Position::new(x as u16, y as u16));
    }
}

/// " [Redigerar #12 · ]Region Gotland · förslag [(låst)] "
fn title(model: &Model, color: ratatui::style::Color) -> Line<'static> {
    let mut title = vec![Span::raw(" ")];
    if let Some(edit) = &model.editing {
        // Readers see a running number, never the id.
        let number = model.session.number_of(edit.id).unwrap_or(0);
        title.push(Span::styled(
            format!("{} #{number} · ", model.lang.strings().editing),
            bold().fg(AMBER),
        ));
    }
    title.push(Span::styled(
        display_safe(model.group_name()).into_owned(),
        bold(),
    ));
    // `join --group`: the table's group, back after every change of item.
    if model.group_is_pinned() {
        let pinned = crate::i18n::join_text(model.lang).pinned;
        title.push(Span::styled(format!(" ({pinned})"), bold().fg(AMBER)));
    }
    title.push(Span::raw(" · "));
    title.push(Span::styled(model.lang.kind(model.kind), bold().fg(color)));
    if model.kind_locked {
        title.push(Span::styled(
            format!(" ({})", words(model.lang).locked_kind),
            bold().fg(AMBER),
        ));
    }
    title.push(Span::raw(" "));
    Line::from(title)
}
