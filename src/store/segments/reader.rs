//! Reading every file under `events/`: each writer's segments, and whatever a sync
//! engine put there (conflict copies, files still arriving). Only complete,
//! checksum-valid lines are used. An incomplete last line is a transfer in progress
//! and is left for a later read, without a word; a complete damaged line is
//! reported and skipped. A reader remembers how far it read each file, so reading
//! again parses only what arrived since.

use super::error::SegmentError;
use super::names::{EVENTS_DIR, is_sync_temporary, writer_in_name};
use super::record::decode;
use super::unreadable::Unreadable;
use crate::session::{Event, EventId, WriterId};
use crate::store::disk::{Disk, FileVersion};
use std::collections::BTreeMap;
use std::ffi::OsString;
use std::io;
use std::path::{Path, PathBuf};

/// Where a line was read: the file's name in `events/` and its 1-based line number.
/// Ordered by name, then line: among copies of one id that differ, the first wins.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Origin {
    /// Shared by every line of the file: one allocation a file, not one a line.
    pub file: std::sync::Arc<str>,
    pub line: usize,
}

/// One event read from a segment.
#[derive(Debug, Clone, PartialEq)]
pub struct Found {
    pub id: EventId,
    pub event: Event,
    pub origin: Origin,
}

/// A file or a line that was not used: a damaged line (with its number), or a name
/// refused as a link, a device or a file too big (without one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub file: String,
    /// The writer the file's name starts with, if it does.
    pub writer: Option<WriterId>,
    pub line: Option<usize>,
    pub reason: Unreadable,
}

/// What one read found.
#[derive(Debug, Default)]
pub struct ReadBatch {
    /// In (file name, line) order.
    pub found: Vec<Found>,
    pub problems: Vec<Problem>,
}

/// How far a file was read, and which file it was.
#[derive(Debug, Clone)]
struct Progress {
    version: FileVersion,
    /// Bytes of complete lines parsed.
    consumed: usize,
    /// Lines in those bytes.
    lines: usize,
    /// The checksum of those bytes: a file rewritten in place with other bytes is
    /// read again from its start.
    prefix_crc: u32,
}

/// Reads the segments of one session folder, on and on.
#[derive(Debug)]
pub struct SegmentReader {
    dir: PathBuf,
    files: BTreeMap<OsString, Progress>,
    /// Names refused, and why: reported once, not at every read.
    refused: BTreeMap<OsString, Unreadable>,
}

/// Everything in the segments of `session_dir`, read once.
pub fn read_all(disk: &dyn Disk, session_dir: &Path) -> Result<ReadBatch, SegmentError> {
    SegmentReader::new(session_dir).read_new(disk)
}

impl SegmentReader {
    pub fn new(session_dir: &Path) -> SegmentReader {
        SegmentReader {
            dir: session_dir.join(EVENTS_DIR),
            files: BTreeMap::new(),
            refused: BTreeMap::new(),
        }
    }

    /// The lines that became complete since the last read, in every file. A file
    /// replaced by another (a sync engine renames a finished copy over a partial
    /// one) that still begins with the bytes read before is parsed on from there;
    /// one with other bytes is parsed again from its start, and the union drops
    /// what comes again as a duplicate.
    pub fn read_new(&mut self, disk: &dyn Disk) -> Result<ReadBatch, SegmentError> {
        let mut batch = ReadBatch::default();
        let mut names = match disk.names_in(&self.dir) {
            Ok(names) => names,
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(batch),
            Err(e) => return Err(SegmentError::io(&self.dir)(e)),
        };
        names.sort();
        for name in names {
            if is_sync_temporary(&name.to_string_lossy()) {
                continue;
            }
            self.read_file(disk, name, &mut batch)?;
        }
        Ok(batch)
    }

