//! The few file-system operations the store needs, behind a trait, so that tests can
//! run the same store on a disk that fails, fills up or loses power at any step
//! (`sim.rs`). `OsDisk` (`os_disk.rs`) is the real one. Every write the program
//! makes goes through a `Disk`: the journal, the snapshot, the exports, the rescue
//! copy, the draft and the folder of a new session.

use super::openat;
use std::ffi::{OsStr, OsString};
use std::fmt::Debug;
use std::io;
use std::path::{Path, PathBuf};

/// The lock an older samtal (session folder version 1) held while it had a session
/// open; held while a version 1 folder is converted, and dropped to free it.
pub trait HeldLock: Debug + Send {}

pub type LockGuard = Box<dyn HeldLock>;

/// Why a session could not be locked.
pub enum LockError {
    /// Held by another process; its pid, when it wrote one.
    Held(Option<u32>),
    Io(std::io::Error),
}

/// Which file a name pointed to, and as of which change: a snapshot replaced by a
/// rename gets another inode, a rewritten one another change time.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
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
    /// Creates one new folder; fails with `AlreadyExists` if the name is taken.
    fn create_dir(&self, dir: &Path) -> io::Result<()>;
    /// True when the name is there (a link too: it is refused when used).
    fn exists(&self, path: &Path) -> bool;
    /// True for a folder, or a link to one.
    fn is_dir(&self, path: &Path) -> bool;
    /// True for a regular file, or a link to one.
    fn is_file(&self, path: &Path) -> bool;
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
    /// Writes into what already exists at `path` (a device, a pipe), never creating,
    /// truncating or renaming it.
    fn write_stream(&self, path: &Path, bytes: &[u8]) -> io::Result<()>;
    /// Makes the file's content durable (fdatasync).
    fn sync(&self, path: &Path) -> io::Result<()>;
    fn rename(&self, from: &Path, to: &Path) -> io::Result<()>;
    /// Renames only if nothing has the name `to` (a link included): Err
    /// `AlreadyExists` otherwise. What is published this way is never replaced.
    fn rename_no_replace(&self, from: &Path, to: &Path) -> io::Result<()> {
        if self.exists(to) {
            return Err(io::Error::from(io::ErrorKind::AlreadyExists));
        }
        self.rename(from, to)
    }
    fn remove(&self, path: &Path) -> io::Result<()>;
    /// Makes the names in the folder durable (new files, renames).
    fn sync_dir(&self, dir: &Path) -> io::Result<()>;
    /// One writer per session folder.
    fn lock(&self, dir: &Path) -> Result<LockGuard, LockError>;
    /// The names in a folder.
    fn names_in(&self, dir: &Path) -> io::Result<Vec<OsString>>;
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
    let tmp = write_temporary(disk, dir, name, bytes)?;
    publish(disk, &tmp, dir, |tmp| disk.rename(tmp, path))
}

/// Creates `path` holding `bytes`, complete and durable before the name appears, and
/// only if the name is free: Err `AlreadyExists` when it is taken (whatever is there is
/// left as it is). A temporary file `.<name>.<random>.tmp`, fsync, a rename that never
/// replaces, fsync of the folder. Files that are never rewritten (a session header, a
/// copied segment) are written this way, so a reader never sees half of one.
pub fn write_new_atomically(disk: &dyn Disk, path: &Path, bytes: &[u8]) -> io::Result<()> {
    let (dir, name) = split(path)?;
    let tmp = write_temporary(disk, dir, name, bytes).map_err(|e| {
        if e.kind() == io::ErrorKind::AlreadyExists {
            // Not `AlreadyExists`: that would say the name `path` is taken.
            io::Error::other(format!("no free temporary name: {e}"))
        } else {
            e
        }
    })?;
    publish(disk, &tmp, dir, |tmp| disk.rename_no_replace(tmp, path))
}

/// Writes `bytes` to a new temporary file `.<name>.<random>.tmp` in `dir` and returns
/// its path. Err `AlreadyExists` only when no free temporary name was found.
fn write_temporary(disk: &dyn Disk, dir: &Path, name: &OsStr, bytes: &[u8]) -> io::Result<PathBuf> {
    let mut attempt = 0;
    loop {
        let tmp = dir.join(format!(
            ".{}.{}.tmp",
            name.to_string_lossy(),
            openat::random_suffix()
        ));
        match disk.write(&tmp, bytes) {
            Ok(()) => return Ok(tmp),
            // Somebody else's name: try another, never touch theirs.
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists && attempt < 8 => attempt += 1,
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => return Err(e),
            Err(e) => {
                // Ours, half written (a full disk): do not leave it behind.
                let _ = disk.remove(&tmp);
                return Err(e);
            }
        }
    }
}

/// fsync `tmp`, give it its final name with `rename`, fsync `dir`; on failure the
/// temporary file is removed when it is still there.
fn publish(
    disk: &dyn Disk,
    tmp: &Path,
    dir: &Path,
    rename: impl FnOnce(&Path) -> io::Result<()>,
) -> io::Result<()> {
    let result = disk
        .sync(tmp)
        .and_then(|()| rename(tmp))
        .and_then(|()| disk.sync_dir(dir));
    if result.is_err() && disk.exists(tmp) {
        let _ = disk.remove(tmp);
    }
    result
}
