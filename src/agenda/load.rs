//! Reading an agenda: the built-in one, or a file, parsed and validated before the
//! terminal is touched.

use super::items::Agenda;
use super::limits::MAX_FILE_BYTES;
use std::fmt;
use std::path::Path;

/// The built-in agenda of the Civil Servants' Forum of 20 November 2015.
pub const BUILTIN_JSON: &str =
    include_str!("../../assets/agendas/tjanstemannaforum-2015-11-20.json");

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
}

/// serde_json appends " at line L column C"; we give the position first ourselves.
fn strip_position(message: &str) -> &str {
    match message.rfind(" at line ") {
        Some(cut) => &message[..cut],
        None => message,
    }
}
