//! Drives the real `samtal` binary in a pseudo-terminal (100×30): what a moderator
//! types, what a crash or a signal does to the session, and what is left of the
//! terminal afterwards.
//!
//! Synchronisation: everything the program writes is read by a thread and replayed
//! into a small screen model (cursor moves, clears, UTF-8 text by grapheme and display
//! width — the sequences ratatui's crossterm backend emits). A test waits, with a
//! timeout, until the *screen* shows something; it never sleeps for a fixed time.
//! A contribution counts as saved once it is on a row of the log: the app draws only
//! after the commit (write + fdatasync) of the key that made it has returned.
//!
//! rexpect's `PtyProcess` opens the pty and starts the program; its `NBReader` is not
//! used (it turns every byte into a `char`, and after the child is gone it spins on
//! EIO, queueing errors without bound), so the output is read here.

use super::pty_session::*;
use super::screen::Screen;
use rexpect::process::{PtyProcess, WaitStatus, signal::Signal};
use std::fs::File;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::{AsRawFd, RawFd};
use std::path::Path;
use std::process::Command;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

// ---------------------------------------------------------------------------
// The pty: a child, a reader thread, and the screen rebuilt from the output.

#[derive(Default)]
pub struct Received {
    pub bytes: Vec<u8>,
    /// The reader saw EOF / EIO: every holder of the pty's slave side is gone.
    pub closed: bool,
}

pub struct Tty {
    pub name: String,
    pub process: PtyProcess,
    pub writer: File,
    pub received: Arc<(Mutex<Received>, Condvar)>,
    /// Tells the reader to let go of its master descriptor.
    pub stop_reading: Arc<AtomicBool>,
    pub reader: Option<JoinHandle<()>>,
    pub status: Option<WaitStatus>,
    /// Screens are parsed from this byte of the output on (see `forget_output`).
    pub from: usize,
}

pub struct Finished {
    pub status: WaitStatus,
    pub output: Vec<u8>,
    pub screen: Screen,
}

