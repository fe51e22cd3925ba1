//! Dialogs drawn over the screen: the help (from the keymap table) and adding a group.

use super::{ACCENT, bold, dim};
use crate::i18n::Lang;
use crate::tui::input::LineInput;
use crate::tui::keymap::{EDITING_HELP, KEYMAP};
use ratatui::Frame;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Clear, Paragraph, Wrap};

fn centered(area: Rect, width: u16, height: u16) -> Rect {
    let width = width.min(area.width);
    let height = height.min(area.height);
    Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    }
}

pub fn help(frame: &mut Frame, area: Rect, lang: Lang) {
    let strings = lang.strings();
    let key_columns = KEYMAP
        .iter()
        .map(|b| crate::text::width(&b.keys_label()))
        .max()
        .unwrap_or(10);
    let mut lines: Vec<Line> = KEYMAP
        .iter()
        .map(|b| {
            Line::from(vec![
                Span::styled(
                    crate::text::fit(&b.keys_label(), key_columns + 2),
                    bold().fg(ACCENT),
                ),
                Span::raw(b.help(lang)),
            ])
        })
        .collect();
    let editing = match lang {
        Lang::Sv => EDITING_HELP.0,
        Lang::En => EDITING_HELP.1,
    };
    lines.push(Line::from(""));
    lines.push(Line::from(Span::styled(editing, dim())));
    let popup = centered(area, 100, lines.len() as u16 + 2);
    let block = Block::bordered()
        .border_style(Style::new().fg(ACCENT))
        .title(Span::styled(format!(" {} ", strings.help_title), bold()))
        .title_bottom(Span::styled(format!(" {} ", strings.help_close), dim()));
    frame.render_widget(Clear, popup);
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false }),
        popup,
    );
}

pub fn add_group(frame: &mut Frame, area: Rect, lang: Lang, input: &LineInput) {
    let strings = lang.strings();
    let popup = centered(area, 60, 4);
    let block = Block::bordered()
        .border_style(Style::new().fg(ACCENT))
        .title(Span::styled(
            format!(" {} ", strings.add_group_title),
            bold(),
        ))
        .title_bottom(Span::styled(format!(" {} ", strings.add_group_hint), dim()));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    if inner.width == 0 || inner.height == 0 {
        return;
    }
    let (shown, column) = input.visible(inner.width as usize);
    frame.render_widget(Paragraph::new(shown.to_string()), inner);
    let x = inner
        .x
        .saturating_add(column as u16)
        .min(inner.right().saturating_sub(1));
    frame.set_cursor_position(Position::new(x, inner.y));
}
