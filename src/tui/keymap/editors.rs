//! The keys of the editors and boards over the capture screen: the summary, the
//! themes and owner, the vote, the groups, the projector, the re-timing and the room.

use super::binding::{ALT, Keymap, NONE, SHIFT};
use super::build::{closed_by, key, said, table};
use super::dialogs::{ENTER_SAVES, ESC_CLOSES, LINES, NEWLINE, ROWS};
use super::shared::{HELP_KEY, ONE_TO_FIVE, QUIT_KEY, WORD_KEYS};
use crate::i18n::keys::key_words;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

/// The item's summary and decisions (Alt+S): Enter is a new line, Alt+S saves.
pub static SUMMARY: Keymap = table!(text:
    key!(KeyCode::Char('s'), ALT => Action::Commit, dialog_save),
    ESC_CLOSES,
    said!(
        &[
            (KeyCode::Tab, NONE, Action::NextField),
            (KeyCode::BackTab, SHIFT, Action::PrevField),
        ],
        dialog_fields
    ),
    NEWLINE,
    LINES,
);

/// A contribution's themes, owner and due date (Alt+T).
pub static ANNOTATE: Keymap = table!(text:
    ENTER_SAVES,
    ESC_CLOSES,
    key!(KeyCode::Tab, NONE => Action::Complete, annotate_complete),
    said!(
        &[
            (KeyCode::Down, NONE, Action::NextField),
            (KeyCode::BackTab, SHIFT, Action::PrevField),
            (KeyCode::Up, NONE, Action::PrevField),
        ],
        dialog_fields
    ),
);

/// The dot vote (Alt+V): digits are the chosen proposal's dots, so it has text.
pub static VOTE: Keymap = Keymap {
    tables: &[
        &[
            key!(KeyCode::Enter, NONE => Action::Commit, vote_next),
            ESC_CLOSES,
            ROWS,
            key!(KeyCode::Char('v'), ALT => Action::SwitchScope, vote_scope),
        ],
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

/// The groups (F5), their list.
pub static GROUPS: Keymap = table!(list:
    key!(KeyCode::Enter, NONE => Action::Commit, groups_rename),
    closed_by!(KeyCode::F(5), NONE),
    ROWS,
    key!(KeyCode::Char(' '), NONE => Action::CyclePresence, groups_presence),
    key!(KeyCode::Char('+'), NONE => Action::MergeGroup, groups_merge),
    key!(KeyCode::Delete, NONE => Action::Delete, groups_remove),
);

/// The groups (F5), choosing the group to merge into.
pub static MERGE_GROUP: Keymap = table!(list:
    key!(KeyCode::Enter, NONE => Action::Commit, merge_go),
    key!(KeyCode::Esc, NONE => Action::Cancel, merge_back),
    ROWS,
);

/// The projector dialog (F12); F9 blanks as on the capture screen.
pub static PROJECTOR: Keymap = table!(list:
    key!(KeyCode::Enter, NONE => Action::Commit, projector_go),
    closed_by!(KeyCode::F(12), NONE),
    ROWS,
    said!(ONE_TO_FIVE, projector_number),
    super::build::line(&[(KeyCode::F(9), NONE, Action::Blank)], |l| &key_words(l).blank),
);

/// Re-timing the rest of the agenda (F8).
pub static RETIME: Keymap = table!(list:
    key!(KeyCode::Enter, NONE => Action::Commit, retime_accept),
    closed_by!(KeyCode::F(8), NONE),
    ROWS,
    said!(
        &[
            (KeyCode::Left, NONE, Action::Shorter),
            (KeyCode::Right, NONE, Action::Longer),
        ],
        retime_minutes
    ),
    key!(KeyCode::Char('s'), NONE => Action::Skip, retime_skip),
    key!(KeyCode::Char('l'), NONE => Action::Later, retime_later),
);

/// The room grid (F7): only scrolled.
pub static GRID: Keymap = table!(list:
    closed_by!(KeyCode::F(7), NONE),
    said!(
        &[
            (KeyCode::Up, NONE, Action::Up),
            (KeyCode::Down, NONE, Action::Down),
            (KeyCode::Left, NONE, Action::Left),
            (KeyCode::Right, NONE, Action::Right),
        ],
        grid_scroll
    ),
);
