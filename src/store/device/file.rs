//! Files in the local state dir. It is outside every session folder, so these use
//! the file system directly, with the same care: folders 0700, files 0600, created
//! exclusively (O_EXCL), never through a link, fsync'd before they are relied on.

use crate::store::openat::{open_dir, open_in, random_suffix};
use crate::store::os_disk::create_private_dir_all;
use std::ffi::OsStr;
use std::fs::File;
use std::io::{self, Read, Write};
use std::os::fd::AsRawFd;
use std::path::Path;

/// The largest state file read: a device file is a few dozen bytes.
const MAX_STATE_FILE: u64 = 64 * 1024;

pub fn create_dir(dir: &Path) -> io::Result<()> {
    create_private_dir_all(dir)
}

/// Reads a small regular file (not a link, not a device).
pub fn read_small(dir: &Path, name: &str) -> io::Result<Vec<u8>> {
    let folder = open_dir(dir)?;
    let file = open_in(folder.as_raw_fd(), OsStr::new(name), libc::O_RDONLY)?;
    let mut bytes = Vec::new();
    file.take(MAX_STATE_FILE + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_STATE_FILE {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            format!("{name} is larger than {MAX_STATE_FILE} bytes"),
        ));
    }
    Ok(bytes)
}

/// Creates `name` exclusively (empty), durable with its name: Err `AlreadyExists`
/// if it is taken.
pub fn create_new_empty(dir: &Path, name: &str) -> io::Result<()> {
    let folder = open_dir(dir)?;
    open_in(
        folder.as_raw_fd(),
        OsStr::new(name),
        libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL,
    )?;
    File::from(folder).sync_all()
}

/// A complete, fsync'd temporary file `.<name>.<random>.tmp` holding `bytes`.
fn write_temporary(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<String> {
    let folder = open_dir(dir)?;
    let temporary = format!(".{name}.{}.tmp", random_suffix());
    let flags = libc::O_WRONLY | libc::O_CREAT | libc::O_EXCL;
    let mut file = open_in(folder.as_raw_fd(), OsStr::new(&temporary), flags)?;
    let written = file.write_all(bytes).and_then(|()| file.sync_all());
    if let Err(e) = written {
        let _ = std::fs::remove_file(dir.join(&temporary));
        return Err(e);
    }
    Ok(temporary)
}

/// Publishes `bytes` as `name` only if there is no such name yet: Ok(false) when
/// another process was first. The content is complete and durable before the name
/// appears (a hard link from a temporary file), so a reader racing the creator never
/// sees a half-written file.
pub fn publish_new(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<bool> {
    let temporary = write_temporary(dir, name, bytes)?;
    let linked = std::fs::hard_link(dir.join(&temporary), dir.join(name));
    let _ = std::fs::remove_file(dir.join(&temporary));
    match linked {
        Ok(()) => File::from(open_dir(dir)?).sync_all().map(|()| true),
        Err(e) if e.kind() == io::ErrorKind::AlreadyExists => Ok(false),
        Err(e) => Err(e),
    }
}

/// Replaces `name` with `bytes` atomically (temporary file, fsync, rename, fsync
/// the folder).
pub fn replace(dir: &Path, name: &str, bytes: &[u8]) -> io::Result<()> {
    let temporary = write_temporary(dir, name, bytes)?;
    let renamed = std::fs::rename(dir.join(&temporary), dir.join(name));
    if let Err(e) = renamed {
        let _ = std::fs::remove_file(dir.join(&temporary));
        return Err(e);
    }
    File::from(open_dir(dir)?).sync_all()
}
