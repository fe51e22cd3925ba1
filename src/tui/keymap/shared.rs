//! Keys that several modes share: editing a line of text, the help and quitting.

use super::binding::{ALT, Binding, CTRL, Key, NONE, Show};
use crate::i18n::keys::key_words;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

/// Editing a line by word, wherever there is a line of text.
pub static WORD_KEYS: &[Binding] = &[
    Binding {
        keys: &[
            (KeyCode::Left, CTRL, Action::WordLeft),
            (KeyCode::Right, CTRL, Action::WordRight),
        ],
        text: |l| &key_words(l).word,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::Char('w'), CTRL, Action::DeleteWordBefore),
            (KeyCode::Backspace, CTRL, Action::DeleteWordBefore),
        ],
        text: |l| &key_words(l).delete_word,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Delete, CTRL, Action::DeleteWordAfter)],
        text: |l| &key_words(l).delete_word_after,
        show: Show::HelpOnly,
    },
];

/// F1, in every mode but the help itself.
pub static HELP_KEY: &[Binding] = &[Binding {
    keys: &[(KeyCode::F(1), NONE, Action::Help)],
    text: |l| &key_words(l).help,
    show: Show::Always,
}];

/// Ctrl+Q / Ctrl+C, in every mode.
pub static QUIT_KEY: &[Binding] = &[Binding {
    keys: &[
        (KeyCode::Char('q'), CTRL, Action::Quit),
        (KeyCode::Char('c'), CTRL, Action::Quit),
    ],
    text: |l| &key_words(l).quit,
    show: Show::Always,
}];

/// Line-editing keys, bare (with Ctrl or Alt they may be bound in a table): explained
/// together in one help line (`KeyWords::line_editing`).
pub static EDITING_KEYS: &[Key] = &[
    (KeyCode::Left, NONE, Action::Left),
    (KeyCode::Right, NONE, Action::Right),
    (KeyCode::Delete, NONE, Action::Delete),
];

/// Line-editing keys that work whatever modifier is held, when no table of the mode
/// takes the key with that modifier (Ctrl+Backspace deletes a word).
pub static EDITING_KEYS_ANY_MODIFIER: &[(KeyCode, Action)] = &[
    (KeyCode::Backspace, Action::Backspace),
    (KeyCode::Home, Action::Home),
    (KeyCode::End, Action::End),
];

/// ↑ and ↓, a row (or a line) up and down.
pub const UP_DOWN: &[Key] = &[
    (KeyCode::Up, NONE, Action::Up),
    (KeyCode::Down, NONE, Action::Down),
];

/// ↑ ↓, and a page's worth or an item's worth of them, in a long list.
pub const PAGED: &[Key] = &[
    (KeyCode::Up, NONE, Action::Up),
    (KeyCode::Down, NONE, Action::Down),
    (KeyCode::PageUp, NONE, Action::Up),
    (KeyCode::PageDown, NONE, Action::Down),
    (KeyCode::Left, ALT, Action::Up),
    (KeyCode::Right, ALT, Action::Down),
];

/// The digit keys that choose a row by its number; fewer where the list is shorter.
pub const ONE_TO_NINE: &[Key] = &[
    (KeyCode::Char('1'), NONE, Action::Choose(1)),
    (KeyCode::Char('2'), NONE, Action::Choose(2)),
    (KeyCode::Char('3'), NONE, Action::Choose(3)),
    (KeyCode::Char('4'), NONE, Action::Choose(4)),
    (KeyCode::Char('5'), NONE, Action::Choose(5)),
    (KeyCode::Char('6'), NONE, Action::Choose(6)),
    (KeyCode::Char('7'), NONE, Action::Choose(7)),
    (KeyCode::Char('8'), NONE, Action::Choose(8)),
    (KeyCode::Char('9'), NONE, Action::Choose(9)),
];
pub const ONE_TO_SIX: &[Key] = ONE_TO_NINE.split_at(6).0;
pub const ONE_TO_FIVE: &[Key] = ONE_TO_NINE.split_at(5).0;
