//! The few file-system operations the store needs, behind a trait, so that tests can
//! run the same store on a disk that fails, fills up or loses power at any step
//! (`sim.rs`). `OsDisk` is the real one.

use super::files::{create_private_dir_all, open_private};
use super::lock::{LockError, SessionLock};
use std::collections::HashMap;
use std::fmt::Debug;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Held while a store has a session open; dropping it frees the session.
pub type LockGuard = Box<dyn Debug + Send>;

pub trait Disk: Debug + Send + Sync {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()>;
    fn exists(&self, path: &Path) -> bool;
    fn read(&self, path: &Path) -> io::Result<Vec<u8>>;
    /// Creates or replaces the file's content. Not durable until `sync`.
    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Appends to the file, creating it. Not durable until `sync`.
    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    fn truncate(&self, path: &Path, len: u64) -> io::Result<()>;
    /// Makes the file's content durable (fdatasync).
    fn sync(&self, path: &Path) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    fn remove(&self, path: &Path) -> io::Result<()>;
    /// Makes the names in the folder durable (new files, renames).
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// One writer per session folder.
    fn lock(&self, dir: &Path) -> Result<LockGuard, LockError>;
}

/// Replaces `path` with `bytes` so that a crash leaves either the old or the new
/// file, never a mix: a temporary file `.<name>.tmp` in the same folder, fsync,
/// rename over the old one, fsync the folder. The snapshot and every export use it.
pub fn write_atomically(disk: &dyn Disk, path: &Path, bytes: &[u8]) -> io::Result<()> {
    // "minutes.md" has the parent "": the current folder.
    let dir = match path.parent() {
        Some(parent) if parent.as_os_str().is_empty() => Path::new("."),
        Some(parent) => parent,
        None => return Err(io::Error::other("a file path without a folder")),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::other("a file path without a name"))?;
    let tmp = dir.join(format!(".{}.tmp", name.to_string_lossy()));
    let result = disk
        .write(&tmp, bytes)
        .and_then(|()| disk.sync(&tmp))
        .and_then(|()| disk.rename(&tmp, path))
        .and_then(|()| disk.sync_dir(dir));
    if result.is_err() && disk.exists(&tmp) {
        let _ = disk.remove(&tmp);
    }
    result
}

/// The real file system. Files 0600, folders 0700. The journal stays open between
/// appends, so a commit is one `write` plus one `fdatasync`.
#[derive(Debug, Default)]
pub struct OsDisk {
    open: Mutex<HashMap<PathBuf, File>>,
}

impl OsDisk {
    fn with_open<T>(
        &self,
        path: &Path,
        f: impl FnOnce(&mut File) -> io::Result<T>,
    ) -> io::Result<T> {
        let mut open = self
            .open
            .lock()
            .map_err(|_| io::Error::other("a file handle lock was poisoned"))?;
        if !open.contains_key(path) {
            let file = open_private(path, OpenOptions::new().append(true).create(true))?;
            open.insert(path.to_path_buf(), file);
        }
        match open.get_mut(path) {
            Some(file) => f(file),
            None => Err(io::Error::other("the file handle went missing")),
        }
    }

    fn forget(&self, path: &Path) {
        if let Ok(mut open) = self.open.lock() {
            open.remove(path);
        }
    }
}

impl Disk for OsDisk {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()> {
        create_private_dir_all(dir)
    }

    fn exists(&self, path: &Path) -> bool {
        path.exists()
    }

    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        std::fs::read(path)
    }

    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.forget(path);
        let mut file = open_private(
            path,
            OpenOptions::new().write(true).create(true).truncate(true),
        )?;
        file.write_all(bytes)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.with_open(path, |file| file.write_all(bytes))
    }

    fn truncate(&self, path: &Path, len: u64) -> io::Result<()> {
        self.with_open(path, |file| file.set_len(len))
    }

    fn sync(&self, path: &Path) -> io::Result<()> {
        self.with_open(path, |file| file.sync_data())
    }

    fn rename(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.forget(from);
        self.forget(to);
        std::fs::rename(from, to)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        self.forget(path);
        std::fs::remove_file(path)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        File::open(dir)?.sync_all()
    }

    fn lock(&self, dir: &Path) -> Result<LockGuard, LockError> {
        SessionLock::acquire(dir).map(|lock| Box::new(lock) as LockGuard)
    }
}
