//! A real Word document (docx-rs): Word's own heading styles for headings, the
//! summary as a Word table. Opens in Word and LibreOffice.

use super::{Block, Minutes, blocks, hm};
use docx_rs::{
    AlignmentType, Docx, Paragraph, Run, RunFonts, Style, StyleType, Table, TableCell, TableRow,
};

fn text_run(text: &str) -> Run {
    Run::new().add_text(crate::text::display_safe(text))
}

fn heading(level: usize, text: &str) -> Paragraph {
    Paragraph::new()
        .style(&format!("Heading{level}"))
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
        .bold()
        .outline_lvl(level - 1)
}

fn cell(text: &str, bold: bool, right: bool) -> TableCell {
    let mut run = text_run(text);
    if bold {
        run = run.bold();
    }
    let mut paragraph = Paragraph::new().add_run(run);
    if right {
        paragraph = paragraph.align(AlignmentType::Right);
    }
    TableCell::new().add_paragraph(paragraph)
}

pub fn render(m: &Minutes) -> Result<Vec<u8>, String> {
    let l = m.labels;
    let mut doc = Docx::new()
        .add_style(
            Style::new("Normal", StyleType::Paragraph)
                .name("Normal")
                .size(22)
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
        if item.by_group.is_empty() {
            doc = doc.add_paragraph(italic(l.no_contributions));
        }
        for (group, contributions) in &item.by_group {
            doc = doc.add_paragraph(heading(2, group));
            for c in contributions {
                doc = doc.add_paragraph(
                    Paragraph::new()
                        .style("ListParagraph")
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
            hm(&a.contribution.at)
        )));
    }
    doc = doc.add_paragraph(heading(2, l.per_item_and_group));
    let t = &m.table;
    let mut header = vec![cell(l.item, true, false)];
    header.extend(t.groups.iter().map(|g| cell(g, true, true)));
    header.push(cell(l.total, true, true));
    let mut rows = vec![TableRow::new(header)];
    for (label, counts, total) in &t.rows {
        let mut cells = vec![cell(label, false, false)];
        cells.extend(counts.iter().map(|n| cell(&n.to_string(), false, true)));
        cells.push(cell(&total.to_string(), false, true));
        rows.push(TableRow::new(cells));
    }
    let mut totals = vec![cell(l.total, true, false)];
    totals.extend(
        t.column_totals
            .iter()
            .map(|n| cell(&n.to_string(), true, true)),
    );
    totals.push(cell(&t.total.to_string(), true, true));
    rows.push(TableRow::new(totals));
    doc = doc.add_table(Table::new(rows));
    if let Some(stamp) = &m.stamp {
        doc = doc.add_paragraph(italic(stamp));
    }
    let mut bytes = std::io::Cursor::new(Vec::new());
    doc.build()
        .pack(&mut bytes)
        .map_err(|e| format!("cannot write the Word document: {e}"))?;
    Ok(bytes.into_inner())
}
