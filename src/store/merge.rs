//! Bringing another copy of a v2 session folder into this one without a network (a
//! USB stick, an unzipped e-mail attachment): every segment the other copy has and
//! this one lacks is copied; a name both have with other content is kept beside as
//! a conflict copy (event ids deduplicate it when the session is read). Nothing here
//! is ever overwritten, so merging twice, or both ways, loses nothing and the second
//! run changes nothing. Like opening, a merge writes the local-only names into the
//! folder's `.stignore` when they are missing.

use super::convert::convert;
use super::disk::{Disk, write_new_atomically};
use super::error::StoreError;
use super::header::{HEADER_FILE, HeaderError, read_header};
use super::paths::SNAPSHOT_FILE;
use super::segments::names::{EVENTS_DIR, is_sync_temporary};
use super::stignore::{STIGNORE_FILE, ensure_stignore};
use super::sync_names::{conflict_copy_name, is_conflict_copy_of};
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

/// Conflict copies of one name, at most: far beyond any real use.
const MAX_CONFLICT_COPIES: u32 = 10_000;

/// What a merge did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct MergeReport {
    /// Segments this folder lacked, copied.
    pub copied: usize,
    /// Segments this folder had already (the same bytes, or more of them, or an
    /// identical conflict copy).
    pub already_here: usize,
    /// Segments kept beside one of the same name as a new conflict copy.
    pub conflict_copies: usize,
    /// This folder had no header, and got the other copy's.
    pub header_copied: bool,
    /// This folder was a v1 session and was converted first (its header written).
    pub converted: bool,
    /// This folder's `.stignore` lacked local-only names and got them, as opening
    /// the session would have done.
    pub stignore_written: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum MergeError {
    /// The folder to merge from has no `header.json`.
    #[error("{} is not a v2 session folder (no {HEADER_FILE})", dir.display())]
    NotV2 { dir: PathBuf },
    /// The two headers name different sessions.
    #[error("the folders hold different sessions ({from} and {into})")]
    OtherSession { from: String, into: String },
    #[error(transparent)]
    Store(#[from] StoreError),
}

impl From<HeaderError> for MergeError {
    fn from(error: HeaderError) -> MergeError {
        MergeError::Store(error.into())
    }
}

/// Merges the v2 session folder `from` into the folder `into` (a v2 session, a v1
/// session, converted first under its lock, or an empty folder). Refused before
/// anything is written when `from` is not a v2 session, when the two are different
/// sessions (unless `force`), or when `from/events` holds a link or a special file.
pub fn merge(
    disk: &dyn Disk,
    from: &Path,
    into: &Path,
    force: bool,
) -> Result<MergeReport, MergeError> {
    let from_header_path = from.join(HEADER_FILE);
    let from_header = match read_header(disk, from) {
        Err(HeaderError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => {
            return Err(MergeError::NotV2 {
                dir: from.to_path_buf(),
            });
        }
        other => other?,
    };
    let mut report = MergeReport::default();
    let into_header = match read_header(disk, into) {
        Ok(header) => Some(header),
        Err(HeaderError::Io { source, .. }) if source.kind() == io::ErrorKind::NotFound => None,
        Err(e) => return Err(e.into()),
    };
    let into_session = match into_header {
        Some(header) => Some(header.base.id),
        None if disk.exists(&into.join(SNAPSHOT_FILE)) => {
            Some(super::convert::header_from_v1(disk, into)?.header.base.id)
        }
        None => None,
    };
    if let Some(into_id) = into_session
        && into_id != from_header.base.id
        && !force
    {
        return Err(MergeError::OtherSession {
            from: from_header.base.id,
            into: into_id,
        });
    }
    let names = segments_of(disk, from)?;
    if !disk.exists(&into.join(HEADER_FILE)) {
        if disk.exists(&into.join(SNAPSHOT_FILE)) {
            convert_under_lock(disk, into)?;
            report.converted = true;
        } else {
            let bytes = disk
                .read(&from_header_path)
                .map_err(StoreError::io(&from_header_path))?;
            publish(disk, &into.join(HEADER_FILE), &bytes)?;
            report.header_copied = true;
        }
    }
    // Before any segment lands: a folder shared by a sync must never carry the lock,
    // the draft or the local cache of whoever opens it next.
    report.stignore_written =
        ensure_stignore(disk, into).map_err(StoreError::io(&into.join(STIGNORE_FILE)))?;
    for name in names {
        bring_in(disk, from, into, &name, &mut report)?;
    }
    Ok(report)
}

/// The v1 folder's header, written while no app has it open (its lock held), so the
/// base is the session as its last writer left it.
fn convert_under_lock(disk: &dyn Disk, dir: &Path) -> Result<(), StoreError> {
    let _lock = disk.lock(dir).map_err(|e| match e {
        super::disk::LockError::Held(pid) => StoreError::Locked {
            dir: dir.to_path_buf(),
            pid,
        },
        super::disk::LockError::Io(source) => {
            StoreError::io(&dir.join(super::lock::LOCK_FILE))(source)
        }
    })?;
    convert(disk, dir).map(drop)
}

/// The names in `from/events` to bring in, sorted, each checked to be a readable
/// regular file first: a link or a device refuses the whole merge before anything
/// is written.
fn segments_of(disk: &dyn Disk, from: &Path) -> Result<Vec<String>, StoreError> {
    let dir = from.join(EVENTS_DIR);
    let names: Vec<OsString> = match disk.names_in(&dir) {
        Ok(names) => names,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(Vec::new()),
        Err(e) => return Err(StoreError::io(&dir)(e)),
    };
    let mut kept = Vec::new();
    for name in names {
        let path = dir.join(&name);
        let Some(name) = name.to_str().map(str::to_string) else {
            return Err(StoreError::Corrupt {
                path,
                reason: "a file name that is not UTF-8".to_string(),
            });
        };
        if is_sync_temporary(&name) {
            continue;
        }
        disk.read(&path).map_err(StoreError::io(&path))?;
        kept.push(name);
    }
    kept.sort();
    Ok(kept)
}

/// Brings one segment in: copied when missing, nothing when already here, else a
/// conflict copy beside it.
fn bring_in(
    disk: &dyn Disk,
    from: &Path,
    into: &Path,
    name: &str,
    report: &mut MergeReport,
) -> Result<(), StoreError> {
    let source = from.join(EVENTS_DIR).join(name);
    let bytes = disk.read(&source).map_err(StoreError::io(&source))?;
    let events = into.join(EVENTS_DIR);
    if !disk.is_dir(&events) {
        disk.create_dir_all(&events)
            .and_then(|()| disk.sync_dir(into))
            .map_err(StoreError::io(&events))?;
    }
    let target = events.join(name);
    // Another writer may take the name between the look and the write: look again.
    for _ in 0..3 {
        match read_if_there(disk, &target)? {
            None if publish(disk, &target, &bytes)? => report.copied += 1,
            None => continue,
            Some(here) if here.starts_with(&bytes) => report.already_here += 1,
            Some(_) => keep_beside(disk, &events, name, &bytes, report)?,
        }
        return Ok(());
    }
    Err(StoreError::io(&target)(io::Error::other(
        "the name kept changing while it was copied",
    )))
}

/// A conflict copy of `name` holding `bytes`, unless one with these bytes exists.
fn keep_beside(
    disk: &dyn Disk,
    events: &Path,
    name: &str,
    bytes: &[u8],
    report: &mut MergeReport,
) -> Result<(), StoreError> {
    let names = disk.names_in(events).map_err(StoreError::io(events))?;
    for other in names.iter().filter_map(|n| n.to_str()) {
        if is_conflict_copy_of(other, name)
            && read_if_there(disk, &events.join(other))?.as_deref() == Some(bytes)
        {
            report.already_here += 1;
            return Ok(());
        }
    }
    for n in 1..=MAX_CONFLICT_COPIES {
        let copy = events.join(conflict_copy_name(name, n));
        if !disk.exists(&copy) && publish(disk, &copy, bytes)? {
            report.conflict_copies += 1;
            return Ok(());
        }
    }
    Err(StoreError::io(events)(io::Error::other(
        "no free conflict copy name",
    )))
}

fn read_if_there(disk: &dyn Disk, path: &Path) -> Result<Option<Vec<u8>>, StoreError> {
    match disk.read(path) {
        Ok(bytes) => Ok(Some(bytes)),
        Err(e) if e.kind() == io::ErrorKind::NotFound => Ok(None),
        Err(e) => Err(StoreError::io(path)(e)),
    }
}

/// Writes a new file whole; false when the name was taken meanwhile.
fn publish(disk: &dyn Disk, path: &Path, bytes: &[u8]) -> Result<bool, StoreError> {
    match write_new_atomically(disk, path, bytes) {
        Ok(()) => Ok(true),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(StoreError::io(path)(e)),
    }
}

#[cfg(test)]
#[path = "merge_tests.rs"]
mod tests;
