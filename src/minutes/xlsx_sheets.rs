//! The workbook's sheets of contributions, action items, item summaries and
//! priorities. Columns are listed once with their widths; anonymous minutes leave
//! the group column out.

use super::document::Minutes;
use super::xlsx_cells::{
    ITEM_WIDTH, Sheet, Styles, TEXT_WIDTH, capitalised, fit_row, header, text, write_time,
};
use crate::session::Contribution;
use rust_xlsxwriter::XlsxError;

/// One cell of a row, written in its own way.
enum Cell<'a> {
    Text(&'a str),
    Wrapped(&'a str),
    Time(&'a crate::session::Timestamp),
    Date(chrono::NaiveDate),
    Number(f64),
    Empty,
}

fn write_row(sheet: &mut Sheet, row: u32, cells: &[Cell], s: &Styles) -> Result<(), XlsxError> {
    for (col, c) in (0u16..).zip(cells) {
        match c {
            Cell::Text(t) => {
                sheet.write_string_with_format(row, col, text(t), &s.plain)?;
            }
            Cell::Wrapped(t) => {
                sheet.write_string_with_format(row, col, text(t), &s.wrapped)?;
            }
            Cell::Time(at) => write_time(sheet, row, col, at, s)?,
            Cell::Date(d) => {
                sheet.write_datetime_with_format(row, col, d, &s.date)?;
            }
            Cell::Number(n) => {
                sheet.write_number_with_format(row, col, *n, &s.plain)?;
            }
            Cell::Empty => {}
        }
    }
    Ok(())
}

pub(super) fn contributions_sheet(
    m: &Minutes,
    sheet: &mut Sheet,
    s: &Styles,
) -> Result<(), XlsxError> {
    let l = m.labels;
    let (times, named) = (m.options.times, !m.options.anonymous);
    sheet.set_name(capitalised(l.contributions))?;
    let titles = contribution_titles(m, times, named);
    let rows: Vec<(String, &Contribution)> = m
        .items
        .iter()
        .flat_map(|item| {
            item.contributions
                .iter()
                .map(move |c| (m.item_heading(item), *c))
        })
        .collect();
    header(sheet, &titles, rows.len(), s)?;
    let notes = &m.session.annotations;
    for (row, (item, c)) in (1u32..).zip(&rows) {
        let mut cells = vec![Cell::Wrapped(item)];
        if named {
            cells.push(Cell::Text(m.session.group_name(c.group)));
        }
        cells.push(Cell::Text(m.lang.kind(c.kind)));
        if times {
            cells.push(Cell::Time(&c.at));
        }
        cells.push(Cell::Wrapped(&c.text));
        if times {
            cells.push(c.edited_at.as_ref().map_or(Cell::Empty, Cell::Time));
        }
        let dots = match c.kind {
            crate::session::Kind::Proposal => notes.dots_of(c.id),
            _ => 0,
        };
        cells.push(match dots {
            0 => Cell::Empty,
            n => Cell::Number(f64::from(n)),
        });
        let tags = notes.tags_of(c.id).join(", ");
        cells.push(Cell::Wrapped(&tags));
        write_row(sheet, row, &cells, s)?;
        fit_row(sheet, row, &[(item, ITEM_WIDTH), (&c.text, TEXT_WIDTH)])?;
    }
    Ok(())
}

/// The contributions sheet's columns and their widths: no group column when
/// anonymous, no time columns without times.
fn contribution_titles(m: &Minutes, times: bool, named: bool) -> Vec<(String, f64)> {
    let l = m.labels;
    let mut titles = vec![(l.item.to_string(), ITEM_WIDTH)];
    if named {
        titles.push((l.group.to_string(), 22.0));
    }
    titles.push((l.kind.to_string(), 10.0));
    if times {
        titles.push((l.time.to_string(), 16.0));
    }
    titles.push((l.text.to_string(), TEXT_WIDTH));
    if times {
        titles.push((capitalised(l.edited), 16.0));
    }
    titles.push((l.dots.to_string(), 8.0));
    titles.push((l.themes.to_string(), 18.0));
    titles
}

/// Åtgärd · Ansvarig · Klart senast · Punkt, then where it was said.
pub(super) fn actions_sheet(m: &Minutes, sheet: &mut Sheet, s: &Styles) -> Result<(), XlsxError> {
    let l = m.labels;
    let named = !m.options.anonymous;
    sheet.set_name(l.actions)?;
    let mut titles = vec![
        (l.action.to_string(), TEXT_WIDTH),
        (l.owner.to_string(), 22.0),
        (l.due.to_string(), 12.0),
        (l.item.to_string(), ITEM_WIDTH),
    ];
    if named {
        titles.push((l.group.to_string(), 22.0));
    }
    if m.options.times {
        titles.push((l.time.to_string(), 16.0));
    }
    header(sheet, &titles, m.actions.len(), s)?;
    for (row, a) in (1u32..).zip(&m.actions) {
        let item = format!("{}. {}", a.item_number, a.item_title);
        let mut cells = vec![
            Cell::Wrapped(&a.contribution.text),
            a.owner.map_or(Cell::Empty, Cell::Text),
            a.due.map_or(Cell::Empty, Cell::Date),
            Cell::Wrapped(&item),
        ];
        if named {
            cells.push(Cell::Text(a.group));
        }
        if m.options.times {
            cells.push(Cell::Time(&a.contribution.at));
        }
        write_row(sheet, row, &cells, s)?;
        fit_row(
            sheet,
            row,
            &[(&a.contribution.text, TEXT_WIDTH), (&item, ITEM_WIDTH)],
        )?;
    }
    Ok(())
}

/// One row per item summary and decision.
pub(super) fn summaries_sheet(m: &Minutes, sheet: &mut Sheet, s: &Styles) -> Result<(), XlsxError> {
    let l = m.labels;
    sheet.set_name(l.notes_sheet)?;
    let titles = [
        (l.item.to_string(), ITEM_WIDTH),
        (l.kind.to_string(), 16.0),
        (l.text.to_string(), TEXT_WIDTH),
    ];
    let mut rows: Vec<(String, &str, &str)> = Vec::new();
    for item in &m.items {
        for (kind, said) in item.summary_rows(l) {
            rows.push((m.item_heading(item), kind, said));
        }
    }
    header(sheet, &titles, rows.len(), s)?;
    for (row, (item, kind, said)) in (1u32..).zip(&rows) {
        let cells = [Cell::Wrapped(item), Cell::Text(kind), Cell::Wrapped(said)];
        write_row(sheet, row, &cells, s)?;
        fit_row(sheet, row, &[(item, ITEM_WIDTH), (said, TEXT_WIDTH)])?;
    }
    Ok(())
}

/// The voted proposals, ranked, with their dots.
pub(super) fn priorities_sheet(
    m: &Minutes,
    sheet: &mut Sheet,
    s: &Styles,
) -> Result<(), XlsxError> {
    let l = m.labels;
    let named = !m.options.anonymous;
    sheet.set_name(l.priorities)?;
    let mut titles = vec![
        (l.rank.to_string(), 8.0),
        (l.dots.to_string(), 8.0),
        (l.proposal.to_string(), TEXT_WIDTH),
    ];
    if named {
        titles.push((l.group.to_string(), 22.0));
    }
    titles.push((l.item.to_string(), 8.0));
    header(sheet, &titles, m.priorities.len(), s)?;
    for (row, p) in (1u32..).zip(&m.priorities) {
        let mut cells = vec![
            Cell::Number(p.rank as f64),
            Cell::Number(f64::from(p.dots)),
            Cell::Wrapped(&p.contribution.text),
        ];
        if named {
            cells.push(Cell::Text(m.session.group_name(p.contribution.group)));
        }
        cells.push(Cell::Number(p.item_number as f64));
        write_row(sheet, row, &cells, s)?;
        fit_row(sheet, row, &[(&p.contribution.text, TEXT_WIDTH)])?;
    }
    Ok(())
}
