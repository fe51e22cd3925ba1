//! Text helpers shared by the screen and the CLI: cleaning user text, making it safe
//! to show, and measuring it by display width (never by bytes or chars).

use std::borrow::Cow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// The longest contribution kept, in characters (a pasted book is cut, not refused).
pub const MAX_CONTRIBUTION_CHARS: usize = 10_000;

/// A contribution as it is stored: line breaks and tabs become spaces, other control
/// characters are dropped, whitespace at the ends trimmed, length capped.
pub fn clean(text: &str) -> String {
    clean_counted(text).0
}

/// `clean`, and how many characters the cleaned text had before the cap (more than
/// `MAX_CONTRIBUTION_CHARS` when it was cut), so the cut can be reported.
pub fn clean_counted(text: &str) -> (String, usize) {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        if ch == '\n' || ch == '\r' || ch == '\t' {
            out.push(' ');
        } else if !ch.is_control() {
            out.push(ch);
        }
    }
    let trimmed = out.trim();
    match trimmed.char_indices().nth(MAX_CONTRIBUTION_CHARS) {
        Some((cut, _)) => (trimmed[..cut].to_string(), trimmed.chars().count()),
        None => (trimmed.to_string(), trimmed.chars().count()),
    }
}

/// The plain Latin letters of a Swedish (or other Western European) letter with a
/// ring, dots or accent: å→a, ä→a, ö→o, é→e, æ→ae.
pub fn fold_latin(ch: char) -> Option<&'static str> {
    Some(match ch {
        'å' | 'ä' | 'à' | 'á' | 'â' | 'ã' | 'Å' | 'Ä' | 'À' | 'Á' | 'Â' | 'Ã' => "a",
        'ö' | 'ø' | 'ò' | 'ó' | 'ô' | 'õ' | 'Ö' | 'Ø' | 'Ò' | 'Ó' | 'Ô' | 'Õ' => "o",
        'é' | 'è' | 'ê' | 'ë' | 'É' | 'È' | 'Ê' | 'Ë' => "e",
        'ü' | 'ú' | 'ù' | 'û' | 'Ü' | 'Ú' | 'Ù' | 'Û' => "u",
        'í' | 'ì' | 'î' | 'ï' | 'Í' | 'Ì' | 'Î' | 'Ï' => "i",
        'æ' | 'Æ' => "ae",
        'ß' => "ss",
        _ => return None,
    })
}

/// Text for searching: lower case, Swedish letters folded ("Örebro" → "orebro").
/// Letters of other scripts are kept as they are.
pub fn fold(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match fold_latin(ch) {
            Some(latin) => out.push_str(latin),
            None => out.extend(ch.to_lowercase()),
        }
    }
    out
}

/// A name as the group list compares it: case, Swedish letters and runs of spaces do
/// not matter ("region  vasterbotten" is "Region Västerbotten").
pub fn fold_name(name: &str) -> String {
    let words: Vec<&str> = name.split_whitespace().collect();
    fold(&words.join(" "))
}

/// Each name cleaned, empty ones and repeats dropped (names that fold alike, see
/// `fold_name`, are one name), order kept.
pub fn unique_names<S: AsRef<str>>(names: &[S]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names.iter().map(|n| clean(n.as_ref())) {
        if !name.is_empty() && !out.iter().any(|o| fold_name(o) == fold_name(&name)) {
            out.push(name);
        }
    }
    out
}

/// Text that cannot move the cursor, clear the screen or reorder what follows:
/// control characters are shown as U+FFFD, bidi overrides are dropped.
pub fn display_safe(text: &str) -> Cow<'_, str> {
    let unsafe_char = |c: char| c.is_control() || is_bidi_control(c);
    if !text.chars().any(unsafe_char) {
        return Cow::Borrowed(text);
    }
    Cow::Owned(
        text.chars()
            .filter(|c| !is_bidi_control(*c))
            .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
            .collect(),
    )
}

/// The invisible characters that reorder text (embeddings, overrides, isolates, marks).
pub fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

pub fn width(text: &str) -> usize {
    UnicodeWidthStr::width(text)
}

/// Cuts `text` to at most `max` columns, ending in "…" when cut.
pub fn truncate(text: &str, max: usize) -> Cow<'_, str> {
    if width(text) <= max {
        return Cow::Borrowed(text);
    }
    if max == 0 {
        return Cow::Borrowed("");
    }
    let mut out = String::new();
    let mut used = 0;
    for g in text.graphemes(true) {
        let w = width(g);
        if used + w > max - 1 {
            break;
        }
        out.push_str(g);
        used += w;
    }
    out.push('…');
    Cow::Owned(out)
}

