//! CommonMark that reads well raw and renders well on GitHub, GitLab and pandoc.

use super::markdown_escape::{Place, escape};
use super::{Block, Minutes, blocks};
use std::fmt::Write;

pub fn render(m: &Minutes) -> String {
    let l = m.labels;
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {}: {}\n",
        l.minutes,
        escape(m.title, Place::Heading)
    );
    if !m.subtitle.is_empty() {
        let _ = writeln!(out, "*{}*\n", escape(m.subtitle, Place::Emphasised));
    }
    for (label, value) in m.details() {
        let _ = writeln!(out, "- **{label}:** {}", escape(&value, Place::Inline));
    }
    out.push('\n');
    for item in &m.items {
        let _ = writeln!(
            out,
            "## {}\n",
            escape(&m.item_heading(item), Place::Heading)
        );
        let _ = writeln!(out, "*{}*\n", m.item_timing(item));
        let quoted: Vec<String> = blocks(item.text)
            .into_iter()
            .map(|block| match block {
                Block::Paragraph(p) => format!("> {}\n", escape(p, Place::LineStart)),
                Block::Bullets(list) => list
                    .iter()
                    .map(|b| format!("> - {}\n", escape(b, Place::LineStart)))
                    .collect(),
            })
            .collect();
        if !quoted.is_empty() {
            let _ = writeln!(out, "{}", quoted.join(">\n"));
        }
        super::notes::markdown(m, item, &mut out);
        if item.sections.is_empty() {
            if item.expects_contributions {
                let _ = writeln!(out, "*{}*\n", l.no_contributions);
            }
            continue;
        }
        for section in &item.sections {
            if let Some(group) = section.heading {
                let _ = writeln!(out, "### {}\n", escape(group, Place::Heading));
            }
            for c in &section.contributions {
                // One escape over the whole item text: a "*" in a group name and one in
                // the contribution must not pair up.
                let line = format!("{} — {}", m.contribution_meta(c), c.text);
                let _ = writeln!(out, "- {}", escape(&line, Place::LineStart));
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
            let line = format!("{} — {}", a.contribution.text, m.action_source(a));
            let _ = writeln!(out, "- {}", escape(&line, Place::LineStart));
        }
        out.push('\n');
    }
    let _ = writeln!(out, "### {}\n", l.per_item_and_group);
    let t = &m.table;
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
    if let Some(stamp) = &m.stamp {
        let _ = writeln!(out, "\n---\n\n*{stamp}*");
    }
    out
}
