//! The moderator's private notes, one per agenda item.

use super::Session;

impl Session {
    /// Replaces the note of `item`; an empty (or blank) text removes it. An item the
    /// agenda does not have gets none (a damaged journal must not invent items).
    pub(super) fn set_note(&mut self, item: &str, text: &str) {
        if self.agenda.position(item).is_none() {
            return;
        }
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

#[cfg(test)]
mod tests {
    use crate::agenda::Agenda;
    use crate::lang::Lang;
    use crate::session::{Event, Session};

    fn note(item: &str, text: &str) -> Event {
        Event::NoteSet {
            item: item.into(),
            text: text.into(),
            at: chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap(),
        }
    }

    #[test]
    fn a_note_is_replaced_whole_removed_when_blank_and_kept_to_agenda_items() {
        let mut s = Session::new(
            "s".into(),
            "T".into(),
            Lang::Sv,
            Agenda::builtin().unwrap(),
            &[],
            chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap(),
        );
        s.apply_as(
            crate::session::WriterId::ORIGIN,
            &note("welcome", "ett\ntvå"),
        );
        s.apply_as(crate::session::WriterId::ORIGIN, &note("welcome", "tre"));
        assert_eq!(s.note("welcome"), "tre");
        s.apply_as(crate::session::WriterId::ORIGIN, &note("no-such-item", "x"));
        assert!(!s.notes.contains_key("no-such-item"));
        s.apply_as(crate::session::WriterId::ORIGIN, &note("welcome", "  \n "));
        assert!(s.notes.is_empty());
        assert_eq!(s.note("welcome"), "");
    }
}
