//! Why a line or a file of `events/` was not used, as facts: the words, in the
//! interface language, come from the catalogue (`messages::damage`).

use super::record::BadLine;
use crate::store::line::BadRecord;
use crate::store::openat::{NotRegular, TooLarge};
use std::io;

/// Why one line or one file was skipped.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum Unreadable {
    /// The line has no tab, so no checksum before it.
    NoChecksum,
    /// What stands before the tab is not a hexadecimal checksum.
    UnreadableChecksum,
    /// The line's bytes do not give its checksum: changed since it was written.
    ChecksumMismatch,
    /// The checksum matches, but the JSON is not an event samtal knows.
    NotAnEvent,
    /// A number in the event is outside what it may be.
    OutOfRange,
    /// A time or a clock in the event is impossible.
    Implausible,
    /// The event's id is stamped after the last year a session may have times in.
    StampBeyondYears,
    /// The name is not a regular file (a link, a folder, a device …).
    NotAFile(FileKind),
    /// The file is larger than samtal reads.
    TooLarge { mib: u64 },
}

/// What a name in `events/` is, when it is not a regular file.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
pub enum FileKind {
    Link,
    Folder,
    Device,
    Pipe,
    Socket,
    Other,
}

impl From<&BadLine> for Unreadable {
    fn from(bad: &BadLine) -> Unreadable {
        match bad {
            BadLine::Record(BadRecord::NoChecksum) => Unreadable::NoChecksum,
            BadLine::Record(BadRecord::UnreadableChecksum) => Unreadable::UnreadableChecksum,
            BadLine::Record(BadRecord::ChecksumMismatch) => Unreadable::ChecksumMismatch,
            BadLine::Record(BadRecord::UnreadableEvent(_)) => Unreadable::NotAnEvent,
            BadLine::Record(BadRecord::OutOfRange) => Unreadable::OutOfRange,
            BadLine::Record(BadRecord::Implausible(_)) => Unreadable::Implausible,
            BadLine::StampOutOfRange(_) => Unreadable::StampBeyondYears,
        }
    }
}

impl Unreadable {
    /// The refusal an open of a file in `events/` gave, if it was one (a link, a
    /// special file, a folder, a file too big); None for any other error.
    pub fn refusal(error: &io::Error) -> Option<Unreadable> {
        if error.kind() == io::ErrorKind::IsADirectory {
            return Some(Unreadable::NotAFile(FileKind::Folder));
        }
        let inner = error.get_ref()?;
        if let Some(too_large) = inner.downcast_ref::<TooLarge>() {
            return Some(Unreadable::TooLarge {
                mib: too_large.size / (1024 * 1024),
            });
        }
        let not_regular = inner.downcast_ref::<NotRegular>()?;
        Some(Unreadable::NotAFile(FileKind::named(not_regular.kind)))
    }
}

impl FileKind {
    /// The kind `openat` names in its refusal.
    fn named(kind: &str) -> FileKind {
        match kind {
            "a symbolic link" => FileKind::Link,
            "a folder" => FileKind::Folder,
            "a character device" | "a block device" => FileKind::Device,
            "a named pipe" => FileKind::Pipe,
            "a socket" => FileKind::Socket,
            _ => FileKind::Other,
        }
    }
}
