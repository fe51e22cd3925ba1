//! One copy of the app per session. The lock is an OS file lock (flock) on a file
//! that is never renamed, so it frees itself when the holder dies, even by kill -9.
//!
//! A flock belongs to an inode, not to a name: if `session.lock` is deleted while the
//! app runs, a second writer would create a new file and lock that. So the holder
//! checks, before every commit, that the name still points to the inode it locked
//! (`still_held`), and stops writing for good when it does not. (A flock on the
//! folder itself would not need this, but it fails on network shares.)

use super::disk::{HeldLock, LockError};
use super::openat::{fstat, open_dir, open_in, stat_in};
use std::ffi::OsStr;
use std::fs::{File, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};

pub const LOCK_FILE: &str = "session.lock";

#[derive(Debug)]
pub struct SessionLock {
    /// Held open: the flock lasts as long as this descriptor.
    _file: File,
    path: PathBuf,
    /// Device and inode of the locked file, read once: an open file keeps them.
    held: (libc::dev_t, libc::ino_t),
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
            return Ok(SessionLock {
                _file: file,
                path: dir.join(LOCK_FILE),
                held,
            });
        }
        Err(LockError::Io(io::Error::other(
            "session.lock keeps being replaced",
        )))
    }
}

impl HeldLock for SessionLock {
    fn still_held(&self) -> io::Result<()> {
        // The path afresh, the folder's link followed as at the start: a folder that
        // was removed or replaced fails here too.
        let now = self.path.symlink_metadata();
        use std::os::unix::fs::MetadataExt;
        match now {
            Ok(now) if (now.dev(), now.ino()) == self.held => Ok(()),
            // Short: it is the reason the footer shows after NOT SAVED.
            Ok(_) => Err(io::Error::other(
                "session.lock was replaced: another samtal may be writing; stopped writing",
            )),
            Err(e) if self.path.parent().is_some_and(|dir| !dir.is_dir()) => Err(io::Error::new(
                e.kind(),
                "the session folder was deleted or moved; stopped writing",
            )),
            Err(e) => Err(io::Error::new(
                e.kind(),
                "session.lock was deleted: another samtal may be writing; stopped writing",
            )),
        }
    }
}
