//! Waiting for the terminal without spinning. crossterm 0.29's event source re-reads
//! a hung-up terminal forever (its `poll` then never returns, timeout or not), so
//! samtal waits in `poll(2)` itself: a hang-up ends the session cleanly, a signal
//! wakes it at once, and crossterm is only asked for events that are already there.

use super::doorbell::Doorbell;
use crate::watch::FolderWatch;
use std::fs::File;
use std::io;
use std::os::fd::{AsRawFd, RawFd};
use std::time::Duration;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Wake {
    /// Bytes to read, or a signal (a resize, a stop) arrived: ask crossterm.
    Ready,
    Timeout,
    /// The terminal is gone.
    HangUp,
    /// The watched folder changed (and the terminal has nothing).
    Folder,
    /// A background thread finished (the rest of the cache, a re-fold): look.
    Background,
}

/// The terminal crossterm reads from: standard input if it is a terminal, else
/// `/dev/tty` (crossterm makes the same choice).
pub struct TtyWatch {
    fd: RawFd,
    _tty: Option<File>,
}

impl TtyWatch {
    pub fn new() -> io::Result<TtyWatch> {
        // SAFETY: isatty only inspects the descriptor number.
        if unsafe { libc::isatty(libc::STDIN_FILENO) } == 1 {
            return Ok(TtyWatch {
                fd: libc::STDIN_FILENO,
                _tty: None,
            });
        }
        let tty = File::open("/dev/tty")?;
        Ok(TtyWatch {
            fd: tty.as_raw_fd(),
            _tty: Some(tty),
        })
    }

    /// The descriptor waited on, for a caller that waits on more than the terminal.
    pub fn raw_fd(&self) -> RawFd {
        self.fd
    }

    pub fn wait(&self, timeout: Duration) -> io::Result<Wake> {
        self.wait_with(None, timeout)
    }

    /// Sleeps in `poll(2)` until the terminal or the folder has news, or `timeout`.
    /// The terminal goes first: keys are never left waiting behind a busy folder.
    pub fn wait_with(&self, folder: Option<&FolderWatch>, timeout: Duration) -> io::Result<Wake> {
        self.wait_on(folder, None, timeout)
    }

    /// `wait_with`, woken also when a background thread rang `bell`.
    pub fn wait_on(
        &self,
        folder: Option<&FolderWatch>,
        bell: Option<&Doorbell>,
        timeout: Duration,
    ) -> io::Result<Wake> {
        let polled = |fd| libc::pollfd {
            fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let mut fds = [
            polled(self.fd),
            polled(folder.map_or(-1, FolderWatch::raw_fd)),
            polled(bell.map_or(-1, Doorbell::raw_fd)),
        ];
        let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: three valid pollfds for the duration of the call (a negative fd is skipped).
        let ready = unsafe { libc::poll(fds.as_mut_ptr(), 3, millis) };
        if ready < 0 {
            let error = io::Error::last_os_error();
            return if error.kind() == io::ErrorKind::Interrupted {
                Ok(Wake::Ready)
            } else {
                Err(error)
            };
        }
        if fds[0].revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return Ok(Wake::HangUp);
        }
        if fds[0].revents & libc::POLLIN != 0 {
            return Ok(Wake::Ready);
        }
        match (folder, bell) {
            (Some(folder), _) if fds[1].revents != 0 => {
                folder.drain()?;
                Ok(Wake::Folder)
            }
            (_, Some(bell)) if fds[2].revents != 0 => {
                bell.drain()?;
                Ok(Wake::Background)
            }
            _ => Ok(Wake::Timeout),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::watch::WatchMode;
    use std::time::Instant;

    #[test]
    fn an_append_in_the_watched_folder_wakes_the_wait_at_once_and_keys_go_first() {
        let dir = tempfile::tempdir().expect("a temporary folder");
        let folder = FolderWatch::on(dir.path(), WatchMode::Notify).expect("a watch");
        let (reader, mut writer) = std::os::unix::net::UnixStream::pair().expect("a socket pair");
        let tty = TtyWatch {
            fd: reader.as_raw_fd(),
            _tty: None,
        };
        let quiet = tty.wait_with(Some(&folder), Duration::from_millis(50));
        assert_eq!(quiet.expect("a wait"), Wake::Timeout);
        let path = dir.path().join("events.jsonl");
        std::thread::spawn(move || {
            std::thread::sleep(Duration::from_millis(20));
            std::fs::write(path, b"x\n").expect("a write");
        });
        let start = Instant::now();
        let woken = tty.wait_with(Some(&folder), Duration::from_secs(5));
        assert_eq!(woken.expect("a wait"), Wake::Folder);
        assert!(start.elapsed() < Duration::from_secs(1));
        std::fs::write(dir.path().join("more.jsonl"), b"y\n").expect("a write");
        std::thread::sleep(Duration::from_millis(50));
        std::io::Write::write_all(&mut writer, b"k").expect("a key");
        let both = tty.wait_with(Some(&folder), Duration::from_secs(5));
        assert_eq!(both.expect("a wait"), Wake::Ready);
    }
}
