//! CommonMark that reads well raw and renders well on GitHub, GitLab and pandoc.

use super::{Block, Minutes, blocks};
use std::fmt::Write;

/// Backslash-escapes what Markdown would read as inline markup.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 8);
    for ch in crate::text::display_safe(text).chars() {
        if matches!(
            ch,
            '\\' | '`' | '*' | '_' | '[' | ']' | '<' | '>' | '#' | '|' | '~' | '!' | '&'
        ) {
            out.push('\\');
        }
        out.push(ch);
    }
    out
}

/// Like `escape`, for text at the start of a line, where "1. x" or "- x" would
/// start a list.
pub fn escape_line_start(text: &str) -> String {
    let mut out = escape(text);
    let digits = out.chars().take_while(char::is_ascii_digit).count();
    if digits > 0 && matches!(out[digits..].chars().next(), Some('.' | ')')) {
        out.insert(digits, '\\');
    } else if out.starts_with(['-', '+', '=']) {
        out.insert(0, '\\');
    }
    out
}

pub fn render(m: &Minutes) -> String {
    let l = m.labels;
    let mut out = String::new();
    let _ = writeln!(out, "# {}: {}\n", l.minutes, escape(m.title));
    if !m.subtitle.is_empty() {
        let _ = writeln!(out, "*{}*\n", escape(m.subtitle));
    }
    for (label, value) in m.details() {
        let _ = writeln!(out, "- **{label}:** {}", escape(&value));
    }
    out.push('\n');
    for item in &m.items {
        let _ = writeln!(out, "## {}\n", escape(&m.item_heading(item)));
        let _ = writeln!(out, "*{}*\n", m.item_timing(item));
        let quoted: Vec<String> = blocks(item.text)
            .into_iter()
            .map(|block| match block {
                Block::Paragraph(p) => format!("> {}\n", escape_line_start(p)),
                Block::Bullets(list) => list
                    .iter()
                    .map(|b| format!("> - {}\n", escape_line_start(b)))
                    .collect(),
            })
            .collect();
        if !quoted.is_empty() {
            let _ = writeln!(out, "{}", quoted.join(">\n"));
        }
        if item.by_group.is_empty() {
            if item.expects_contributions {
                let _ = writeln!(out, "*{}*\n", l.no_contributions);
            }
            continue;
        }
        for (group, contributions) in &item.by_group {
            let _ = writeln!(out, "### {}\n", escape(group));
            for c in contributions {
                let _ = writeln!(out, "- {} — {}", m.contribution_meta(c), escape(&c.text));
            }
            out.push('\n');
        }
    }
    let _ = writeln!(out, "## {}\n", l.summary);
    let _ = writeln!(out, "### {}\n", l.actions);
    if m.actions.is_empty() {
        let _ = writeln!(out, "*{}*\n", l.no_actions);
    } else {
        for a in &m.actions {
            let _ = writeln!(
                out,
                "- {} — {}, {} {} ({})",
                escape_line_start(&a.contribution.text),
                escape(a.group),
                l.agenda_item.to_lowercase(),
                a.item_number,
                m.when(&a.contribution.at)
            );
        }
        out.push('\n');
    }
    let _ = writeln!(out, "### {}\n", l.per_item_and_group);
    let t = &m.table;
    let mut header = format!("| {} |", l.item);
    let mut rule = String::from("| --- |");
    for g in &t.groups {
        let _ = write!(header, " {} |", escape(g));
        rule.push_str(" ---: |");
    }
    let _ = write!(header, " {} |", l.total);
    rule.push_str(" ---: |");
    let _ = writeln!(out, "{header}\n{rule}");
    for (label, counts, total) in &t.rows {
        let _ = write!(out, "| {} |", escape(label));
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
    if let Some(stamp) = &m.stamp {
        let _ = writeln!(out, "\n---\n\n*{stamp}*");
    }
    out
}
