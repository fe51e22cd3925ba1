//! The version picker's keys, and Ctrl+R that opens it on a selected contribution.

use super::binding::{Binding, CTRL, Keymap, NONE, Show};
use super::build::{closed_by, line, said, table};
use super::dialogs::ROWS;
use super::shared::{HELP_KEY, QUIT_KEY};
use crate::i18n::versions::versions_words;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

/// On a selected contribution; the footer names it when there is a choice to make.
pub(super) const OPEN_VERSIONS: Binding = Binding {
    keys: &[(KeyCode::Char('r'), CTRL, Action::Versions)],
    text: |l| &versions_words(l).key,
    show: Show::Versions,
};

/// The picker (Ctrl+R): a list, Enter keeps the highlighted version.
pub static VERSIONS: Keymap = table!(list:
    line(&[(KeyCode::Enter, NONE, Action::Commit)], |l| &versions_words(l).pick_key),
    closed_by!(KeyCode::Char('r'), CTRL),
    ROWS,
);
