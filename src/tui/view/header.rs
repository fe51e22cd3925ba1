//! The top line: whether the clock stands (in reverse video, impossible to miss);
//! title and date; time on the item against its timebox, said in text as well as
//! colour; the projected end of the session; the wall clock.

use super::style::{AMBER, bold, dim, put_lines};
use super::theme::THEME;
use crate::clock::stopwatch as clock;
use crate::i18n::long_date;
use crate::i18n::words;
use crate::session::Timestamp;
use crate::text::{display_safe, truncate, width};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

pub fn render(frame: &mut Frame, area: Rect, model: &Model, now: Timestamp) {
    let session = &model.session;
    let running = session.clock.running_since.is_some();
    let columns = area.width as usize;
    let mut left: Vec<Span> = Vec::new();
    if !running {
        // F6 is the moderator's: a note-taker's banner only says the clock stands.
        let banner = if model.leads_the_room() {
            words(model.lang).clock_banner
        } else {
            crate::i18n::join_text(model.lang).clock_banner
        };
        left.push(Span::styled(
            format!(" {banner} "),
            bold().fg(AMBER).add_modifier(Modifier::REVERSED),
        ));
    }
    let mut right = right_spans(model, now);
    // What matters most stays when the line is short: the clock's state and the item
    // time; then the projected end; then the wall clock; then the label.
    let left_width: usize = left.iter().map(|s| width(&s.content)).sum();
    for drop in [3, 2, 0] {
        let right_width: usize = right.iter().map(|s| width(&s.content)).sum();
        if left_width + right_width <= columns {
            break;
        }
        right.remove(drop);
    }
    let right_width: usize = right.iter().map(|s| width(&s.content)).sum();
    let date = long_date(session.date(), model.lang);
    let title = format!(" {} · {}", display_safe(&session.title), date);
    let room = columns.saturating_sub(left_width + right_width + 1);
    let title = truncate(&title, room).into_owned();
    let used = width(&title);
    left.push(Span::styled(title, bold()));
    left.push(Span::raw(" ".repeat(room.saturating_sub(used) + 1)));
    left.extend(right);
    let mut line = Line::from(left);
    // Time's up: the whole line in reverse video for a moment, once.
    if model.header_flash_until.is_some_and(|until| now < until) {
        line = line.style(Style::new().add_modifier(Modifier::REVERSED | Modifier::BOLD));
    }
    put_lines(frame, area, &[line]);
}

/// The right side, most important first after the label: the item time against its
/// timebox (coloured when the clock runs), the projected end, the wall clock.
fn right_spans(model: &Model, now: Timestamp) -> Vec<Span<'static>> {
    let session = &model.session;
    let strings = model.lang.strings();
    let (spent, timebox) = item_time(model, now);
    let running = session.clock.running_since.is_some();
    let time_style = if !running {
        dim()
    } else if spent > timebox {
        THEME.alarm
    } else if amber(spent, timebox) {
        THEME.warning
    } else {
        Style::new()
    };
    let end = projected_end(model, now);
    let time = Span::styled(
        format!(
            "{} / {}{}",
            clock(spent),
            clock(timebox),
            time_mark(model, spent, timebox)
        ),
        time_style,
    );
    let label = Span::raw(format!(" {} ", strings.item_time));
    let projected = Span::styled(
        format!(
            " · {} {}{}",
            strings.projected_end,
            end.format("%H:%M"),
            super::schedule::offset_text(session, model.lang, now)
        ),
        dim(),
    );
    let wall = Span::styled(format!(" · {}", now.format("%H:%M:%S")), bold());
    vec![label, time, projected, wall, Span::raw(" ")]
}

/// From 80 % of the timebox on.
fn amber(spent: i64, timebox: i64) -> bool {
    spent * 5 >= timebox * 4
}

/// The item time's state in text, for a projector and for colour-blind eyes:
/// " +0:06 ⚠" over time, " (0:12 kvar)" from 80 %.
fn time_mark(model: &Model, spent: i64, timebox: i64) -> String {
    let minutes_seconds = |s: i64| format!("{}:{:02}", s / 60, s % 60);
    if spent > timebox {
        format!(" +{} ⚠", minutes_seconds(spent - timebox))
    } else if amber(spent, timebox) {
        format!(
            " ({} {})",
            minutes_seconds(timebox - spent),
            words(model.lang).left
        )
    } else {
        String::new()
    }
}

/// Seconds on the current item and its timebox in seconds.
pub fn item_time(model: &Model, now: Timestamp) -> (i64, i64) {
    let session = &model.session;
    let spent = session.seconds_on(&session.current_item, now);
    let timebox = i64::from(session.timebox_minutes(&session.current_item)) * 60;
    (spent, timebox)
}

/// Now, plus what is left of the current item's timebox, plus the timeboxes of the
/// items not yet visited (see `Session::projected_end`).
pub fn projected_end(model: &Model, now: Timestamp) -> Timestamp {
    model.session.projected_end(now)
}
