//! One copy of the app per session. The lock is an OS file lock (flock) on a file
//! that is never renamed, so it frees itself when the holder dies, even by kill -9.
//!
//! A flock belongs to an inode, not to a name: if `session.lock` is deleted while the
//! app runs, a second writer would create a new file and lock that. So the holder
//! checks, before every commit, that the name still points to the inode it locked
//! (`still_held`), and stops writing for good when it does not. (A flock on the
//! folder itself would not need this, but it fails on network shares.)

use super::disk::HeldLock;
use super::openat::{fstat, open_dir, open_in, stat_in};
use std::ffi::OsStr;
use std::fs::{File, TryLockError};
use std::io::{self, Read, Seek, SeekFrom, Write};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};

pub const LOCK_FILE: &str = "session.lock";

#[derive(Debug)]
pub struct SessionLock {
    file: File,
    path: PathBuf,
}

pub enum LockError {
    /// Held by another process; its pid, when it wrote one.
    Held(Option<u32>),
    Io(std::io::Error),
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
            match stat_in(folder.as_raw_fd(), name) {
                Ok(now) if (now.st_dev, now.st_ino) == (held.st_dev, held.st_ino) => {}
                _ => continue,
            }
            // The pid is only for the message a second copy shows; the lock is the flock.
            let _ = file.set_len(0);
            let _ = file.seek(SeekFrom::Start(0));
            let _ = write!(file, "{}", std::process::id());
            return Ok(SessionLock {
                file,
                path: dir.join(LOCK_FILE),
            });
        }
        Err(LockError::Io(io::Error::other(
            "session.lock keeps being replaced",
        )))
    }
}

impl HeldLock for SessionLock {
    fn still_held(&self) -> io::Result<()> {
        let held = fstat(self.file.as_raw_fd())?;
        // The path afresh, the folder's link followed as at the start: a folder that
        // was removed or replaced fails here too.
        let now = self.path.symlink_metadata();
        use std::os::unix::fs::MetadataExt;
        match now {
            Ok(now) if (now.dev(), now.ino()) == (held.st_dev, held.st_ino) => Ok(()),
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
