//! The capture screen's keys: the line, the selection in the log, and the keys that
//! open each dialog. Typing a line, a contribution selected and one being edited each
//! have a table (`selection.rs` the other two); the lines they share are written once.

use super::binding::{ALT, Binding, CTRL, Keymap, NONE, SHIFT, Show};
use super::room::ROOM_KEYS;
use super::shared::{HELP_KEY, QUIT_KEY, WORD_KEYS};
use crate::i18n::keys::key_words;
use crate::session::Kind;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

/// Typing a line (nothing selected, nothing edited): the line (with its editing keys),
/// the log, every dialog's key, the help and quitting, in the order the help and the
/// README list them. The help lists this table for the whole capture screen.
pub static CAPTURE: Keymap = Keymap {
    tables: &[
        LINE_ENTER_ESC,
        CAPTURE_FIRST,
        ROOM_KEYS,
        WORD_KEYS,
        LINE_LOG,
        CAPTURE_REST,
        HELP_KEY,
        QUIT_KEY,
    ],
    text: true,
};

/// Enter and Esc on the line.
static LINE_ENTER_ESC: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Enter, NONE, Action::Commit)],
        text: |l| &key_words(l).commit,
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Esc, NONE, Action::Cancel)],
        text: |l| &key_words(l).cancel,
        show: Show::Editing,
    },
];

/// ↑ ↓ select (over an empty line); Delete edits the line.
static LINE_LOG: &[Binding] = &[
    Binding {
        keys: &[
            (KeyCode::Up, NONE, Action::Up),
            (KeyCode::Down, NONE, Action::Down),
        ],
        text: |l| &key_words(l).select,
        show: Show::Idle,
    },
    Binding {
        keys: &[(KeyCode::Delete, NONE, Action::Delete)],
        text: |l| &key_words(l).delete,
        show: Show::Selected,
    },
];

/// The group, the kind and the item: the same in every state of the capture screen.
pub(super) static CAPTURE_FIRST: &[Binding] = &[
    Binding {
        keys: &[
            (KeyCode::Tab, NONE, Action::NextGroup),
            (KeyCode::BackTab, SHIFT, Action::PrevGroup),
        ],
        text: |l| &key_words(l).group,
        show: Show::Always,
    },
    Binding {
        keys: &[
            (KeyCode::Char('f'), CTRL, Action::PickGroup),
            (KeyCode::F(4), NONE, Action::PickGroup),
        ],
        text: |l| &key_words(l).pick_group,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::Char('k'), CTRL, Action::CycleKind),
            (KeyCode::F(2), NONE, Action::CycleKind),
        ],
        text: |l| &key_words(l).cycle_kind,
        show: Show::Always,
    },
    Binding {
        keys: &[(KeyCode::Char('n'), CTRL, Action::NextNotHeard)],
        text: |l| &key_words(l).next_not_heard,
        show: Show::Always,
    },
    Binding {
        keys: &[
            (KeyCode::Char('1'), ALT, Action::SetKind(Kind::Comment)),
            (KeyCode::Char('2'), ALT, Action::SetKind(Kind::Proposal)),
            (KeyCode::Char('3'), ALT, Action::SetKind(Kind::Question)),
            (KeyCode::Char('4'), ALT, Action::SetKind(Kind::Action)),
        ],
        text: |l| &key_words(l).set_kind,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('0'), ALT, Action::ToggleKindLock)],
        text: |l| &key_words(l).kind_lock,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::PageDown, NONE, Action::NextItem),
            (KeyCode::Right, ALT, Action::NextItem),
        ],
        text: |l| &key_words(l).next_item,
        show: Show::Idle,
    },
    Binding {
        keys: &[
            (KeyCode::PageUp, NONE, Action::PrevItem),
            (KeyCode::Left, ALT, Action::PrevItem),
        ],
        text: |l| &key_words(l).prev_item,
        show: Show::HelpOnly,
    },
];

/// The commands and dialogs: the same in every state of the capture screen.
pub(super) static CAPTURE_REST: &[Binding] = &[
    Binding {
        keys: &[(KeyCode::Char('x'), CTRL, Action::MoveTo)],
        text: |l| &key_words(l).move_to,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), CTRL, Action::Search)],
        text: |l| &key_words(l).search,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('o'), CTRL, Action::Notes)],
        text: |l| &key_words(l).notes,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('z'), CTRL, Action::Undo)],
        text: |l| &key_words(l).undo,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('y'), CTRL, Action::Redo)],
        text: |l| &key_words(l).redo,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('g'), CTRL, Action::AddGroup)],
        text: |l| &key_words(l).add_group,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(5), NONE, Action::Groups)],
        text: |l| &key_words(l).groups,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(8), NONE, Action::Retime)],
        text: |l| &key_words(l).retime,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('l'), CTRL, Action::TogglePlanned)],
        text: |l| &key_words(l).planned,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(7), NONE, Action::Grid)],
        text: |l| &key_words(l).grid,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('e'), CTRL, Action::Export)],
        text: |l| &key_words(l).export,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('d'), CTRL, Action::Details)],
        text: |l| &key_words(l).details,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('s'), ALT, Action::Summary)],
        text: |l| &key_words(l).summary,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('v'), ALT, Action::Vote)],
        text: |l| &key_words(l).vote,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('t'), ALT, Action::Annotate)],
        text: |l| &key_words(l).annotate,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[
            (KeyCode::F(6), NONE, Action::ToggleClock),
            (KeyCode::Char('t'), CTRL, Action::ToggleClock),
        ],
        text: |l| &key_words(l).clock,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(3), NONE, Action::ToggleItemText)],
        text: |l| &key_words(l).item_text,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::Char('p'), CTRL, Action::Release)],
        text: |l| &key_words(l).release,
        show: Show::Selected,
    },
    Binding {
        keys: &[(KeyCode::F(9), NONE, Action::Blank)],
        text: |l| &key_words(l).blank,
        show: Show::HelpOnly,
    },
    Binding {
        keys: &[(KeyCode::F(12), NONE, Action::ProjectorMenu)],
        text: |l| &key_words(l).projector_menu,
        show: Show::HelpOnly,
    },
];
