//! What a key table is made of: a mode's `Keymap`, its `Binding`s (keys, words, when
//! the footer shows them), the modifier names, and how a key is written.

use crate::i18n::Lang;
use crate::i18n::keys::KeyText;
use crate::tui::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

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
    /// Listed while a contribution is being edited or is selected.
    Editing,
    /// Only in the help overlay.
    HelpOnly,
    /// Listed while the selected contribution has more than one version.
    Versions,
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

pub const NONE: KeyModifiers = KeyModifiers::NONE;
pub const CTRL: KeyModifiers = KeyModifiers::CONTROL;
pub const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
pub const ALT: KeyModifiers = KeyModifiers::ALT;

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
