//! A one-line text input that moves and deletes by grapheme cluster, so "Skåne",
//! "Malmö 🇸🇪" and CJK text move one visible character at a time.
//!
//! (tui-input moves by `char`, which splits flags and combining marks; this is the
//! small part of it that samtal needs, by grapheme.)

use crate::text::width;
use unicode_segmentation::UnicodeSegmentation;

mod words;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LineInput {
    text: String,
    /// Byte offset, always on a grapheme boundary.
    cursor: usize,
}

impl LineInput {
    pub fn with_text(text: &str) -> Self {
        LineInput {
            text: text.to_string(),
            cursor: text.len(),
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    /// The cursor's byte offset in `text()`, on a grapheme boundary.
    pub fn cursor(&self) -> usize {
        self.cursor
    }

    pub fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }

    pub fn clear(&mut self) {
        self.text.clear();
        self.cursor = 0;
    }

    /// Inserts text at the cursor; line breaks and tabs become spaces and other
    /// control characters are dropped (they would reach the terminal raw).
    pub fn insert(&mut self, s: &str) {
        let clean: String = s
            .chars()
            .filter_map(|c| match c {
                '\n' | '\r' | '\t' => Some(' '),
                c if c.is_control() => None,
                c => Some(c),
            })
            .collect();
        let room = crate::text::MAX_CONTRIBUTION_CHARS.saturating_sub(self.text.chars().count());
        let clean: String = clean.chars().take(room).collect();
        self.text.insert_str(self.cursor, &clean);
        self.cursor += clean.len();
        // A combining mark typed after a letter joins it: keep the cursor on a boundary.
        self.cursor = self.boundary_at_or_after(self.cursor);
    }

    /// The cursor's byte offset in the text.
    pub fn cursor_offset(&self) -> usize {
        self.cursor
    }

    pub fn left(&mut self) {
        self.cursor = self.previous_boundary();
    }

    pub fn right(&mut self) {
        self.cursor = self.next_boundary();
    }

    pub fn home(&mut self) {
        self.cursor = 0;
    }

    pub fn end(&mut self) {
        self.cursor = self.text.len();
    }

    pub fn backspace(&mut self) {
        let start = self.previous_boundary();
        self.text.replace_range(start..self.cursor, "");
        self.cursor = start;
    }

    pub fn delete(&mut self) {
        let end = self.next_boundary();
        self.text.replace_range(self.cursor..end, "");
    }

    /// Cuts the text after the cursor off and returns it (Enter in a note splits
    /// the line there).
    pub fn split_off(&mut self) -> String {
        self.text.split_off(self.cursor)
    }

    pub fn at_start(&self) -> bool {
        self.cursor == 0
    }

    pub fn at_end(&self) -> bool {
        self.cursor == self.text.len()
    }

    /// The cursor's place counted in visible characters.
    pub fn column(&self) -> usize {
        self.text[..self.cursor].graphemes(true).count()
    }

    /// Puts the cursor `column` visible characters in, or at the end.
    pub fn set_column(&mut self, column: usize) {
        self.cursor = self
            .text
            .grapheme_indices(true)
            .nth(column)
            .map_or(self.text.len(), |(i, _)| i);
    }

    fn previous_boundary(&self) -> usize {
        self.text[..self.cursor]
            .grapheme_indices(true)
            .next_back()
            .map_or(0, |(i, _)| i)
    }

    fn next_boundary(&self) -> usize {
        self.text[self.cursor..]
            .graphemes(true)
            .next()
            .map_or(self.cursor, |g| self.cursor + g.len())
    }

    fn boundary_at_or_after(&self, offset: usize) -> usize {
        self.text
            .grapheme_indices(true)
            .map(|(i, _)| i)
            .find(|&i| i >= offset)
            .unwrap_or(self.text.len())
    }

    /// The part of the text to show in `columns` columns so that the cursor is
    /// visible, and the cursor's column within it.
    pub fn visible(&self, columns: usize) -> (&str, usize) {
        let columns = columns.max(1);
        let before = &self.text[..self.cursor];
        let mut start = 0;
        // Drop graphemes from the left until the cursor fits (one column kept for it).
        let mut cursor_col = width(before);
        let mut graphemes = before.grapheme_indices(true);
        while cursor_col >= columns {
            match graphemes.next() {
                Some((i, g)) => {
                    start = i + g.len();
                    cursor_col -= width(g);
                }
                None => break,
            }
        }
        let mut end = self.text.len();
        let mut used = 0;
        for (i, g) in self.text[start..].grapheme_indices(true) {
            used += width(g);
            if used > columns {
                end = start + i;
                break;
            }
        }
        (&self.text[start..end], cursor_col)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn moves_one_visible_character_at_a_time() {
        let mut input = LineInput::with_text("Malmö 🇸🇪");
        input.left();
        input.backspace();
        assert_eq!(input.text(), "Malmö🇸🇪");
        input.backspace();
        assert_eq!(input.text(), "Malm🇸🇪");
        input.end();
        input.backspace();
        assert_eq!(input.text(), "Malm");
    }

    #[test]
    fn deletes_forward_by_grapheme_and_handles_cjk() {
        let mut input = LineInput::with_text("日本語");
        input.home();
        input.right();
        input.delete();
        assert_eq!(input.text(), "日語");
        assert_eq!(input.visible(10), ("日語", 2));
    }

    #[test]
    fn a_combining_mark_joins_the_letter_before_it() {
        let mut input = LineInput::with_text("Ska");
        input.insert("\u{030A}"); // combining ring: "Skå"
        input.backspace();
        assert_eq!(input.text(), "Sk");
    }

    #[test]
    fn pasted_line_breaks_become_spaces_and_escapes_are_dropped() {
        let mut input = LineInput::default();
        input.insert("rad ett\nrad två\u{1b}[2J");
        assert_eq!(input.text(), "rad ett rad två[2J");
    }

    #[test]
    fn the_visible_part_follows_the_cursor() {
        let input = LineInput::with_text("abcdefghij");
        let (shown, col) = input.visible(5);
        assert_eq!((shown, col), ("ghij", 4));
        let mut input = input;
        input.home();
        assert_eq!(input.visible(5), ("abcde", 0));
    }
}
