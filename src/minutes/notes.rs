//! The moderator's private notes in the minutes: only when asked for
//! (`samtal export --with-notes`), under each item, in every format. The documents
//! (Markdown, HTML, Word) get it as one more section of the walk (`walk.rs`); the
//! tables (CSV, Excel) and the data (JSON) from the functions here.

use super::document::{ItemMinutes, Minutes};
use crate::i18n::Lang;
use crate::session::Session;

/// The heading over a note: "Samtalsledarens anteckningar" / "Moderator's notes".
pub fn label(lang: Lang) -> &'static str {
    lang.labels().notes_heading
}

/// "anteckning" / "note": the kind column of a note's row in CSV and Excel.
pub fn kind(lang: Lang) -> &'static str {
    lang.labels().note_row
}

impl<'a> Minutes<'a> {
    /// The item's note when the minutes include notes and it has one.
    pub fn note(&self, item: &ItemMinutes) -> Option<&'a str> {
        let session: &'a Session = self.session;
        let note = session.note(item.id);
        (self.options.notes && !note.trim().is_empty()).then_some(note)
    }
}

/// Its lines, blank ones left out.
pub fn lines(note: &str) -> impl Iterator<Item = &str> {
    note.lines()
        .map(str::trim_end)
        .filter(|l| !l.trim().is_empty())
}

/// The items' notes for the Excel sheet of notes: (item heading, note).
pub fn xlsx_rows<'a>(m: &Minutes<'a>) -> Vec<(String, &'a str)> {
    m.items
        .iter()
        .filter_map(|item| Some((m.item_heading(item), m.note(item)?)))
        .collect()
}

/// The session as data: notes only when the minutes include them.
pub fn json(
    session: &Session,
    seq: u64,
    with_notes: bool,
) -> Result<Vec<u8>, super::error::MinutesError> {
    let mut shown = session.clone();
    // The highest stamp is how this copy mints ids, and deleted contributions are
    // kept only to settle edits that had not seen the delete: not part of the minutes.
    shown.last_stamp = Default::default();
    shown.tombstones.clear();
    if !with_notes {
        shown.notes.clear();
    }
    Ok(crate::session::document::to_json(&shown, seq)?)
}
