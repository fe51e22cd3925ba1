//! A real Word document (docx-rs): Word's own heading styles for headings, the
//! summary as a Word table. Opens in Word and LibreOffice.

use super::{Block, Minutes, blocks};
use docx_rs::{
    AlignmentType, Docx, LineSpacing, PageMargin, Paragraph, Run, RunFonts, Style, StyleType,
    Table, TableCell, TableLayoutType, TableRow, WidthType,
};

fn text_run(text: &str) -> Run {
    Run::new().add_text(crate::text::display_safe(text))
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

fn heading_style(level: usize, size_half_points: usize) -> Style {
    Style::new(format!("Heading{level}"), StyleType::Paragraph)
        .name(format!("heading {level}"))
        .based_on("Normal")
        .next("Normal")
        .size(size_half_points)
        .line_spacing(LineSpacing::new().before(240).after(80))
        .bold()
        .outline_lvl(level - 1)
}

/// A4 with 2 cm margins, in twentieths of a point.
const PAGE_WIDTH: u32 = 11906;
const PAGE_HEIGHT: u32 = 16838;
const MARGIN: i32 = 1134;
const TEXT_WIDTH: usize = PAGE_WIDTH as usize - 2 * MARGIN as usize;
/// The group column of the summary table; the item columns share the rest.
const GROUP_COLUMN: usize = 3000;
const TOTAL_COLUMN: usize = 1150;

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

/// Contributions per group (rows) and item (columns, by number): item numbers keep
/// the columns narrow enough for A4 portrait, whatever the group names.
fn summary_table(m: &Minutes) -> Table {
    let l = m.labels;
    let t = &m.table;
    let n = (TEXT_WIDTH - GROUP_COLUMN - TOTAL_COLUMN) / t.rows.len().max(1);
    let corner = format!("{} / {}", l.group, l.item.to_lowercase());
    let mut header = vec![cell(&corner, true, false, GROUP_COLUMN)];
    header.extend((1..=t.rows.len()).map(|i| cell(&i.to_string(), true, true, n)));
    header.push(cell(l.total, true, true, TOTAL_COLUMN));
    let mut rows = vec![TableRow::new(header).cant_split()];
    for (column, group) in t.groups.iter().enumerate() {
        let mut cells = vec![cell(group, false, false, GROUP_COLUMN)];
        cells.extend(t.rows.iter().map(|(_, counts, _)| {
            let count = counts.get(column).copied().unwrap_or(0);
            cell(&count.to_string(), false, true, n)
        }));
        let total = t.column_totals.get(column).copied().unwrap_or(0);
        cells.push(cell(&total.to_string(), true, true, TOTAL_COLUMN));
        rows.push(TableRow::new(cells).cant_split());
    }
    let mut totals = vec![cell(l.total, true, false, GROUP_COLUMN)];
    totals.extend(
        t.rows
            .iter()
            .map(|(_, _, total)| cell(&total.to_string(), true, true, n)),
    );
    totals.push(cell(&t.total.to_string(), true, true, TOTAL_COLUMN));
    rows.push(TableRow::new(totals).cant_split());
    let mut grid = vec![GROUP_COLUMN];
    grid.extend(std::iter::repeat_n(n, t.rows.len()));
    grid.push(TOTAL_COLUMN);
    Table::new(rows)
        .set_grid(grid)
        .layout(TableLayoutType::Fixed)
        .width(TEXT_WIDTH, WidthType::Dxa)
}

pub fn render(m: &Minutes) -> Result<Vec<u8>, String> {
    let l = m.labels;
    // The document's own dates are the session's, so the file is the same every time.
    let w3c = |at: &crate::session::Timestamp| at.to_utc().format("%Y-%m-%dT%H:%M:%SZ").to_string();
    let mut doc = Docx::new()
        .created_at(&w3c(&m.session.created_at))
        .updated_at(&w3c(&m.session.last_change))
        .page_size(PAGE_WIDTH, PAGE_HEIGHT)
        .page_margin(PageMargin {
            top: MARGIN,
            left: MARGIN,
            bottom: MARGIN,
            right: MARGIN,
            header: 709,
            footer: 709,
            gutter: 0,
        })
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .size(22)
                .line_spacing(LineSpacing::new().after(80))
                .fonts(
                    RunFonts::new()
                        .ascii("Calibri")
                        .hi_ansi("Calibri")
                        .cs("Calibri"),
                ),
        )
        .add_style(heading_style(1, 36))
        .add_style(heading_style(2, 28))
        .add_style(heading_style(3, 24))
        .add_style(
            Style::new("Title", StyleType::Paragraph)
                .name("Title")
                .based_on("Normal")
                .size(44)
                .bold(),
        );
    doc = doc.add_paragraph(
        Paragraph::new()
            .style("Title")
            .add_run(text_run(&format!("{}: {}", l.minutes, m.title))),
    );
    if !m.subtitle.is_empty() {
        doc = doc.add_paragraph(italic(m.subtitle));
    }
    for (label, value) in m.details() {
        doc = doc.add_paragraph(
            Paragraph::new()
                .add_run(Run::new().add_text(format!("{label}: ")).bold())
                .add_run(text_run(&value)),
        );
    }
    for item in &m.items {
        doc = doc
            .add_paragraph(heading(1, &m.item_heading(item)))
            .add_paragraph(italic(&m.item_timing(item)));
        for block in blocks(item.text) {
            let (lines, bullet) = match block {
                Block::Paragraph(p) => (vec![p], ""),
                Block::Bullets(list) => (list, "• "),
            };
            for line in lines {
                doc = doc.add_paragraph(
                    Paragraph::new()
                        .indent(Some(567), None, None, None)
                        .add_run(text_run(&format!("{bullet}{line}")).color("444444")),
                );
            }
        }
        if item.by_group.is_empty() && item.expects_contributions {
            doc = doc.add_paragraph(italic(l.no_contributions));
        }
        for (group, contributions) in &item.by_group {
            doc = doc.add_paragraph(heading(2, group));
            for c in contributions {
                doc = doc.add_paragraph(
                    Paragraph::new()
                        .indent(Some(360), None, None, None)
                        .add_run(
                            text_run(&format!("{} — ", m.contribution_meta(c))).color("555555"),
                        )
                        .add_run(text_run(&c.text)),
                );
            }
        }
    }
    doc = doc
        .add_paragraph(heading(1, l.summary))
        .add_paragraph(heading(2, l.actions));
    if m.actions.is_empty() {
        doc = doc.add_paragraph(italic(l.no_actions));
    }
    for a in &m.actions {
        doc = doc.add_paragraph(plain(&format!(
            "• {} — {}, {} {} ({})",
            a.contribution.text,
            a.group,
            l.agenda_item.to_lowercase(),
            a.item_number,
            m.when(&a.contribution.at)
        )));
    }
    doc = doc.add_paragraph(heading(2, l.per_item_and_group));
    doc = doc.add_table(summary_table(m));
    if let Some(stamp) = &m.stamp {
        doc = doc.add_paragraph(italic(stamp));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .map_err(|e| format!("cannot write the Word document: {e}"))?;
    Ok(bytes.into_inner())
}
