//! Being told that a session folder changed, so that what another writer saved (a
//! laptop's segment arriving through a folder sync, `samtal add` in another terminal)
//! is on screen at once instead of at the next look.
//!
//! The `notify` crate watches the folder and everything under it (`events/` may be
//! created after the watch starts; a sync engine replaces files by rename, so single
//! files are never watched). Its callback runs on notify's own thread and only writes
//! a byte into a pipe: the app's loop waits on the pipe's other end in `poll(2)`
//! together with the terminal, so it stays asleep (no CPU) until something happens,
//! and a burst of changes wakes it once. Where change notification is missing or does
//! not fire (network shares), the folder is polled instead (`--poll`).

mod choice;

pub use choice::{POLL_EVERY, chosen_mode, polling, set_polling};

use notify::{EventKind, RecursiveMode, Watcher};
use std::io;
use std::os::fd::{AsRawFd, FromRawFd, OwnedFd, RawFd};
use std::path::{Component, Path};
use std::time::Duration;

/// How changes are noticed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum WatchMode {
    /// The operating system's change notification (inotify on Linux); falls back to
    /// polling every second where it cannot be had.
    Notify,
    /// Looking at the folder at this interval: for network shares.
    Poll(Duration),
}

/// The polling interval when change notification cannot be had.
pub const FALLBACK_POLL: Duration = Duration::from_secs(1);

pub struct FolderWatch {
    /// Kept alive for as long as the watch should run; dropping it stops notify.
    _watcher: Box<dyn Watcher + Send>,
    wake: OwnedFd,
    polling: bool,
}

impl std::fmt::Debug for FolderWatch {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FolderWatch")
            .field("wake", &self.wake)
            .field("polling", &self.polling)
            .finish()
    }
}

impl FolderWatch {
    /// Watches `dir` and everything under it.
    pub fn on(dir: &Path, mode: WatchMode) -> io::Result<FolderWatch> {
        FolderWatch::ignoring(dir, mode, None)
    }

    /// `on`, except for files whose names start with `own`: a writer's own segments,
    /// whose news it made itself.
    pub fn ignoring(dir: &Path, mode: WatchMode, own: Option<String>) -> io::Result<FolderWatch> {
        let (wake, ring) = pipe()?;
        let bell = Bell { fd: ring, own };
        let (watcher, polling) = match mode {
            WatchMode::Notify => match native(dir, bell.try_clone()?) {
                Ok(watcher) => (watcher, false),
                Err(_) => (polled(dir, bell, FALLBACK_POLL)?, true),
            },
            WatchMode::Poll(every) => (polled(dir, bell, every)?, true),
        };
        Ok(FolderWatch {
            _watcher: watcher,
            wake,
            polling,
        })
    }

    /// The descriptor that becomes readable when the folder changed.
    pub fn raw_fd(&self) -> RawFd {
        self.wake.as_raw_fd()
    }

    /// True when the folder is looked at on a timer rather than by notification.
    pub fn is_polling(&self) -> bool {
        self.polling
    }

    /// Reads away every waiting wake-up; true if there was any. Only the fact of a
    /// change matters: the reader reads the folder itself.
    pub fn drain(&self) -> io::Result<bool> {
        let mut buf = [0u8; 256];
        let mut any = false;
        loop {
            // SAFETY: reads into a buffer of the length given, from a descriptor we own.
            let n =
                unsafe { libc::read(self.wake.as_raw_fd(), buf.as_mut_ptr().cast(), buf.len()) };
            if n > 0 {
                any = true;
                continue;
            }
            let error = io::Error::last_os_error();
            return match error.kind() {
                _ if n == 0 => Ok(any),
                io::ErrorKind::WouldBlock => Ok(any),
                io::ErrorKind::Interrupted => continue,
                _ => Err(error),
            };
        }
    }
}

fn native(dir: &Path, bell: Bell) -> notify::Result<Box<dyn Watcher + Send>> {
    let mut watcher = notify::recommended_watcher(bell)?;
    watcher.watch(dir, RecursiveMode::Recursive)?;
    Ok(Box::new(watcher))
}

fn polled(dir: &Path, bell: Bell, every: Duration) -> io::Result<Box<dyn Watcher + Send>> {
    let config = notify::Config::default().with_poll_interval(every);
    let mut watcher = notify::PollWatcher::new(bell, config).map_err(io::Error::other)?;
    watcher
        .watch(dir, RecursiveMode::Recursive)
        .map_err(io::Error::other)?;
    Ok(Box::new(watcher))
}

/// The writing end of the wake-up pipe, rung from notify's thread; and the name
/// prefix of the files not worth ringing for.
struct Bell {
    fd: OwnedFd,
    own: Option<String>,
}

impl Bell {
    fn try_clone(&self) -> io::Result<Bell> {
        Ok(Bell {
            fd: self.fd.try_clone()?,
            own: self.own.clone(),
        })
    }

    fn ring(&self) {
        // A full pipe already holds a wake-up: a lost byte loses nothing.
        // SAFETY: writes one byte from a valid buffer to a descriptor we own.
        let _ = unsafe { libc::write(self.fd.as_raw_fd(), b"!".as_ptr().cast(), 1) };
    }

    fn is_own(&self, path: &Path) -> bool {
        let name = path.file_name().map(|n| n.to_string_lossy());
        matches!((&self.own, name), (Some(own), Some(name)) if name.starts_with(own.as_str()))
    }
}

impl notify::EventHandler for Bell {
    fn handle_event(&mut self, event: notify::Result<notify::Event>) {
        match event {
            Ok(event) if !self.worth_a_look(&event) => {}
            // An error (a watch lost, an overflowed queue) may hide a change: look.
            _ => self.ring(),
        }
    }
}

impl Bell {
    /// False for what cannot mean another writer's news: files merely opened or
    /// read, the names only this laptop writes (its lock, cache, draft and temporary
    /// files), and this writer's own segments.
    fn worth_a_look(&self, event: &notify::Event) -> bool {
        if matches!(event.kind, EventKind::Access(_)) {
            return false;
        }
        event.paths.is_empty()
            || event
                .paths
                .iter()
                .any(|path| !is_local_only(path) && !self.is_own(path))
    }
}

/// Names under a session folder that are never synced and never hold events.
pub fn is_local_only(path: &Path) -> bool {
    path.components().any(|part| match part {
        Component::Normal(name) => {
            let name = name.to_string_lossy();
            name == ".samtal-local"
                || (name.starts_with("draft") && name.ends_with(".txt"))
                || name.ends_with(".lock")
                || name.ends_with(".tmp")
        }
        _ => false,
    })
}

/// A non-blocking, close-on-exec pipe: (reading end, writing end).
fn pipe() -> io::Result<(OwnedFd, OwnedFd)> {
    let mut fds = [0; 2];
    // SAFETY: pipe2 fills two descriptors, owned below.
    if unsafe { libc::pipe2(fds.as_mut_ptr(), libc::O_NONBLOCK | libc::O_CLOEXEC) } != 0 {
        return Err(io::Error::last_os_error());
    }
    // SAFETY: both descriptors are fresh and owned by nothing else.
    Ok(unsafe { (OwnedFd::from_raw_fd(fds[0]), OwnedFd::from_raw_fd(fds[1])) })
}

#[cfg(test)]
mod tests;
