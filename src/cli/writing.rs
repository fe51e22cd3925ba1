//! Opening a session for a command that changes it: the lock taken, the journal
//! repaired if it must be, and what the repair did said on standard error.

use super::error::CliError;
use super::sessions::report_recovery;
use crate::session::Session;
use crate::store::{Store, load};
use std::path::Path;

/// Opens the session in `dir` for writing.
pub fn open_for_writing(dir: &Path) -> Result<(Store, Session), CliError> {
    let (store, session, recovery) = Store::open(dir)?;
    report_recovery(&recovery);
    Ok((store, session))
}

/// Opens the session in `dir` for writing once `check` accepts it, and returns what
/// `check` made of it. `check` runs first on a read-only copy, so that a refused
/// command changes no file (not even the repair of a damaged journal), then again on
/// the session as the lock holds it, which another writer may have changed between.
pub fn open_checked<T>(
    dir: &Path,
    check: impl Fn(&Session) -> Result<T, CliError>,
) -> Result<(Store, Session, T), CliError> {
    check(&load(dir)?.session)?;
    let (store, session) = open_for_writing(dir)?;
    let checked = check(&session)?;
    Ok((store, session, checked))
}
