//! Session folder version 2, the segment layer: every writer (a process that writes
//! a session) appends its events to its own files under `events/`, and a reader
//! takes every file there, from any writer and any copy of the folder, and merges
//! them into one set of events ordered by id. Nothing here rewrites, truncates or
//! renames a file once written, and a writer writes only files it created, so any
//! folder sync (Syncthing, a network share, a USB stick) can carry the files.
//!
//! - `record`: one line, `<crc32>\t{"id":"<EventId>","event":{…}}\n`;
//! - `names`: the names in `events/`, a sync engine's temporary names, `.stignore`;
//! - `writer`: `SegmentWriter`, one writer's appends, a new segment at 8 MiB;
//! - `reader`: `SegmentReader`, every file's complete, valid lines, read on as
//!   the files grow;
//! - `union`: the events deduplicated by id, and the fold onto the session's base;
//! - `unreadable`: why a line or a file was skipped, as facts for the catalogue.
//!
//! The store (`store::Store`, `store::load`) is built on these.

mod error;
#[cfg(any(test, feature = "testkit"))]
pub mod examples;
pub mod fold;
pub mod names;
pub mod reader;
pub mod record;
#[cfg(any(test, feature = "testkit"))]
pub mod sim_sync;
pub mod union;
pub mod unreadable;
pub mod writer;

pub use error::SegmentError;
pub use fold::{fold, fold_after};
pub use names::{EVENTS_DIR, is_sync_temporary, parse_segment_name, segment_name};
pub use reader::{Found, Origin, Position, Problem, ReadBatch, SegmentReader, read_all};
pub use union::{Conflict, Inserted, Merged, Union};
pub use unreadable::{FileKind, Unreadable};
pub use writer::{SEGMENT_LIMIT, SegmentWriter};
