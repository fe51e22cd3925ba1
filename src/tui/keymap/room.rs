//! The note-taker's key on the capture screen: Alt+F follows the moderator again
//! after PgDn/PgUp moved an own view (`tui/own_view.rs`). On the moderator's device
//! it does nothing: the view is always the room's there.

use super::binding::{ALT, Binding, Show};
use crate::i18n::join::join_text;
use crate::tui::action::Action;
use ratatui::crossterm::event::KeyCode;

/// Alt+F. The footer names it while there is an own view (`own_view` words), so
/// it is listed in the help only.
pub(super) static ROOM_KEYS: &[Binding] = &[Binding {
    keys: &[(KeyCode::Char('f'), ALT, Action::Follow)],
    text: |l| &join_text(l).follow_key,
    show: Show::HelpOnly,
}];
