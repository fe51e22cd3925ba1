//! CommonMark that reads well raw and renders well on GitHub, GitLab and pandoc.

use super::blocks::Block;
use super::document::{ItemMinutes, Minutes};
use super::markdown_escape::{Place, escape};
use super::tables::Table;
use super::walk::{Writer, walk};
use crate::session::Contribution;
use std::fmt::Write;

pub fn render(m: &Minutes) -> String {
    let mut writer = MarkdownWriter { out: String::new() };
    walk(m, &mut writer);
    writer.out
}

struct MarkdownWriter {
    out: String,
}

impl Writer for MarkdownWriter {
    fn header(&mut self, m: &Minutes) {
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "# {}: {}\n",
            m.labels.minutes,
            escape(m.title, Place::Heading)
        );
        if !m.subtitle.is_empty() {
            let _ = writeln!(out, "*{}*\n", escape(m.subtitle, Place::Emphasised));
        }
        for (label, value) in m.details() {
            let _ = writeln!(out, "- **{label}:** {}", escape(&value, Place::Inline));
        }
        out.push('\n');
    }

    fn open_item(&mut self, m: &Minutes, item: &ItemMinutes, text: &[Block]) {
        self.heading_line("##", &m.item_heading(item));
        let _ = writeln!(self.out, "*{}*\n", m.item_timing(item));
        let quoted: Vec<String> = text
            .iter()
            .map(|block| match block {
                Block::Paragraph(p) => format!("> {}\n", escape(p, Place::LineStart)),
                Block::Bullets(list) => list
                    .iter()
                    .map(|b| format!("> - {}\n", escape(b, Place::LineStart)))
                    .collect(),
            })
            .collect();
        if !quoted.is_empty() {
            let _ = writeln!(self.out, "{}", quoted.join(">\n"));
        }
    }

    fn open_part(&mut self, _id: &str, heading: &str) {
        self.heading_line("##", heading);
    }

    fn close_part(&mut self) {}

    fn heading(&mut self, text: &str) {
        self.heading_line("###", text);
    }

    fn note(&mut self, text: &str) {
        let _ = writeln!(self.out, "*{text}*\n");
    }

    fn contributions(&mut self, m: &Minutes, list: &[&Contribution]) {
        for c in list {
            // One escape over the whole item text: a "*" in a group name and one in
            // the contribution must not pair up.
            let line = format!("{} — {}", m.contribution_meta(c), c.text);
            let _ = writeln!(self.out, "- {}", escape(&line, Place::LineStart));
        }
        self.out.push('\n');
    }

    fn paragraphs(&mut self, text: &str) {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let _ = writeln!(self.out, "{}\n", escape(line, Place::LineStart));
        }
    }

    fn bullets(&mut self, lines: &[String]) {
        for line in lines {
            let _ = writeln!(self.out, "- {}", escape(line, Place::LineStart));
        }
        self.out.push('\n');
    }

    fn private_note(&mut self, heading: &str, lines: &[&str]) {
        let _ = writeln!(self.out, "**{heading}**\n");
        for line in lines {
            let _ = writeln!(self.out, "- {}", escape(line, Place::LineStart));
        }
        self.out.push('\n');
    }

    fn table(&mut self, table: &Table) {
        let out = &mut self.out;
        let mut header = String::from("|");
        let mut rule = String::from("|");
        for c in &table.columns {
            let _ = write!(header, " {} |", c.label);
            rule.push_str(if c.numeric { " ---: |" } else { " --- |" });
        }
        let _ = writeln!(out, "{header}\n{rule}");
        for row in &table.rows {
            out.push('|');
            for cell in row {
                let _ = write!(out, " {} |", escape(cell, Place::TableCell));
            }
            out.push('\n');
        }
        out.push('\n');
    }

    fn count_table(&mut self, m: &Minutes) {
        let l = m.labels;
        let t = &m.table;
        let out = &mut self.out;
        let mut header = format!("| {} |", l.item);
        let mut rule = String::from("| --- |");
        for g in &t.groups {
            let _ = write!(header, " {} |", escape(g, Place::TableCell));
            rule.push_str(" ---: |");
        }
        let _ = write!(header, " {} |", l.total);
        rule.push_str(" ---: |");
        let _ = writeln!(out, "{header}\n{rule}");
        for (label, counts, total) in &t.rows {
            let _ = write!(out, "| {} |", escape(label, Place::TableCell));
            for n in counts {
                let _ = write!(out, " {n} |");
            }
            let _ = writeln!(out, " {total} |");
        }
        let _ = write!(out, "| **{}** |", l.total);
        for n in &t.column_totals {
            let _ = write!(out, " **{n}** |");
        }
        let _ = writeln!(out, " **{}** |", t.total);
    }

    fn footer(&mut self, m: &Minutes) {
        if let Some(stamp) = &m.stamp {
            let _ = writeln!(self.out, "\n---\n\n*{stamp}*");
        }
    }
}

impl MarkdownWriter {
    fn heading_line(&mut self, marks: &str, text: &str) {
        let _ = writeln!(self.out, "{marks} {}\n", escape(text, Place::Heading));
    }
}
