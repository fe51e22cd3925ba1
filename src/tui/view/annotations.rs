//! The note editors drawn over the screen: the item's summary and decisions, a
//! contribution's themes and owner, and the vote screen.

use super::style::in_sight;
use super::style::popup_block;
use super::theme::THEME;
use super::{ACCENT, bold, dim, put_input, put_lines};
use crate::i18n::annotations_text;
use crate::tui::annotations_model::{AnnotateForm, MultiLine, SummaryForm, VoteScreen};
use crate::tui::input::LineInput;
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::{Constraint, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;

/// A bordered popup of `width` × `height` in the middle of `area`, cleared; its inside.
fn popup(frame: &mut Frame, area: Rect, size: (u16, u16), title: &str, hint: &str) -> Rect {
    let rect = area.centered(
        Constraint::Length(size.0.min(area.width)),
        Constraint::Length(size.1.min(area.height)),
    );
    let block = popup_block(title, Some(hint));
    let inner = block.inner(rect);
    frame.render_widget(Clear, rect);
    frame.render_widget(block, rect);
    inner
}

fn label(frame: &mut Frame, area: Rect, text: &str, focused: bool) {
    let style = if focused { bold().fg(ACCENT) } else { dim() };
    put_lines(
        frame,
        area,
        &[Line::from(Span::styled(text.to_string(), style))],
    );
}

fn row(area: Rect, y: u16) -> Rect {
    Rect {
        y,
        height: 1,
        ..area
    }
}

/// The lines of a multi-line field, the cursor in the current one when focused.
fn lines(frame: &mut Frame, area: Rect, text: &MultiLine, focused: bool) {
    let first = text
        .row
        .saturating_sub(area.height.saturating_sub(1) as usize);
    for (k, line) in text.lines.iter().enumerate().skip(first) {
        let y = area.y + (k - first) as u16;
        if y >= area.bottom() {
            break;
        }
        let editing = focused && k == text.row;
        // Lines not being edited show their start, not the end their cursor is at.
        let mut shown = line.clone();
        if !editing {
            shown.home();
        }
        put_input(frame, row(area, y), &shown, "› ", editing);
    }
}

pub fn summary(frame: &mut Frame, area: Rect, model: &Model, form: &SummaryForm) {
    let text = annotations_text(model.lang);
    let height = area.height.saturating_sub(4).min(20);
    let position = model
        .session
        .agenda
        .position(&form.item)
        .map_or(0, |p| p + 1);
    let item = model.session.agenda.item(&form.item);
    let item = item.map_or("", |i| i.title.get(model.lang));
    let title = format!("{} {position}. {item}", text.notes_title);
    let title = crate::text::truncate(&title, 68);
    let inner = popup(frame, area, (76, height), &title, text.notes_hint);
    if inner.height < 4 {
        return;
    }
    let half = inner.height / 2;
    label(frame, row(inner, inner.y), text.summary, form.field == 0);
    let summary = Rect {
        y: inner.y + 1,
        height: half - 1,
        ..inner
    };
    lines(frame, summary, &form.summary, form.field == 0);
    label(
        frame,
        row(inner, inner.y + half),
        text.decisions,
        form.field == 1,
    );
    let decisions = Rect {
        y: inner.y + half + 1,
        height: inner.height - half - 1,
        ..inner
    };
    lines(frame, decisions, &form.decisions, form.field == 1);
}

pub fn annotate(frame: &mut Frame, area: Rect, model: &Model, form: &AnnotateForm) {
    let text = annotations_text(model.lang);
    let labels = [text.themes, text.owner, text.due];
    let height = form.inputs.len() as u16 * 2 + 2;
    let inner = popup(
        frame,
        area,
        (70, height),
        text.annotate_title,
        text.annotate_hint,
    );
    let fields: Vec<(&str, &LineInput)> = labels.iter().copied().zip(&form.inputs).collect();
    for (k, (name, input)) in fields.into_iter().enumerate() {
        let y = inner.y + k as u16 * 2;
        if y + 1 >= inner.bottom() {
            break;
        }
        label(frame, row(inner, y), name, k == form.field);
        put_input(frame, row(inner, y + 1), input, "› ", k == form.field);
    }
}

pub fn vote(frame: &mut Frame, area: Rect, model: &Model, screen: &VoteScreen) {
    let text = annotations_text(model.lang);
    let title = if screen.all {
        text.vote_title_all
    } else {
        text.vote_title_item
    };
    let height = area.height.saturating_sub(4).min(22);
    let inner = popup(frame, area, (90, height), title, text.vote_hint);
    let session = &model.session;
    let proposals = screen.proposals(session, model.item());
    if proposals.is_empty() {
        put_lines(
            frame,
            inner,
            &[Line::from(Span::styled(text.no_proposals, dim()))],
        );
        return;
    }
    let width = inner.width as usize;
    let shown: Vec<Line> = in_sight(&proposals, screen.row, inner.height)
        .map(|(k, id)| {
            let chosen = k == screen.row;
            let dots = match (&screen.typed, chosen) {
                (Some(typed), true) => format!("{typed:>4}▏"),
                _ => format!("{:>4} ", session.annotations.dots_of(*id)),
            };
            let c = session.contributions.get(id);
            let number = c
                .and_then(|c| session.agenda.position(&c.item))
                .map_or(0, |p| p + 1);
            let said = c.map_or(String::new(), |c| {
                let group = session.group_name(c.group);
                crate::text::display_safe(&format!("{group}: {}", c.text)).into_owned()
            });
            let body = format!("{dots} {} · {number}. {said}", text.dots);
            let style = THEME.row(chosen);
            Line::from(Span::styled(crate::text::fit(&body, width), style))
        })
        .collect();
    put_lines(frame, inner, &shown);
}

#[cfg(test)]
mod tests;
