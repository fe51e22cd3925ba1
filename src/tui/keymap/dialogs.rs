//! The dialogs' keys: each dialog has its own table, and a key it does not list does
//! nothing there. Their footers are the catalogue's hints, which name these keys.

use super::shared::{HELP_KEY, ONE_TO_NINE, ONE_TO_SIX, QUIT_KEY, WORD_KEYS};
use super::{ALT, Binding, CTRL, Keymap, NONE, SHIFT, Show};
use crate::i18n::dialog_keys::dialog_key_words as words;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

/// One line of a dialog's table: only in the help and the README.
pub(super) const fn line(keys: &'static [super::Key], text: super::TextOf) -> Binding {
    Binding {
        keys,
        text,
        show: Show::HelpOnly,
    }
}

pub(super) const ENTER_SAVES: Binding = line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
    &words(l).dialog_save
});
pub(super) const ESC_CLOSES: Binding = line(&[(KeyCode::Esc, NONE, Action::Cancel)], |l| {
    &words(l).dialog_close
});
pub(super) const ROWS: Binding = line(
    &[
        (KeyCode::Up, NONE, Action::Up),
        (KeyCode::Down, NONE, Action::Down),
    ],
    |l| &words(l).dialog_rows,
);
pub(super) const NEWLINE: Binding = line(&[(KeyCode::Enter, NONE, Action::Newline)], |l| {
    &words(l).newline
});
pub(super) const LINES: Binding = line(
    &[
        (KeyCode::Up, NONE, Action::Up),
        (KeyCode::Down, NONE, Action::Down),
    ],
    |l| &words(l).lines,
);

/// The help over the screen (F1).
pub static HELP: Keymap = Keymap {
    tables: &[
        &[
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::Enter, NONE, Action::Cancel),
                    (KeyCode::F(1), NONE, Action::Cancel),
                ],
                |l| &words(l).help_close,
            ),
            line(
                &[
                    (KeyCode::Up, NONE, Action::Up),
                    (KeyCode::Down, NONE, Action::Down),
                    (KeyCode::PageUp, NONE, Action::Up),
                    (KeyCode::PageDown, NONE, Action::Down),
                    (KeyCode::Left, ALT, Action::Up),
                    (KeyCode::Right, ALT, Action::Down),
                ],
                |l| &words(l).help_scroll,
            ),
        ],
        QUIT_KEY,
    ],
    text: false,
};

/// A dialog of one line: adding a group (Ctrl+G), renaming one (F5, Enter), the
/// projector's message.
pub static LINE_DIALOG: Keymap = Keymap {
    tables: &[&[ENTER_SAVES, ESC_CLOSES], WORD_KEYS, HELP_KEY, QUIT_KEY],
    text: true,
};

/// The export dialog (Ctrl+E).
pub static EXPORT: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).export_go
            }),
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::Char('e'), CTRL, Action::Cancel),
                ],
                |l| &words(l).dialog_close,
            ),
            ROWS,
            line(ONE_TO_SIX, |l| &words(l).export_number),
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: false,
};

/// The details form (Ctrl+D).
pub static DETAILS: Keymap = Keymap {
    tables: &[
        &[
            ENTER_SAVES,
            ESC_CLOSES,
            line(
                &[
                    (KeyCode::Tab, NONE, Action::NextField),
                    (KeyCode::BackTab, SHIFT, Action::PrevField),
                    (KeyCode::Down, NONE, Action::NextField),
                    (KeyCode::Up, NONE, Action::PrevField),
                ],
                |l| &words(l).dialog_fields,
            ),
        ],
        WORD_KEYS,
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

/// The group picker (Ctrl+F, F4): a filter line over the list.
pub static PICK_GROUP: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).pick_go
            }),
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::Char('f'), CTRL, Action::Cancel),
                    (KeyCode::F(4), NONE, Action::Cancel),
                ],
                |l| &words(l).dialog_close,
            ),
            line(
                &[
                    (KeyCode::Up, NONE, Action::Up),
                    (KeyCode::Down, NONE, Action::Down),
                    (KeyCode::BackTab, SHIFT, Action::Up),
                    (KeyCode::Tab, NONE, Action::Down),
                ],
                |l| &words(l).dialog_rows,
            ),
        ],
        WORD_KEYS,
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

/// The search (Ctrl+S): a query line over the hits.
pub static SEARCH: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).search_go
            }),
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::Char('s'), CTRL, Action::Cancel),
                ],
                |l| &words(l).dialog_close,
            ),
            ROWS,
        ],
        WORD_KEYS,
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

/// The item's private notes (Ctrl+O): several lines, saved when they close.
pub static NOTES: Keymap = Keymap {
    tables: &[
        &[
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::Char('o'), CTRL, Action::Cancel),
                ],
                |l| &words(l).notes_close,
            ),
            NEWLINE,
            LINES,
        ],
        WORD_KEYS,
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

/// Moving a contribution to another item (Ctrl+X).
pub static MOVE_TO: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).move_go
            }),
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::Char('x'), CTRL, Action::Cancel),
                ],
                |l| &words(l).dialog_close,
            ),
            line(
                &[
                    (KeyCode::Up, NONE, Action::Up),
                    (KeyCode::Down, NONE, Action::Down),
                    (KeyCode::PageUp, NONE, Action::Up),
                    (KeyCode::PageDown, NONE, Action::Down),
                    (KeyCode::Left, ALT, Action::Up),
                    (KeyCode::Right, ALT, Action::Down),
                ],
                |l| &words(l).dialog_rows,
            ),
            line(ONE_TO_NINE, |l| &words(l).move_number),
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: false,
};

/// The start screen: lists to choose from and lines to type (a title, groups, a path).
pub static START: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).start_go
            }),
            line(&[(KeyCode::Esc, NONE, Action::Cancel)], |l| {
                &words(l).start_back
            }),
            ROWS,
        ],
        WORD_KEYS,
        QUIT_KEY,
    ],
    text: true,
};
