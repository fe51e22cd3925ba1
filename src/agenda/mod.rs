//! The agenda: the items a session steps through. Loaded from JSON (see
//! `docs/agenda-format.md`) and validated before the terminal is touched.

mod validate;

use crate::i18n::Lang;
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
mod tests {
    use super::*;

    #[test]
    fn builtin_agenda_is_valid_and_adds_up_to_ninety_minutes() {
        let agenda = Agenda::builtin().unwrap();
        assert_eq!(agenda.items.len(), 10);
        assert_eq!(agenda.total_minutes(), 90);
        let ids: Vec<&str> = agenda.items.iter().map(|i| i.id.as_str()).collect();
        assert_eq!(
            ids,
            [
                "welcome",
                "background",
                "challenge-1",
                "challenge-2",
                "challenge-3",
                "challenge-4",
                "challenge-5",
                "question-1",
                "question-2",
                "wrap-up"
            ]
        );
        for item in &agenda.items {
            assert!((2..=4).contains(&item.prompts.len()), "{}", item.id);
            assert!(!item.title.sv.is_empty() && !item.title.en.is_empty());
            assert!(!item.text.sv.is_empty() && !item.text.en.is_empty());
        }
    }

    #[test]
    fn builtin_agenda_quotes_the_invitation_word_for_word() {
        let agenda = Agenda::builtin().unwrap();
        let verbatim = [
            (
                "challenge-1",
                "Integrationsprocessen för nyanlända är ineffektiv och långsam",
            ),
            (
                "challenge-2",
                "Glapp i arbetskrafts- och kompetensförsörjningen",
            ),
            ("challenge-3", "Brister i utbildningssystemet för nyanlända"),
            (
                "challenge-4",
                "Brist på bostäder och problem med trångboddhet",
            ),
            (
                "challenge-5",
                "Samverkan – otydlighet i roller, mandat och ansvar",
            ),
            (
                "question-1",
                "Utifrån er roll och verksamhet, hur ser du och din organisation på hur ni skulle kunna bidra ytterligare för att uppnå en effektivare integrering för regional tillväxt?",
            ),
            (
                "question-2",
                "Hur skulle din organisation kunna använda EU:s strukturfonder som en resurs i arbetet med en förbättrad integration?",
            ),
            (
                "background",
                "Sammanställningen visar att integrationsfrågor är prioriterade men komplexa i det regionala tillväxtarbetet.",
            ),
        ];
        for (id, words) in verbatim {
            let item = agenda.item(id).unwrap();
            assert!(item.text.sv.contains(words), "{id} lacks {words:?}");
        }
    }

    fn agenda_with(items: &str) -> String {
        format!(
            r#"{{"format":"samtal-agenda","version":1,"id":"x","title":{{"sv":"T"}},"items":{items}}}"#
        )
    }

    #[test]
    fn refuses_duplicate_ids_naming_the_item() {
        let json = agenda_with(
            r#"[{"id":"a","kind":"question","title":{"sv":"A"},"timebox_minutes":5},
               {"id":"a","kind":"question","title":{"sv":"B"},"timebox_minutes":5}]"#,
        );
        let err = Agenda::from_json(&json, "f.json").unwrap_err();
        assert_eq!(err.to_string(), "f.json: item 2 (id \"a\"): duplicate id");
    }

    #[test]
    fn refuses_a_zero_timebox_and_an_empty_agenda() {
        let zero =
            agenda_with(r#"[{"id":"a","kind":"question","title":{"sv":"A"},"timebox_minutes":0}]"#);
        assert!(
            Agenda::from_json(&zero, "f")
                .unwrap_err()
                .reason
                .contains("timebox_minutes must be")
        );
        let empty = agenda_with("[]");
        assert!(
            Agenda::from_json(&empty, "f")
                .unwrap_err()
                .reason
                .contains("no items")
        );
    }

    #[test]
    fn control_characters_in_agenda_texts_are_refused() {
        let json = agenda_with(
            r#"[{"id":"a","kind":"question","title":{"sv":"A\u001b[2J"},"timebox_minutes":5}]"#,
        );
        let err = Agenda::from_json(&json, "f").unwrap_err();
        assert!(err.reason.contains("control character"), "{}", err.reason);
        let fine = agenda_with(
            r#"[{"id":"a","kind":"question","title":{"sv":"A"},"text":{"sv":"Ett\n\n- två"},"timebox_minutes":5}]"#,
        );
        assert!(Agenda::from_json(&fine, "f").is_ok());
    }

    #[test]
    fn a_syntax_error_gives_line_and_column() {
        let err = Agenda::from_json("{\n  \"format\": oops\n}", "f.json").unwrap_err();
        assert!(err.reason.starts_with("line 2, column"), "{}", err.reason);
    }

    fn item_with(field: &str) -> String {
        agenda_with(&format!(
            "[{{\"id\":\"a\",\"kind\":\"question\",\"title\":{{\"sv\":\"A\"}},{field}}}]"
        ))
    }

    #[test]
    fn a_timebox_that_is_not_whole_minutes_is_said_in_plain_words() {
        for bad in ["2.5", "\"5\"", "-3", "true"] {
            let json = item_with(&format!("\"timebox_minutes\":{bad}"));
            let err = Agenda::from_json(&json, "f").unwrap_err();
            assert!(
                err.reason
                    .contains("timebox must be a whole number of minutes, e.g. 10"),
                "{bad}: {}",
                err.reason
            );
            assert!(!err.reason.contains("u32"), "{}", err.reason);
        }
    }

    #[test]
    fn a_bad_date_names_the_format_and_an_unknown_field_its_own_line() {
        let json = "{\"format\":\"samtal-agenda\",\"version\":1,\"id\":\"x\",\"title\":{\"sv\":\"T\"},\
                    \"date\":\"20 nov 2015\",\"items\":[]}";
        let err = Agenda::from_json(json, "f").unwrap_err();
        assert!(err.reason.contains("YYYY-MM-DD"), "{}", err.reason);
        let json = agenda_with(
            "[\n{\"id\":\"a\",\"kind\":\"question\",\n\"title\":{\"sv\":\"A\"},\n\"minutes\":5,\n\"timebox_minutes\":5}]",
        );
        let err = Agenda::from_json(&json, "f").unwrap_err();
        assert!(err.reason.starts_with("line 4,"), "{}", err.reason);
        assert!(
            err.reason.contains("unknown field `minutes`"),
            "{}",
            err.reason
        );
    }

    #[test]
    fn a_break_is_an_item_kind() {
        let json = agenda_with(
            r#"[{"id":"fika","kind":"break","title":{"sv":"Fika"},"timebox_minutes":15}]"#,
        );
        let agenda = Agenda::from_json(&json, "f").unwrap();
        assert_eq!(agenda.items[0].kind, ItemKind::Break);
        assert_eq!(agenda.total_minutes(), 15);
    }

    #[test]
    fn a_missing_field_is_named() {
        let json = agenda_with(r#"[{"id":"a","kind":"question","title":{"sv":"A"}}]"#);
        let err = Agenda::from_json(&json, "f").unwrap_err();
        assert!(err.reason.contains("timebox_minutes"), "{}", err.reason);
    }
}
