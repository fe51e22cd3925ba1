//! The log of the current item's contributions, newest at the bottom. Only the rows
//! that fit are built: the cost of a frame does not grow with the session.

use super::style::{ACCENT, bold, dim, put_lines};
use super::theme::THEME;
use crate::session::Contribution;
use crate::text::{display_safe, fit, width, wrap};
use crate::tui::model::Model;
use ratatui::Frame;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};

const TIME_COLUMNS: usize = 6;
const KIND_COLUMNS: usize = 9;

pub fn render(frame: &mut Frame, area: Rect, model: &Model) {
    if area.height == 0 || area.width < 20 {
        return;
    }
    let ids = model.current_ids();
    let strings = model.lang.strings();
    let title = title_line(model, ids.len());
    put_lines(frame, Rect { height: 1, ..area }, &[title]);
    let body = Rect {
        y: area.y + 1,
        height: area.height - 1,
        x: area.x + 1,
        width: area.width - 1,
    };
    if body.height == 0 {
        return;
    }
    if ids.is_empty() {
        put_lines(
            frame,
            body,
            &[Line::from(Span::styled(
                strings.no_contributions_yet,
                dim(),
            ))],
        );
        return;
    }
    let group_columns = group_column_width(model, body.width as usize);
    let text_columns = (body.width as usize)
        .saturating_sub(TIME_COLUMNS + group_columns + 1 + KIND_COLUMNS + 1)
        .max(8);
    let rows = body.height as usize;
    let block = |index: usize| -> Vec<Line<'static>> {
        model
            .session
            .contributions
            .get(&ids[index])
            .map(|c| {
                row(
                    model,
                    c,
                    group_columns,
                    text_columns,
                    model.selected == Some(index),
                )
            })
            .unwrap_or_default()
    };
    let lines = visible_rows(ids.len(), model.selected, rows, block);
    let pad = rows - lines.len();
    let area = Rect {
        y: body.y + pad as u16,
        height: lines.len() as u16,
        ..body
    };
    put_lines(frame, area, &lines);
}

/// The rows to show, built only for the contributions that fit. Newest at the bottom;
/// when that would hide the selection, the selection goes to the top row and the
/// contributions after it fill the space below, so nothing newer is ever hidden
/// behind empty rows.
fn visible_rows<'a>(
    count: usize,
    selected: Option<usize>,
    rows: usize,
    block: impl Fn(usize) -> Vec<Line<'a>>,
) -> Vec<Line<'a>> {
    let newest = count - 1;
    let mut blocks: Vec<Vec<Line>> = Vec::new();
    let mut used = 0;
    let mut top = newest;
    for index in (0..=newest).rev() {
        let lines = block(index);
        used += lines.len();
        blocks.push(lines);
        top = index;
        if used >= rows {
            break;
        }
    }
    // The top block is cut when the rows overflow: it counts as shown only if whole.
    let top_whole = used <= rows;
    let shown = |k: usize| k > top || (k == top && top_whole);
    let mut lines: Vec<Line> = match selected.map(|k| k.min(newest)) {
        Some(k) if !shown(k) => {
            let mut lines = Vec::new();
            for index in k..=newest {
                lines.extend(block(index));
                if lines.len() >= rows {
                    break;
                }
            }
            lines.truncate(rows);
            return lines;
        }
        _ => blocks.into_iter().rev().flatten().collect(),
    };
    if lines.len() > rows {
        lines.drain(..lines.len() - rows);
    }
    lines
}

fn group_column_width(model: &Model, columns: usize) -> usize {
    let longest = model
        .session
        .groups
        .iter()
        .map(|g| width(&g.name))
        .max()
        .unwrap_or(4);
    longest.clamp(4, (columns / 4).max(4)).min(24)
}

fn row(
    model: &Model,
    c: &Contribution,
    group_columns: usize,
    text_columns: usize,
    selected: bool,
) -> Vec<Line<'static>> {
    let lang = model.lang;
    let base = if selected {
        Style::new().add_modifier(Modifier::REVERSED)
    } else {
        Style::new()
    };
    let kind_style = kind_style(c.kind, base);
    let wrapped = wrap(&shown_text(model, c), text_columns);
    let indent = " ".repeat(TIME_COLUMNS + group_columns + 1 + KIND_COLUMNS + 1);
    wrapped
        .into_iter()
        .enumerate()
        .map(|(i, line)| {
            if i == 0 {
                Line::from(vec![
                    Span::styled(
                        format!("{:<6}", c.at.format("%H:%M")),
                        base.add_modifier(Modifier::DIM),
                    ),
                    Span::styled(
                        fit(
                            &display_safe(model.session.group_name(c.group)),
                            group_columns,
                        ),
                        base.add_modifier(Modifier::BOLD),
                    ),
                    Span::styled(" ", base),
                    Span::styled(fit(lang.kind(c.kind), KIND_COLUMNS), kind_style),
                    Span::styled(" ", base),
                    Span::styled(line, base),
                ])
            } else {
                Line::from(vec![
                    Span::styled(indent.clone(), base),
                    Span::styled(line, base),
                ])
            }
        })
        .collect()
}

/// Each kind in its own colour, on the row's base style.
fn kind_style(kind: crate::session::Kind, base: Style) -> Style {
    match kind {
        crate::session::Kind::Action => base.patch(THEME.action),
        crate::session::Kind::Proposal => base.patch(THEME.proposal),
        crate::session::Kind::Question => base.fg(ACCENT),
        crate::session::Kind::Comment => base.add_modifier(Modifier::DIM),
    }
}

/// The contribution's text as the log shows it: ▶ when the room's screen shows it (so
/// the moderator knows), the edited mark when it was changed, and how many versions
/// there are when note-takers edited it at once (a new edit settles it).
fn shown_text(model: &Model, c: &Contribution) -> String {
    let mut text = if model.session.projector.is_released(c.id) {
        format!("▶ {}", display_safe(&c.text))
    } else {
        display_safe(&c.text).into_owned()
    };
    if c.edited_at.is_some() {
        text.push_str(&format!(" ({})", model.lang.strings().edited_mark));
    }
    if !c.versions.is_empty() {
        let versions = crate::i18n::words(model.lang).versions;
        text.push_str(&format!(" ({} {versions})", c.versions.len() + 1));
    }
    text
}

/// "Bidrag (12)": the log's heading and how many there are on the item.
fn title_line(model: &Model, count: usize) -> Line<'static> {
    Line::from(vec![
        Span::styled(format!(" {} ", model.lang.strings().contributions), bold()),
        Span::styled(format!("({count})"), dim()),
    ])
}
