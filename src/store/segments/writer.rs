//! One writer's appends to its own segments in `events/`. Every segment is created
//! new (`O_EXCL`), so a writer never writes into a file it did not create; it is
//! closed for good when it reaches the size limit, after a failed write (which may
//! have left a torn line), or when the writer ends.

use super::error::SegmentError;
use super::names::{EVENTS_DIR, MAX_SEGMENT, parse_segment_name, segment_name};
use super::record::{encode, max_stamp_millis};
use crate::session::{Event, EventId, Stamp, WriterId};
use crate::store::disk::{Disk, FileVersion};
use std::io;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// A segment is closed when the next line would take it past this size: small
/// enough for a sync engine to move in a moment, big enough that a session has few.
pub const SEGMENT_LIMIT: u64 = 8 * 1024 * 1024;

/// The segment being appended to.
#[derive(Debug)]
struct OpenSegment {
    path: PathBuf,
    len: u64,
    /// The file this writer created there (device, inode): appends go nowhere else.
    identity: (u64, u64),
    /// The last line written there, and the file's version just after it.
    last_line: Vec<u8>,
    version: FileVersion,
}

/// The line the last append wrote: where, and the file's version just after it.
#[derive(Debug, Clone, Copy)]
pub struct Appended<'a> {
    pub path: &'a Path,
    pub line: &'a [u8],
    pub version: FileVersion,
}

/// Appends one writer's events to its segments in one session folder.
#[derive(Debug)]
pub struct SegmentWriter {
    disk: Arc<dyn Disk>,
    dir: PathBuf,
    writer: WriterId,
    limit: u64,
    next_segment: u32,
    open: Option<OpenSegment>,
    last: Option<Stamp>,
    /// The last append failed: its event may or may not be in the file, so the same
    /// stamp may be written again (readers deduplicate it by id).
    last_failed: bool,
}

impl SegmentWriter {
    /// A writer for `session_dir`, creating `events/` (0700) if it is not there.
    /// No file is created before the first append.
    pub fn open(
        disk: Arc<dyn Disk>,
        session_dir: &Path,
        writer: WriterId,
    ) -> Result<SegmentWriter, SegmentError> {
        let dir = session_dir.join(EVENTS_DIR);
        if !disk.is_dir(&dir) {
            disk.create_dir_all(&dir)
                .and_then(|()| disk.sync_dir(session_dir))
                .map_err(SegmentError::io(&dir))?;
        }
        let highest = disk
            .names_in(&dir)
            .map_err(SegmentError::io(&dir))?
            .iter()
            .filter_map(|name| parse_segment_name(&name.to_string_lossy()))
            .filter(|(owner, _)| *owner == writer)
            .map(|(_, segment)| segment)
            .max()
            .unwrap_or(0);
        Ok(SegmentWriter {
            disk,
            dir,
            writer,
            limit: SEGMENT_LIMIT,
            next_segment: highest.saturating_add(1),
            open: None,
            last: None,
            last_failed: false,
        })
    }

    /// The same writer with another size limit (tests rotate at a few hundred bytes).
    pub fn with_limit(mut self, limit: u64) -> SegmentWriter {
        self.limit = limit;
        self
    }

    pub fn writer(&self) -> WriterId {
        self.writer
    }

    /// The segment the next append goes to, unless it is full.
    pub fn current_segment(&self) -> Option<&Path> {
        self.open.as_ref().map(|open| open.path.as_path())
    }

