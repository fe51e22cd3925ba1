//! The capture screen with a contribution selected in the log, and with one being
//! edited in the line: Enter, Esc, ↑ ↓ and Delete mean their own thing there; every
//! other line is the capture screen's, shared, not copied.

use super::binding::{Binding, Keymap, NONE, Show};
use super::capture::{CAPTURE_FIRST, CAPTURE_REST};
use super::room::ROOM_KEYS;
use super::shared::{HELP_KEY, QUIT_KEY, WORD_KEYS};
use crate::i18n::keys::key_words;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

/// A contribution selected (↑ ↓ over an empty line). A typed character deselects it
/// and goes into the line.
pub static SELECTED: Keymap = Keymap {
    tables: &[
        SELECTED_ENTER_ESC,
        CAPTURE_FIRST,
        ROOM_KEYS,
        WORD_KEYS,
        SELECTED_LOG,
        CAPTURE_REST,
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

/// A contribution being edited (Enter on a selected one): the line is its text, and
/// the line's editing keys edit it (Delete among them); ↑ ↓ do nothing.
pub static EDITING: Keymap = Keymap {
    tables: &[
        EDITING_ENTER_ESC,
        CAPTURE_FIRST,
        ROOM_KEYS,
        WORD_KEYS,
        CAPTURE_REST,
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

static SELECTED_ENTER_ESC: &[Binding] = &[
    // Named in the footer only when there are versions to choose from, and then
    // first: settling them matters more than any other key.
    super::versions::OPEN_VERSIONS,
    Binding {
        keys: &[(KeyCode::Enter, NONE, Action::EditSelected)],
        text: |l| &key_words(l).edit_selected,
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE, Action::Deselect)],
        text: |l| &key_words(l).deselect,
        show: Show::Always,
    },
];

static SELECTED_LOG: &[Binding] = &[
    Binding {
        keys: &[
            (KeyCode::Up, NONE, Action::Up),
            (KeyCode::Down, NONE, Action::Down),
        ],
        text: |l| &key_words(l).move_selection,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Delete, NONE, Action::DeleteSelected)],
        text: |l| &key_words(l).delete_selected,
        show: Show::Always,
    },
];

static EDITING_ENTER_ESC: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Enter, NONE, Action::SaveEdit)],
        text: |l| &key_words(l).save_edit,
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE, Action::CancelEdit)],
        text: |l| &key_words(l).cancel_edit,
        show: Show::Always,
    },
];
