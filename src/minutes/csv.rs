//! One row per contribution, RFC 4180 quoting, CRLF, UTF-8 with a BOM so that Excel
//! shows å/ä/ö, and cells that a spreadsheet would run as a formula neutralised.
//! Swedish minutes are separated by `;`, which Swedish Excel expects (its decimal
//! comma takes `,`); English ones by `,`.

use super::document::{ItemMinutes, Minutes};
use crate::i18n::Lang;
use crate::session::{Contribution, Kind};

/// Quotes a cell when needed and defuses formula injection: a cell starting with
/// `=`, `+`, `-`, `@`, tab or CR gets a leading apostrophe (OWASP's advice).
pub fn cell(text: &str) -> String {
    // Direction overrides would reorder what a spreadsheet shows; drop them. Other
    // control characters (but tab and line breaks, which quoting handles) would
    // reach a terminal that shows the file: mark them.
    let text: String = text
        .chars()
        .filter(|c| !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'))
        .map(|c| {
            if c.is_control() && !matches!(c, '\t' | '\n' | '\r') {
                '\u{FFFD}'
            } else {
                c
            }
        })
        .collect();
    let text = text.as_str();
    let mut value = String::with_capacity(text.len() + 2);
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        value.push('\'');
    }
    value.push_str(text);
    if value.contains([',', '"', '\n', '\r', ';', '\t']) {
        format!("\"{}\"", value.replace('"', "\"\""))
    } else {
        value
    }
}

pub(super) fn header(lang: Lang) -> [&'static str; 12] {
    lang.labels().csv_columns
}

/// The columns of one contribution; without times, the time and "edited" columns
/// are left out, and in anonymous minutes the group.
pub(super) const TIME_COLUMNS: [usize; 2] = [5, 7];
const GROUP_COLUMN: usize = 3;

/// One row per item summary and decision (first under their item, as in the
/// minutes), then one per contribution with its owner, due date, dots and themes.
pub fn render(m: &Minutes) -> Vec<u8> {
    let separator = m.options.csv_delimiter().to_string();
    let keep = |column: &usize| {
        (m.options.times || !TIME_COLUMNS.contains(column))
            && !(m.options.anonymous && *column == GROUP_COLUMN)
    };
    let line = |cells: [String; 12]| -> String {
        let kept: Vec<String> = cells
            .into_iter()
            .enumerate()
            .filter(|(k, _)| keep(k))
            .map(|(_, cell)| cell)
            .collect();
        kept.join(&separator) + "\r\n"
    };
    let mut out = String::from("\u{FEFF}");
    out.push_str(&line(header(m.lang).map(str::to_string)));
    for item in &m.items {
        for (kind, text) in item.summary_rows(m.labels) {
            let mut cells: [String; 12] = Default::default();
            cells[0] = cell(&m.session.id);
            cells[1] = cell(item.id);
            cells[2] = cell(&m.item_heading(item));
            cells[4] = cell(kind);
            cells[6] = cell(text);
            out.push_str(&line(cells));
        }
        for c in &item.contributions {
            out.push_str(&line(contribution_cells(m, item, c)));
        }
        if let Some(cells) = note_row(m, item) {
            out.push_str(&line(cells));
        }
    }
    out.into_bytes()
}

fn contribution_cells(m: &Minutes, item: &ItemMinutes, c: &Contribution) -> [String; 12] {
    let stamp = |at: &crate::session::Timestamp| at.format("%Y-%m-%d %H:%M").to_string();
    let notes = &m.session.annotations;
    // Straight from the annotations (already without group owners when anonymous):
    // a search of the action list per row would be quadratic in a long session.
    let assignment = notes.assignment(c.id).filter(|_| c.kind == Kind::Action);
    let dots = match c.kind {
        Kind::Proposal => notes.dots_of(c.id),
        _ => 0,
    };
    [
        cell(&m.session.id),
        cell(item.id),
        cell(&m.item_heading(item)),
        cell(m.session.group_name(c.group)),
        cell(m.lang.kind(c.kind)),
        cell(&stamp(&c.at)),
        cell(&c.text),
        cell(&c.edited_at.as_ref().map(stamp).unwrap_or_default()),
        cell(assignment.map_or("", |a| a.owner.as_str())),
        assignment
            .and_then(|a| a.due)
            .map(|d| d.to_string())
            .unwrap_or_default(),
        if dots > 0 {
            dots.to_string()
        } else {
            String::new()
        },
        cell(&notes.tags_of(c.id).join(", ")),
    ]
}

/// The CSV row of a note: its item, kind "anteckning", the whole note as its text.
/// `cells` are the row's columns in the header's order (group, time, edited and
/// the annotations' columns empty).
fn note_row(m: &Minutes, item: &ItemMinutes) -> Option<[String; 12]> {
    let note = m.note(item)?;
    let mut cells: [String; 12] = Default::default();
    cells[0] = cell(&m.session.id);
    cells[1] = cell(item.id);
    cells[2] = cell(&m.item_heading(item));
    cells[4] = cell(super::notes::kind(m.lang));
    cells[6] = cell(note);
    Some(cells)
}

#[cfg(test)]
mod tests {
    use super::cell;

    #[test]
    fn formulas_are_neutralised_and_quotes_doubled() {
        assert_eq!(
            cell("=HYPERLINK(\"http://x\")"),
            "\"'=HYPERLINK(\"\"http://x\"\")\""
        );
        assert_eq!(cell("+1"), "'+1");
        assert_eq!(cell("-2"), "'-2");
        assert_eq!(cell("@SUM(A1)"), "'@SUM(A1)");
        assert_eq!(cell("\tx"), "\"'\tx\"", "a tab may be the delimiter");
        assert_eq!(cell("Skåne, Gotland"), "\"Skåne, Gotland\"");
        assert_eq!(cell("vanlig text"), "vanlig text");
        assert_eq!(cell("a\u{1b}[2J"), "a\u{FFFD}[2J");
    }
}
