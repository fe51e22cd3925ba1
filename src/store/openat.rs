//! Files inside a session folder are reached only relative to the folder, and never
//! through a symbolic link. The folder itself (and the data dir) may be a link: people
//! keep them in a synced folder that way. But a session copied from a shared drive or
//! an archive may hold `events.jsonl -> /etc/passwd` or a link to another session's
//! journal; following it would read, truncate or overwrite the wrong file. So every
//! file is opened with `openat(folder, name, O_NOFOLLOW)` and must be a regular file.

use std::ffi::{CString, OsStr};
use std::fmt;
use std::fs::File;
use std::io::{self, Read};
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

/// The largest journal or snapshot samtal reads: 256 MiB, about a million
/// contributions of ordinary length. A bigger file is refused with a clear message
/// instead of costing gigabytes of memory (docs/reliability.md).
pub const MAX_FILE_BYTES: u64 = 256 * 1024 * 1024;

/// A name in a session folder that is not a regular file (a link, a device, a FIFO,
/// a folder): never read, written, truncated or renamed.
#[derive(Debug)]
pub struct NotRegular {
    pub name: String,
    pub kind: &'static str,
}

impl fmt::Display for NotRegular {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "{} is {}, not a regular file; samtal does not use it",
            self.name, self.kind
        )
    }
}

impl std::error::Error for NotRegular {}

/// A file beyond `MAX_FILE_BYTES`.
#[derive(Debug)]
pub struct TooLarge {
    pub size: u64,
}

impl fmt::Display for TooLarge {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "the file is {} MiB, more than the {} MiB samtal reads",
            self.size / (1024 * 1024),
            MAX_FILE_BYTES / (1024 * 1024)
        )
    }
}

impl std::error::Error for TooLarge {}

/// True when `error` says a name was refused as not a regular file or too large: a
/// damaged or planted session, not a failing disk.
pub fn is_refusal(error: &io::Error) -> bool {
    error
        .get_ref()
        .is_some_and(|e| e.is::<NotRegular>() || e.is::<TooLarge>())
}

fn c_name(name: &OsStr) -> io::Result<CString> {
    CString::new(name.as_bytes()).map_err(|_| io::Error::other("a file name with a NUL byte"))
}

fn check(result: libc::c_int) -> io::Result<libc::c_int> {
    if result < 0 {
        Err(io::Error::last_os_error())
    } else {
        Ok(result)
    }
}

/// Opens a folder, following links to it.
pub fn open_dir(path: &Path) -> io::Result<OwnedFd> {
    let path = c_name(path.as_os_str())?;
    // SAFETY: a valid NUL-terminated path; the descriptor is owned from here on.
    let fd = check(unsafe {
        libc::open(
            path.as_ptr(),
            libc::O_RDONLY | libc::O_DIRECTORY | libc::O_CLOEXEC,
        )
    })?;
    // SAFETY: `fd` was just opened and is owned by nobody else.
    Ok(unsafe { OwnedFd::from_raw_fd(fd) })
}

/// The status of `name` in the folder, not following a link.
pub fn stat_in(dir: RawFd, name: &OsStr) -> io::Result<libc::stat> {
    let name = c_name(name)?;
    // SAFETY: zeroed is a valid `stat`; the pointers live for the call.
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    check(unsafe { libc::fstatat(dir, name.as_ptr(), &mut stat, libc::AT_SYMLINK_NOFOLLOW) })?;
    Ok(stat)
}

pub fn fstat(fd: RawFd) -> io::Result<libc::stat> {
    // SAFETY: zeroed is a valid `stat`; the pointer lives for the call.
    let mut stat: libc::stat = unsafe { std::mem::zeroed() };
    check(unsafe { libc::fstat(fd, &mut stat) })?;
    Ok(stat)
}

/// What kind of thing a mode is, for messages.
pub fn kind_of(mode: libc::mode_t) -> &'static str {
    match mode & libc::S_IFMT {
        libc::S_IFREG => "a regular file",
        libc::S_IFLNK => "a symbolic link",
        libc::S_IFDIR => "a folder",
        libc::S_IFCHR => "a character device",
        libc::S_IFBLK => "a block device",
        libc::S_IFIFO => "a named pipe",
        libc::S_IFSOCK => "a socket",
        _ => "not a file",
    }
}

fn not_regular(name: &OsStr, mode: libc::mode_t) -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        NotRegular {
            name: name.to_string_lossy().into_owned(),
            kind: kind_of(mode),
        },
    )
}

