//! The top line: title and date; time on the item against its timebox; the projected
//! end of the session; the wall clock.

use super::{AMBER, bold, clock, dim, put_lines};
use crate::i18n::long_date;
use crate::session::Timestamp;
use crate::text::{display_safe, truncate, width};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Color, Style};
use ratatui::text::{Line, Span};

pub fn render(frame: &mut Frame, area: Rect, model: &Model, now: Timestamp) {
    let session = &model.session;
    let strings = model.lang.strings();
    let (spent, timebox) = item_time(model, now);
    let running = session.clock.running_since.is_some();
    let time_style = if !running {
        dim()
    } else if spent > timebox {
        Style::new().fg(Color::White).bg(Color::Red)
    } else if spent * 5 >= timebox * 4 {
        Style::new().fg(Color::Black).bg(AMBER)
    } else {
        Style::new()
    };
    let end = projected_end(model, now);
    let mut right = vec![Span::raw(format!("{} ", strings.item_time))];
    if !running {
        right.push(Span::styled(
            format!("⏸ {} ", strings.clock_stands),
            bold().fg(AMBER),
        ));
    }
    right.extend([
        Span::styled(format!("{} / {}", clock(spent), clock(timebox)), time_style),
        Span::styled(
            format!(" · {} {} · ", strings.projected_end, end.format("%H:%M")),
            dim(),
        ),
        Span::styled(now.format("%H:%M:%S").to_string(), bold()),
        Span::raw(" "),
    ]);
    let right_width: usize = right.iter().map(|s| width(&s.content)).sum();
    let date = long_date(session.date(), model.lang);
    let title = format!(" {} · {}", display_safe(&session.title), date);
    let room = (area.width as usize).saturating_sub(right_width + 1);
    let mut spans = vec![Span::styled(truncate(&title, room).into_owned(), bold())];
    let used = width(&spans[0].content);
    spans.push(Span::raw(" ".repeat(room.saturating_sub(used) + 1)));
    spans.extend(right);
    put_lines(frame, area, &[Line::from(spans)]);
}

/// Seconds on the current item and its timebox in seconds.
pub fn item_time(model: &Model, now: Timestamp) -> (i64, i64) {
    let session = &model.session;
    let spent = session.seconds_on(&session.current_item, now);
    let timebox = session
        .agenda
        .item(&session.current_item)
        .map_or(0, |i| i64::from(i.timebox_minutes) * 60);
    (spent, timebox)
}

/// Now, plus what is left of the current item's timebox, plus the timeboxes of the
/// items after it.
pub fn projected_end(model: &Model, now: Timestamp) -> Timestamp {
    let session = &model.session;
    let (spent, timebox) = item_time(model, now);
    let later: i64 = session
        .agenda
        .items
        .iter()
        .skip(session.current_position() + 1)
        .map(|i| i64::from(i.timebox_minutes) * 60)
        .sum();
    now + chrono::Duration::seconds((timebox - spent).max(0) + later)
}