    /// The line the last append wrote, if it succeeded and its segment is still open:
    /// a reader of the folder takes note of it instead of reading the file again.
    pub fn last_append(&self) -> Option<Appended<'_>> {
        self.open.as_ref().map(|open| Appended {
            path: &open.path,
            line: &open.last_line,
            version: open.version,
        })
    }

    /// Appends one event and makes it durable (fdatasync) before returning its id.
    /// `stamp` must come after every stamp this writer wrote before, except that the
    /// stamp of a failed append may be written again.
    pub fn append(&mut self, stamp: Stamp, event: &Event) -> Result<EventId, SegmentError> {
        self.check_stamp(stamp)?;
        let id = EventId {
            stamp,
            writer: self.writer,
        };
        let line = encode(id, event)?;
        self.last = Some(stamp);
        let result = self.write_line(&line);
        self.last_failed = result.is_err();
        if result.is_err() {
            // The file may end in a torn line now: nothing more goes after it.
            self.open = None;
        }
        result.map(|()| id)
    }

    fn check_stamp(&self, stamp: Stamp) -> Result<(), SegmentError> {
        if stamp.millis() > max_stamp_millis() {
            return Err(SegmentError::StampOutOfRange(stamp));
        }
        let Some(last) = self.last else {
            return Ok(());
        };
        let grows = stamp > last || (stamp == last && self.last_failed);
        debug_assert!(grows, "stamp {stamp:?} after {last:?}");
        if grows {
            Ok(())
        } else {
            Err(SegmentError::StampNotGrowing { last, stamp })
        }
    }

    fn write_line(&mut self, line: &[u8]) -> Result<(), SegmentError> {
        let len = line.len() as u64;
        match self.open.as_mut() {
            Some(open) if open.len.saturating_add(len) <= self.limit => {
                append_to(self.disk.as_ref(), open, line)
            }
            _ => self.start_segment(line),
        }
    }

    /// Creates the next segment with `line` as its first line.
    fn start_segment(&mut self, line: &[u8]) -> Result<(), SegmentError> {
        self.open = None;
        let disk = self.disk.as_ref();
        let path = loop {
            if self.next_segment > MAX_SEGMENT {
                return Err(SegmentError::NoSegmentLeft(self.writer));
            }
            let path = self.dir.join(segment_name(self.writer, self.next_segment));
            self.next_segment += 1;
            match disk.write(&path, line) {
                Ok(()) => break path,
                // A copy of this name came in from elsewhere: never write into it.
                Err(e) if e.kind() == io::ErrorKind::AlreadyExists => continue,
                Err(e) => return Err(SegmentError::Io { path, source: e }),
            }
        };
        let version = disk.version(&path).map_err(SegmentError::io(&path))?;
        let mut open = OpenSegment {
            path,
            len: line.len() as u64,
            identity: (version.dev, version.ino),
            last_line: line.to_vec(),
            version,
        };
        disk.sync(&open.path)
            .and_then(|()| disk.sync_dir(&self.dir))
            .map_err(SegmentError::io(&open.path))?;
        open.version = check_still_ours(disk, &open)?;
        self.open = Some(open);
        Ok(())
    }
}

fn append_to(disk: &dyn Disk, open: &mut OpenSegment, line: &[u8]) -> Result<(), SegmentError> {
    disk.append(&open.path, line)
        .and_then(|()| disk.sync(&open.path))
        .map_err(SegmentError::io(&open.path))?;
    open.len += line.len() as u64;
    open.version = check_still_ours(disk, open)?;
    open.last_line.clear();
    open.last_line.extend_from_slice(line);
    Ok(())
}

/// Err when the segment was deleted or replaced since it was created: an append and
/// a sync into a deleted file succeed without a word, and an append to a missing
/// name would have created a new file. Ok holds the file's version now.
fn check_still_ours(disk: &dyn Disk, open: &OpenSegment) -> Result<FileVersion, SegmentError> {
    let lost = || SegmentError::Lost {
        path: open.path.clone(),
    };
    disk.check_linked(&open.path).map_err(|_| lost())?;
    match disk.version(&open.path) {
        Ok(now) if (now.dev, now.ino) == open.identity => Ok(now),
        _ => Err(lost()),
    }
}

#[cfg(test)]
#[path = "writer_tests.rs"]
mod tests;
