//! The few file-system operations the store needs, behind a trait, so that tests can
//! run the same store on a disk that fails, fills up or loses power at any step
//! (`sim.rs`). `OsDisk` is the real one.

use super::files::create_private_dir_all;
use super::lock::{LockError, SessionLock};
use super::openat::{self, fstat, open_dir, open_in, read_bounded, stat_in};
use std::collections::HashMap;
use std::ffi::OsStr;
use std::fmt::Debug;
use std::fs::File;
use std::io::{self, Write};
use std::os::fd::AsRawFd;
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Held while a store has a session open; dropping it frees the session.
pub trait HeldLock: Debug + Send {
    /// Err when the lock file at the path is no longer the one locked (it was
    /// deleted or replaced): another writer may hold the session now.
    fn still_held(&self) -> io::Result<()>;
}

pub type LockGuard = Box<dyn HeldLock>;

/// Which file a name pointed to, and as of which change: a snapshot replaced by a
/// rename gets another inode, a rewritten one another change time.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FileVersion {
    pub dev: u64,
    pub ino: u64,
    pub size: i64,
    pub changed: (i64, i64),
}

impl FileVersion {
    pub fn of(stat: &libc::stat) -> FileVersion {
        FileVersion {
            dev: stat.st_dev,
            ino: stat.st_ino,
            size: stat.st_size,
            changed: (stat.st_ctime, stat.st_ctime_nsec),
        }
    }
}

pub trait Disk: Debug + Send + Sync {
    fn create_dir_all(&self, dir: &Path) -> io::Result<()>;
    /// True when the name is there (a link too: it is refused when used).
    fn exists(&self, path: &Path) -> bool;
    fn read(&self, path: &Path) -> io::Result<Vec<u8>> {
        self.read_versioned(path).map(|(bytes, _)| bytes)
    }
    /// The content and the version it was read from.
    fn read_versioned(&self, path: &Path) -> io::Result<(Vec<u8>, FileVersion)>;
    /// The version the name points to now.
    fn version(&self, path: &Path) -> io::Result<FileVersion>;
    /// Creates a new file with this content; fails if the name exists (a link
    /// included). Not durable until `sync`.
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
    /// The names in a folder.
    fn names_in(&self, dir: &Path) -> io::Result<Vec<String>>;
    /// Err when the file this store appends to at `path` has been deleted or
    /// replaced (its folder removed, say): a write there is not saved anywhere.
    fn check_linked(&self, _path: &Path) -> io::Result<()> {
        Ok(())
    }
}

/// The folder and the name of a path ("minutes.md" is in ".").
pub fn split(path: &Path) -> io::Result<(&Path, &OsStr)> {
    let dir = match path.parent() {
        Some(parent) if parent.as_os_str().is_empty() => Path::new("."),
        Some(parent) => parent,
        None => return Err(io::Error::other("a file path without a folder")),
    };
    let name = path
        .file_name()
        .ok_or_else(|| io::Error::other("a file path without a name"))?;
    Ok((dir, name))
}

/// True for a name `write_atomically` gives its temporary files:
/// `.<name>.<16 hex digits>.tmp`.
pub fn is_temporary(name: &str) -> bool {
    let Some(stem) = name.strip_prefix('.').and_then(|n| n.strip_suffix(".tmp")) else {
        return false;
    };
    stem.rsplit_once('.').is_some_and(|(base, random)| {
        !base.is_empty() && random.len() == 16 && random.bytes().all(|b| b.is_ascii_hexdigit())
    })
}

/// Replaces `path` with `bytes` so that a crash leaves either the old or the new
/// file, never a mix: a new temporary file `.<name>.<random>.tmp` in the same folder
/// (created exclusively, so a planted or stale name can never redirect the write),
/// fsync, rename over the old one (a link of that name is replaced, not followed),
/// fsync the folder. The snapshot and every export use it.
pub fn write_atomically(disk: &dyn Disk, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, name) = split(path)?;
    let mut attempt = 0;
    let tmp = loop {
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            name.to_string_lossy(),
            openat::random_suffix()
        ));
        match disk.write(&tmp, bytes) {
            Ok(()) => break tmp,
            // Somebody else's name: try another, never touch theirs.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 8 => attempt += 1,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
            Err(e) => {
                // Ours, half written (a full disk): do not leave it behind.
                let _ = disk.remove(&tmp);
                return Err(e);
            }
        }
    };
    let result = disk
        .sync(&tmp)
        .and_then(|()| disk.rename(&tmp, path))
        .and_then(|()| disk.sync_dir(dir));
    if result.is_err() && disk.exists(&tmp) {
        let _ = disk.remove(&tmp);
    }
    result
}

