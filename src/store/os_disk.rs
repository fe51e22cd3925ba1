//! The real file system. Files 0600, folders 0700. Every file is opened relative to
//! its folder without following links (`openat.rs`).

use super::disk::{Disk, FileVersion, LockError, LockGuard, split};
use super::lock::SessionLock;
use super::openat::{self, fstat, open_dir, open_in, read_bounded, stat_in};
use std::collections::HashMap;
use std::ffi::OsString;
use std::fs::{File, OpenOptions};
use std::io::{self, Write};
use std::os::fd::AsRawFd;
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

/// Creates a folder and its parents, private (0700): notes name people.
pub fn create_private_dir_all(path: &Path) -> io::Result<()> {
    std::fs::DirBuilder::new()
        .recursive(true)
        .mode(0o700)
        .create(path)
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

    fn create_dir(&self, dir: &Path) -> io::Result<()> {
        std::fs::DirBuilder::new().mode(0o700).create(dir)
    }

    fn exists(&self, path: &Path) -> bool {
        path.symlink_metadata().is_ok()
    }

    fn is_dir(&self, path: &Path) -> bool {
        path.is_dir()
    }

    fn is_file(&self, path: &Path) -> bool {
        path.is_file()
    }

    fn read_versioned(&self, path: &Path) -> io::Result<(Vec<u8>, FileVersion)> {
        let file = open_file(path, libc::O_RDONLY)?;
        let stat = fstat(file.as_raw_fd())?;
        Ok((read_bounded(file, &stat)?, FileVersion::of(&stat)))
    }

    fn version(&self, path: &Path) -> io::Result<FileVersion> {
        // One fstatat: not following a link at the name is all a folder
        // descriptor would add here, and AT_SYMLINK_NOFOLLOW does that alone.
        let (dir, name) = split(path)?;
        stat_in(libc::AT_FDCWD, dir.join(name).as_os_str()).map(|stat| FileVersion::of(&stat))
    }

    fn write(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.forget(path);
        let mut file = open_file(path, libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL)?;
        file.write_all(bytes)
    }

    fn append(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        self.with_open(path, |file| file.write_all(bytes))
    }

    fn write_stream(&self, path: &Path, bytes: &[u8]) -> io::Result<()> {
        let mut file = OpenOptions::new()
            .write(true)
            .custom_flags(libc::O_NOCTTY | libc::O_CLOEXEC)
            .open(path)?;
        // The name could have been swapped for a regular file since it was looked at:
        // writing into that without truncating it would leave a mix.
        if file.metadata()?.file_type().is_file() {
            return Err(io::Error::other(format!(
                "{} changed while it was opened",
                path.display()
            )));
        }
        file.write_all(bytes).and_then(|()| file.flush())
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

    fn rename_no_replace(&self, from: &Path, to: &Path) -> io::Result<()> {
        self.forget(from);
        let ((dir, from_name), (to_dir, to_name)) = (split(from)?, split(to)?);
        if dir != to_dir {
            return Err(io::Error::other("a rename between folders"));
        }
        let dir = open_dir(dir)?;
        openat::rename_new_in(dir.as_raw_fd(), from_name, to_name)
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

    fn names_in(&self, dir: &Path) -> io::Result<Vec<OsString>> {
        std::fs::read_dir(dir)?
            .map(|entry| entry.map(|e| e.file_name()))
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
