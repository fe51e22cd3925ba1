//! A text of the agenda in Swedish and English.

use crate::lang::Lang;
use serde::{Deserialize, Serialize};

/// A text in Swedish and English. One language may be missing in a file; the other
/// is then shown in both.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(deny_unknown_fields)]
pub struct Text {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub sv: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub en: String,
}

impl Text {
    pub fn new(sv: &str, en: &str) -> Self {
        Text {
            sv: sv.to_string(),
            en: en.to_string(),
        }
    }

    /// The text in `lang`, falling back to the other language.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Sv => (&self.sv, &self.en),
            Lang::En => (&self.en, &self.sv),
        };
        if first.trim().is_empty() {
            second
        } else {
            first
        }
    }

    /// Neither language given at all (what is left out when written).
    pub fn is_unset(&self) -> bool {
        self.sv.is_empty() && self.en.is_empty()
    }

    /// Nothing but white space in either language.
    pub fn is_empty(&self) -> bool {
        self.sv.trim().is_empty() && self.en.trim().is_empty()
    }

    /// True for escape sequences and the like; line breaks and tabs are text.
    pub(super) fn has_control_characters(&self) -> bool {
        [&self.sv, &self.en].iter().any(|t| {
            t.chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        })
    }

    pub(super) fn max_chars(&self) -> usize {
        self.sv.chars().count().max(self.en.chars().count())
    }
}
