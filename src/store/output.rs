//! Where `export -o PATH` may write, and how, so that naming a path never destroys
//! what it names:
//! - a regular file, or a new name: replaced atomically (a temporary file in the same
//!   folder, renamed over it); `-o` over an existing file is allowed, scripts rely on it;
//! - a symbolic link: followed to its target, and the target replaced atomically in
//!   the target's folder (the link stays a link);
//! - a character device, a named pipe or a socket (`/dev/null`, `/dev/stdout`, a
//!   pipe): opened and written, never replaced;
//! - a folder or a block device: refused.

use super::disk::{OsDisk, write_atomically};
use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::os::unix::fs::{FileTypeExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

/// Links followed before giving up (as the kernel does).
const MAX_LINKS: usize = 40;

/// Writes `bytes` to what `path` names (see the module comment).
pub fn write_export(path: &Path, bytes: &[u8]) -> io::Result<()> {
    match fs::metadata(path) {
        Ok(meta) => {
            let kind = meta.file_type();
            if kind.is_dir() {
                Err(refused(path, "a folder"))
            } else if kind.is_block_device() {
                Err(refused(path, "a block device"))
            } else if kind.is_char_device() || kind.is_fifo() || kind.is_socket() {
                write_directly(path, bytes)
            } else {
                // A regular file, possibly behind links: replace it where it lives.
                replace(&fs::canonicalize(path)?, bytes)
            }
        }
        Err(e) if e.kind() == io::ErrorKind::NotFound => replace(&final_target(path)?, bytes),
        Err(e) => Err(e),
    }
}

fn refused(path: &Path, kind: &str) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidInput,
        format!(
            "{} is {kind}; name a file to write the minutes to",
            path.display()
        ),
    )
}

fn replace(path: &Path, bytes: &[u8]) -> io::Result<()> {
    write_atomically(&OsDisk::default(), path, bytes)
}

/// A device or a pipe: written as it is, never truncated, created or renamed.
fn write_directly(path: &Path, bytes: &[u8]) -> io::Result<()> {
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
    match file.write_all(bytes).and_then(|()| file.flush()) {
        // A reader that stops early (`| head`) is not an error.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

/// A name that does not exist yet, or a link to one: the path to create, with
/// every link along the way followed.
fn final_target(path: &Path) -> io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let target = fs::read_link(&current)?;
                current = match current.parent() {
                    Some(parent) if target.is_relative() => parent.join(target),
                    _ => target,
                };
            }
            _ => return Ok(current),
        }
    }
    Err(io::Error::other(format!(
        "{}: too many symbolic links",
        path.display()
    )))
}