/// The real file system. Files 0600, folders 0700. Every file is opened relative to
/// its folder without following links (`openat.rs`). The journal stays open between
/// appends, so a commit is one `write` plus one `fdatasync`.
#[derive(Debug, Default)]
pub struct OsDisk {
    open: Mutex<HashMap<PathBuf, File>>,
}

/// Opens `path` (a file inside a folder) without following a link at its name.
fn open_file(path: &Path, flags: libc::c_int) -> io::Result<File> {
    let (dir, name) = split(path)?;
    let dir = open_dir(dir)?;
    open_in(dir.as_raw_fd(), name, flags)
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
            let file = open_file(path, libc::O_WRONLY | libc::O_APPEND | libc::O_CREAT)?;
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
        path.symlink_metadata().is_ok()
    }

    fn read_versioned(&self, path: &Path) -> io::Result<(Vec<u8>, FileVersion)> {
        let file = open_file(path, libc::O_RDONLY)?;
        let version = FileVersion::of(&fstat(file.as_raw_fd())?);
        Ok((read_bounded(file)?, version))
    }

    fn version(&self, path: &Path) -> io::Result<FileVersion> {
        let (dir, name) = split(path)?;
        let dir = open_dir(dir)?;
        stat_in(dir.as_raw_fd(), name).map(|stat| FileVersion::of(&stat))
    }

    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.forget(path);
        let mut file = open_file(path, libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL)?;
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
        let ((dir, from_name), (to_dir, to_name)) = (split(from)?, split(to)?);
        if dir != to_dir {
            return Err(io::Error::other("a rename between folders"));
        }
        let dir = open_dir(dir)?;
        openat::rename_in(dir.as_raw_fd(), from_name, to_name)
    }

    fn remove(&self, path: &Path) -> io::Result<()> {
        self.forget(path);
        let (dir, name) = split(path)?;
        let dir = open_dir(dir)?;
        openat::unlink_in(dir.as_raw_fd(), name)
    }

    fn sync_dir(&self, dir: &Path) -> io::Result<()> {
        File::from(open_dir(dir)?).sync_all()
    }

    fn lock(&self, dir: &Path) -> Result<LockGuard, LockError> {
        SessionLock::acquire(dir).map(|lock| Box::new(lock) as LockGuard)
    }

    fn names_in(&self, dir: &Path) -> io::Result<Vec<String>> {
        std::fs::read_dir(dir)?
            .map(|entry| entry.map(|e| e.file_name().to_string_lossy().into_owned()))
            .collect()
    }

    fn check_linked(&self, path: &Path) -> io::Result<()> {
        let result = self.same_file_as_open(path);
        if result.is_err() {
            // The next write opens the name afresh instead of the lost file.
            self.forget(path);
        }
        result
    }
}

/// The name alone, for messages that follow the path anyway.
fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or(path.as_os_str())
        .to_string_lossy()
        .into_owned()
}

impl OsDisk {
    fn same_file_as_open(&self, path: &Path) -> io::Result<()> {
        let held = self.with_open(path, |file| fstat(file.as_raw_fd()))?;
        if held.st_nlink == 0 {
            return Err(io::Error::new(
                io::ErrorKind::NotFound,
                format!("{} was deleted", file_name(path)),
            ));
        }
        match self.version(path) {
            Ok(now) if (now.dev, now.ino) == (held.st_dev, held.st_ino) => Ok(()),
            Ok(_) => Err(io::Error::other(format!(
                "{} was replaced by another file",
                file_name(path)
            ))),
            Err(e) => Err(io::Error::new(
                e.kind(),
                format!("{} is gone: {e}", file_name(path)),
            )),
        }
    }
}
