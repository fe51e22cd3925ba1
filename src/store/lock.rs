//! One copy of the app per session. The lock is an OS file lock (flock) on a file
//! that is never renamed, so it frees itself when the holder dies, even by kill -9.

use super::files::open_private;
use std::fs::{File, OpenOptions, TryLockError};
use std::io::{Read, Seek, SeekFrom, Write};
use std::path::Path;

pub const LOCK_FILE: &str = "session.lock";

#[derive(Debug)]
pub struct SessionLock {
    _file: File,
}

pub enum LockError {
    /// Held by another process; its pid, when it wrote one.
    Held(Option<u32>),
    Io(std::io::Error),
}

impl SessionLock {
    pub fn acquire(dir: &Path) -> Result<SessionLock, LockError> {
        let path = dir.join(LOCK_FILE);
        let mut file = open_private(
            &path,
            OpenOptions::new()
                .read(true)
                .write(true)
                .create(true)
                .truncate(false),
        )
        .map_err(LockError::Io)?;
        match file.try_lock() {
            Ok(()) => {}
            Err(TryLockError::WouldBlock) => {
                let mut holder = String::new();
                let _ = file.read_to_string(&mut holder);
                // The kernel knows who holds it now; the file only who wrote last.
                let pid = super::lock_holder::holder_of(&path).or(holder.trim().parse().ok());
                return Err(LockError::Held(pid));
            }
            Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
        }
        // The pid is only for the message a second copy shows; the lock is the flock.
        let _ = file.set_len(0);
        let _ = file.seek(SeekFrom::Start(0));
        let _ = write!(file, "{}", std::process::id());
        Ok(SessionLock { _file: file })
    }
}
