//! The dialogs' keys: each dialog has its own table, and a key it does not list does
//! nothing there. Their footers are the catalogue's hints, which name these keys.

use super::binding::{Binding, CTRL, Keymap, NONE, SHIFT};
use super::build::{closed_by, key, said, table};
use super::shared::{HELP_KEY, ONE_TO_NINE, ONE_TO_SIX, PAGED, QUIT_KEY, UP_DOWN, WORD_KEYS};
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

pub(super) const ENTER_SAVES: Binding = key!(KeyCode::Enter, NONE => Action::Commit, dialog_save);
pub(super) const ESC_CLOSES: Binding = key!(KeyCode::Esc, NONE => Action::Cancel, dialog_close);
pub(super) const ROWS: Binding = said!(UP_DOWN, dialog_rows);
pub(super) const NEWLINE: Binding = key!(KeyCode::Enter, NONE => Action::Newline, newline);
pub(super) const LINES: Binding = said!(UP_DOWN, lines);

/// The help over the screen (F1): every key that closes it, and scrolling.
pub static HELP: Keymap = Keymap {
    tables: &[
        &[
            said!(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::Enter, NONE, Action::Cancel),
                    (KeyCode::F(1), NONE, Action::Cancel),
                ],
                help_close
            ),
            said!(PAGED, help_scroll),
        ],
        QUIT_KEY,
    ],
    text: false,
};

/// A dialog of one line: adding a group (Ctrl+G), renaming one (F5, Enter), the
/// projector's message.
pub static LINE_DIALOG: Keymap = table!(text: ENTER_SAVES, ESC_CLOSES);

/// The export dialog (Ctrl+E).
pub static EXPORT: Keymap = table!(list:
    key!(KeyCode::Enter, NONE => Action::Commit, export_go),
    closed_by!(KeyCode::Char('e'), CTRL),
    ROWS,
    said!(ONE_TO_SIX, export_number),
);

/// The details form (Ctrl+D).
pub static DETAILS: Keymap = table!(text:
    ENTER_SAVES,
    ESC_CLOSES,
    said!(
        &[
            (KeyCode::Tab, NONE, Action::NextField),
            (KeyCode::BackTab, SHIFT, Action::PrevField),
            (KeyCode::Down, NONE, Action::NextField),
            (KeyCode::Up, NONE, Action::PrevField),
        ],
        dialog_fields
    ),
);

/// The group picker (Ctrl+F, F4): a filter line over the list.
pub static PICK_GROUP: Keymap = table!(text:
    key!(KeyCode::Enter, NONE => Action::Commit, pick_go),
    said!(
        &[
            (KeyCode::Esc, NONE, Action::Cancel),
            (KeyCode::Char('f'), CTRL, Action::Cancel),
            (KeyCode::F(4), NONE, Action::Cancel),
        ],
        dialog_close
    ),
    said!(
        &[
            (KeyCode::Up, NONE, Action::Up),
            (KeyCode::Down, NONE, Action::Down),
            (KeyCode::BackTab, SHIFT, Action::Up),
            (KeyCode::Tab, NONE, Action::Down),
        ],
        dialog_rows
    ),
);

/// The search (Ctrl+S): a query line over the hits.
pub static SEARCH: Keymap = table!(text:
    key!(KeyCode::Enter, NONE => Action::Commit, search_go),
    closed_by!(KeyCode::Char('s'), CTRL),
    ROWS,
);

/// The item's private notes (Ctrl+O): several lines, saved when they close.
pub static NOTES: Keymap = table!(text:
    said!(
        &[
            (KeyCode::Esc, NONE, Action::Cancel),
            (KeyCode::Char('o'), CTRL, Action::Cancel),
        ],
        notes_close
    ),
    NEWLINE,
    LINES,
);

/// Moving a contribution to another item (Ctrl+X).
pub static MOVE_TO: Keymap = table!(list:
    key!(KeyCode::Enter, NONE => Action::Commit, move_go),
    closed_by!(KeyCode::Char('x'), CTRL),
    said!(PAGED, dialog_rows),
    said!(ONE_TO_NINE, move_number),
);

/// The start screen: lists to choose from and lines to type (a title, groups, a path).
pub static START: Keymap = Keymap {
    tables: &[
        &[
            key!(KeyCode::Enter, NONE => Action::Commit, start_go),
            key!(KeyCode::Esc, NONE => Action::Cancel, start_back),
            ROWS,
        ],
        WORD_KEYS,
        QUIT_KEY,
    ],
    text: true,
};
