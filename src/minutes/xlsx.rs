//! An Excel workbook (rust_xlsxwriter): one sheet of contributions, one of action
//! items and one of the counts per item and group. Times are real date-times, the
//! header row stays in view and has filters. Every text is written as a text cell,
//! so nothing a person typed can run as a formula.

use super::document::Minutes;
use super::xlsx_cells::{
    ITEM_WIDTH, Sheet, Styles, TEXT_WIDTH, capitalised, fit_row, header, text,
};
use super::xlsx_sheets as sheets;
use rust_xlsxwriter::{DocProperties, Workbook, XlsxError};

pub fn render(m: &Minutes) -> Result<Vec<u8>, super::error::MinutesError> {
    Ok(build(m)?)
}

fn build(m: &Minutes) -> Result<Vec<u8>, XlsxError> {
    let styles = Styles::new();
    let mut workbook = Workbook::new();
    let mut properties = DocProperties::new()
        .set_title(format!("{}: {}", m.labels.minutes, m.title))
        // The session's own date: the same session gives the same file.
        .set_creation_datetime(&m.session.created_at.to_utc());
    if let Some(author) = m.author() {
        properties = properties.set_author(author);
    }
    workbook.set_properties(&properties);
    sheets::contributions_sheet(m, workbook.add_worksheet(), &styles)?;
    sheets::actions_sheet(m, workbook.add_worksheet(), &styles)?;
    if !m.options.anonymous {
        counts_sheet(m, workbook.add_worksheet(), &styles)?;
    }
    if m.items
        .iter()
        .any(|i| !i.summary.is_empty() || !i.decisions.is_empty())
    {
        sheets::summaries_sheet(m, workbook.add_worksheet(), &styles)?;
    }
    if !m.priorities.is_empty() {
        sheets::priorities_sheet(m, workbook.add_worksheet(), &styles)?;
    }
    if m.options.notes {
        notes_sheet(m, workbook.add_worksheet(), &styles)?;
    }
    workbook.save_to_buffer()
}

/// Items as rows, groups as columns (a spreadsheet scrolls sideways), totals last.
fn counts_sheet(m: &Minutes, sheet: &mut Sheet, s: &Styles) -> Result<(), XlsxError> {
    let l = m.labels;
    let t = &m.table;
    sheet.set_name(l.counts_sheet)?;
    let mut titles = vec![(l.item.to_string(), ITEM_WIDTH)];
    titles.extend(t.groups.iter().map(|g| (text(g), 12.0)));
    titles.push((l.total.to_string(), 8.0));
    header(sheet, &titles, t.rows.len(), s)?;
    sheet.set_freeze_panes(1, 1)?;
    let total_col = u16::try_from(t.groups.len() + 1).unwrap_or(u16::MAX);
    for (row, (label, counts, total)) in (1u32..).zip(&t.rows) {
        sheet.write_string_with_format(row, 0, text(label), &s.wrapped)?;
        fit_row(sheet, row, &[(label, ITEM_WIDTH)])?;
        for (col, n) in (1u16..).zip(counts) {
            sheet.write_number_with_format(row, col, *n as f64, &s.plain)?;
        }
        sheet.write_number_with_format(row, total_col, *total as f64, &s.bold)?;
    }
    let row = u32::try_from(t.rows.len() + 1).unwrap_or(u32::MAX);
    sheet.write_string_with_format(row, 0, l.total, &s.bold)?;
    for (col, n) in (1u16..).zip(&t.column_totals) {
        sheet.write_number_with_format(row, col, *n as f64, &s.bold)?;
    }
    sheet.write_number_with_format(row, total_col, t.total as f64, &s.bold)?;
    Ok(())
}

/// With `--with-notes`: a sheet of the moderator's notes, one row per item that has
/// one (item, note).
fn notes_sheet(m: &Minutes, sheet: &mut Sheet, s: &Styles) -> Result<(), XlsxError> {
    let rows = super::notes::xlsx_rows(m);
    sheet.set_name(super::notes::label(m.lang))?;
    let titles = [
        (m.labels.item.to_string(), ITEM_WIDTH),
        (capitalised(super::notes::kind(m.lang)), TEXT_WIDTH),
    ];
    header(sheet, &titles, rows.len(), s)?;
    for (row, (item, note)) in (1u32..).zip(&rows) {
        sheet.write_string_with_format(row, 0, text(item), &s.wrapped)?;
        sheet.write_string_with_format(row, 1, text(note), &s.wrapped)?;
        fit_row(sheet, row, &[(item, ITEM_WIDTH), (note, TEXT_WIDTH)])?;
    }
    Ok(())
}
