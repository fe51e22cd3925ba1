//! The keys of the editors and boards over the capture screen: the summary, the
//! themes and owner, the vote, the groups, the projector, the re-timing and the room.

use super::dialogs::{ENTER_SAVES, ESC_CLOSES, LINES, NEWLINE, ROWS, line};
use super::shared::{HELP_KEY, ONE_TO_FIVE, QUIT_KEY, WORD_KEYS};
use super::{ALT, Keymap, NONE, SHIFT};
use crate::i18n::dialog_keys::dialog_key_words as words;
use crate::i18n::keys::key_words;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

/// The item's summary and decisions (Alt+S): Enter is a new line, Alt+S saves.
pub static SUMMARY: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Char('s'), ALT, Action::Commit)], |l| {
                &words(l).dialog_save
            }),
            ESC_CLOSES,
            line(
                &[
                    (KeyCode::Tab, NONE, Action::NextField),
                    (KeyCode::BackTab, SHIFT, Action::PrevField),
                ],
                |l| &words(l).dialog_fields,
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

/// A contribution's themes, owner and due date (Alt+T).
pub static ANNOTATE: Keymap = Keymap {
    tables: &[
        &[
            ENTER_SAVES,
            ESC_CLOSES,
            line(&[(KeyCode::Tab, NONE, Action::Complete)], |l| {
                &words(l).annotate_complete
            }),
            line(
                &[
                    (KeyCode::Down, NONE, Action::NextField),
                    (KeyCode::BackTab, SHIFT, Action::PrevField),
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

/// The dot vote (Alt+V): digits are the chosen proposal's dots.
pub static VOTE: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).vote_next
            }),
            ESC_CLOSES,
            ROWS,
            line(&[(KeyCode::Char('v'), ALT, Action::SwitchScope)], |l| {
                &words(l).vote_scope
            }),
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

/// The groups (F5), their list.
pub static GROUPS: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).groups_rename
            }),
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::F(5), NONE, Action::Cancel),
                ],
                |l| &words(l).dialog_close,
            ),
            ROWS,
            line(&[(KeyCode::Char(' '), NONE, Action::CyclePresence)], |l| {
                &words(l).groups_presence
            }),
            line(&[(KeyCode::Char('+'), NONE, Action::MergeGroup)], |l| {
                &words(l).groups_merge
            }),
            line(&[(KeyCode::Delete, NONE, Action::Delete)], |l| {
                &words(l).groups_remove
            }),
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: false,
};

/// The groups (F5), choosing the group to merge into.
pub static MERGE_GROUP: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).merge_go
            }),
            line(&[(KeyCode::Esc, NONE, Action::Cancel)], |l| {
                &words(l).merge_back
            }),
            ROWS,
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: false,
};

/// The projector dialog (F12).
pub static PROJECTOR: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).projector_go
            }),
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::F(12), NONE, Action::Cancel),
                ],
                |l| &words(l).dialog_close,
            ),
            ROWS,
            line(ONE_TO_FIVE, |l| &words(l).projector_number),
            line(&[(KeyCode::F(9), NONE, Action::Blank)], |l| {
                &key_words(l).blank
            }),
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: false,
};

/// Re-timing the rest of the agenda (F8).
pub static RETIME: Keymap = Keymap {
    tables: &[
        &[
            line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| {
                &words(l).retime_accept
            }),
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::F(8), NONE, Action::Cancel),
                ],
                |l| &words(l).dialog_close,
            ),
            ROWS,
            line(
                &[
                    (KeyCode::Left, NONE, Action::Shorter),
                    (KeyCode::Right, NONE, Action::Longer),
                ],
                |l| &words(l).retime_minutes,
            ),
            line(&[(KeyCode::Char('s'), NONE, Action::Skip)], |l| {
                &words(l).retime_skip
            }),
            line(&[(KeyCode::Char('l'), NONE, Action::Later)], |l| {
                &words(l).retime_later
            }),
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: false,
};

/// The room grid (F7): only scrolled.
pub static GRID: Keymap = Keymap {
    tables: &[
        &[
            line(
                &[
                    (KeyCode::Esc, NONE, Action::Cancel),
                    (KeyCode::F(7), NONE, Action::Cancel),
                ],
                |l| &words(l).dialog_close,
            ),
            line(
                &[
                    (KeyCode::Up, NONE, Action::Up),
                    (KeyCode::Down, NONE, Action::Down),
                    (KeyCode::Left, NONE, Action::Left),
                    (KeyCode::Right, NONE, Action::Right),
                ],
                |l| &words(l).grid_scroll,
            ),
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: false,
};
