//! What can go wrong on the simulated disk, and what a power cut keeps.

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Op {
    CreateDir,
    Write,
    Append,
    Sync,
    Rename,
    Remove,
    SyncDir,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fault {
    /// The operation returns an I/O error.
    Error,
    /// The operation panics (the process "crashes" in the middle of the store).
    Panic,
}

/// What survives a power cut of the bytes appended since the last sync.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tear {
    Nothing,
    Half,
    All,
}
