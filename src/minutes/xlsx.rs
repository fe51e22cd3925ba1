//! An Excel workbook (rust_xlsxwriter): one sheet of contributions, one of action
//! items and one of the counts per item and group. Times are real date-times, the
//! header row stays in view and has filters. Every text is written as a text cell,
//! so nothing a person typed can run as a formula.

use super::Minutes;
use super::xlsx_sheets as sheets;
use crate::session::Timestamp;
use rust_xlsxwriter::{DocProperties, Format, FormatAlign, Workbook, Worksheet, XlsxError};

pub(super) type Sheet = Worksheet;

/// Column widths, in characters, of the wrapped item and text columns.
pub(super) const ITEM_WIDTH: f64 = 28.0;
pub(super) const TEXT_WIDTH: f64 = 60.0;
/// The default row height, in points, that one line of wrapped text takes.
const LINE_HEIGHT: f64 = 15.0;

pub(super) struct Styles {
    /// Cells of a row start at the top, level with the first line of a wrapped text.
    pub(super) plain: Format,
    pub(super) header: Format,
    pub(super) time: Format,
    pub(super) wrapped: Format,
    pub(super) bold: Format,
    pub(super) date: Format,
}

impl Styles {
    fn new() -> Styles {
        let top = Format::new().set_align(FormatAlign::Top);
        Styles {
            header: top
                .clone()
                .set_bold()
                .set_text_wrap()
                .set_background_color("#E7E6E6"),
            time: top.clone().set_num_format("yyyy-mm-dd hh:mm"),
            wrapped: top.clone().set_text_wrap(),
            plain: top.clone(),
            date: top.clone().set_num_format("yyyy-mm-dd"),
            bold: top.clone().set_bold(),
        }
    }
}

pub fn render(m: &Minutes) -> Result<Vec<u8>, super::MinutesError> {
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

/// "Ändrad" from "ändrad": labels are written for the middle of a line.
pub(super) fn capitalised(label: &str) -> String {
    let mut chars = label.chars();
    chars
        .next()
        .map(|first| first.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

pub(super) fn text(text: &str) -> String {
    crate::text::display_safe(text).into_owned()
}

/// Writes the header row, freezes it, puts filters on the `rows` below it and sets
/// the page up for printing.
pub(super) fn header(
    sheet: &mut Sheet,
    titles: &[(String, f64)],
    rows: usize,
    s: &Styles,
) -> Result<(), XlsxError> {
    for (col, (title, width)) in (0u16..).zip(titles) {
        sheet.write_string_with_format(0, col, title, &s.header)?;
        sheet.set_column_width(col, *width)?;
    }
    let cells: Vec<(&str, f64)> = titles.iter().map(|(t, w)| (t.as_str(), *w)).collect();
    fit_row(sheet, 0, &cells)?;
    let last_col = u16::try_from(titles.len().saturating_sub(1)).unwrap_or(u16::MAX);
    let last_row = u32::try_from(rows).unwrap_or(u32::MAX);
    sheet.set_freeze_panes(1, 0)?;
    sheet.autofilter(0, 0, last_row, last_col)?;
    // Printed: A4 landscape, as wide as one page, the header row on every page.
    sheet
        .set_paper_size(9)
        .set_landscape()
        .set_print_fit_to_pages(1, 0)
        .set_print_gridlines(true);
    sheet.set_repeat_rows(0, 0)?;
    Ok(())
}

/// Makes a row tall enough for its wrapped cells: spreadsheets do not always grow a
/// row by themselves (LibreOffice printing a file it did not write does not), so
/// wrapped lines would overlap the next row.
pub(super) fn fit_row(sheet: &mut Sheet, row: u32, cells: &[(&str, f64)]) -> Result<(), XlsxError> {
    let lines = cells
        .iter()
        .map(|(text, width)| {
            // A little narrower than the column: words do not break mid-word.
            let per_line = (width * 0.9).max(1.0);
            (crate::text::width(text) as f64 / per_line).ceil().max(1.0)
        })
        .fold(1.0, f64::max);
    if lines > 1.0 {
        sheet.set_row_height(row, lines * LINE_HEIGHT)?;
    }
    Ok(())
}

pub(super) fn write_time(
    sheet: &mut Sheet,
    row: u32,
    col: u16,
    at: &Timestamp,
    s: &Styles,
) -> Result<(), XlsxError> {
    sheet.write_datetime_with_format(row, col, at.naive_local(), &s.time)?;
    Ok(())
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
