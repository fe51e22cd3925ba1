//! Waiting for the terminal without spinning. crossterm 0.29's event source re-reads
//! a hung-up terminal forever (its `poll` then never returns, timeout or not), so
//! samtal waits in `poll(2)` itself: a hang-up ends the session cleanly, a signal
//! wakes it at once, and crossterm is only asked for events that are already there.

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
        let mut pollfd = libc::pollfd {
            fd: self.fd,
            events: libc::POLLIN,
            revents: 0,
        };
        let millis = libc::c_int::try_from(timeout.as_millis()).unwrap_or(libc::c_int::MAX);
        // SAFETY: one valid pollfd for the duration of the call.
        let ready = unsafe { libc::poll(&mut pollfd, 1, millis) };
        if ready < 0 {
            let error = io::Error::last_os_error();
            return if error.kind() == io::ErrorKind::Interrupted {
                Ok(Wake::Ready)
            } else {
                Err(error)
            };
        }
        if pollfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
            return Ok(Wake::HangUp);
        }
        Ok(if ready == 0 {
            Wake::Timeout
        } else {
            Wake::Ready
        })
    }
}
