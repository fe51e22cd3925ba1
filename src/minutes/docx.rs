//! A real Word document (docx-rs): Word's own heading styles for headings, the
//! summary as a Word table. Opens in Word and LibreOffice.

use super::blocks::Block;
use super::document::{ItemMinutes, Minutes};
use super::docx_parts::{CoreProperties, core_xml, styles_xml};
use super::tables::Table;
use super::walk::{Writer, walk};
use crate::session::Contribution;
use docx_rs::{
    AlignmentType, Docx, PageMargin, Paragraph, Run, SpecialIndentType, Table as DocxTable,
    TableCell, TableCellMargins, TableLayoutType, TableRow, WidthType,
};

fn text_run(text: &str) -> Run {
    Run::new().add_text(xml_chars(&crate::text::display_safe(text)))
}

/// Only characters XML 1.0 allows (its `Char` production): anything else makes
/// `word/document.xml` not well-formed and Word refuses the file. Control
/// characters are already U+FFFD here; U+FFFE and U+FFFF are the rest (surrogates
/// cannot occur in a Rust string).
fn xml_chars(text: &str) -> String {
    text.chars()
        .map(|c| if is_xml_char(c) { c } else { '\u{FFFD}' })
        .collect()
}

fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\u{9}' | '\u{A}' | '\u{D}'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{level}"))
        .keep_next(true)
        .add_run(text_run(text))
}

fn plain(text: &str) -> Paragraph {
    Paragraph::new().add_run(text_run(text))
}

fn italic(text: &str) -> Paragraph {
    Paragraph::new().add_run(text_run(text).italic())
}

/// A4 with 2 cm margins, in twentieths of a point.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN: i32 = 1134;
const TEXT_WIDTH: usize = PAGE_WIDTH as usize - 2 * MARGIN as usize;
/// The summary table: the total column fits "Summa"/"Total" and a 4-digit number,
/// an item column a 3-digit count; the group column takes the rest, at least this.
const TOTAL_COLUMN: usize = 1150;
const MIN_GROUP_COLUMN: usize = 1800;
/// The cell padding left and right.
const CELL_PADDING: usize = 60;
/// The width of a digit of the table's 8.5 pt bold text where Calibri (0.507 em) is
/// missing and a wide font such as DejaVu Sans Bold (0.7 em) stands in: 6 pt.
const DIGIT_WIDTH: usize = 120;

/// The width of an item column: its widest number and the cell padding, never less
/// than two digits' room.
fn number_column(widest: usize) -> usize {
    let digits = widest.to_string().len().max(2);
    digits * DIGIT_WIDTH + 2 * CELL_PADDING + 60
}

fn cell(text: &str, bold: bool, right: bool, width: usize) -> TableCell {
    let mut run = text_run(text).size(17);
    if bold {
        run = run.bold();
    }
    let mut paragraph = Paragraph::new().add_run(run);
    if right {
        paragraph = paragraph.align(AlignmentType::Right);
    }
    TableCell::new()
        .width(width, WidthType::Dxa)
        .add_paragraph(paragraph)
}

