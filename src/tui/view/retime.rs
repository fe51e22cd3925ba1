//! The re-timing dialog (F8): each item not yet visited with its timebox now and
//! the one proposed, the chosen row in reverse video; above them how far off the
//! schedule is and whether the proposal can make it up.

use super::overlay::centered;
use super::style::popup_block;
use super::theme::THEME;
use super::{bold, dim, put_lines};
use crate::i18n::schedule_words;
use crate::session::Timestamp;
use crate::text::{display_safe, fit};
use crate::tui::model::Model;
use crate::tui::retime::RetimeDialog;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

pub fn render(frame: &mut Frame, area: Rect, model: &Model, dialog: &RetimeDialog, now: Timestamp) {
    let w = schedule_words(model.lang);
    let rows = &dialog.proposal.rows;
    let height = (rows.len() as u16 + 5).clamp(7, area.height.saturating_sub(2));
    let popup = centered(area, 78, height);
    let block = popup_block(w.retime_title, Some(w.retime_hint));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    if inner.height < 3 || inner.width < 30 {
        return;
    }
    let mut lines = vec![status(model, now), Line::from(verdict(model, dialog, now))];
    let name_width = (inner.width as usize).saturating_sub(24);
    lines.push(Line::styled(
        format!(
            "  {:>2}  {}  {:>4}   {:>4}",
            "#",
            fit(w.retime_item, name_width),
            w.retime_now,
            w.retime_new
        ),
        dim(),
    ));
    let room = (inner.height as usize).saturating_sub(lines.len());
    let first = (dialog.selected + 1).saturating_sub(room);
    for i in (0..rows.len()).skip(first).take(room) {
        lines.push(row_line(model, dialog, i, name_width));
    }
    put_lines(frame, inner, &lines);
}

/// "beräknat slut 12:30 · planerat slut 12:00 · 30 min efter schema"
fn status(model: &Model, now: Timestamp) -> Line<'static> {
    let session = &model.session;
    let strings = model.lang.strings();
    let w = schedule_words(model.lang);
    let planned = session
        .planned_end()
        .map(|end| format!(" · {} {}", w.planned_end, end.format("%H:%M")))
        .unwrap_or_default();
    Line::from(format!(
        " {} {}{planned}{}",
        strings.projected_end,
        session.projected_end(now).format("%H:%M"),
        super::schedule::offset_text(session, model.lang, now)
    ))
}

/// Whether the proposal makes up the time, or why it cannot.
fn verdict(model: &Model, dialog: &RetimeDialog, now: Timestamp) -> Span<'static> {
    let w = schedule_words(model.lang);
    let session = &model.session;
    let text = if session.schedule.planned_start.is_none() {
        w.retime_no_start.to_string()
    } else if dialog.proposal.rows.is_empty() {
        w.retime_none_left.to_string()
    } else if dialog.proposal.short_by > 0 {
        format!(
            "{} {} {}",
            w.retime_short, dialog.proposal.short_by, w.retime_floor
        )
    } else if session.seconds_behind(now).is_some_and(|s| s <= 0) {
        w.retime_not_behind.to_string()
    } else {
        let mut after = session.clone();
        if let Some(event) = dialog.proposal.event(now) {
            after.apply(
                after.next_event_id(crate::session::WriterId::ORIGIN, now),
                &event,
            );
        }
        format!(
            "{} {}",
            w.with_proposal,
            after.projected_end(now).format("%H:%M")
        )
    };
    Span::styled(format!(" {text}"), bold())
}

fn row_line(model: &Model, dialog: &RetimeDialog, i: usize, name_width: usize) -> Line<'static> {
    let w = schedule_words(model.lang);
    let session = &model.session;
    let row = &dialog.proposal.rows[i];
    let item = session.agenda.item(&row.item);
    let number = session.item_number(&row.item);
    let title = item.map_or(String::new(), |it| {
        display_safe(it.title.get(model.lang)).into_owned()
    });
    let is_break = item.is_some_and(|it| it.kind == crate::agenda::ItemKind::Break);
    let minutes = if row.skipped {
        format!("{:>11}", w.skipped_mark)
    } else if row.new == row.old {
        format!("{:>4}   {:>4}", row.old, "=")
    } else {
        format!("{:>4} → {:>4}", row.old, row.new)
    };
    let mark = if is_break && !row.skipped {
        format!("  {}", w.break_mark)
    } else {
        String::new()
    };
    let text = format!(
        "  {number:>2}  {}  {minutes}{mark}",
        fit(&title, name_width)
    );
    let style = if i == dialog.selected {
        THEME.selected
    } else if row.skipped {
        dim()
    } else {
        Style::new()
    };
    Line::styled(text, style)
}
