//! The tables and lists of the new parts, as plain text cells every format writes
//! its own way: the action items, the priorities and the themes.

use super::annotated::Theme;
use super::document::Minutes;

/// A column: its heading, its share of the page width in percent, and whether it
/// holds numbers (set to the right).
pub struct Column {
    pub label: &'static str,
    pub share: usize,
    pub numeric: bool,
}

pub struct Table {
    pub columns: Vec<Column>,
    pub rows: Vec<Vec<String>>,
}

fn column(label: &'static str, share: usize, numeric: bool) -> Column {
    Column {
        label,
        share,
        numeric,
    }
}

/// Åtgärd · Ansvarig · Klart senast · Punkt, by due date, undated last.
pub fn action_table(m: &Minutes) -> Table {
    let l = m.labels;
    Table {
        columns: vec![
            column(l.action, 56, false),
            column(l.owner, 22, false),
            column(l.due, 14, false),
            column(l.item, 8, true),
        ],
        rows: m
            .actions
            .iter()
            .map(|a| {
                vec![
                    a.contribution.text.clone(),
                    a.owner.unwrap_or_default().to_string(),
                    a.due.map(|d| d.to_string()).unwrap_or_default(),
                    a.item_number.to_string(),
                ]
            })
            .collect(),
    }
}

/// Plats · Prickar · Förslag · Grupp · Punkt; anonymous minutes without the group.
pub fn priority_table(m: &Minutes) -> Table {
    let l = m.labels;
    let anonymous = m.options.anonymous;
    let mut columns = vec![column(l.rank, 8, true), column(l.dots, 10, true)];
    columns.push(column(l.proposal, if anonymous { 74 } else { 52 }, false));
    if !anonymous {
        columns.push(column(l.group, 22, false));
    }
    columns.push(column(l.item, 8, true));
    let rows = m
        .priorities
        .iter()
        .map(|p| {
            let mut row = vec![
                p.rank.to_string(),
                p.dots.to_string(),
                p.contribution.text.clone(),
            ];
            if !anonymous {
                row.push(m.session.group_name(p.contribution.group).to_string());
            }
            row.push(p.item_number.to_string());
            row
        })
        .collect();
    Table { columns, rows }
}

/// "Punkt 2 · Region Skåne · förslag: text", one line per contribution of a theme.
pub fn theme_lines(m: &Minutes, theme: &Theme) -> Vec<String> {
    theme
        .entries
        .iter()
        .map(|(number, c)| {
            let mut meta = vec![format!("{} {number}", m.labels.agenda_item)];
            if !m.options.anonymous {
                meta.push(m.session.group_name(c.group).to_string());
            }
            meta.push(m.lang.kind(c.kind).to_string());
            format!("{}: {}", meta.join(" · "), c.text)
        })
        .collect()
}
