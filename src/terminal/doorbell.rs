//! A wake-up for the app's loop from its own background threads: the rest of the
//! local cache read, a re-fold finished. The loop sleeps in `poll(2)` (see
//! `wait.rs`); a thread that finishes writes one byte into a pipe whose other end
//! is among the descriptors polled, so its result is on screen at once rather than
//! at the next key or tick, and the loop stays asleep until then.

use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::sync::Arc;

/// The reading end, waited on by the loop.
#[derive(Debug)]
pub struct Doorbell {
    wake: OwnedFd,
    ring: Arc<OwnedFd>,
}

/// The writing end, handed to the threads that finish work.
#[derive(Debug, Clone)]
pub struct Ringer {
    fd: Arc<OwnedFd>,
}

impl Doorbell {
    pub fn new() -> io::Result<Doorbell> {
        let mut fds = [0; 2];
        // SAFETY: pipe2 fills two descriptors, owned below.
        if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } != 0 {
            return Err(io::Error::last_os_error());
        }
        // SAFETY: both descriptors are fresh and owned by nothing else.
        let (wake, ring) = unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) };
        Ok(Doorbell {
            wake,
            ring: Arc::new(ring),
        })
    }

    /// The descriptor that becomes readable when a thread rang.
    pub fn raw_fd(&self) -> RawFd {
        self.wake.as_raw_fd()
    }

    pub fn ringer(&self) -> Ringer {
        Ringer {
            fd: self.ring.clone(),
        }
    }

    /// Reads away every waiting ring: only the fact matters, the loop looks itself.
    pub fn drain(&self) -> io::Result<()> {
        let mut buf = [0u8; 64];
        loop {
            // SAFETY: reads into a buffer of the length given, from a descriptor we own.
            let n =
                unsafe { libc::read(self.wake.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
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

impl Ringer {
    pub fn ring(&self) {
        // A full pipe already holds a wake-up: a lost byte loses nothing.
        // SAFETY: writes one byte from a valid buffer to a descriptor we own.
        let _ = unsafe { libc::write(self.fd.as_raw_fd(), b"!".as_ptr().cast(), 1) };
    }
}