/// A table of text: a bold header row, widths by the columns' shares of the page.
fn list_table(table: &Table) -> DocxTable {
    let widths: Vec<usize> = table
        .columns
        .iter()
        .map(|c| TEXT_WIDTH * c.share / 100)
        .collect();
    let header: Vec<TableCell> = table
        .columns
        .iter()
        .zip(&widths)
        .map(|(c, w)| cell(c.label, true, c.numeric, *w))
        .collect();
    let mut rows = vec![TableRow::new(header).cant_split()];
    for row in &table.rows {
        let cells = row
            .iter()
            .zip(table.columns.iter().zip(&widths))
            .map(|(text, (c, w))| cell(text, false, c.numeric, *w))
            .collect();
        rows.push(TableRow::new(cells).cant_split());
    }
    let padding = TableCellMargins::new().margin(0, CELL_PADDING, 0, CELL_PADDING);
    DocxTable::new(rows)
        .set_grid(widths)
        .margins(padding)
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

/// Contributions per group (rows) and item (columns, by number): item numbers keep
/// the columns narrow enough for A4 portrait, whatever the group names.
fn summary_table(m: &Minutes) -> DocxTable {
    let l = m.labels;
    let t = &m.table;
    let widest = t.rows.iter().map(|(_, _, total)| *total).max().unwrap_or(0);
    let n = number_column(widest);
    let group_column = TEXT_WIDTH
        .saturating_sub(TOTAL_COLUMN + n * t.rows.len())
        .max(MIN_GROUP_COLUMN);
    let n = (TEXT_WIDTH - TOTAL_COLUMN - group_column) / t.rows.len().max(1);
    let corner = format!("{} / {}", l.group, l.item.to_lowercase());
    let mut header = vec![cell(&corner, true, false, group_column)];
    header.extend((1..=t.rows.len()).map(|i| cell(&i.to_string(), true, true, n)));
    header.push(cell(l.total, true, true, TOTAL_COLUMN));
    let mut rows = vec![TableRow::new(header).cant_split()];
    for (column, group) in t.groups.iter().enumerate() {
        let mut cells = vec![cell(group, false, false, group_column)];
        cells.extend(t.rows.iter().map(|(_, counts, _)| {
            let count = counts.get(column).copied().unwrap_or(0);
            cell(&count.to_string(), false, true, n)
        }));
        let total = t.column_totals.get(column).copied().unwrap_or(0);
        cells.push(cell(&total.to_string(), true, true, TOTAL_COLUMN));
        rows.push(TableRow::new(cells).cant_split());
    }
    let mut totals = vec![cell(l.total, true, false, group_column)];
    totals.extend(
        t.rows
            .iter()
            .map(|(_, _, total)| cell(&total.to_string(), true, true, n)),
    );
    totals.push(cell(&t.total.to_string(), true, true, TOTAL_COLUMN));
    rows.push(TableRow::new(totals).cant_split());
    let mut grid = vec![group_column];
    grid.extend(std::iter::repeat_n(n, t.rows.len()));
    grid.push(TOTAL_COLUMN);
    let padding = TableCellMargins::new().margin(0, CELL_PADDING, 0, CELL_PADDING);
    DocxTable::new(rows)
        .set_grid(grid)
        .margins(padding)
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

pub fn render(m: &Minutes) -> Result<Vec<u8>, super::error::MinutesError> {
    let doc = Docx::new()
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(PageMargin {
            top: MARGIN,
            left: MARGIN,
            bottom: MARGIN,
            right: MARGIN,
            header: 709,
            footer: 709,
            gutter: 0,
        });
    let mut writer = DocxWriter { doc };
    walk(m, &mut writer);
    let mut parts = writer.doc.build();
    parts.styles = styles_xml(m.lang);
    parts.doc_props.core = core_xml(&core_properties(m));
    let mut bytes = std::io::Cursor::new(Vec::new());
    parts
        .pack(&mut bytes)
        .map_err(|e| super::error::MinutesError::WordDocument(e.to_string()))?;
    Ok(bytes.into_inner())
}

struct DocxWriter {
    doc: Docx,
}

impl DocxWriter {
    fn add(&mut self, paragraph: Paragraph) {
        self.doc = std::mem::take(&mut self.doc).add_paragraph(paragraph);
    }

    fn add_table(&mut self, table: DocxTable) {
        self.doc = std::mem::take(&mut self.doc).add_table(table);
    }
}

impl Writer for DocxWriter {
    fn header(&mut self, m: &Minutes) {
        self.add(
            Paragraph::new()
                .style("Title")
                .add_run(text_run(&format!("{}: {}", m.labels.minutes, m.title))),
        );
        if !m.subtitle.is_empty() {
            self.add(italic(m.subtitle));
        }
        for (label, value) in m.details() {
            self.add(
                Paragraph::new()
                    .add_run(Run::new().add_text(format!("{label}: ")).bold())
                    .add_run(text_run(&value)),
            );
        }
    }

    fn open_item(&mut self, m: &Minutes, item: &ItemMinutes, text: &[Block]) {
        self.add(heading(1, &m.item_heading(item)));
        self.add(italic(&m.item_timing(item)));
        for block in text {
            let (lines, bullet) = match block {
                Block::Paragraph(p) => (std::slice::from_ref(p), ""),
                Block::Bullets(list) => (list.as_slice(), "• "),
            };
            for line in lines {
                self.add(
                    Paragraph::new()
                        .indent(Some(567), None, None, None)
                        .add_run(text_run(&format!("{bullet}{line}")).color("444444")),
                );
            }
        }
    }

    fn open_part(&mut self, _id: &str, text: &str) {
        self.add(heading(1, text));
    }

    fn close_part(&mut self) {}

    fn heading(&mut self, text: &str) {
        self.add(heading(2, text));
    }

    fn note(&mut self, text: &str) {
        self.add(italic(text));
    }

    fn contributions(&mut self, m: &Minutes, list: &[&Contribution]) {
        for c in list {
            self.add(
                Paragraph::new()
                    .indent(Some(360), None, None, None)
                    .add_run(text_run(&format!("{} — ", m.contribution_meta(c))).color("555555"))
                    .add_run(text_run(&c.text)),
            );
        }
    }

    fn paragraphs(&mut self, text: &str) {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            self.add(plain(line));
        }
    }

    fn bullets(&mut self, lines: &[String]) {
        for line in lines {
            self.add(
                Paragraph::new()
                    // The bullet hangs left of the text, so a wrapped line lines up.
                    .indent(Some(360), Some(SpecialIndentType::Hanging(200)), None, None)
                    .add_run(text_run(&format!("• {line}"))),
            );
        }
    }

    /// A heading and an indented italic paragraph per line.
    fn private_note(&mut self, heading_text: &str, lines: &[&str]) {
        self.add(heading(2, heading_text));
        for line in lines {
            self.add(
                Paragraph::new()
                    .indent(Some(360), None, None, None)
                    .add_run(text_run(line).italic()),
            );
        }
    }

    fn table(&mut self, table: &Table) {
        self.add_table(list_table(table));
    }

    fn count_table(&mut self, m: &Minutes) {
        self.add_table(summary_table(m));
    }

    fn footer(&mut self, m: &Minutes) {
        if let Some(stamp) = &m.stamp {
            self.add(italic(stamp));
        }
    }
}

/// The session's dates, so the file is the same every time.
fn core_properties(m: &Minutes) -> CoreProperties {
    let w3c = |at: &crate::session::Timestamp| at.to_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    CoreProperties {
        title: format!("{}: {}", m.labels.minutes, m.title),
        author: m.author(),
        lang: m.lang,
        created: w3c(&m.session.created_at),
        modified: w3c(&m.session.last_change),
    }
}
