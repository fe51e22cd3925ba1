//! The tables of keys, one for each mode, and the lookup that runs them. The footer,
//! the help overlay and the README are drawn from the same tables, so what the screen
//! says is what the keys do: no key is decided in code, and a key a mode's table does
//! not list does nothing in that mode (a character is typed where there is text).

mod binding;
mod build;
mod capture;
mod dialogs;
mod editors;
mod modes;
mod room;
mod selection;
mod shared;
mod versions;

use super::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use binding::{ALT, Binding, CTRL, Key, Keymap, NONE, SHIFT, Show, TextOf, key_name};
pub use capture::CAPTURE;
pub use dialogs::{DETAILS, EXPORT, HELP, LINE_DIALOG, MOVE_TO, NOTES, PICK_GROUP, SEARCH, START};
pub use editors::{ANNOTATE, GRID, GROUPS, MERGE_GROUP, PROJECTOR, RETIME, SUMMARY, VOTE};
pub use modes::{ALL, CaptureState, beneath_help, capture_state, for_capture, for_mode, for_model};
pub use selection::{EDITING, SELECTED};
pub use shared::{EDITING_KEYS, EDITING_KEYS_ANY_MODIFIER};
pub use versions::VERSIONS;

/// The action of a key press in a mode, if any. Release and repeat-less terminals
/// send release events too: only presses (and repeats) count. Shift never tells two
/// bindings apart and letters match in either case; where the mode has text, a plain
/// or shifted character that no table binds is typed.
pub fn action_for(keymap: &Keymap, key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let mods = key.modifiers - SHIFT;
    let code = match key.code {
        KeyCode::Char(c) => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    let bound = keymap
        .bindings()
        .flat_map(|binding| binding.keys.iter())
        .find(|(c, m, _)| *c == code && (*m - SHIFT) == mods)
        .map(|(_, _, action)| action.clone());
    if bound.is_some() || !keymap.text {
        return bound;
    }
    let editing = EDITING_KEYS
        .iter()
        .find(|(c, m, _)| *c == code && *m == mods)
        .map(|(_, _, action)| action);
    let any_modifier = || {
        EDITING_KEYS_ANY_MODIFIER
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, action)| action)
    };
    editing
        .or_else(any_modifier)
        .cloned()
        .or_else(|| typed(key.code, mods))
}

/// What the terminal sent: a key, looked up in the table of the mode it arrives in,
/// or pasted text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    Key(KeyEvent),
    Paste(String),
}

impl Input {
    pub fn action(self, keymap: &Keymap) -> Option<Action> {
        match self {
            Input::Key(key) => action_for(keymap, key),
            Input::Paste(text) => Some(Action::Insert(text)),
        }
    }
}

/// A character without Ctrl or Alt goes into the text.
fn typed(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
    match code {
        KeyCode::Char(c) if !mods.intersects(CTRL | ALT) => Some(Action::Insert(c.to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod hint_tests;
#[cfg(test)]
mod state_tests;
#[cfg(test)]
mod tests;
