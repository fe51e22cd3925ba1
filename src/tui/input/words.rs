//! Moving and deleting by word. Words are found by the Unicode word boundaries
//! (UAX #29), which never split a grapheme: "Malmö" is one word, a flag 🇸🇪 is one,
//! and each CJK ideograph is its own. Runs of spaces and punctuation between words
//! are skipped over, as in most editors.

use super::LineInput;
use unicode_segmentation::UnicodeSegmentation;

/// A segment worth stopping at: it holds something other than spaces and
/// punctuation (letters, digits, emoji, ideographs).
fn is_word(segment: &str) -> bool {
    segment
        .chars()
        .any(|c| c.is_alphanumeric() || !(c.is_whitespace() || is_punctuation(c) || c.is_control()))
}

fn is_punctuation(c: char) -> bool {
    c.is_ascii_punctuation()
        // General Punctuation: dashes, quotes, "…", and the zero-width joiners.
        || ('\u{2000}'..='\u{206F}').contains(&c)
        || matches!(c, '«' | '»' | '¡' | '¿' | '§' | '°' | '·' | '\u{3000}'..='\u{303F}')
}

impl LineInput {
    /// Where Ctrl+← goes: the start of the word the cursor is in or after.
    fn word_start_before(&self) -> usize {
        self.text[..self.cursor]
            .split_word_bound_indices()
            .rev()
            .find(|(_, segment)| is_word(segment))
            .map_or(0, |(i, _)| i)
    }

    /// Where Ctrl+→ goes: the end of the word the cursor is in or before.
    fn word_end_after(&self) -> usize {
        self.text[self.cursor..]
            .split_word_bound_indices()
            .find(|(_, segment)| is_word(segment))
            .map_or(self.text.len(), |(i, segment)| {
                self.cursor + i + segment.len()
            })
    }

    pub fn word_left(&mut self) {
        self.cursor = self.word_start_before();
    }

    pub fn word_right(&mut self) {
        self.cursor = self.word_end_after();
    }

    /// Ctrl+W: deletes back to the start of the word before the cursor.
    pub fn delete_word_before(&mut self) {
        let start = self.word_start_before();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    /// Ctrl+Delete: deletes up to the end of the word after the cursor.
    pub fn delete_word_after(&mut self) {
        let end = self.word_end_after();
        self.text.replace_range(self.cursor..end, "");
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_over_swedish_words_and_the_punctuation_between_them() {
        let mut input = LineInput::with_text("Bättre stöd, för Malmö!");
        input.word_left();
        assert_eq!(input.column(), 17, "before Malmö");
        input.word_left();
        input.word_left();
        assert_eq!(input.column(), 7, "before stöd");
        input.word_right();
        assert_eq!(input.column(), 11, "after stöd");
        input.word_right();
        input.word_right();
        assert_eq!(input.column(), 22, "after Malmö");
        input.word_right();
        assert!(input.at_end());
        input.home();
        input.word_left();
        assert!(input.at_start());
    }

    #[test]
    fn a_flag_and_a_family_emoji_are_one_word_each() {
        let mut input = LineInput::with_text("Gotland 🇸🇪 👨‍👩‍👧 ok");
        input.word_left();
        input.word_left();
        assert_eq!(input.column(), 10, "before the family");
        input.word_left();
        assert_eq!(input.column(), 8, "before the flag");
        input.delete_word_after();
        assert_eq!(input.text(), "Gotland  👨‍👩‍👧 ok");
        input.word_right();
        input.delete_word_before();
        assert_eq!(input.text(), "Gotland   ok");
    }

    #[test]
    fn ctrl_w_deletes_the_word_before_and_keeps_the_space() {
        let mut input = LineInput::with_text("Skåne och Örebro  ");
        input.delete_word_before();
        assert_eq!(input.text(), "Skåne och ");
        input.left();
        input.delete_word_before();
        assert_eq!(input.text(), "Skåne  ");
        input.delete_word_before();
        assert_eq!(input.text(), " ");
        input.delete_word_before();
        assert_eq!(input.text(), " ", "nothing before: nothing deleted");
    }

    #[test]
    fn combining_marks_and_cjk_are_never_split() {
        let mut input = LineInput::with_text("Ska\u{030A}ne 日本語");
        input.home();
        input.word_right();
        assert_eq!(
            input.column(),
            5,
            "Skåne with a combining ring is five graphemes"
        );
        input.delete_word_after();
        assert_eq!(input.text(), "Ska\u{030A}ne本語");
        input.end();
        input.delete_word_before();
        assert_eq!(input.text(), "Ska\u{030A}ne本");
    }
}
