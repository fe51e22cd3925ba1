//! The cells of the Excel workbook: column widths, styles, the header row, row
//! heights and times, shared by every sheet.

use crate::session::Timestamp;
use rust_xlsxwriter::{Format, FormatAlign, Worksheet, XlsxError};

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
    pub(super) fn new() -> Styles {
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
