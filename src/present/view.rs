//! The room's screen, drawn from the session alone: the current item with its
//! countdown and the released contributions; or the blank screen, a message, or the
//! agenda. Nothing else of the session can reach it: no draft (never in the files),
//! no deleted or unreleased contribution, no note, no key, no save state.

use super::theme::Look;
use super::timer::{Timer, Tone};
use crate::i18n::{ProjectorWords, words};
use crate::session::Session;
use crate::session::Timestamp;
use crate::text::{display_safe, width, wrap};
use ratatui::Frame;
use ratatui::layout::{Alignment, Rect};
use ratatui::style::Modifier;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Paragraph};
use tui_big_text::{BigText, PixelSize};

pub fn draw(frame: &mut Frame, session: &Session, now: Timestamp, look: &Look) {
    let area = frame.area();
    frame.render_widget(Block::new().style(look.theme.base), area);
    if area.width < 4 || area.height < 2 {
        return;
    }
    let projector = &session.projector;
    if projector.blank {
        blank(frame, area, session, look);
    } else if !projector.message.trim().is_empty() {
        message(frame, area, session, look);
    } else if projector.agenda {
        super::agenda::draw(frame, area, session, look);
    } else {
        item(frame, area, session, now, look);
    }
}

fn pw(look: &Look) -> &'static ProjectorWords {
    words(look.lang).projector
}

/// Lines centred in `area`, vertically too.
fn centred(frame: &mut Frame, area: Rect, lines: Vec<Line<'static>>) {
    let height = (lines.len() as u16).min(area.height);
    let top = Rect {
        y: area.y + (area.height - height) / 2,
        height,
        ..area
    };
    frame.render_widget(Paragraph::new(lines).alignment(Alignment::Center), top);
}

fn styled_lines(text: &str, columns: usize, style: ratatui::style::Style) -> Vec<Line<'static>> {
    wrap(&display_safe(text), columns.max(1))
        .into_iter()
        .map(|l| Line::from(Span::styled(l, style)))
        .collect()
}

/// Only the session's title.
fn blank(frame: &mut Frame, area: Rect, session: &Session, look: &Look) {
    let columns = area.width.saturating_sub(4) as usize;
    let style = look.theme.dim.add_modifier(Modifier::BOLD);
    centred(frame, area, styled_lines(&session.title, columns, style));
}

/// The session's title on top, the message large in the middle.
fn message(frame: &mut Frame, area: Rect, session: &Session, look: &Look) {
    let columns = area.width.saturating_sub(4) as usize;
    let title = styled_lines(&session.title, columns, look.theme.dim);
    let title_rows = (title.len() as u16).min(area.height / 3);
    frame.render_widget(
        Paragraph::new(title).alignment(Alignment::Center),
        Rect {
            y: area.y + 1,
            height: title_rows,
            ..area
        },
    );
    let style = look.theme.base.add_modifier(Modifier::BOLD);
    centred(
        frame,
        area,
        styled_lines(&session.projector.message, columns, style),
    );
}

/// The current item: where, what, how long, and what has been heard.
fn item(frame: &mut Frame, area: Rect, session: &Session, now: Timestamp, look: &Look) {
    let timer = Timer::of(session, now);
    let size = pixel_size(area, &timer.digits);
    let big = size.map_or((0, 0), |s| big_extent(s, &timer.digits));
    let band_height = (big.1 + 1).max(3).min(area.height);
    let timer_width = big.0.max(label_width(&timer, look) as u16);
    let [head, clock] = split_columns(area, band_height, timer_width);
    heading(frame, head, session, look);
    timer_widget(frame, clock, &timer, size, look);
    let rest = Rect {
        y: area.y + band_height + 1,
        height: area.height.saturating_sub(band_height + 1),
        ..area
    };
    body(frame, rest, session, look);
}

/// The band on top: the heading on the left, the timer on the right.
fn split_columns(area: Rect, height: u16, timer_width: u16) -> [Rect; 2] {
    let timer_width = timer_width.min(area.width / 2);
    let head = Rect {
        x: area.x + 1,
        y: area.y,
        width: area.width.saturating_sub(timer_width + 3),
        height,
    };
    let clock = Rect {
        x: area.right().saturating_sub(timer_width + 1),
        y: area.y,
        width: timer_width,
        height,
    };
    [head, clock]
}

