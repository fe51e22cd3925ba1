//! What can go wrong when writing or reading segments.

use crate::session::{Stamp, WriterId};
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum SegmentError {
    #[error("{}: {source}", path.display())]
    Io {
        path: PathBuf,
        source: std::io::Error,
    },
    /// The segment a writer appends to was deleted or replaced: what it appended
    /// there is not saved.
    #[error("{} was deleted or replaced by another file; the event is not saved there", path.display())]
    Lost { path: PathBuf },
    /// A writer's stamps must grow: its lines are then in id order, and no two of its
    /// events share an id.
    #[error("stamp {stamp:?} does not come after {last:?}, the last one this writer wrote")]
    StampNotGrowing { last: Stamp, stamp: Stamp },
    #[error("stamp {0:?} is beyond the years a session may have times in")]
    StampOutOfRange(Stamp),
    #[error("writer {0} has used every segment number")]
    NoSegmentLeft(WriterId),
    #[error("an event could not be encoded: {0}")]
    Encode(#[from] serde_json::Error),
}

impl SegmentError {
    pub(super) fn io(path: &std::path::Path) -> impl FnOnce(std::io::Error) -> SegmentError + '_ {
        move |source| SegmentError::Io {
            path: path.to_path_buf(),
            source,
        }
    }
}
