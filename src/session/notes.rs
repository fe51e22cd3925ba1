//! The moderator's private notes, one per agenda item.

use super::Session;

impl Session {
    /// Replaces the note of `item`; an empty (or blank) text removes it.
    pub(super) fn set_note(&mut self, item: &str, text: &str) {
        if text.trim().is_empty() {
            self.notes.remove(item);
        } else {
            self.notes.insert(item.to_string(), text.to_string());
        }
    }

    /// The note of `item`, or "" when there is none.
    pub fn note(&self, item: &str) -> &str {
        self.notes.get(item).map(String::as_str).unwrap_or("")
    }
}
