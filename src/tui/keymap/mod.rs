//! The tables of keys, and the lookup that runs them. The footer, the help overlay and
//! the README are drawn from the same tables, so what the screen says is what the keys
//! do: no key is decided in code.

mod binding;
mod capture;

use super::action::Action;
use binding::{ALT, CTRL, SHIFT};
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use binding::{Binding, Key, Show, key_name};
pub use capture::{EDITING_HELP, EDITING_KEYS, EDITING_KEYS_ANY_MODIFIER, KEYMAP};

/// The action for a key press, if any. Release and repeat-less terminals send
/// release events too: only presses (and repeats) count. Shift never tells two
/// bindings apart and letters match in either case; a plain or shifted character
/// that no table binds is typed.
pub fn action_for(key: KeyEvent) -> Option<Action> {
    if key.kind == KeyEventKind::Release {
        return None;
    }
    let mods = key.modifiers - SHIFT;
    let code = match key.code {
        KeyCode::Char(c) => KeyCode::Char(c.to_ascii_lowercase()),
        other => other,
    };
    let exact = KEYMAP
        .iter()
        .flat_map(|binding| binding.keys.iter())
        .chain(EDITING_KEYS.iter())
        .find(|(c, m, _)| *c == code && (*m - SHIFT) == mods)
        .map(|(_, _, action)| action);
    let any_modifier = || {
        EDITING_KEYS_ANY_MODIFIER
            .iter()
            .find(|(c, _)| *c == code)
            .map(|(_, action)| action)
    };
    exact
        .or_else(any_modifier)
        .cloned()
        .or_else(|| typed(key.code, mods))
}

/// A character without Ctrl or Alt goes into the text.
fn typed(code: KeyCode, mods: KeyModifiers) -> Option<Action> {
    match code {
        KeyCode::Char(c) if !mods.intersects(CTRL | ALT) => Some(Action::Insert(c.to_string())),
        _ => None,
    }
}

#[cfg(test)]
mod tests;
