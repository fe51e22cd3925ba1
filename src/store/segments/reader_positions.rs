//! How far a reader read each file, kept across processes (in the local cache): a
//! reader resumed from them reads only what changed or arrived since. A position
//! that no longer fits its file (the file replaced, rewritten or cut) makes the
//! reader read that file again from its start, as it would anyway.

use super::{Progress, SegmentReader};
use crate::store::disk::FileVersion;
use serde::{Deserialize, Serialize};
use std::ffi::OsString;
use std::path::Path;

/// One file's position: its name in `events/`, its version when read, and the bytes
/// and lines of complete lines read with their checksum.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Position {
    pub file: String,
    version: FileVersion,
    consumed: usize,
    lines: usize,
    prefix_crc: u32,
}

impl SegmentReader {
    /// Every file read so far and how far (names that are not UTF-8 are left out:
    /// a resumed reader reads them again).
    pub fn positions(&self) -> Vec<Position> {
        self.files
            .iter()
            .filter_map(|(name, progress)| {
                Some(Position {
                    file: name.to_str()?.to_owned(),
                    version: progress.version,
                    consumed: progress.consumed,
                    lines: progress.lines,
                    prefix_crc: progress.prefix_crc,
                })
            })
            .collect()
    }

    /// A reader of `session_dir` that goes on from `positions`.
    pub fn resume(session_dir: &Path, positions: Vec<Position>) -> SegmentReader {
        let mut reader = SegmentReader::new(session_dir);
        for position in positions {
            let progress = Progress {
                version: position.version,
                consumed: position.consumed,
                lines: position.lines,
                prefix_crc: position.prefix_crc,
            };
            reader.files.insert(OsString::from(position.file), progress);
        }
        reader
    }
}
