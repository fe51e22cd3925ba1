//! The agenda: every item with a done / current / upcoming / skipped mark and minutes
//! spent (or, on Ctrl+L, its planned start).

use super::style::{bold, dim, put_lines};
use super::theme::THEME;
use crate::session::{Session, Timestamp, whole_minutes};
use crate::text::{display_safe, fit};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders};

pub fn render(frame: &mut Frame, area: Rect, model: &Model, now: Timestamp) {
    let session = &model.session;
    let block = Block::new().borders(Borders::RIGHT).title(Span::styled(
        format!(" {} ", model.lang.strings().agenda),
        bold(),
    ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let rows = inner.height as usize;
    if rows == 0 || inner.width < 8 {
        return;
    }
    let current = session.current_position();
    // A note-taker's own view: that row is the one shown, the room's keeps its ▶.
    let shown = model
        .has_own_view()
        .then(|| session.agenda.position(model.item()))
        .flatten();
    let items = &session.agenda.items;
    // Keep the current item in view when the agenda is longer than the sidebar.
    let first = current
        .saturating_sub(rows / 2)
        .min(items.len().saturating_sub(rows));
    let columns = inner.width as usize;
    // Ctrl+L: each item's planned start instead of the minutes spent.
    let planned = if model.show_planned {
        session.planned_times()
    } else {
        None
    };
    let lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(position, item)| {
            let seconds = session.seconds_on(&item.id, now);
            let (mark, style) = match shown {
                Some(own) if own == position => ("▷", THEME.selected),
                Some(_) if position == current => ("▶", bold()),
                _ => mark(session, (position, &item.id), current, seconds),
            };
            let planned_start = planned.as_ref().and_then(|p| p.get(position)).map(|p| p.0);
            let minutes = minutes_column(
                session,
                &item.id,
                planned_start,
                seconds,
                position == current,
            );
            let title = display_safe(item.title.get(model.lang));
            let minutes_style = if position == current { style } else { dim() };
            row_line((mark, style), &title, (minutes, minutes_style), columns)
        })
        .collect();
    put_lines(frame, inner, &lines);
}

/// One row: the mark, the title cut to what the minutes column leaves, the minutes.
fn row_line(
    (mark, style): (&str, Style),
    title: &str,
    (minutes, minutes_style): (String, Style),
    columns: usize,
) -> Line<'static> {
    let title_width = columns.saturating_sub(2 + crate::text::width(&minutes) + 1);
    Line::from(vec![
        Span::styled(format!("{mark} "), style),
        Span::styled(fit(title, title_width), style),
        Span::styled(format!(" {minutes}"), minutes_style),
    ])
}

/// The right-hand column of an item's row: its planned start (Ctrl+L), else the
/// minutes spent (when started or current), a dash when skipped, else its timebox.
fn minutes_column(
    session: &Session,
    id: &str,
    planned_start: Option<Timestamp>,
    seconds: i64,
    is_current: bool,
) -> String {
    if let Some(start) = planned_start {
        start.format("%H:%M").to_string()
    } else if seconds > 0 || is_current {
        format!("{:>3}m", whole_minutes(seconds))
    } else if session.schedule.skipped.contains(id) {
        "   –".to_string()
    } else {
        format!("{:>3}'", session.timebox_minutes(id))
    }
}

/// ▶ the current item, × skipped, ✓ done or started, · still to come.
fn mark(
    session: &Session,
    (position, id): (usize, &str),
    current: usize,
    seconds: i64,
) -> (&'static str, Style) {
    if position == current {
        ("▶", THEME.selected)
    } else if session.schedule.skipped.contains(id) {
        ("×", dim())
    } else if position < current || seconds > 0 {
        ("✓", Style::new())
    } else {
        ("·", dim())
    }
}
