//! The notes pane: the current item's private notes, in place of the log while
//! open. Each line scrolls sideways around the cursor like the capture line.

use super::style::{AMBER, bold, dim, put_input};
use crate::i18n::words;
use crate::tui::notes::NoteEditor;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Span;
use ratatui::widgets::{Block, Clear};

pub fn render(frame: &mut Frame, area: Rect, lang: crate::i18n::Lang, editor: &NoteEditor) {
    let w = words(lang);
    let block = Block::bordered()
        .border_style(Style::new().fg(AMBER))
        .title(Span::styled(format!(" {} ", w.notes_title), bold()))
        .title_bottom(Span::styled(format!(" {} ", w.notes_hint), dim()));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    let rows = inner.height as usize;
    if rows == 0 {
        return;
    }
    // The cursor's line stays in view: the pane scrolls when the note is taller.
    let first = editor.row.saturating_sub(rows - 1);
    for (offset, (index, line)) in editor.lines.iter().enumerate().skip(first).enumerate() {
        if offset >= rows {
            break;
        }
        let row = Rect {
            y: inner.y + offset as u16,
            height: 1,
            ..inner
        };
        put_input(frame, row, line, "", index == editor.row);
    }
}