impl Tty {
    pub fn spawn(name: &str, mut cmd: Command, data: &Path) -> Tty {
        env(&mut cmd, data);
        let (mut process, mut reader, writer) = {
            let _spawning = spawning();
            let process = PtyProcess::new(cmd)
                .unwrap_or_else(|e| panic!("{name}: cannot start in a pty: {e}"));
            let master = process.pty.as_raw_fd();
            // SAFETY: fcntl on the master descriptor the process owns.
            unsafe { libc::fcntl(master, libc::F_SETFD, libc::FD_CLOEXEC) };
            (process, dup_cloexec(master), dup_cloexec(master))
        };
        // If a test fails half-way, dropping the process sends SIGTERM, then SIGKILL.
        process.set_kill_timeout(Some(3000));
        let received = Arc::new((Mutex::new(Received::default()), Condvar::new()));
        let stop_reading = Arc::new(AtomicBool::new(false));
        let (shared, stop) = (received.clone(), stop_reading.clone());
        let thread = std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let mut pollfd = libc::pollfd {
                    fd: reader.as_raw_fd(),
                    events: libc::POLLIN,
                    revents: 0,
                };
                // SAFETY: one valid pollfd for the duration of the call.
                let ready = unsafe { libc::poll(&mut pollfd, 1, 20) };
                if stop.load(Ordering::Relaxed) {
                    return;
                }
                if ready <= 0 {
                    continue;
                }
                let result = reader.read(&mut buf);
                let (lock, cvar) = &*shared;
                let Ok(mut got) = lock.lock() else { return };
                match result {
                    Ok(0) => got.closed = true,
                    Ok(n) => got.bytes.extend_from_slice(&buf[..n]),
                    Err(e) if e.kind() == ErrorKind::Interrupted => continue,
                    // EIO once the slave side is closed: that is the end.
                    Err(_) => got.closed = true,
                }
                let closed = got.closed;
                cvar.notify_all();
                if closed {
                    return;
                }
            }
        });
        Tty {
            name: name.to_string(),
            process,
            writer,
            received,
            stop_reading,
            reader: Some(thread),
            status: None,
            from: 0,
        }
    }

    /// The terminal window is closed: every master descriptor goes, so the program's
    /// terminal hangs up (and the session leader on it gets SIGHUP). Returns how the
    /// pty's child ended. `samtal` (its pid) is killed if it is still running after
    /// 10 s, so that a failure leaves nothing spinning behind.
    pub fn hang_up(mut self, samtal: i32) -> WaitStatus {
        self.stop_reading.store(true, Ordering::Relaxed);
        if let Some(reader) = self.reader.take() {
            reader.join().expect("the reader thread");
        }
        let null = File::open("/dev/null").expect("/dev/null");
        drop(std::mem::replace(
            &mut self.writer,
            null.try_clone().expect("dup"),
        ));
        // rexpect's PtyProcess owns the last master descriptor and closes it only on
        // drop, after killing the child: put /dev/null in its place instead.
        // SAFETY: dup2 onto a descriptor the PtyProcess owns; it stays valid.
        let rc = unsafe { libc::dup2(null.as_raw_fd(), self.process.pty.as_raw_fd()) };
        assert!(rc >= 0, "dup2: {}", std::io::Error::last_os_error());
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.poll_status() {
                return status;
            }
            if Instant::now() >= deadline {
                // SAFETY: kill(2) has no memory-safety preconditions.
                unsafe { libc::kill(samtal, libc::SIGKILL) };
                panic!(
                    "{}: still running {TIMEOUT:?} after its terminal hung up",
                    self.name
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    pub fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .and_then(|()| self.writer.flush())
            .unwrap_or_else(|e| panic!("{}: cannot write {keys:?} to the pty: {e}", self.name));
    }

    /// Everything received so far.
    pub fn output(&self) -> Vec<u8> {
        self.received
            .0
            .lock()
            .expect("the output lock")
            .bytes
            .clone()
    }

    /// The pid of the program started in the pty (the shell until it `exec`s).
    pub fn pid(&self) -> i32 {
        self.process.child_pid.as_raw()
    }

    pub fn signal(&mut self, signal: Signal) {
        self.process
            .signal(signal)
            .unwrap_or_else(|e| panic!("{}: cannot send {signal}: {e}", self.name));
    }

    pub fn poll_status(&mut self) -> Option<WaitStatus> {
        if self.status.is_none() {
            match self.process.status() {
                Some(WaitStatus::StillAlive) | None => {}
                Some(status) => self.status = Some(status),
            }
        }
        self.status
    }

    /// Waits until the screen satisfies `ready`; fails with the screen after 10 s or
    /// if the program ends first.
    pub fn wait_for(&mut self, what: &str, ready: impl Fn(&Screen) -> bool) -> Screen {
        let deadline = Instant::now() + TIMEOUT;
        let received = self.received.clone();
        let (lock, cvar) = &*received;
        let mut got = lock.lock().expect("the output lock");
        let mut parsed = usize::MAX;
        loop {
            if got.bytes.len() != parsed {
                parsed = got.bytes.len();
                let screen = Screen::parse(&got.bytes[self.from.min(parsed)..]);
                if ready(&screen) {
                    return screen;
                }
            }
            if got.closed {
                drop(got);
                let status = self.poll_status();
                let got = lock.lock().expect("the output lock");
                panic!(
                    "{}: the program ended ({status:?}) while waiting for {what}\nscreen:\n{}\
                     \nend of output: {}",
                    self.name,
                    Screen::parse(&got.bytes),
                    tail(&got.bytes)
                );
            }
            let now = Instant::now();
            if now >= deadline {
                panic!(
                    "{}: timed out after {TIMEOUT:?} waiting for {what}\nscreen:\n{}\
                     \nend of output: {}",
                    self.name,
                    Screen::parse(&got.bytes),
                    tail(&got.bytes)
                );
            }
            got = cvar
                .wait_timeout(got, deadline - now)
                .expect("the output lock")
                .0;
        }
    }

    /// Waits until `text` is in the raw output after byte `from` (a program that draws
    /// only what changed writes a new word as it is); the time since `start`. Fails
    /// after 10 s.
    pub fn wait_for_bytes(&self, text: &str, from: usize, start: Instant) -> Duration {
        let (lock, cvar) = &*self.received;
        let mut got = lock.lock().expect("the output lock");
        loop {
            let since = &got.bytes[from.min(got.bytes.len())..];
            if since.windows(text.len()).any(|w| w == text.as_bytes()) {
                return start.elapsed();
            }
            let waited = start.elapsed();
            assert!(
                waited < TIMEOUT,
                "{}: {text:?} not in the output after {TIMEOUT:?}; end of output: {}",
                self.name,
                tail(&got.bytes)
            );
            got = cvar
                .wait_timeout(got, Duration::from_millis(5))
                .expect("the output lock")
                .0;
        }
    }

    /// Later screens are parsed only from output written after this call (the next
    /// frame after a resize starts with a clear of the whole screen).
    pub fn forget_output(&mut self) {
        self.from = self.output().len();
    }

    /// Sets the terminal's size, as a window manager does; the kernel sends SIGWINCH.
    pub fn resize(&mut self, cols: u16, rows: u16) {
        let size = libc::winsize {
            ws_row: rows,
            ws_col: cols,
            ws_xpixel: 0,
            ws_ypixel: 0,
        };
        // SAFETY: TIOCSWINSZ reads one winsize from a valid pointer.
        let done = unsafe { libc::ioctl(self.writer.as_raw_fd(), libc::TIOCSWINSZ, &size) };
        assert_eq!(done, 0, "TIOCSWINSZ: {}", std::io::Error::last_os_error());
    }

    /// The first complete frame: the capture line waits and the footer (row 30 of 30)
    /// says saved.
    pub fn wait_first_frame(&mut self) -> Screen {
        self.wait_for(
            "the first frame: capture hint, saved marker on row 30, a box border at column 100",
            |s| {
                s.contains(HINT)
                    && s.row(ROWS).is_some_and(|r| r.contains(SAVED))
                    && s.rows().any(|r| r.ends_with('┐'))
            },
        )
    }

    /// Types `keys` one after the other and waits until the screen shows every one of
    /// `expected`: a UI test reads as a key sequence and the screen it leads to.
    pub fn keys_then_screen(&mut self, keys: &[&str], expected: &[&str]) -> Screen {
        for key in keys {
            self.send(key);
        }
        self.wait_for(&format!("{expected:?} after the keys {keys:?}"), |s| {
            expected.iter().all(|text| s.contains(text))
        })
    }

    /// Ctrl+Q, then the end of the program, which must exit with 0.
    pub fn quit(mut self, how: &str) -> Finished {
        self.send(CTRL_Q);
        let finished = self.finish();
        assert_exited_0(&finished, how);
        finished
    }

    /// Types `text` and Enter, then waits until the log shows it from `group`.
    pub fn commit(&mut self, text: &str, group: &str) -> Screen {
        self.send(text);
        self.send(ENTER);
        self.wait_for(&format!("{text:?} from {group} in the log"), |s| {
            s.log_row(text).is_some_and(|r| r.contains(group)) && s.contains(HINT)
        })
    }

    /// Tab, then waits until the capture line is for `group`.
    pub fn next_group(&mut self, group: &str) {
        self.send(TAB);
        let title = format!("{group} · {KIND}");
        self.wait_for(&format!("the capture line to be for {group}"), |s| {
            s.contains(&title)
        });
    }

    /// Waits for the program to end and for the last of its output.
    pub fn finish(mut self) -> Finished {
        let deadline = Instant::now() + TIMEOUT;
        let received = self.received.clone();
        let (lock, cvar) = &*received;
        loop {
            let status = self.poll_status();
            let got = lock.lock().expect("the output lock");
            if got.closed && status.is_some() {
                break;
            }
            let now = Instant::now();
            if now >= deadline {
                panic!(
                    "{}: did not end within {TIMEOUT:?} (status {status:?}, output closed: {})\
                     \nscreen:\n{}\nend of output: {}",
                    self.name,
                    got.closed,
                    Screen::parse(&got.bytes),
                    tail(&got.bytes)
                );
            }
            let wait = (deadline - now).min(Duration::from_millis(20));
            drop(cvar.wait_timeout(got, wait).expect("the output lock"));
        }
        let output = std::mem::take(&mut lock.lock().expect("the output lock").bytes);
        Finished {
            status: self.status.expect("the exit status"),
            screen: Screen::parse(&output),
            output,
        }
    }
}

pub fn assert_exited_0(finished: &Finished, how: &str) {
    assert!(
        matches!(finished.status, WaitStatus::Exited(_, 0)),
        "after {how} the program should exit with 0, got {:?}\nscreen:\n{}",
        finished.status,
        finished.screen
    );
}

pub fn kill(pid: i32, signal: libc::c_int) {
    // SAFETY: kill(2) has no memory-safety preconditions.
    let rc = unsafe { libc::kill(pid, signal) };
    assert_eq!(
        rc,
        0,
        "kill({pid}, {signal}) failed: {}",
        std::io::Error::last_os_error()
    );
}
