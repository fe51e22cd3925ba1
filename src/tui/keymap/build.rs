//! How the dialogs' tables are written: a binding a line, the words by their name in
//! the catalogue (`i18n::dialog_keys`).

use super::binding::{Binding, Key, Show, TextOf};

/// One line of a dialog's table: only in the help and the README.
pub(super) const fn line(keys: &'static [Key], text: TextOf) -> Binding {
    Binding {
        keys,
        text,
        show: Show::HelpOnly,
    }
}

/// These keys, said by the dialogs' words called `$text`.
macro_rules! said {
    ($keys:expr, $text:ident) => {
        $crate::tui::keymap::build::line($keys, |l| {
            &$crate::i18n::dialog_keys::dialog_key_words(l).$text
        })
    };
}

/// One key and its action, said by `$text`.
macro_rules! key {
    ($code:expr, $mods:expr => $action:expr, $text:ident) => {
        said!(&[($code, $mods, $action)], $text)
    };
}

/// Esc, and the key that opened the dialog, close it.
macro_rules! closed_by {
    ($code:expr, $mods:expr) => {
        said!(
            &[
                (KeyCode::Esc, NONE, Action::Cancel),
                ($code, $mods, Action::Cancel)
            ],
            dialog_close
        )
    };
}

/// A dialog's own lines, then (where it has text) the word keys, F1 and quitting.
macro_rules! table {
    (text: $($binding:expr),+ $(,)?) => {
        Keymap {
            tables: &[&[$($binding),+], WORD_KEYS, HELP_KEY, QUIT_KEY],
            text: true,
        }
    };
    (list: $($binding:expr),+ $(,)?) => {
        Keymap {
            tables: &[&[$($binding),+], HELP_KEY, QUIT_KEY],
            text: false,
        }
    };
}

pub(super) use {closed_by, key, said, table};
