//! `samtal merge <FROM-FOLDER> <INTO-ID|FOLDER>`: another copy of a session folder
//! brought in without a network (`store::merge`), and what it did said in counts.

use super::error::{CliError, say};
use super::lang::{current, fill};
use crate::store::merge::{MergeError, MergeReport, merge as merge_folders};
use crate::store::os_disk::OsDisk;
use crate::store::paths;
use crate::text::display_safe;
use std::path::{Path, PathBuf};

pub fn merge(data_dir: &Path, from: &Path, into_arg: &str, force: bool) -> Result<(), CliError> {
    let into = resolve_into(data_dir, into_arg)?;
    let report = merge_folders(&OsDisk::default(), from, &into, force).map_err(merge_error)?;
    print_report(&into, &report);
    Ok(())
}

/// An id names a session folder in the data dir, else the argument is a folder.
fn resolve_into(data_dir: &Path, arg: &str) -> Result<PathBuf, CliError> {
    if paths::is_valid_id(arg) {
        let dir = paths::sessions_dir(data_dir).join(arg);
        if dir.is_dir() {
            return Ok(dir);
        }
    }
    let as_path = Path::new(arg);
    if as_path.is_dir() {
        return Ok(as_path.to_path_buf());
    }
    let sessions = paths::sessions_dir(data_dir);
    Err(CliError::bad_input(fill(
        current().device().merge_no_target,
        &[&arg, &sessions.display()],
    )))
}

fn print_report(into: &Path, report: &MergeReport) {
    let t = current().device();
    let folder = into.display().to_string();
    if report.converted {
        say(display_safe(&fill(t.merge_converted, &[&folder])));
    }
    if report.header_copied {
        say(t.merge_header_copied);
    }
    say(display_safe(&fill(
        t.merge_done,
        &[
            &folder,
            &report.copied,
            &report.already_here,
            &report.conflict_copies,
        ],
    )));
}

fn merge_error(error: MergeError) -> CliError {
    let t = current().device();
    match error {
        MergeError::NotV2 { dir } => CliError::bad_input(fill(t.merge_not_v2, &[&dir.display()])),
        MergeError::OtherSession { from, into } => {
            CliError::bad_input(fill(t.merge_other_session, &[&from, &into]))
        }
        MergeError::Store(e) => e.into(),
    }
}
