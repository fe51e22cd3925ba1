//! Being told that the session folder changed, so a change is on screen at once
//! instead of at the next look: inotify on the folder (Linux). Where it is missing
//! or refused (another system, a full watch table), the looks alone still follow
//! the session within a look's interval. A watch opens nothing for writing.

use std::ffi::CString;
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::os::unix::ffi::OsStrExt;
use std::path::Path;

pub struct FolderNotify {
    fd: OwnedFd,
}

impl FolderNotify {
    /// Watches `dir` for files written, replaced, created or removed.
    pub fn on(dir: &Path) -> Option<FolderNotify> {
        let path = CString::new(dir.as_os_str().as_bytes()).ok()?;
        // SAFETY: inotify_init1 takes flags only; the descriptor is owned below.
        let raw = unsafe { libc::inotify_init1(libc::IN_NONBLOCK | libc::IN_CLOEXEC) };
        if raw < 0 {
            return None;
        }
        // SAFETY: `raw` is a fresh descriptor that nothing else owns.
        let fd = unsafe { OwnedFd::from_raw_fd(raw) };
        let mask = libc::IN_MODIFY
            | libc::IN_CLOSE_WRITE
            | libc::IN_MOVED_TO
            | libc::IN_CREATE
            | libc::IN_DELETE
            | libc::IN_ATTRIB;
        // SAFETY: a valid descriptor and a NUL-terminated path.
        let watch = unsafe { libc::inotify_add_watch(fd.as_raw_fd(), path.as_ptr(), mask) };
        (watch >= 0).then_some(FolderNotify { fd })
    }

    pub fn raw_fd(&self) -> RawFd {
        self.fd.as_raw_fd()
    }

    /// Reads away what is waiting (only the fact of a change matters).
    pub fn drain(&self) -> io::Result<()> {
        let mut buf = [0u8; 4096];
        loop {
            // SAFETY: reads into a buffer of the length given.
            let n = unsafe { libc::read(self.fd.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                continue;
            }
            let error = io::Error::last_os_error();
            return match error.kind() {
                _ if n == 0 => Ok(()),
                io::ErrorKind::WouldBlock => Ok(()),
                io::ErrorKind::Interrupted => continue,
                _ => Err(error),
            };
        }
    }
}

/// What ended a wait.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Woken {
    /// Keys, a signal or a resize: ask crossterm.
    Terminal,
    Folder,
    Timeout,
    HangUp,
}

/// Sleeps in `poll(2)` until the terminal or the folder has news, or `timeout`.
pub fn wait(
    tty: RawFd,
    folder: Option<&FolderNotify>,
    timeout: std::time::Duration,
) -> io::Result<Woken> {
    let mut fds = [
        libc::pollfd {
            fd: tty,
            events: libc::POLLIN,
            revents: 0,
        },
        libc::pollfd {
            fd: folder.map_or(-1, FolderNotify::raw_fd),
            events: libc::POLLIN,
            revents: 0,
        },
    ];
    let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
    // SAFETY: two valid pollfds for the duration of the call (a negative fd is skipped).
    let ready = unsafe { libc::poll(fds.as_mut_ptr(), 2, millis) };
    if ready < 0 {
        let error = io::Error::last_os_error();
        return if error.kind() == io::ErrorKind::Interrupted {
            Ok(Woken::Terminal)
        } else {
            Err(error)
        };
    }
    if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
        return Ok(Woken::HangUp);
    }
    Ok(if fds[0].revents & libc::POLLIN != 0 {
        Woken::Terminal
    } else if fds[1].revents != 0 {
        if let Some(folder) = folder {
            folder.drain()?;
        }
        Woken::Folder
    } else {
        Woken::Timeout
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::time::{Duration, Instant};

    #[test]
    fn an_append_in_the_folder_wakes_the_wait_at_once() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let notify = FolderNotify::on(dir.path()).expect("inotify on Linux");
        let (reader, _writer) = std::os::unix::net::UnixStream::pair().expect("a socket pair");
        let quiet = wait(reader.as_raw_fd(), Some(&notify), Duration::from_millis(50));
        assert_eq!(quiet.expect("a wait"), Woken::Timeout);
        let path = dir.path().join("events.jsonl");
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            std::fs::write(path, b"x\n").expect("a write");
        });
        let start = Instant::now();
        let woken = wait(reader.as_raw_fd(), Some(&notify), Duration::from_secs(5));
        assert_eq!(woken.expect("a wait"), Woken::Folder);
        assert!(start.elapsed() < Duration::from_secs(1));
    }
}
