//! The capture line wrapped into rows, so a long contribution can be read back
//! before Enter: breaks after a space when the next word does not fit, inside a
//! word only when it is longer than a row, and never inside a grapheme.

use crate::text::width;
use std::ops::Range;
use unicode_segmentation::UnicodeSegmentation;

/// The byte ranges of the rows of `text` at `columns` columns. They cover the text
/// without gaps; there is always at least one row (empty for an empty text). A
/// space that does not fit hangs at the end of its row.
pub fn rows(text: &str, columns: usize) -> Vec<Range<usize>> {
    let columns = columns.max(1);
    let mut rows = Vec::new();
    let mut start = 0;
    let mut used = 0;
    // The byte just after the last space on this row, and the width up to it.
    let mut last_break: Option<(usize, usize)> = None;
    for (i, g) in text.grapheme_indices(true) {
        let w = width(g);
        if used + w > columns && i > start {
            if g == " " {
                rows.push(start..i + 1);
                (start, used, last_break) = (i + 1, 0, None);
                continue;
            }
            match last_break {
                Some((at, before)) => {
                    rows.push(start..at);
                    start = at;
                    used -= before;
                }
                None => {
                    rows.push(start..i);
                    start = i;
                    used = 0;
                }
            }
            last_break = None;
        }
        used += w;
        if g == " " {
            last_break = Some((i + 1, used));
        }
    }
    rows.push(start..text.len());
    rows
}

/// The row the cursor (a byte offset) is on, and its column there.
pub fn cursor_place(text: &str, rows: &[Range<usize>], cursor: usize) -> (usize, usize) {
    let row = rows
        .iter()
        .rposition(|r| r.start <= cursor)
        .unwrap_or_default();
    let start = rows.get(row).map_or(0, |r| r.start);
    (row, width(text.get(start..cursor).unwrap_or_default()))
}

/// The first row to show of `count` rows in `shown` rows so that `cursor_row` is
/// visible (the window follows the cursor; typing at the end shows the last rows).
pub fn first_shown(count: usize, shown: usize, cursor_row: usize) -> usize {
    let shown = shown.max(1);
    cursor_row
        .saturating_sub(shown - 1)
        .min(count.saturating_sub(shown))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(text: &str, columns: usize) -> Vec<&str> {
        rows(text, columns).into_iter().map(|r| &text[r]).collect()
    }

    #[test]
    fn breaks_after_spaces_and_inside_overlong_words() {
        assert_eq!(
            texts("Bättre stöd för Malmö", 12),
            ["Bättre stöd ", "för Malmö"]
        );
        assert_eq!(texts("abcdefghij", 4), ["abcd", "efgh", "ij"]);
        assert_eq!(texts("", 4), [""]);
        assert_eq!(texts("abcd efgh", 4), ["abcd ", "efgh"]);
    }

    #[test]
    fn wide_characters_and_flags_stay_whole() {
        assert_eq!(texts("日本語です", 5), ["日本", "語で", "す"]);
        assert_eq!(texts("ab 🇸🇪🇸🇪", 4), ["ab ", "🇸🇪🇸🇪"]);
    }

    #[test]
    fn the_cursor_is_found_on_its_row() {
        let text = "Bättre stöd för Malmö";
        let rows = rows(text, 12);
        assert_eq!(cursor_place(text, &rows, text.len()), (1, 9));
        assert_eq!(cursor_place(text, &rows, 0), (0, 0));
        let after_space = "Bättre stöd ".len();
        assert_eq!(cursor_place(text, &rows, after_space), (1, 0));
    }

    #[test]
    fn the_window_follows_the_cursor() {
        assert_eq!(first_shown(12, 8, 11), 4);
        assert_eq!(first_shown(12, 8, 2), 0);
        assert_eq!(first_shown(3, 8, 2), 0);
    }
}
