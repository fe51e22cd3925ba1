//! The room at a glance (F7): agenda items down, groups across, the number of
//! contributions in each cell. The current item's row stands out, a group not heard
//! on it is marked "○" there, an absent group's column is grey. Three-letter column
//! names with a legend; arrows scroll when there are more items or groups than fit.

use super::style::popup_block;
use super::theme::THEME;
use super::{AMBER, bold, dim, put_lines};
use crate::agenda::AgendaItem;
use crate::i18n::schedule_words;
use crate::session::{GroupId, Presence, Session, not_heard};
use crate::text::{display_safe, fit};
use crate::tui::model::Model;
use crate::tui::retime::GridScroll;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::Clear;
use std::collections::HashMap;

/// Cells are three letters and a space.
const CELL: usize = 4;
const MIN_LABEL: usize = 10;
/// Item titles longer than this are cut, so that few groups stay near their items.
const MAX_LABEL: usize = 40;

/// The item's number and title, cut to `width`; ▶ and the selected style on the
/// current item.
fn item_label(model: &Model, item: &AgendaItem, width: usize) -> Span<'static> {
    let session = &model.session;
    let number = session.item_number(&item.id);
    let title = display_safe(item.title.get(model.lang)).into_owned();
    let current = item.id == session.current_item;
    let mark = if current { "▶" } else { " " };
    Span::styled(
        fit(&format!("{mark}{number:>2} {title}"), width),
        THEME.row(current),
    )
}

/// One group's count on one item: ○ when not heard on the current item, · for none;
/// dim for an absent group, bold on the current item.
fn cell(n: usize, not_heard_now: bool, current: bool, presence: Presence) -> Span<'static> {
    let (text, style) = match n {
        0 if not_heard_now => (
            "  ○ ".to_string(),
            Style::new().fg(AMBER).add_modifier(Modifier::BOLD),
        ),
        0 => ("  · ".to_string(), dim()),
        n => (format!("{n:>3} "), Style::new()),
    };
    let style = if presence == Presence::Absent {
        style.add_modifier(Modifier::DIM)
    } else if current {
        style.add_modifier(Modifier::BOLD)
    } else {
        style
    };
    Span::styled(text, style)
}

pub fn render(frame: &mut Frame, area: Rect, model: &Model, scroll: GridScroll) {
    let w = schedule_words(model.lang);
    let session = &model.session;
    let block = popup_block(w.grid_title, Some(w.grid_hint));
    let inner = block.inner(area);
    frame.render_widget(Clear, area);
    frame.render_widget(block, area);
    if session.groups.is_empty() {
        put_lines(
            frame,
            inner,
            &[Line::from(format!(" {}", w.grid_no_groups))],
        );
        return;
    }
    let columns = (inner.width as usize).saturating_sub(MIN_LABEL) / CELL;
    let first_group = scroll
        .column
        .min(session.groups.len().saturating_sub(columns));
    let shown = &session.groups[first_group..(first_group + columns).min(session.groups.len())];
    let label = (inner.width as usize)
        .saturating_sub(shown.len() * CELL)
        .min(MAX_LABEL);
    let names: Vec<String> = session.groups.iter().map(|g| g.name.clone()).collect();
    let short = super::grid_names::abbreviations(&names);
    let legend = legend_lines(model, &short, inner.width as usize);
    let rows = (inner.height as usize).saturating_sub(1 + legend.len());
    let first_item = scroll
        .row
        .min(session.agenda.items.len().saturating_sub(rows));
    let quiet = not_heard(session, &session.current_item);

    let mut lines = vec![head_line(&short[first_group..], shown, label)];
    for item in session.agenda.items.iter().skip(first_item).take(rows) {
        let current = item.id == session.current_item;
        let counts = counts(session, &item.id);
        let mut spans = vec![item_label(model, item, label)];
        for group in shown {
            let n = counts.get(&group.id).copied().unwrap_or(0);
            let not_heard_now = current && quiet.contains(&group.id);
            spans.push(cell(n, not_heard_now, current, group.presence));
        }
        lines.push(Line::from(spans));
    }
    let legend_area = Rect {
        y: inner.bottom().saturating_sub(legend.len() as u16),
        height: legend.len() as u16,
        ..inner
    };
    put_lines(frame, inner, &lines);
    put_lines(frame, legend_area, &legend);
}

fn head_line(
    short: &[(String, String)],
    shown: &[crate::session::Group],
    label: usize,
) -> Line<'static> {
    let mut spans = vec![Span::raw(" ".repeat(label))];
    for (group, (abbreviation, _)) in shown.iter().zip(short) {
        let style = if group.presence == Presence::Absent {
            dim()
        } else {
            bold()
        };
        spans.push(Span::styled(format!("{} ", fit(abbreviation, 3)), style));
    }
    Line::from(spans)
}

/// "○ ej hörd på denna punkt · grå: frånvarande", then "Ble Blekinge · Dal Dalarna …"
/// wrapped to the width.
fn legend_lines(model: &Model, short: &[(String, String)], columns: usize) -> Vec<Line<'static>> {
    let w = schedule_words(model.lang);
    let mut lines = vec![Line::styled(
        format!(" ○ {} · {}", w.grid_not_heard, w.grid_absent),
        dim(),
    )];
    let mut line = String::new();
    for ((abbreviation, name), group) in short.iter().zip(&model.session.groups) {
        let mut entry = format!("{abbreviation} {}", display_safe(name));
        if group.presence == Presence::Absent {
            entry.push_str(&format!(" ({})", w.absent_mark));
        }
        if !line.is_empty() && crate::text::width(&line) + 3 + crate::text::width(&entry) > columns
        {
            lines.push(Line::styled(std::mem::take(&mut line), dim()));
        }
        if !line.is_empty() {
            line.push_str(" · ");
        } else {
            line.push(' ');
        }
        line.push_str(&entry);
    }
    if !line.is_empty() {
        lines.push(Line::styled(line, dim()));
    }
    lines
}

/// Contributions per group on `item`, through the session's index by item: a frame
/// counts only the rows it shows, not the whole session.
fn counts(session: &Session, item: &str) -> HashMap<GroupId, usize> {
    let mut counts = HashMap::new();
    for c in session.contributions_for_item(item) {
        *counts.entry(c.group).or_default() += 1;
    }
    counts
}
