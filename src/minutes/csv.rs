//! One row per contribution, RFC 4180 quoting, CRLF, UTF-8 with a BOM so that Excel
//! shows å/ä/ö, and cells that a spreadsheet would run as a formula neutralised.
//! Swedish minutes are separated by `;`, which Swedish Excel expects (its decimal
//! comma takes `,`); English ones by `,`.

use super::Minutes;
use crate::i18n::Lang;

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

pub(super) fn header(lang: Lang) -> [&'static str; 8] {
    match lang {
        Lang::Sv => [
            "session", "punkt_id", "punkt", "grupp", "typ", "tid", "text", "ändrad",
        ],
        Lang::En => [
            "session", "item_id", "item", "group", "kind", "time", "text", "edited",
        ],
    }
}

/// The columns of one contribution; without times, the time and "edited" columns
/// are left out.
pub(super) const TIME_COLUMNS: [usize; 2] = [5, 7];

pub fn render(m: &Minutes) -> Vec<u8> {
    let separator = m.options.csv_delimiter().to_string();
    let keep = |column: &usize| m.options.times || !TIME_COLUMNS.contains(column);
    let mut out = String::from("\u{FEFF}");
    let header: Vec<&str> = header(m.lang)
        .into_iter()
        .enumerate()
        .filter(|(k, _)| keep(k))
        .map(|(_, name)| name)
        .collect();
    out.push_str(&header.join(&separator));
    out.push_str("\r\n");
    let stamp = |at: &crate::session::Timestamp| at.format("%Y-%m-%d %H:%M").to_string();
    for item in &m.items {
        for c in &item.contributions {
            let cells = [
                cell(&m.session.id),
                cell(item.id),
                cell(&m.item_heading(item)),
                cell(m.session.group_name(c.group)),
                cell(c.kind.label(m.lang)),
                cell(&stamp(&c.at)),
                cell(&c.text),
                cell(&c.edited_at.as_ref().map(stamp).unwrap_or_default()),
            ];
            let cells: Vec<String> = cells
                .into_iter()
                .enumerate()
                .filter(|(k, _)| keep(k))
                .map(|(_, cell)| cell)
                .collect();
            out.push_str(&cells.join(&separator));
            out.push_str("\r\n");
        }
        if let Some(cells) = super::notes::csv_row(m, item) {
            let cells: Vec<String> = cells
                .into_iter()
                .enumerate()
                .filter(|(k, _)| keep(k))
                .map(|(_, cell)| cell)
                .collect();
            out.push_str(&cells.join(&separator));
            out.push_str("\r\n");
        }
    }
    out.into_bytes()
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
