//! The version picker: every version of a contribution, oldest first, each with its
//! time, the computer it was written on and its text wrapped under it; the one the
//! log shows marked, the highlighted one in reverse. Taller than the window, it
//! scrolls to keep the highlighted version in sight.

use super::overlay::centered;
use super::style::{dim, popup_block};
use super::theme::THEME;
use crate::i18n::versions::{VersionsWords, versions_words};
use crate::session::{Contribution, Version, WriterId};
use crate::text::{display_safe, wrap};
use crate::tui::model::Model;
use crate::tui::versions::VersionPicker;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Paragraph};

pub fn render(frame: &mut Frame, area: Rect, model: &Model, picker: &VersionPicker) {
    let w = versions_words(model.lang);
    let Some(c) = model.session.contributions.get(&picker.id) else {
        return;
    };
    let versions = model.session.versions_of(picker.id);
    let width = area.width.saturating_sub(4).min(80);
    let text_width = usize::from(width.saturating_sub(4)).max(1);
    let entries: Vec<Vec<Line>> = versions
        .iter()
        .enumerate()
        .map(|(i, v)| entry(model, c, v, i == picker.selected, text_width, w))
        .collect();
    let rows: usize = entries.iter().map(Vec::len).sum();
    let height = (rows as u16 + 2).min(area.height.saturating_sub(2)).max(3);
    let popup = centered(area, width, height);
    let block = popup_block(w.title, Some(w.hint));
    let inner = block.inner(popup);
    frame.render_widget(Clear, popup);
    frame.render_widget(block, popup);
    let lines = in_sight(entries, picker.selected, usize::from(inner.height));
    frame.render_widget(Paragraph::new(lines), inner);
}

/// One version: "14:02:11 · den här datorn · visas", then its text, indented.
fn entry(
    model: &Model,
    c: &Contribution,
    v: &Version,
    highlighted: bool,
    width: usize,
    w: &VersionsWords,
) -> Vec<Line<'static>> {
    let time = v.edited_at.unwrap_or(c.at).format("%H:%M:%S");
    let mut head = format!("{time} · {}", writer(model, v.rev.writer, w));
    if v.rev == c.rev() {
        head.push_str(&format!(" · {}", w.shown));
    }
    let head_style = if highlighted { THEME.selected } else { dim() };
    let mut lines = vec![Line::from(Span::styled(
        crate::text::fit(&head, width + 2),
        head_style,
    ))];
    for row in wrap(&display_safe(&v.text), width) {
        let text = format!("  {row}");
        lines.push(if highlighted {
            Line::from(Span::styled(text, THEME.selected))
        } else {
            Line::from(text)
        });
    }
    lines
}

/// The computer a version was written on, as far as this one knows it.
fn writer(model: &Model, writer: WriterId, w: &VersionsWords) -> String {
    let device = writer.device();
    if writer == WriterId::ORIGIN {
        w.unknown.to_string()
    } else if device == model.writer.device() {
        w.this_computer.to_string()
    } else if model.session.moderator_device == Some(device) {
        w.moderator_computer.to_string()
    } else {
        format!("{} {device}", w.device)
    }
}

/// The rows that fit, from the first row of the highlighted version or earlier:
/// whole versions above it while there is room for all of it below.
fn in_sight(entries: Vec<Vec<Line<'static>>>, selected: usize, rows: usize) -> Vec<Line<'static>> {
    let mut first = selected.min(entries.len().saturating_sub(1));
    let mut used: usize = entries.get(first).map_or(0, Vec::len);
    while first > 0 && used + entries[first - 1].len() <= rows {
        first -= 1;
        used += entries[first].len();
    }
    entries
        .into_iter()
        .skip(first)
        .flatten()
        .take(rows)
        .collect()
}
