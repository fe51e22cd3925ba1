//! The tables of keys, one for each mode, and the lookup that runs them. The footer,
//! the help overlay and the README are drawn from the same tables, so what the screen
//! says is what the keys do: no key is decided in code, and a key a mode's table does
//! not list does nothing in that mode (a character is typed where there is text).

mod build;
mod capture;
mod dialogs;
mod editors;
mod modes;
mod shared;

use super::action::Action;
use crate::i18n::Lang;
use crate::i18n::keys::KeyText;
use ratatui::crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

pub use capture::CAPTURE;
pub use dialogs::{DETAILS, EXPORT, HELP, LINE_DIALOG, MOVE_TO, NOTES, PICK_GROUP, SEARCH, START};
pub use editors::{ANNOTATE, GRID, GROUPS, MERGE_GROUP, PROJECTOR, RETIME, SUMMARY, VOTE};
pub use modes::{ALL, for_mode};
pub use shared::{EDITING_KEYS, EDITING_KEYS_ANY_MODIFIER};

/// The keys of one mode.
pub struct Keymap {
    /// The lines of the help, in order; a mode's tables are some of its own and some
    /// shared (the word keys, F1, quitting).
    pub tables: &'static [&'static [Binding]],
    /// Whether the mode edits text: the bare editing keys (← → Delete Home End
    /// Backspace) edit it and a character no table binds is typed.
    pub text: bool,
}

impl Keymap {
    pub fn bindings(&self) -> impl Iterator<Item = &'static Binding> + use<> {
        self.tables.iter().flat_map(|table| table.iter())
    }
}

/// A binding's words, in a language, from the catalogue.
pub type TextOf = fn(Lang) -> &'static KeyText;

/// When a binding is worth showing in the footer.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Show {
    /// Always listed in the footer.
    Always,
    /// Listed while the capture line is empty and nothing is selected.
    Idle,
    /// Listed while a contribution is selected.
    Selected,
    /// Listed while a contribution is being edited.
    Editing,
    /// Only in the help overlay.
    HelpOnly,
}

/// One key with its modifiers and the action it runs.
pub type Key = (KeyCode, KeyModifiers, Action);

pub struct Binding {
    /// The keys of one help line; each runs its own action (↑ up, ↓ down).
    pub keys: &'static [Key],
    /// The footer's label and the help's line (`i18n::keys`).
    pub text: TextOf,
    pub show: Show,
}

impl Binding {
    /// The action the line describes: the one of its first key.
    pub fn action(&self) -> Option<&Action> {
        self.keys.first().map(|(_, _, action)| action)
    }

    pub fn short(&self, lang: Lang) -> &'static str {
        (self.text)(lang).short
    }

    pub fn help(&self, lang: Lang) -> &'static str {
        (self.text)(lang).help
    }

    /// "Ctrl+K / F2"
    pub fn keys_label(&self) -> String {
        self.keys
            .iter()
            .map(|(code, mods, _)| key_name(*code, *mods))
            .collect::<Vec<_>>()
            .join(" / ")
    }

    /// The first key only, for the footer.
    pub fn first_key_label(&self) -> String {
        self.keys
            .first()
            .map(|(code, mods, _)| key_name(*code, *mods))
            .unwrap_or_default()
    }
}

pub(super) const NONE: KeyModifiers = KeyModifiers::NONE;
pub(super) const CTRL: KeyModifiers = KeyModifiers::CONTROL;
pub(super) const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
pub(super) const ALT: KeyModifiers = KeyModifiers::ALT;

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

pub fn key_name(code: KeyCode, mods: KeyModifiers) -> String {
    let base = match code {
        KeyCode::Enter => "Enter".to_string(),
        KeyCode::Esc => "Esc".to_string(),
        KeyCode::Tab => "Tab".to_string(),
        KeyCode::BackTab => "Shift+Tab".to_string(),
        KeyCode::PageDown => "PgDn".to_string(),
        KeyCode::PageUp => "PgUp".to_string(),
        KeyCode::Up => "↑".to_string(),
        KeyCode::Down => "↓".to_string(),
        KeyCode::Left => "←".to_string(),
        KeyCode::Right => "→".to_string(),
        KeyCode::Delete => "Delete".to_string(),
        KeyCode::Backspace => "Backspace".to_string(),
        KeyCode::F(n) => format!("F{n}"),
        KeyCode::Char(' ') => "Space".to_string(),
        KeyCode::Char(c) => c.to_ascii_uppercase().to_string(),
        other => format!("{other:?}"),
    };
    if mods.contains(KeyModifiers::CONTROL) {
        format!("Ctrl+{base}")
    } else if mods.contains(KeyModifiers::ALT) {
        format!("Alt+{base}")
    } else {
        base
    }
}

#[cfg(test)]
mod hint_tests;
#[cfg(test)]
mod tests;
