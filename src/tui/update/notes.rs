//! The notes pane: private, multi-line, saved as one `NoteSet` when it closes.

use super::effect::{Effect, persist};
use crate::i18n::words;
use crate::session::{Event, Timestamp};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use crate::tui::notes::NoteEditor;

pub(super) fn open(model: &mut Model) -> Vec<Effect> {
    let item = model.item().to_string();
    model.mode = Mode::Notes(NoteEditor::of(&model.session, &item));
    vec![]
}

pub(super) fn key(model: &mut Model, action: Action, now: Timestamp) -> Vec<Effect> {
    let Mode::Notes(editor) = &mut model.mode else {
        return vec![];
    };
    match action {
        // Both close and keep what was written: a note must not be lost to a key.
        Action::Cancel => return close(model, now),
        Action::Newline => editor.newline(),
        Action::Insert(text) => editor.insert(&text),
        Action::Backspace => editor.backspace(),
        Action::Delete => editor.delete(),
        Action::Left => editor.left(),
        Action::Right => editor.right(),
        Action::Up => editor.up(),
        Action::Down => editor.down(),
        Action::Home => editor.home(),
        Action::End => editor.end(),
        Action::WordLeft
        | Action::WordRight
        | Action::DeleteWordBefore
        | Action::DeleteWordAfter => super::edit_line(editor.line(), action),
        Action::Help => return super::dialogs::dialog(model, action, now),
        _ => {}
    }
    vec![]
}

/// Ctrl+Q while the pane is open: the note is saved, not lost.
pub(super) fn save_on_quit(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    if matches!(model.mode, Mode::Notes(_)) {
        close(model, now)
    } else {
        vec![]
    }
}

/// Saves the note if it changed, and goes back to the capture line.
fn close(model: &mut Model, now: Timestamp) -> Vec<Effect> {
    let Mode::Notes(editor) = std::mem::replace(&mut model.mode, Mode::Capture) else {
        return vec![];
    };
    let text = editor.text();
    if text == model.session.note(&editor.item) {
        return vec![];
    }
    let event = Event::NoteSet {
        item: editor.item,
        text,
        at: now,
    };
    let effect = persist(model, event, now);
    model.flash(words(model.lang).notes_saved, now);
    vec![effect]
}
