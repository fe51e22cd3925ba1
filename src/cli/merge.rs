//! `samtal merge <FROM-FOLDER> <INTO-ID|FOLDER>`: another copy of a session folder
//! brought in without a network (`store::merge`), and what it did said in counts.

use super::error::{CliError, say};
use super::lang::{current, fill};
use crate::messages::os_error;
use crate::store::disk::Disk;
use crate::store::header::read_header;
use crate::store::merge::{MergeError, MergeReport, merge as merge_folders};
use crate::store::os_disk::OsDisk;
use crate::store::paths;
use crate::store::stignore::ensure_stignore;
use crate::text::display_safe;
use std::path::{Path, PathBuf};

pub fn merge(data_dir: &Path, from: &Path, into_arg: &str, force: bool) -> Result<(), CliError> {
    let into = resolve_into(data_dir, into_arg)?;
    let into = match into {
        Some(into) => into,
        None => new_home_for_the_copy(data_dir, from, into_arg)?,
    };
    let report = merge_folders(&OsDisk::default(), from, &into, force).map_err(merge_error)?;
    print_report(&into, &report);
    Ok(())
}

/// An id names a session folder in the data dir, else the argument is a folder;
/// None when neither is there (yet).
fn resolve_into(data_dir: &Path, arg: &str) -> Result<Option<PathBuf>, CliError> {
    if paths::is_valid_id(arg) {
        let dir = paths::sessions_dir(data_dir).join(arg);
        if dir.is_dir() {
            return Ok(Some(dir));
        }
    }
    let as_path = Path::new(arg);
    Ok(as_path.is_dir().then(|| as_path.to_path_buf()))
}

/// A laptop that does not have the session yet takes it from the stick by its id:
/// when `id` is the copy's own session id, its folder is made in the data dir (with
/// the data dir's `.stignore`, as `new` makes it) and the merge fills it.
fn new_home_for_the_copy(data_dir: &Path, from: &Path, id: &str) -> Result<PathBuf, CliError> {
    let sessions = paths::sessions_dir(data_dir);
    let no_target = || {
        CliError::bad_input(fill(
            current().device().merge_no_target,
            &[&id, &sessions.display()],
        ))
    };
    let disk = OsDisk::default();
    let copy_is_this_session =
        paths::is_valid_id(id) && read_header(&disk, from).is_ok_and(|header| header.base.id == id);
    if !copy_is_this_session {
        return Err(no_target());
    }
    let dir = sessions.join(id);
    disk.create_dir_all(&dir).map_err(|e| {
        CliError::io(fill(
            current().cli().cannot_create,
            &[&dir.display(), &os_error(current(), &e)],
        ))
    })?;
    // As `new`: Syncthing reads `.stignore` only at the root of a shared folder.
    let _ = ensure_stignore(&disk, data_dir);
    Ok(dir)
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