/// Pads `text` with spaces to exactly `columns` (after truncating).
pub fn fit(text: &str, columns: usize) -> String {
    let cut = truncate(text, columns);
    let pad = columns.saturating_sub(width(&cut));
    format!("{cut}{}", " ".repeat(pad))
}

/// Word-wraps to lines of at most `max` columns, breaking at spaces (punctuation
/// stays with its word); words longer than a line are broken between grapheme
/// clusters. A paragraph that fits is returned as it is, without segmenting it:
/// this runs for every visible row of every frame.
pub fn wrap(text: &str, max: usize) -> Vec<String> {
    let max = max.max(1);
    let mut lines = Vec::new();
    for paragraph in text.split('\n') {
        if width(paragraph) <= max {
            lines.push(paragraph.trim_end().to_string());
            continue;
        }
        let mut line = String::new();
        let mut used = 0;
        for piece in paragraph.split_inclusive(' ') {
            let word = piece.trim_end_matches(' ');
            let w = width(word);
            if used > 0 && used + w > max {
                lines.push(std::mem::take(&mut line).trim_end().to_string());
                used = 0;
            }
            if w > max {
                for g in word.graphemes(true) {
                    let gw = width(g);
                    if used + gw > max && used > 0 {
                        lines.push(std::mem::take(&mut line));
                        used = 0;
                    }
                    line.push_str(g);
                    used += gw;
                }
            } else {
                line.push_str(word);
                used += w;
            }
            let spaces = &piece[word.len()..];
            if !spaces.is_empty() && used > 0 {
                line.push_str(spaces);
                used += spaces.len();
            }
        }
        lines.push(line.trim_end().to_string());
    }
    lines
}

#[cfg(test)]
mod tests {
    #[test]
    fn names_that_fold_alike_are_one_name_the_first_spelling_kept() {
        let names = super::unique_names(&["Region Skåne", "region  skane", "Region Gotland"]);
        assert_eq!(names, ["Region Skåne", "Region Gotland"]);
    }

    use super::*;

    #[test]
    fn cleaning_turns_line_breaks_into_spaces_and_drops_escapes() {
        assert_eq!(clean("  rad ett\nrad två\r\n"), "rad ett rad två");
        assert_eq!(clean("a\u{1b}[2Jb"), "a[2Jb");
        assert_eq!(
            clean(&"ö".repeat(20_000)).chars().count(),
            MAX_CONTRIBUTION_CHARS
        );
    }

    #[test]
    fn folding_finds_swedish_names_typed_without_dots() {
        assert_eq!(fold("Region Örebro län"), "region orebro lan");
        assert!(fold("Västra Götalandsregionen").contains("gotaland"));
        assert_eq!(fold(""), "");
        assert_eq!(fold("東京 Grupp"), "東京 grupp");
    }

    #[test]
    fn unsafe_characters_never_reach_the_screen() {
        assert_eq!(display_safe("ok åäö"), "ok åäö");
        assert_eq!(display_safe("x\u{1b}[2J"), "x\u{FFFD}[2J");
        assert_eq!(display_safe("a\u{202E}b"), "ab");
    }

    #[test]
    fn truncation_counts_columns_not_bytes() {
        assert_eq!(truncate("Malmö 🇸🇪 och mer", 8), "Malmö …");
        assert_eq!(truncate("Malmö 🇸🇪 och mer", 9), "Malmö 🇸🇪…");
        assert_eq!(width(&fit("日本語", 5)), 5);
        assert_eq!(fit("Skåne", 7), "Skåne  ");
    }

    #[test]
    fn wrapping_keeps_words_and_breaks_long_ones() {
        assert_eq!(
            wrap("Bättre matchning av kompetens", 12),
            ["Bättre", "matchning av", "kompetens"]
        );
        assert_eq!(wrap("ååååååå", 3), ["ååå", "ååå", "å"]);
        for line in wrap("日本語のテキストです", 5) {
            assert!(width(&line) <= 5);
        }
        assert_eq!(
            wrap("bostäder för säsongsarbete, 住宅", 28),
            ["bostäder för säsongsarbete,", "住宅"]
        );
        assert_eq!(wrap("a  b", 80), ["a  b"]);
        for line in wrap(&"ord ".repeat(100), 13) {
            assert!(width(&line) <= 13, "{line:?}");
        }
    }
}
