//! A failure of the command line: the message the user sees and the exit code; and
//! the one-line notes on standard error.

use super::lang;
use crate::store::StoreError;
use std::fmt;

/// A failure with the message the user sees and the exit code.
#[derive(Debug)]
pub struct CliError {
    pub message: String,
    pub code: u8,
    /// The line of standard input `add` stopped at, if it did.
    pub line: Option<usize>,
}

impl CliError {
    pub fn bad_input(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 2,
            line: None,
        }
    }

    pub fn io(message: impl Into<String>) -> CliError {
        CliError {
            message: message.into(),
            code: 1,
            line: None,
        }
    }
}

impl fmt::Display for CliError {
    /// Messages quote file content, folder names and user input: none of it may
    /// reach the terminal raw (an escape sequence, a right-to-left override).
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::text::display_safe(&self.message))
    }
}

/// A note on standard error, made safe like every error message.
pub fn note(message: &str) {
    eprintln!("samtal: {}", crate::text::display_safe(message));
}

impl From<StoreError> for CliError {
    fn from(e: StoreError) -> CliError {
        CliError {
            code: e.exit_code(),
            message: lang::store_error(lang::current(), &e),
            line: None,
        }
    }
}

impl From<crate::agenda::AgendaError> for CliError {
    fn from(e: crate::agenda::AgendaError) -> CliError {
        CliError::bad_input(lang::fill(lang::text().bad_agenda, &[&e]))
    }
}

impl From<std::io::Error> for CliError {
    fn from(e: std::io::Error) -> CliError {
        CliError::io(lang::os_error(lang::current(), &e))
    }
}

/// Applies and saves one event, named by a fresh id of this process's writer; a
/// failure reads "not saved: …". Returns the event's id.
pub fn save(
    store: &mut crate::store::Store,
    session: &mut crate::session::Session,
    event: &crate::session::Event,
) -> Result<crate::session::EventId, CliError> {
    let id = next_id(store, session, event.at());
    save_as(store, session, id, event)
}

/// `save` under an id already handed out by `next_id`.
pub fn save_as(
    store: &mut crate::store::Store,
    session: &mut crate::session::Session,
    id: crate::session::EventId,
    event: &crate::session::Event,
) -> Result<crate::session::EventId, CliError> {
    store
        .apply_and_commit(session, id, event)
        .map_err(|e| not_saved(&e))?;
    Ok(id)
}

/// An event at `at` (to the second) is stamped with the wall clock's milliseconds.
fn stamp_millis(at: crate::session::Timestamp) -> i64 {
    at.timestamp_millis().max(crate::clock::now_millis())
}

/// The id the next event `store` saves at `at` gets: what names a contribution or
/// group before the event that adds it is saved (with `save_as`).
pub fn next_id(
    store: &crate::store::Store,
    session: &crate::session::Session,
    at: crate::session::Timestamp,
) -> crate::session::EventId {
    session.next_event_id_at(store.writer(), stamp_millis(at))
}

/// "not saved: <file>: <reason>", in the user's language.
pub fn not_saved(e: &StoreError) -> CliError {
    CliError::io(lang::fill(
        lang::text().not_saved,
        &[&lang::store_error(lang::current(), e)],
    ))
}

/// One line on standard output. A reader that went away (`samtal export --all | head
/// -1`) is not an error: the work is done and only its report is not read.
pub fn say(line: impl fmt::Display) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = writeln!(out, "{line}").and_then(|()| out.flush())
        && e.kind() != std::io::ErrorKind::BrokenPipe
    {
        note(&e.to_string());
    }
}
