//! The colours, the text styles and the small drawing helpers every part of the screen
//! uses.

use super::theme::THEME;
use crate::tui::input::LineInput;
use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::{Color, Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Block;

pub const AMBER: Color = THEME.amber;
pub const ACCENT: Color = THEME.accent;

/// Writes lines into `area`, one per row, cut at its right edge. Cheaper than a
/// `Paragraph`, which lays the text out again on every frame.
pub fn put_lines(frame: &mut Frame, area: Rect, lines: &[Line]) {
    let area = area.intersection(frame.area());
    let buf = frame.buffer_mut();
    for (row, line) in (area.y..area.bottom()).zip(lines) {
        let mut x = area.x;
        for span in &line.spans {
            if x >= area.right() {
                break;
            }
            x = put_span(
                buf,
                x,
                row,
                &span.content,
                line.style.patch(span.style),
                area.right(),
            );
        }
    }
}

/// Latin text (every character below U+0300: ASCII, å, ä, ö, é …) is one cell per
/// character and needs no grapheme segmentation, which is most of the cost of a
/// frame; anything else goes through ratatui's own, grapheme by grapheme.
fn put_span(buf: &mut Buffer, x: u16, y: u16, text: &str, style: Style, right: u16) -> u16 {
    let latin = |c: char| c < '\u{300}' && c != '\u{AD}' && !c.is_control();
    if !text.chars().all(latin) {
        return buf.set_stringn(x, y, text, usize::from(right - x), style).0;
    }
    let mut x = x;
    for c in text.chars() {
        if x >= right {
            break;
        }
        buf[(x, y)].set_char(c).set_style(style);
        x += 1;
    }
    x
}

/// A one-line input: `prefix`, the part of the text around the cursor that fits,
/// and, when `focused`, the terminal's cursor in its place.
pub fn put_input(frame: &mut Frame, area: Rect, input: &LineInput, prefix: &str, focused: bool) {
    if area.width == 0 || area.height == 0 {
        return;
    }
    let lead = crate::text::width(prefix) as u16;
    let (shown, column) = input.visible(area.width.saturating_sub(lead) as usize);
    let line = Line::from(format!("{prefix}{}", crate::text::display_safe(shown)));
    put_lines(frame, Rect { height: 1, ..area }, &[line]);
    if focused {
        let x = area
            .x
            .saturating_add(lead.saturating_add(column as u16))
            .min(area.right().saturating_sub(1));
        frame.set_cursor_position(Position::new(x, area.y));
    }
}

pub fn dim() -> Style {
    Style::new().add_modifier(Modifier::DIM)
}

pub fn bold() -> Style {
    Style::new().add_modifier(Modifier::BOLD)
}

/// The bordered box every dialog is drawn in: an accent border, the title in bold
/// at the top and, when there is one, the hint dimmed at the bottom.
pub fn popup_block(title: &str, hint: Option<&str>) -> Block<'static> {
    let block = Block::bordered()
        .border_style(Style::new().fg(ACCENT))
        .title(Span::styled(format!(" {title} "), bold()));
    match hint {
        Some(hint) => block.title_bottom(Span::styled(format!(" {hint} "), dim())),
        None => block,
    }
}

/// The rows of a list that fit in `height` rows with row `selected` in sight (at the
/// bottom once it is below the first screenful), each with its index.
pub fn in_sight<T>(items: &[T], selected: usize, height: u16) -> impl Iterator<Item = (usize, &T)> {
    let rows = usize::from(height);
    let first = selected.saturating_sub(rows.saturating_sub(1));
    items.iter().enumerate().skip(first).take(rows)
}