/// Opens `name` in the folder `dir` with `flags` (plus O_NOFOLLOW), new files 0600.
/// Anything but a regular file is refused without blocking (a FIFO is opened
/// non-blocking, then checked).
pub fn open_in(dir: RawFd, name: &OsStr, flags: libc::c_int) -> io::Result<File> {
    let c = c_name(name)?;
    let all = flags | libc::O_NOFOLLOW | libc::O_CLOEXEC | libc::O_NONBLOCK;
    // SAFETY: a valid NUL-terminated name relative to an open folder.
    let fd = unsafe { libc::openat(dir, c.as_ptr(), all, 0o600 as libc::c_uint) };
    if fd < 0 {
        let error = io::Error::last_os_error();
        // A link (ELOOP), a FIFO without a reader (ENXIO), a folder (EISDIR): name it.
        if let Ok(stat) = stat_in(dir, name)
            && stat.st_mode & libc::S_IFMT != libc::S_IFREG
        {
            return Err(not_regular(name, stat.st_mode));
        }
        return Err(error);
    }
    // SAFETY: `fd` was just opened and is owned by nobody else.
    let file = File::from(unsafe { OwnedFd::from_raw_fd(fd) });
    let stat = fstat(file.as_raw_fd())?;
    if stat.st_mode & libc::S_IFMT != libc::S_IFREG {
        return Err(not_regular(name, stat.st_mode));
    }
    // Regular files never block; blocking mode back for ordinary writes.
    // SAFETY: fcntl on a descriptor we own.
    let status = check(unsafe { libc::fcntl(fd, libc::F_GETFL) })?;
    check(unsafe { libc::fcntl(fd, libc::F_SETFL, status & !libc::O_NONBLOCK) })?;
    Ok(file)
}

/// Reads a whole file (`stat` is its status), refusing one beyond `MAX_FILE_BYTES`
/// before reading it.
pub fn read_bounded(mut file: File, stat: &libc::stat) -> io::Result<Vec<u8>> {
    let size = stat.st_size.max(0) as u64;
    if size > MAX_FILE_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            TooLarge { size },
        ));
    }
    let mut bytes = Vec::with_capacity(size as usize);
    // A file that grows while it is read is still cut at the limit.
    (&mut file)
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)?;
    if bytes.len() as u64 > MAX_FILE_BYTES {
        return Err(io::Error::new(
            io::ErrorKind::InvalidData,
            TooLarge {
                size: bytes.len() as u64,
            },
        ));
    }
    Ok(bytes)
}

/// Renames within one folder; a link named `to` is replaced, never followed.
pub fn rename_in(dir: RawFd, from: &OsStr, to: &OsStr) -> io::Result<()> {
    let (from, to) = (c_name(from)?, c_name(to)?);
    // SAFETY: valid names relative to an open folder.
    check(unsafe { libc::renameat(dir, from.as_ptr(), dir, to.as_ptr()) }).map(drop)
}

/// Renames within one folder only if `to` is free (EEXIST otherwise). A file system
/// without RENAME_NOREPLACE gets a hard link and an unlink, which never replaces
/// either.
pub fn rename_new_in(dir: RawFd, from: &OsStr, to: &OsStr) -> io::Result<()> {
    let (from_c, to_c) = (c_name(from)?, c_name(to)?);
    // SAFETY: valid names relative to an open folder.
    let renamed = check(unsafe {
        libc::renameat2(
            dir,
            from_c.as_ptr(),
            dir,
            to_c.as_ptr(),
            libc::RENAME_NOREPLACE,
        )
    });
    match renamed {
        Err(e) if matches!(e.raw_os_error(), Some(libc::EINVAL | libc::ENOSYS)) => {
            // SAFETY: as above; flags 0: a link at `from` is linked, not followed.
            check(unsafe { libc::linkat(dir, from_c.as_ptr(), dir, to_c.as_ptr(), 0) })?;
            unlink_in(dir, from)
        }
        other => other.map(drop),
    }
}

/// Removes a name (a link itself, never what it points to).
pub fn unlink_in(dir: RawFd, name: &OsStr) -> io::Result<()> {
    let name = c_name(name)?;
    // SAFETY: a valid name relative to an open folder.
    check(unsafe { libc::unlinkat(dir, name.as_ptr(), 0) }).map(drop)
}

/// A fresh, unguessable suffix for temporary names.
pub fn random_suffix() -> String {
    let mut bytes = [0u8; 8];
    // SAFETY: the buffer is valid for its length.
    let got = unsafe { libc::getrandom(bytes.as_mut_ptr().cast(), bytes.len(), 0) };
    let mut value = u64::from_ne_bytes(bytes);
    if got != bytes.len() as isize {
        // Unpredictability only spares a retry: O_EXCL is what makes the name safe.
        let nanos = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos() as u64);
        value ^= nanos ^ u64::from(std::process::id()).rotate_left(32);
    }
    format!("{value:016x}")
}
