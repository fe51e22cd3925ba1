//! What one line of a key table is: its keys, its footer label and help text, when
//! it shows; and how a key is named on screen.

use crate::i18n::Lang;
use crate::tui::action::Action;
use ratatui::crossterm::event::{KeyCode, KeyModifiers};

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
    /// Short label for the footer, sv / en.
    pub short: (&'static str, &'static str),
    /// Description for the help overlay, sv / en.
    pub help: (&'static str, &'static str),
    pub show: Show,
}

impl Binding {
    /// The action the line describes: the one of its first key.
    pub fn action(&self) -> Option<&Action> {
        self.keys.first().map(|(_, _, action)| action)
    }

    pub fn short(&self, lang: Lang) -> &'static str {
        pick(self.short, lang)
    }

    pub fn help(&self, lang: Lang) -> &'static str {
        pick(self.help, lang)
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

fn pick(texts: (&'static str, &'static str), lang: Lang) -> &'static str {
    match lang {
        Lang::Sv => texts.0,
        Lang::En => texts.1,
    }
}

pub(super) const NONE: KeyModifiers = KeyModifiers::NONE;
pub(super) const CTRL: KeyModifiers = KeyModifiers::CONTROL;
pub(super) const SHIFT: KeyModifiers = KeyModifiers::SHIFT;
pub(super) const ALT: KeyModifiers = KeyModifiers::ALT;
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
