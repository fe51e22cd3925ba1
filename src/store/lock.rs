//! `session.lock`: how an older samtal (session folder version 1) kept one copy per
//! session. Session folder version 2 needs no lock (every writer writes only its
//! own files); `samtal merge` still takes this one before it converts a version 1
//! folder, so that it never converts a folder an older samtal has open. The lock
//! is an OS file lock (flock) on a file that is never renamed, so it frees itself
//! when the holder dies, even by kill -9.

use super::disk::{HeldLock, LockError};
use super::openat::{fstat, open_dir, open_in, stat_in};
use std::ffi::OsStr;
use std::fs::{File, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::path::Path;

pub const LOCK_FILE: &str = "session.lock";

#[derive(Debug)]
pub struct SessionLock {
    /// Held open: the flock lasts as long as this descriptor.
    _file: File,
}

impl SessionLock {
    pub fn acquire(dir: &Path) -> Result<SessionLock, LockError> {
        let folder = open_dir(dir).map_err(LockError::Io)?;
        let name = OsStr::new(LOCK_FILE);
        // A name replaced between the open and the flock would be locked in vain:
        // lock, then check the name still points to the locked file.
        for _ in 0..8 {
            let mut file = open_in(folder.as_raw_fd(), name, libc::O_RDWR | libc::O_CREAT)
                .map_err(LockError::Io)?;
            match file.try_lock() {
                Ok(()) => {}
                Err(TryLockError::WouldBlock) => {
                    let mut holder = String::new();
                    let _ = file.read_to_string(&mut holder);
                    // The kernel knows who holds it now; the file only who wrote last.
                    let pid = super::lock_holder::holder_of(&dir.join(LOCK_FILE))
                        .or(holder.trim().parse().ok());
                    return Err(LockError::Held(pid));
                }
                Err(TryLockError::Error(e)) => return Err(LockError::Io(e)),
            }
            let held = fstat(file.as_raw_fd()).map_err(LockError::Io)?;
            let held = (held.st_dev, held.st_ino);
            match stat_in(folder.as_raw_fd(), name) {
                Ok(now) if (now.st_dev, now.st_ino) == held => {}
                _ => continue,
            }
            // The pid is only for the message a second copy shows; the lock is the flock.
            let _ = file.set_len(0);
            let _ = file.seek(SeekFrom::Start(0));
            let _ = write!(file, "{}", std::process::id());
            return Ok(SessionLock { _file: file });
        }
        Err(LockError::Io(io::Error::other(
            "session.lock keeps being replaced",
        )))
    }
}

impl HeldLock for SessionLock {}
