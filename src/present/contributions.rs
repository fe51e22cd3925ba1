//! The released contributions as the room sees them: the text, with the group's
//! name only when the moderator turned names on.

use super::theme::Look;
use crate::session::Session;
use crate::text::{display_safe, width, wrap};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};

/// One block of lines per released contribution of the current item, in the order
/// they were released (newest last).
pub fn blocks(session: &Session, columns: usize, look: &Look) -> Vec<Vec<Line<'static>>> {
    let theme = &look.theme;
    session
        .on_screen()
        .into_iter()
        .map(|c| {
            let lead = if session.projector.names {
                format!("{}: ", display_safe(session.group_name(c.group)))
            } else {
                "• ".to_string()
            };
            let indent = " ".repeat(2);
            let text = display_safe(&c.text);
            let first_room = columns.saturating_sub(width(&lead)).max(8);
            let mut parts = wrap(&text, first_room).into_iter();
            let mut lines = vec![Line::from(vec![
                Span::styled(lead, theme.accent.add_modifier(Modifier::BOLD)),
                Span::styled(parts.next().unwrap_or_default(), theme.base),
            ])];
            let rest: String = parts.collect::<Vec<_>>().join(" ");
            for part in wrap(&rest, columns.saturating_sub(2).max(8)) {
                if !part.is_empty() {
                    lines.push(Line::from(Span::styled(
                        format!("{indent}{part}"),
                        theme.base,
                    )));
                }
            }
            lines
        })
        .collect()
}

/// The newest blocks that fit in `rows` whole, oldest first.
pub fn newest_that_fit(blocks: Vec<Vec<Line<'static>>>, rows: usize) -> Vec<Line<'static>> {
    let mut kept = Vec::new();
    let mut used = 0;
    for block in blocks.into_iter().rev() {
        if used + block.len() > rows {
            // A single contribution taller than the room still shows its start.
            if kept.is_empty() {
                kept.push(block.into_iter().take(rows).collect());
            }
            break;
        }
        used += block.len();
        kept.push(block);
    }
    kept.into_iter().rev().flatten().collect()
}