    fn read_file(
        &mut self,
        disk: &dyn Disk,
        name: OsString,
        batch: &mut ReadBatch,
    ) -> Result<(), SegmentError> {
        let path = self.dir.join(&name);
        let known = self.files.get(&name).cloned();
        if known
            .as_ref()
            .is_some_and(|p| disk.version(&path).ok() == Some(p.version))
        {
            return Ok(());
        }
        let (bytes, version) = match disk.read_versioned(&path) {
            Ok(read) => read,
            // Gone since the folder was listed: a sync engine's rename, say.
            Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(()),
            // A link, a special file, a folder or a file too big: named, not read.
            Err(e) => match Unreadable::refusal(&e) {
                Some(reason) => {
                    self.refuse(name, reason, batch);
                    return Ok(());
                }
                None => return Err(SegmentError::Io { path, source: e }),
            },
        };
        self.refused.remove(&name);
        let (start, lines_before, crc_before) = known
            .filter(|p| continues(p, &bytes))
            .map_or((0, 0, 0), |p| (p.consumed, p.lines, p.prefix_crc));
        let file = name.to_string_lossy().into_owned();
        let (consumed, lines) = parse_lines(&bytes, (start, lines_before), &file, batch);
        // The checksum of the bytes read so far, going on from the part read before.
        let mut crc = crc32fast::Hasher::new_with_initial(crc_before);
        crc.update(&bytes[start..consumed]);
        let progress = Progress {
            version,
            consumed,
            lines,
            prefix_crc: crc.finalize(),
        };
        self.files.insert(name, progress);
        Ok(())
    }

    /// Takes note of `line`, just appended by this process to its own segment
    /// (now at `version`), and already in the caller's union: when this reader had
    /// read every byte of that file before the line, it goes on after the line
    /// without reading the file again. Otherwise the next read reads the file.
    pub fn note_own_line(&mut self, path: &Path, line: &[u8], version: FileVersion) {
        let Some(name) = path.file_name() else {
            return;
        };
        let Some(start) = usize::try_from(version.size)
            .ok()
            .and_then(|size| size.checked_sub(line.len()))
        else {
            return;
        };
        let before = match self.files.get(name) {
            Some(p) if read_to_end(p, &version, start) => p.clone(),
            // A new segment of this writer, never read: the line is all it holds.
            None if start == 0 => Progress {
                version,
                consumed: 0,
                lines: 0,
                prefix_crc: 0,
            },
            _ => return,
        };
        if line.last() != Some(&b'\n') || line[..line.len() - 1].contains(&b'\n') {
            return;
        }
        let mut crc = crc32fast::Hasher::new_with_initial(before.prefix_crc);
        crc.update(line);
        let progress = Progress {
            version,
            consumed: start + line.len(),
            lines: before.lines + 1,
            prefix_crc: crc.finalize(),
        };
        self.files.insert(name.to_owned(), progress);
    }

    fn refuse(&mut self, name: OsString, reason: Unreadable, batch: &mut ReadBatch) {
        if self.refused.get(&name) != Some(&reason) {
            let file = name.to_string_lossy().into_owned();
            batch.problems.push(Problem {
                writer: writer_in_name(&file),
                file,
                line: None,
                reason,
            });
            self.refused.insert(name, reason);
        }
    }
}

/// True when `bytes` begin with the bytes read before, unchanged: the file grown in
/// place, or replaced by a longer copy of itself (Syncthing lands every change of
/// another laptop's segment as a new file renamed over the old one). Only what
/// follows is parsed, so a landing costs what it brings, not the segment's size.
fn continues(before: &Progress, bytes: &[u8]) -> bool {
    bytes.len() >= before.consumed
        && crc32fast::hash(&bytes[..before.consumed]) == before.prefix_crc
}

/// True when `before` read all of the same file up to `start`, and nothing more.
fn read_to_end(before: &Progress, version: &FileVersion, start: usize) -> bool {
    (before.version.dev, before.version.ino) == (version.dev, version.ino)
        && usize::try_from(before.version.size) == Ok(before.consumed)
        && before.consumed == start
}

/// Parses the complete lines after `start` (bytes, lines), adding what they hold to
/// `batch`; returns where the complete lines end.
fn parse_lines(
    bytes: &[u8],
    start: (usize, usize),
    file: &str,
    batch: &mut ReadBatch,
) -> (usize, usize) {
    let (mut offset, mut line) = start;
    let shared: std::sync::Arc<str> = file.into();
    while let Some(newline) = bytes[offset..].iter().position(|&b| b == b'\n') {
        line += 1;
        match decode(&bytes[offset..offset + newline]) {
            Ok((id, event)) => batch.found.push(Found {
                id,
                event,
                origin: Origin {
                    file: shared.clone(),
                    line,
                },
            }),
            Err(bad) => batch.problems.push(Problem {
                file: file.to_owned(),
                writer: writer_in_name(file),
                line: Some(line),
                reason: Unreadable::from(&bad),
            }),
        }
        offset += newline + 1;
    }
    (offset, line)
}

#[path = "reader_positions.rs"]
mod positions;
pub use positions::Position;

#[cfg(test)]
#[path = "reader_tests.rs"]
mod tests;
