//! The agenda: the items a session steps through. Loaded from JSON (see
//! `docs/agenda-format.md`) and validated before the terminal is touched.

mod validate;

use crate::lang::Lang;
use serde::{Deserialize, Serialize};
use std::fmt;
use std::path::Path;

/// The built-in agenda of the Civil Servants' Forum of 20 November 2015.
pub const BUILTIN_JSON: &str =
    include_str!("../../assets/agendas/tjanstemannaforum-2015-11-20.json");

/// Limits that keep a hostile or mistaken file from hanging or flooding the app.
pub const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
pub const MAX_ITEMS: usize = 500;
pub const MAX_TITLE_CHARS: usize = 300;
pub const MAX_TEXT_CHARS: usize = 20_000;
pub const MAX_PROMPTS: usize = 20;
pub const MAX_TIMEBOX_MINUTES: u32 = 24 * 60;

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
    fn has_control_characters(&self) -> bool {
        [&self.sv, &self.en].iter().any(|t| {
            t.chars()
                .any(|c| c.is_control() && !matches!(c, '\n' | '\t'))
        })
    }

    fn max_chars(&self) -> usize {
        self.sv.chars().count().max(self.en.chars().count())
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum ItemKind {
    Welcome,
    Background,
    Challenge,
    Question,
    Discussion,
    WrapUp,
    /// A pause: it has a timebox and a place in the schedule, but no contributions
    /// are expected (the minutes do not say "no contributions" under it).
    Break,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AgendaItem {
    pub id: String,
    pub kind: ItemKind,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Text::is_unset")]
    pub text: Text,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub prompts: Vec<Text>,
    #[serde(deserialize_with = "crate::agenda_fields::whole_minutes")]
    pub timebox_minutes: u32,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Agenda {
    pub format: String,
    pub version: u32,
    pub id: String,
    pub title: Text,
    #[serde(default, skip_serializing_if = "Text::is_unset")]
    pub subtitle: Text,
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        deserialize_with = "crate::agenda_fields::iso_date"
    )]
    pub date: Option<chrono::NaiveDate>,
    /// When the first item is planned to begin ("13:00"): a new session holds
    /// this schedule (`samtal new --start` overrides it).
    #[serde(
        default,
        skip_serializing_if = "Option::is_none",
        with = "crate::agenda_start"
    )]
    pub start: Option<chrono::NaiveTime>,
    /// Ring the bell at this share of each timebox too (1–99), not only at 100 %.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub warn_percent: Option<u8>,
    pub items: Vec<AgendaItem>,
}

/// Why an agenda was refused. `Display` gives the one-line message the user sees.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct AgendaError {
    pub source: String,
    pub reason: String,
}

impl fmt::Display for AgendaError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}: {}", self.source, self.reason)
    }
}

impl std::error::Error for AgendaError {}

pub const FORMAT_NAME: &str = "samtal-agenda";
pub const FORMAT_VERSION: u32 = 1;
pub use validate::{Invalid, ItemProblem};

impl Agenda {
    /// The built-in agenda. It is checked by a test, so failing here is a build defect;
    /// still, it is handled as an error rather than a panic.
    pub fn builtin() -> Result<Agenda, AgendaError> {
        Agenda::from_json(BUILTIN_JSON, "built-in agenda")
    }

    pub fn load(path: &Path) -> Result<Agenda, AgendaError> {
        let source = path.display().to_string();
        let err = |reason: String| AgendaError {
            source: source.clone(),
            reason,
        };
        let meta = std::fs::metadata(path).map_err(|e| err(format!("cannot read: {e}")))?;
        if !meta.is_file() {
            return Err(err("not a file".into()));
        }
        if meta.len() > MAX_FILE_BYTES {
            return Err(err(format!(
                "file is {} bytes; an agenda may be at most {MAX_FILE_BYTES}",
                meta.len()
            )));
        }
        let bytes = std::fs::read(path).map_err(|e| err(format!("cannot read: {e}")))?;
        let text = String::from_utf8(bytes).map_err(|e| {
            err(format!(
                "not UTF-8 text (bad byte at offset {})",
                e.utf8_error().valid_up_to()
            ))
        })?;
        Agenda::from_json(&text, &source)
    }

    pub fn from_json(json: &str, source: &str) -> Result<Agenda, AgendaError> {
        let agenda: Agenda = serde_json::from_str(json).map_err(|e| AgendaError {
            source: source.to_string(),
            reason: format!(
                "line {}, column {}: {}",
                e.line(),
                e.column(),
                strip_position(&e.to_string())
            ),
        })?;
        agenda.validate().map_err(|invalid| AgendaError {
            source: source.to_string(),
            reason: invalid.to_string(),
        })?;
        Ok(agenda)
    }

    pub fn item(&self, id: &str) -> Option<&AgendaItem> {
        self.items.iter().find(|i| i.id == id)
    }

    pub fn position(&self, id: &str) -> Option<usize> {
        self.items.iter().position(|i| i.id == id)
    }

    pub fn total_minutes(&self) -> u32 {
        self.items.iter().map(|i| i.timebox_minutes).sum()
    }
}

pub fn valid_item_id(id: &str) -> bool {
    !id.is_empty()
        && id.len() <= 64
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-' || b == b'_')
}

/// serde_json appends " at line L column C"; we give the position first ourselves.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(cut) => &message[..cut],
        None => message,
    }
}

#[cfg(test)]
mod tests;
