//! The notes pane's editor: several lines, each a `LineInput`, so the cursor moves
//! over å, ä, ö and emoji one visible character at a time, as on the capture line.

use super::input::LineInput;
use crate::session::Session;

/// The longest note kept, in characters: a pasted book is cut, not refused (as a
/// contribution is).
pub const MAX_NOTE_CHARS: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NoteEditor {
    /// The agenda item the note belongs to (the one current when the pane opened).
    pub item: String,
    pub lines: Vec<LineInput>,
    /// The line the cursor is on.
    pub row: usize,
}

impl NoteEditor {
    /// The item's note as it is saved, the cursor at its end.
    pub fn of(session: &Session, item: &str) -> NoteEditor {
        let lines: Vec<LineInput> = session
            .note(item)
            .split('\n')
            .map(LineInput::with_text)
            .collect();
        NoteEditor {
            item: item.to_string(),
            row: lines.len() - 1,
            lines,
        }
    }

    /// The note as saved: its lines joined, blank lines at the end dropped.
    pub fn text(&self) -> String {
        let joined: Vec<&str> = self.lines.iter().map(LineInput::text).collect();
        joined.join("\n").trim_end().to_string()
    }

    /// The line the cursor is on (word keys act within it).
    pub fn line(&mut self) -> &mut LineInput {
        let last = self.lines.len() - 1;
        self.row = self.row.min(last);
        &mut self.lines[self.row]
    }

    /// Typed or pasted text; pasted line breaks start new lines.
    pub fn insert(&mut self, text: &str) {
        let used: usize = self
            .lines
            .iter()
            .map(|l| l.text().chars().count() + 1)
            .sum();
        let room = MAX_NOTE_CHARS.saturating_sub(used);
        let text: String = text.chars().take(room).collect();
        let text = text.replace("\r\n", "\n").replace('\r', "\n");
        for (i, part) in text.split('\n').enumerate() {
            if i > 0 {
                self.newline();
            }
            self.line().insert(part);
        }
    }

    /// Enter: the rest of the line goes on a new line below.
    pub fn newline(&mut self) {
        let rest = self.line().split_off();
        let mut next = LineInput::with_text(&rest);
        next.home();
        self.lines.insert(self.row + 1, next);
        self.row += 1;
    }

    /// At the start of a line, joins it to the one above.
    pub fn backspace(&mut self) {
        if !self.line().at_start() || self.row == 0 {
            self.line().backspace();
            return;
        }
        let current = self.lines.remove(self.row);
        self.row -= 1;
        let line = self.line();
        line.end();
        let column = line.column();
        line.insert(current.text());
        line.set_column(column);
    }

    /// At the end of a line, joins the next one to it.
    pub fn delete(&mut self) {
        if !self.line().at_end() || self.row + 1 >= self.lines.len() {
            self.line().delete();
            return;
        }
        let next = self.lines.remove(self.row + 1);
        let line = self.line();
        let column = line.column();
        line.insert(next.text());
        line.set_column(column);
    }

    pub fn up(&mut self) {
        if self.row > 0 {
            let column = self.line().column();
            self.row -= 1;
            self.line().set_column(column);
        }
    }

    pub fn down(&mut self) {
        if self.row + 1 < self.lines.len() {
            let column = self.line().column();
            self.row += 1;
            self.line().set_column(column);
        }
    }

    /// ← at the start of a line goes to the end of the one above.
    pub fn left(&mut self) {
        if self.line().at_start() && self.row > 0 {
            self.row -= 1;
            self.line().end();
        } else {
            self.line().left();
        }
    }

    /// → at the end of a line goes to the start of the next.
    pub fn right(&mut self) {
        if self.line().at_end() && self.row + 1 < self.lines.len() {
            self.row += 1;
            self.line().home();
        } else {
            self.line().right();
        }
    }

    pub fn home(&mut self) {
        self.line().home();
    }

    pub fn end(&mut self) {
        self.line().end();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn editor(lines: &[&str]) -> NoteEditor {
        NoteEditor {
            item: "welcome".into(),
            lines: lines.iter().map(|l| LineInput::with_text(l)).collect(),
            row: lines.len() - 1,
        }
    }

    #[test]
    fn enter_splits_the_line_and_backspace_joins_it_again() {
        let mut e = editor(&["Ta upp ESF-frågan med Skåne"]);
        for _ in 0..5 {
            e.left();
        }
        e.newline();
        assert_eq!(e.text(), "Ta upp ESF-frågan med \nSkåne");
        e.backspace();
        assert_eq!(e.text(), "Ta upp ESF-frågan med Skåne");
        assert_eq!(e.lines[0].column(), 22);
    }

    #[test]
    fn the_cursor_crosses_lines_and_keeps_its_column_by_grapheme() {
        let mut e = editor(&["Malmö 🇸🇪 ok", "åäö"]);
        e.up();
        assert_eq!(e.row, 0);
        assert_eq!(e.lines[0].column(), 3);
        for _ in 0..5 {
            e.right();
        }
        e.backspace(); // the space after the flag is gone, the flag stays whole
        assert_eq!(e.lines[0].text(), "Malmö 🇸🇪ok");
        e.end();
        e.right();
        assert_eq!((e.row, e.lines[1].column()), (1, 0));
        e.left();
        e.delete(); // at the end of the first line: joins the second
        assert_eq!(e.text(), "Malmö 🇸🇪okåäö");
    }

    #[test]
    fn a_pasted_book_is_cut_at_the_limit() {
        let mut e = editor(&[""]);
        e.insert(&"rad\n".repeat(MAX_NOTE_CHARS));
        assert!(e.text().chars().count() <= MAX_NOTE_CHARS);
        e.insert("mer");
        assert!(!e.text().ends_with("mer"));
    }

    #[test]
    fn pasted_lines_become_lines() {
        let mut e = editor(&[""]);
        e.insert("ett\r\ntvå\nfyra");
        assert_eq!(e.lines.len(), 3);
        assert_eq!(e.text(), "ett\ntvå\nfyra");
    }
}
