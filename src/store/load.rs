//! Reading a session without writing anything: for `export`, `present`, `list` and
//! the start screen. A version 2 folder is its header with every segment folded on
//! it; a version 1 folder is read as it is (its conversion waits for a writer).

use super::disk::Disk;
use super::error::StoreError;
use super::error::segment_error;
use super::header::{HEADER_FILE, read_header};
use super::load_v1::load_v1_on;
use super::os_disk::OsDisk;
use super::segments::{Problem, Union, fold, read_all};
use crate::session::Session;
use std::path::Path;

/// A session as read from disk, without changing any file.
pub struct Loaded {
    pub session: Session,
    /// How many events it was folded from.
    pub seq: u64,
    /// What could not be read (damaged lines, refused files), if anything.
    pub bad_tail: Option<Damage>,
}

/// What a read skipped, as facts; `messages::damage` words it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// Lines and files of `events/` (session folder version 2), in name order.
    Segments(Vec<Problem>),
    /// The journal of a version 1 folder, summarised by its replay.
    Journal(String),
}

/// Reads the session in `dir` without writing anything.
pub fn load(dir: &Path) -> Result<Loaded, StoreError> {
    load_on(&OsDisk::default(), dir)
}

pub fn load_on(disk: &dyn Disk, dir: &Path) -> Result<Loaded, StoreError> {
    if !disk.exists(&dir.join(HEADER_FILE)) {
        let v1 = load_v1_on(disk, dir)?;
        return Ok(Loaded {
            session: v1.session,
            seq: v1.seq,
            bad_tail: v1.bad_tail.map(Damage::Journal),
        });
    }
    let header = read_header(disk, dir)?;
    let batch = read_all(disk, dir).map_err(segment_error)?;
    let mut union = Union::new();
    union.extend(batch.found);
    Ok(Loaded {
        session: fold(&header.base, &union),
        seq: union.len() as u64,
        bad_tail: (!batch.problems.is_empty()).then_some(Damage::Segments(batch.problems)),
    })
}
