//! The agenda overview: every item, done, current or coming, with its planned
//! minutes. Done and current are said in words as well as shown by colour.

use super::theme::Look;
use crate::session::Session;
use crate::text::{display_safe, fit, truncate, width};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;

pub fn draw(frame: &mut Frame, area: Rect, session: &Session, look: &Look) {
    let w = crate::i18n::words(look.lang).projector;
    let theme = &look.theme;
    let current = session.current_position();
    let title = format!("{} — {}", w.agenda, display_safe(&session.title));
    let mut lines = vec![
        Line::from(Span::styled(
            truncate(&title, area.width.saturating_sub(2) as usize).into_owned(),
            theme.accent.add_modifier(Modifier::BOLD),
        )),
        Line::from(""),
    ];
    let minutes_columns = 8;
    let state_columns = [w.done, w.now].iter().map(|s| width(s)).max().unwrap_or(5) + 2;
    // As wide as the longest title, so the list stays together in the middle.
    let longest = session
        .agenda
        .items
        .iter()
        .map(|item| width(&display_safe(item.title.get(look.lang))))
        .max()
        .unwrap_or(0);
    let title_columns = (area.width as usize)
        .saturating_sub(6 + minutes_columns + state_columns + 4)
        .min(longest + 1);
    for (i, item) in session.agenda.items.iter().enumerate() {
        let (mark, state, style) = match i.cmp(&current) {
            std::cmp::Ordering::Less => ("✓", w.done, theme.dim),
            std::cmp::Ordering::Equal => ("▶", w.now, theme.accent.add_modifier(Modifier::BOLD)),
            std::cmp::Ordering::Greater => (" ", "", theme.base),
        };
        let text = format!(
            "{mark} {:>2}  {}{:>5} {}  {}",
            i + 1,
            fit(&display_safe(item.title.get(look.lang)), title_columns),
            item.timebox_minutes,
            w.minutes,
            state
        );
        lines.push(Line::from(Span::styled(text, style)));
    }
    let height = (lines.len() as u16).min(area.height.saturating_sub(1));
    let width = lines.iter().map(|l| l.width()).max().unwrap_or(0) as u16;
    let width = width.min(area.width.saturating_sub(2));
    let block = Rect {
        x: area.x + (area.width - width) / 2,
        y: area.y + (area.height - height) / 2,
        width,
        height,
    };
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Left), block);
}