/// "Punkt 4 av 10" and the item's title.
fn heading(frame: &mut Frame, area: Rect, session: &Session, look: &Look) {
    let w = pw(look);
    let position = format!(
        "{} {} {} {}",
        w.item,
        session.current_position() + 1,
        w.of,
        session.agenda.items.len()
    );
    let mut lines = vec![Line::from(Span::styled(position, look.theme.dim))];
    if let Some(item) = session.agenda.item(&session.current_item) {
        let style = look.theme.accent.add_modifier(Modifier::BOLD);
        lines.extend(styled_lines(
            item.title.get(look.lang),
            area.width as usize,
            style,
        ));
    }
    lines.truncate(area.height as usize);
    frame.render_widget(Paragraph::new(lines), area);
}

/// The largest digits that fit a third of the height and half the width.
fn pixel_size(area: Rect, digits: &str) -> Option<PixelSize> {
    [PixelSize::Full, PixelSize::HalfHeight, PixelSize::Quadrant]
        .into_iter()
        .find(|size| {
            let (w, h) = big_extent(*size, digits);
            w <= area.width / 2 && h < area.height / 3
        })
}

/// Columns and rows of `digits` at `size` (the font is 8×8).
fn big_extent(size: PixelSize, digits: &str) -> (u16, u16) {
    let chars = digits.chars().count() as u16;
    match size {
        PixelSize::Full => (chars * 8, 8),
        PixelSize::HalfHeight => (chars * 8, 4),
        _ => (chars * 4, 4),
    }
}

/// The words under the timer: colour is never the only sign.
fn label(timer: &Timer, look: &Look) -> String {
    let w = pw(look);
    let word = match timer.tone {
        Tone::Over => w.over,
        _ if timer.digits.starts_with('+') => w.over,
        Tone::Normal | Tone::Amber => w.left,
    };
    if timer.paused {
        format!("⏸ {} · {word}", w.stopped)
    } else {
        word.to_string()
    }
}

fn label_width(timer: &Timer, look: &Look) -> usize {
    width(&label(timer, look)) + width(&timer.digits) + 1
}

fn timer_widget(
    frame: &mut Frame,
    area: Rect,
    timer: &Timer,
    size: Option<PixelSize>,
    look: &Look,
) {
    let style = look.theme.timer(timer.tone).add_modifier(Modifier::BOLD);
    let label_row = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1,
        ..area
    };
    let text = label(timer, look);
    let Some(size) = size else {
        // No room for big digits: the time as text, beside its words.
        let line = Line::from(vec![
            Span::styled(format!("{} ", timer.digits), style),
            Span::styled(text, style),
        ]);
        frame.render_widget(Paragraph::new(line).alignment(Alignment::Right), label_row);
        return;
    };
    let big = BigText::builder()
        .pixel_size(size)
        .style(style)
        .lines(vec![Line::from(timer.digits.clone())])
        .alignment(Alignment::Right)
        .build();
    let digits_area = Rect {
        height: area.height.saturating_sub(1),
        ..area
    };
    frame.render_widget(big, digits_area);
    frame.render_widget(
        Paragraph::new(Span::styled(text, style)).alignment(Alignment::Right),
        label_row,
    );
}

/// Below the band: the item's question, centred and bold, and under it the
/// released contributions, newest at the bottom.
fn body(frame: &mut Frame, area: Rect, session: &Session, look: &Look) {
    if area.height == 0 {
        return;
    }
    let columns = area.width.saturating_sub(6) as usize;
    let question = session
        .agenda
        .item(&session.current_item)
        .map(|item| item.text.get(look.lang).to_string())
        .unwrap_or_default();
    let style = look.theme.base.add_modifier(Modifier::BOLD);
    let mut lines: Vec<Line> = question
        .lines()
        .filter(|l| !l.trim().is_empty())
        .flat_map(|l| styled_lines(l, columns, style))
        .collect();
    let shown = super::contributions::blocks(session, columns, look);
    if shown.is_empty() {
        centred(frame, area, lines);
        return;
    }
    // The question keeps at most half of the room; the contributions get the rest.
    let most = (area.height / 2) as usize;
    if lines.len() > most {
        lines.truncate(most);
        if let Some(last) = lines.last_mut() {
            last.spans.push(Span::styled(" …", style));
        }
    }
    let question_rows = lines.len() as u16;
    frame.render_widget(
        Paragraph::new(lines).alignment(Alignment::Center),
        Rect {
            height: question_rows,
            ..area
        },
    );
    let list = Rect {
        x: area.x + 3,
        y: area.y + question_rows + 1,
        width: area.width.saturating_sub(6),
        height: area.height.saturating_sub(question_rows + 1),
    };
    let visible = super::contributions::newest_that_fit(shown, list.height as usize);
    frame.render_widget(Paragraph::new(visible), list);
}
