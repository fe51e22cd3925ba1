//! One self-contained HTML file: inline CSS, no scripts, a strict Content-Security-
//! Policy, every user string escaped; prints cleanly to A4.

use super::blocks::Block;
use super::document::{ItemMinutes, Minutes};
use super::tables::Table;
use super::walk::{Writer, walk};
use crate::session::Contribution;
use std::fmt::Write;

pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 16);
    for ch in crate::text::display_safe(text).chars() {
        match ch {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

const STYLE: &str = "
@page { size: A4; margin: 20mm 18mm; }
body { font-family: 'Segoe UI', 'Helvetica Neue', Arial, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #1a1a1a; max-width: 48em; margin: 2em auto; padding: 0 1em; }
h1 { font-size: 20pt; margin-bottom: 0.2em; }
h2 { font-size: 14pt; margin-top: 1.6em; border-bottom: 1px solid #999; padding-bottom: 0.15em;
  break-after: avoid; }
h3 { font-size: 11.5pt; margin: 1em 0 0.3em; break-after: avoid; }
.subtitle { font-style: italic; margin-top: 0; color: #444; }
dl.details { display: grid; grid-template-columns: max-content 1fr; gap: 0.15em 1em; }
dl.details dt { font-weight: 600; }
dl.details dd { margin: 0; }
.timing { color: #555; font-style: italic; margin: 0.2em 0 0.6em; }
blockquote { margin: 0.4em 0 0.8em; padding: 0.1em 0.9em; border-left: 3px solid #bbb;
  color: #333; }
ul.contributions { margin: 0.2em 0 0.6em; padding-left: 1.3em; }
ul.contributions li { margin: 0.15em 0; break-inside: avoid; }
.meta { color: #555; font-size: 9.5pt; white-space: nowrap; }
.none { font-style: italic; color: #666; }
table { border-collapse: collapse; margin: 0.6em 0; font-size: 9.5pt; break-inside: auto; }
th, td { border: 1px solid #aaa; padding: 0.2em 0.45em; }
th { background: #eee; text-align: left; }
td.n, th.n { text-align: right; white-space: nowrap; }
table.counts td.n, table.counts th.n { min-width: 1.8em; }
tr.total td { font-weight: 600; }
table.list { width: 100%; }
table.list td { vertical-align: top; }
.stamp { margin-top: 2em; color: #666; font-size: 9pt; }
@media print { body { margin: 0; max-width: none; } a { color: inherit; } }
";

pub fn render(m: &Minutes) -> String {
    let mut writer = HtmlWriter { out: String::new() };
    walk(m, &mut writer);
    writer.out
}

struct HtmlWriter {
    out: String,
}

impl Writer for HtmlWriter {
    fn header(&mut self, m: &Minutes) {
        let l = m.labels;
        let out = &mut self.out;
        let _ = write!(
            out,
            "<!DOCTYPE html>\n<html lang=\"{lang}\">\n<head>\n<meta charset=\"utf-8\">\n\
             <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'\">\n\
             <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
             <title>{minutes}: {title}</title>\n<style>{STYLE}</style>\n</head>\n<body>\n",
            lang = m.lang.code(),
            minutes = l.minutes,
            title = escape(m.title),
        );
        let _ = writeln!(out, "<h1>{}: {}</h1>", l.minutes, escape(m.title));
        if !m.subtitle.is_empty() {
            let _ = writeln!(out, "<p class=\"subtitle\">{}</p>", escape(m.subtitle));
        }
        out.push_str("<dl class=\"details\">\n");
        for (label, value) in m.details() {
            let _ = writeln!(out, "<dt>{label}</dt><dd>{}</dd>", escape(&value));
        }
        out.push_str("</dl>\n");
    }

    fn open_item(&mut self, m: &Minutes, item: &ItemMinutes, text: &[Block]) {
        let out = &mut self.out;
        let _ = writeln!(
            out,
            "<section id=\"{}\">\n<h2>{}</h2>\n<p class=\"timing\">{}</p>",
            escape(item.id),
            escape(&m.item_heading(item)),
            m.item_timing(item)
        );
        if text.is_empty() {
            return;
        }
        out.push_str("<blockquote>\n");
        for block in text {
            match block {
                Block::Paragraph(p) => {
                    let _ = writeln!(out, "<p>{}</p>", escape(p));
                }
                Block::Bullets(list) => {
                    out.push_str("<ul>\n");
                    for b in list {
                        let _ = writeln!(out, "<li>{}</li>", escape(b));
                    }
                    out.push_str("</ul>\n");
                }
            }
        }
        out.push_str("</blockquote>\n");
    }

    fn open_part(&mut self, id: &str, heading: &str) {
        let _ = writeln!(
            self.out,
            "<section id=\"{}\">\n<h2>{}</h2>",
            escape(id),
            escape(heading)
        );
    }

    fn close_part(&mut self) {
        self.out.push_str("</section>\n");
    }

    fn heading(&mut self, text: &str) {
        let _ = writeln!(self.out, "<h3>{}</h3>", escape(text));
    }

    fn note(&mut self, text: &str) {
        let _ = writeln!(self.out, "<p class=\"none\">{}</p>", escape(text));
    }

    fn contributions(&mut self, m: &Minutes, list: &[&Contribution]) {
        self.out.push_str("<ul class=\"contributions\">\n");
        for c in list {
            let _ = writeln!(
                self.out,
                "<li><span class=\"meta\">{}</span> — {}</li>",
                escape(&m.contribution_meta(c)),
                escape(&c.text)
            );
        }
        self.out.push_str("</ul>\n");
    }

    fn paragraphs(&mut self, text: &str) {
        for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
            let _ = writeln!(self.out, "<p>{}</p>", escape(line));
        }
    }

    fn bullets(&mut self, lines: &[String]) {
        self.out.push_str("<ul>\n");
        for line in lines {
            let _ = writeln!(self.out, "<li>{}</li>", escape(line));
        }
        self.out.push_str("</ul>\n");
    }

    /// `<blockquote class="note">`, drawn like the item's text, with a heading and a
    /// paragraph per line.
    fn private_note(&mut self, heading: &str, lines: &[&str]) {
        let _ = writeln!(
            self.out,
            "<blockquote class=\"note\">\n<h3>{}</h3>",
            escape(heading)
        );
        for line in lines {
            let _ = writeln!(self.out, "<p>{}</p>", escape(line));
        }
        self.out.push_str("</blockquote>\n");
    }

    fn table(&mut self, table: &Table) {
        let out = &mut self.out;
        let class = |numeric: bool| if numeric { " class=\"n\"" } else { "" };
        out.push_str("<table class=\"list\">\n<thead><tr>");
        for c in &table.columns {
            let _ = write!(out, "<th{}>{}</th>", class(c.numeric), escape(c.label));
        }
        out.push_str("</tr></thead>\n<tbody>\n");
        for row in &table.rows {
            out.push_str("<tr>");
            for (cell, c) in row.iter().zip(&table.columns) {
                let _ = write!(out, "<td{}>{}</td>", class(c.numeric), escape(cell));
            }
            out.push_str("</tr>\n");
        }
        out.push_str("</tbody>\n</table>\n");
    }

    fn count_table(&mut self, m: &Minutes) {
        count_table(&mut self.out, m);
    }

    fn footer(&mut self, m: &Minutes) {
        if let Some(stamp) = &m.stamp {
            let _ = writeln!(self.out, "<p class=\"stamp\">{}</p>", escape(stamp));
        }
        self.out.push_str("</body>\n</html>\n");
    }
}

/// Groups as rows and item numbers as columns, as in the Word document: with 21
/// groups, columns per group would run off an A4 page whatever the font size.
fn count_table(out: &mut String, m: &Minutes) {
    let l = m.labels;
    let t = &m.table;
    let _ = write!(
        out,
        "<table class=\"counts\">\n<thead><tr><th>{} / {}</th>",
        l.group,
        l.item.to_lowercase()
    );
    for (number, (label, _, _)) in (1..).zip(&t.rows) {
        let _ = write!(
            out,
            "<th class=\"n\" title=\"{}\">{number}</th>",
            escape(label)
        );
    }
    let _ = writeln!(
        out,
        "<th class=\"n\">{}</th></tr></thead>\n<tbody>",
        l.total
    );
    for (column, group) in t.groups.iter().enumerate() {
        let _ = write!(out, "<tr><td>{}</td>", escape(group));
        for (_, counts, _) in &t.rows {
            let count = counts.get(column).copied().unwrap_or(0);
            let _ = write!(out, "<td class=\"n\">{count}</td>");
        }
        let total = t.column_totals.get(column).copied().unwrap_or(0);
        let _ = writeln!(out, "<td class=\"n\">{total}</td></tr>");
    }
    let _ = write!(out, "<tr class=\"total\"><td>{}</td>", l.total);
    for (_, _, total) in &t.rows {
        let _ = write!(out, "<td class=\"n\">{total}</td>");
    }
    let _ = writeln!(
        out,
        "<td class=\"n\">{}</td></tr>\n</tbody>\n</table>",
        t.total
    );
}
