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

use rexpect::process::{PtyProcess, WaitStatus, signal::Signal};
use serde_json::Value;
use std::fs::File;
use std::io::{ErrorKind, Read, Write};
use std::os::fd::{AsRawFd, FromRawFd, RawFd};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

const BIN: &str = env!("CARGO_BIN_EXE_samtal");
const TIMEOUT: Duration = Duration::from_secs(10);
const COLS: usize = 100;
const ROWS: usize = 30;

const SKANE: &str = "Region Skåne";
const OREBRO: &str = "Region Örebro län";
/// The capture line's placeholder while it is empty.
const HINT: &str = "Skriv vad gruppen säger";
/// The footer's saved marker.
const SAVED: &str = "✓ sparat";
/// The kind label every log row carries (nothing here changes the kind).
const KIND: &str = "synpunkt";

const ENTER: &str = "\r";
const TAB: &str = "\t";
const PAGE_DOWN: &str = "\x1b[6~";
const CTRL_Q: &str = "\x11";
const ESC: &str = "\x1b";
const F1: &str = "\x1bOP";

// ---------------------------------------------------------------------------
// A session in a temporary data dir, and the CLI around it.

struct Fixture {
    data: tempfile::TempDir,
    id: String,
    folder: PathBuf,
}

impl Fixture {
    /// `samtal new --no-tui` with the two groups.
    fn new() -> Fixture {
        let data = tempfile::tempdir().expect("a temporary data dir");
        let out = run(
            data.path(),
            &["new", "--no-tui", "--group", SKANE, "--group", OREBRO],
        );
        assert_success(&out, "samtal new --no-tui");
        let stdout = String::from_utf8_lossy(&out.stdout);
        let (id, folder) = stdout
            .trim_end()
            .split_once('\t')
            .unwrap_or_else(|| panic!("`samtal new` should print <id>\\t<folder>, got {stdout:?}"));
        let fixture = Fixture {
            id: id.to_string(),
            folder: PathBuf::from(folder),
            data,
        };
        assert!(
            fixture.folder.join("session.json").is_file(),
            "no session.json in {}",
            fixture.folder.display()
        );
        fixture
    }

    fn run(&self, args: &[&str]) -> Output {
        run(self.data.path(), args)
    }

    fn path(&self, name: &str) -> PathBuf {
        self.data.path().join(name)
    }

    /// `samtal open <id>` in a 100×30 pty (the size is set by `stty` before `exec`).
    fn open(&self, name: &str) -> Tty {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(r#"stty cols 100 rows 30 || exit 97; exec "$0" open "$1""#)
            .arg(BIN)
            .arg(&self.id);
        Tty::spawn(name, cmd, self.data.path())
    }

    /// `samtal open <id>` under a shell that records `stty -g` before and after it,
    /// and its exit code.
    fn open_between_stty(&self, name: &str) -> (Tty, SttyFiles) {
        self.open_between_stty_with(name, &[])
    }

    /// The same, with more variables in samtal's environment.
    fn open_between_stty_with(&self, name: &str, vars: &[(&str, &str)]) -> (Tty, SttyFiles) {
        let files = SttyFiles {
            before: self.path("stty-before"),
            after: self.path("stty-after"),
            rc: self.path("rc"),
        };
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(
                r#"stty cols 100 rows 30 || exit 97
stty -g > "$1" || exit 98
"$3" open "$4"
echo $? > "$5"
stty -g > "$2""#,
            )
            .arg("sh")
            .arg(&files.before)
            .arg(&files.after)
            .arg(BIN)
            .arg(&self.id)
            .arg(&files.rc);
        cmd.envs(vars.iter().copied());
        (Tty::spawn(name, cmd, self.data.path()), files)
    }

    /// The pid written into `session.lock` by the process holding the lock.
    fn lock_pid(&self) -> i32 {
        let path = self.folder.join("session.lock");
        let text = std::fs::read_to_string(&path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        text.trim()
            .parse()
            .unwrap_or_else(|e| panic!("{} holds {text:?}, not a pid: {e}", path.display()))
    }

    fn snapshot(&self) -> Value {
        let path = self.folder.join("session.json");
        let bytes =
            std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        serde_json::from_slice(&bytes)
            .unwrap_or_else(|e| panic!("{} is not JSON: {e}", path.display()))
    }

    fn journal(&self) -> Vec<u8> {
        let path = self.folder.join("events.jsonl");
        std::fs::read(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    }

    /// Every contribution on disk: those in the snapshot, then those added by journal
    /// records newer than it (older ones are already in the snapshot). A text that
    /// was saved twice shows up twice.
    fn stored(&self) -> Vec<Stored> {
        let snapshot = self.snapshot();
        let snapshot_seq = snapshot["seq"].as_u64().expect("session.json has a seq");
        let mut stored: Vec<Stored> = snapshot["session"]["contributions"]
            .as_array()
            .expect("session.json has a list of contributions")
            .iter()
            .map(Stored::from_json)
            .collect();
        let journal = self.journal();
        let journal = String::from_utf8(journal).expect("events.jsonl is UTF-8");
        for line in journal.lines() {
            let (_crc, json) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("journal line without a tab: {line:?}"));
            let record: Value = serde_json::from_str(json)
                .unwrap_or_else(|e| panic!("journal record is not JSON ({e}): {line:?}"));
            let seq = record["seq"].as_u64().expect("journal record has a seq");
            if seq > snapshot_seq && record["event"]["type"] == "contribution_added" {
                stored.push(Stored::from_json(&record["event"]));
            }
        }
        stored
    }

    /// The agenda item ids, in order.
    fn items(&self) -> Vec<String> {
        self.snapshot()["session"]["agenda"]["items"]
            .as_array()
            .expect("the snapshot has agenda items")
            .iter()
            .map(|i| i["id"].as_str().expect("an item id").to_string())
            .collect()
    }

    /// After a clean exit: the item clock stopped and everything in one snapshot.
    fn assert_closed_cleanly(&self, how: &str) {
        let snapshot = self.snapshot();
        assert!(
            snapshot["session"]["clock"]["running_since"].is_null(),
            "after {how} the item clock should be stopped (the app's close path ran), \
             but session.json has running_since = {}",
            snapshot["session"]["clock"]["running_since"]
        );
        assert!(
            self.journal().is_empty(),
            "after {how} everything should be in session.json and events.jsonl empty"
        );
    }
}

struct SttyFiles {
    before: PathBuf,
    after: PathBuf,
    rc: PathBuf,
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Stored {
    text: String,
    item: String,
    group: u64,
}

impl Stored {
    fn from_json(c: &Value) -> Stored {
        Stored {
            text: c["text"].as_str().expect("a contribution text").to_string(),
            item: c["item"].as_str().expect("a contribution item").to_string(),
            group: c["group"].as_u64().expect("a contribution group"),
        }
    }
}

fn env(cmd: &mut Command, data: &Path) {
    cmd.env("SAMTAL_DATA_DIR", data)
        .env("LANG", "sv_SE.UTF-8")
        .env("TERM", "xterm-256color")
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("COLUMNS")
        .env_remove("LINES");
}

/// Held while a child is started. rexpect opens its pty master without
/// close-on-exec; until that is set, no other test may start a child, or the child
/// would keep the master open and a hang-up (closing every master) would never come.
static SPAWNING: Mutex<()> = Mutex::new(());

fn spawning() -> std::sync::MutexGuard<'static, ()> {
    SPAWNING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The binary without a terminal (stdin empty).
fn run(data: &Path, args: &[&str]) -> Output {
    let mut cmd = Command::new(BIN);
    env(&mut cmd, data);
    cmd.args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped());
    let child = {
        let _spawning = spawning();
        cmd.spawn()
    };
    child
        .and_then(|child| child.wait_with_output())
        .unwrap_or_else(|e| panic!("cannot run samtal {args:?}: {e}"))
}

/// A close-on-exec duplicate of `fd`.
fn dup_cloexec(fd: RawFd) -> File {
    // SAFETY: fcntl on a descriptor we own; the new one is owned by the File.
    let new = unsafe { libc::fcntl(fd, libc::F_DUPFD_CLOEXEC, 0) };
    assert!(
        new >= 0,
        "cannot duplicate the pty master: {}",
        std::io::Error::last_os_error()
    );
    // SAFETY: `new` is a fresh descriptor that nothing else owns.
    unsafe { File::from_raw_fd(new) }
}

fn assert_success(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The end of the output leaves the terminal as it found it: off after the last on,
/// for the alternate screen, bracketed paste and the cursor.
fn assert_terminal_given_back(output: &[u8], how: &str) {
    for (on, off, what, always_on) in [
        ("\x1b[?1049h", "\x1b[?1049l", "the alternate screen", true),
        ("\x1b[?2004h", "\x1b[?2004l", "bracketed paste", true),
        ("\x1b[?25l", "\x1b[?25h", "the hidden cursor", false),
    ] {
        let last_off = rfind(output, off.as_bytes());
        let last_on = rfind(output, on.as_bytes());
        assert!(
            last_on.is_some() || !always_on,
            "{what} was never turned on ({on:?} is not in the output)"
        );
        assert!(
            last_off.is_some() && last_off > last_on,
            "after {how}, {what} was not undone: the last {on:?} is at {last_on:?}, the last \
             {off:?} at {last_off:?}\nend of output: {}",
            tail(output)
        );
    }
}

fn tail(output: &[u8]) -> String {
    let start = output.len().saturating_sub(400);
    format!("{:?}", String::from_utf8_lossy(&output[start..]))
}

// ---------------------------------------------------------------------------
// The pty: a child, a reader thread, and the screen rebuilt from the output.

#[derive(Default)]
struct Received {
    bytes: Vec<u8>,
    /// The reader saw EOF / EIO: every holder of the pty's slave side is gone.
    closed: bool,
}

struct Tty {
    name: String,
    process: PtyProcess,
    writer: File,
    received: Arc<(Mutex<Received>, Condvar)>,
    /// Tells the reader to let go of its master descriptor.
    stop_reading: Arc<AtomicBool>,
    reader: Option<JoinHandle<()>>,
    status: Option<WaitStatus>,
    /// Screens are parsed from this byte of the output on (see `forget_output`).
    from: usize,
}

struct Finished {
    status: WaitStatus,
    output: Vec<u8>,
    screen: Screen,
}

impl Tty {
    fn spawn(name: &str, mut cmd: Command, data: &Path) -> Tty {
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
    fn hang_up(mut self, samtal: i32) -> WaitStatus {
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

    fn send(&mut self, keys: &str) {
        self.writer
            .write_all(keys.as_bytes())
            .and_then(|()| self.writer.flush())
            .unwrap_or_else(|e| panic!("{}: cannot write {keys:?} to the pty: {e}", self.name));
    }

    /// Everything received so far.
    fn output(&self) -> Vec<u8> {
        self.received
            .0
            .lock()
            .expect("the output lock")
            .bytes
            .clone()
    }

    /// The pid of the program started in the pty (the shell until it `exec`s).
    fn pid(&self) -> i32 {
        self.process.child_pid.as_raw()
    }

    fn signal(&mut self, signal: Signal) {
        self.process
            .signal(signal)
            .unwrap_or_else(|e| panic!("{}: cannot send {signal}: {e}", self.name));
    }

    fn poll_status(&mut self) -> Option<WaitStatus> {
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
    fn wait_for(&mut self, what: &str, ready: impl Fn(&Screen) -> bool) -> Screen {
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

    /// Later screens are parsed only from output written after this call (the next
    /// frame after a resize starts with a clear of the whole screen).
    fn forget_output(&mut self) {
        self.from = self.output().len();
    }

    /// Sets the terminal's size, as a window manager does; the kernel sends SIGWINCH.
    fn resize(&mut self, cols: u16, rows: u16) {
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
    fn wait_first_frame(&mut self) -> Screen {
        self.wait_for(
            "the first frame: capture hint, saved marker on row 30, a box border at column 100",
            |s| {
                s.contains(HINT)
                    && s.row(ROWS).is_some_and(|r| r.contains(SAVED))
                    && s.rows().any(|r| r.ends_with('┐'))
            },
        )
    }

    /// Types `text` and Enter, then waits until the log shows it from `group`.
    fn commit(&mut self, text: &str, group: &str) -> Screen {
        self.send(text);
        self.send(ENTER);
        self.wait_for(&format!("{text:?} from {group} in the log"), |s| {
            s.log_row(text).is_some_and(|r| r.contains(group)) && s.contains(HINT)
        })
    }

    /// Tab, then waits until the capture line is for `group`.
    fn next_group(&mut self, group: &str) {
        self.send(TAB);
        let title = format!("{group} · {KIND}");
        self.wait_for(&format!("the capture line to be for {group}"), |s| {
            s.contains(&title)
        });
    }

    /// Waits for the program to end and for the last of its output.
    fn finish(mut self) -> Finished {
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

fn assert_exited_0(finished: &Finished, how: &str) {
    assert!(
        matches!(finished.status, WaitStatus::Exited(_, 0)),
        "after {how} the program should exit with 0, got {:?}\nscreen:\n{}",
        finished.status,
        finished.screen
    );
}

fn kill(pid: i32, signal: libc::c_int) {
    // SAFETY: kill(2) has no memory-safety preconditions.
    let rc = unsafe { libc::kill(pid, signal) };
    assert_eq!(
        rc,
        0,
        "kill({pid}, {signal}) failed: {}",
        std::io::Error::last_os_error()
    );
}

// ---------------------------------------------------------------------------
// The screen model.

struct Screen {
    /// One string per cell; "" for a cell covered by the wide character before it.
    cells: Vec<Vec<String>>,
}

impl Screen {
    fn blank() -> Vec<Vec<String>> {
        vec![vec![" ".to_string(); COLS]; ROWS]
    }

    /// Replays the output: CSI cursor moves and clears, entering the alternate screen
    /// (which starts blank), CR/LF, and text placed by grapheme and display width.
    /// Colours and modes are ignored; an incomplete sequence at the end waits.
    fn parse(bytes: &[u8]) -> Screen {
        let mut cells = Screen::blank();
        let (mut row, mut col) = (0usize, 0usize);
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                0x1b => {
                    let Some(&next) = bytes.get(i + 1) else { break };
                    if next == b'[' {
                        let mut j = i + 2;
                        while j < bytes.len() && !(0x40..=0x7e).contains(&bytes[j]) {
                            j += 1;
                        }
                        let Some(&end) = bytes.get(j) else { break };
                        let params = String::from_utf8_lossy(&bytes[i + 2..j]);
                        let private = params.starts_with('?');
                        let numbers: Vec<usize> = params
                            .trim_start_matches('?')
                            .split(';')
                            .map(|p| p.parse().unwrap_or(0))
                            .collect();
                        let n = |k: usize| numbers.get(k).copied().unwrap_or(0).max(1);
                        match (private, end) {
                            (false, b'H' | b'f') => {
                                row = (n(0) - 1).min(ROWS - 1);
                                col = (n(1) - 1).min(COLS - 1);
                            }
                            (false, b'G') => col = (n(0) - 1).min(COLS - 1),
                            (false, b'd') => row = (n(0) - 1).min(ROWS - 1),
                            (false, b'A') => row = row.saturating_sub(n(0)),
                            (false, b'B') => row = (row + n(0)).min(ROWS - 1),
                            (false, b'C') => col = (col + n(0)).min(COLS - 1),
                            (false, b'D') => col = col.saturating_sub(n(0)),
                            (false, b'J') if params == "2" || params == "3" => {
                                cells = Screen::blank();
                            }
                            (true, b'h') if params == "?1049" => {
                                cells = Screen::blank();
                                (row, col) = (0, 0);
                            }
                            _ => {}
                        }
                        i = j + 1;
                    } else if next == b']' {
                        // OSC: up to BEL or ESC \.
                        let mut j = i + 2;
                        while j < bytes.len() && bytes[j] != 0x07 && bytes[j] != 0x1b {
                            j += 1;
                        }
                        if j >= bytes.len() {
                            break;
                        }
                        i = if bytes[j] == 0x1b { j + 2 } else { j + 1 };
                    } else {
                        i += 2;
                    }
                }
                b'\r' => {
                    col = 0;
                    i += 1;
                }
                b'\n' => {
                    row = (row + 1).min(ROWS - 1);
                    i += 1;
                }
                b if b < 0x20 || b == 0x7f => i += 1,
                _ => {
                    let mut j = i;
                    while j < bytes.len() && bytes[j] >= 0x20 && bytes[j] != 0x7f {
                        j += 1;
                    }
                    let run = &bytes[i..j];
                    let text = match std::str::from_utf8(run) {
                        Ok(text) => text.to_string(),
                        // Cut in the middle of a character at the end: use what is whole.
                        Err(e) if e.error_len().is_none() && j == bytes.len() => {
                            String::from_utf8_lossy(&run[..e.valid_up_to()]).into_owned()
                        }
                        Err(_) => String::from_utf8_lossy(run).into_owned(),
                    };
                    for g in text.graphemes(true) {
                        let w = g.width();
                        if w == 0 {
                            if col > 0 {
                                cells[row][col - 1].push_str(g);
                            }
                            continue;
                        }
                        if col + w > COLS {
                            continue;
                        }
                        cells[row][col] = g.to_string();
                        for k in 1..w {
                            cells[row][col + k] = String::new();
                        }
                        col = (col + w).min(COLS - 1);
                    }
                    i = j;
                }
            }
        }
        Screen { cells }
    }

    /// Row `n`, counted from 1.
    fn row(&self, n: usize) -> Option<String> {
        self.cells.get(n.checked_sub(1)?).map(|r| r.concat())
    }

    fn rows(&self) -> impl Iterator<Item = String> + '_ {
        self.cells.iter().map(|r| r.concat())
    }

    fn contains(&self, needle: &str) -> bool {
        self.rows().any(|r| r.contains(needle))
    }

    /// A row of the contributions log: it holds the text and the kind label (the
    /// capture line, where the text is typed, holds only the text).
    fn log_row(&self, text: &str) -> Option<String> {
        self.rows().find(|r| r.contains(text) && r.contains(KIND))
    }
}

impl std::fmt::Display for Screen {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        for (n, row) in self.rows().enumerate() {
            writeln!(f, "{:>2}|{}", n + 1, row.trim_end())?;
        }
        Ok(())
    }
}

// ---------------------------------------------------------------------------
// The tests.

/// Five contributions, typed with Tab between groups and PageDown once; every one is
/// on the log (so committed) before kill -9. Nothing is lost, nothing doubled, and the
/// app comes back on the item it was on.
#[test]
fn kill_9_loses_nothing_that_was_shown_as_saved() {
    let fixture = Fixture::new();
    let items = fixture.items();
    let mut tty = fixture.open("first open");
    let first = tty.wait_first_frame();
    assert!(
        first.contains(SKANE),
        "the capture line should start on {SKANE}:\n{first}"
    );

    let typed = [
        ("Mer pengar åt skolan i Ystad", SKANE, 0),
        ("Öppna förskolor 🇸🇪 på kvällen", OREBRO, 0),
        ("Färre möten, mer tid för läxor", SKANE, 0),
        ("Äldrevård nära hemmet", SKANE, 1),
        ("Snö på vägarna i år 🇸🇪 ✓", OREBRO, 1),
    ];
    tty.commit(typed[0].0, SKANE);
    tty.next_group(OREBRO);
    tty.commit(typed[1].0, OREBRO);
    tty.next_group(SKANE);
    tty.commit(typed[2].0, SKANE);
    tty.send(PAGE_DOWN);
    tty.wait_for("the next item's empty log", |s| {
        s.contains("Inga bidrag ännu") && !s.contains(typed[2].0)
    });
    tty.commit(typed[3].0, SKANE);
    tty.next_group(OREBRO);
    tty.commit(typed[4].0, OREBRO);

    let pid = tty.pid();
    assert_eq!(
        fixture.lock_pid(),
        pid,
        "the pty's child should be samtal itself (sh execs it)"
    );
    tty.signal(Signal::SIGKILL);
    let finished = tty.finish();
    assert!(
        matches!(finished.status, WaitStatus::Signaled(_, Signal::SIGKILL, _)),
        "samtal should have died of SIGKILL, got {:?}",
        finished.status
    );

    // `samtal list --json` reads snapshot + journal.
    let out = fixture.run(&["list", "--json"]);
    assert_success(&out, "samtal list --json");
    let list: Value = serde_json::from_slice(&out.stdout).expect("list --json prints JSON");
    let entry = list
        .as_array()
        .expect("list --json prints an array")
        .iter()
        .find(|s| s["id"] == fixture.id.as_str())
        .unwrap_or_else(|| panic!("{} is not in {list}", fixture.id));
    assert_eq!(entry["contributions"], 5, "list --json says {entry}");

    // The files: each text exactly once, with its group and item.
    let stored = fixture.stored();
    assert_eq!(stored.len(), 5, "stored after kill -9: {stored:#?}");
    for (text, group, item) in typed {
        let found: Vec<&Stored> = stored.iter().filter(|s| s.text == text).collect();
        assert_eq!(
            found.len(),
            1,
            "{text:?} should be stored once: {stored:#?}"
        );
        let group_id = if group == SKANE { 1 } else { 2 };
        assert_eq!(
            (found[0].group, found[0].item.as_str()),
            (group_id, items[item].as_str()),
            "{text:?} has the wrong group or item"
        );
    }

    // Reopen: the lock was freed by the kill, and the app is back on the second item.
    let mut tty = fixture.open("reopen after kill -9");
    tty.wait_first_frame();
    let screen = tty.wait_for("the second item's two contributions", |s| {
        s.log_row(typed[3].0).is_some_and(|r| r.contains(SKANE))
            && s.log_row(typed[4].0).is_some_and(|r| r.contains(OREBRO))
    });
    for (text, _, _) in &typed[..3] {
        assert!(
            !screen.contains(text),
            "{text:?} belongs to the first item and should not be shown:\n{screen}"
        );
    }
    tty.send(CTRL_Q);
    let finished = tty.finish();
    assert_exited_0(&finished, "Ctrl+Q");
    assert_eq!(
        fixture.stored().len(),
        5,
        "reopening changed the contributions"
    );
}

/// While one copy has the session open, a second `open` (and `add`) is refused with
/// exit code 3 before touching the terminal; after kill -9 of the first, the lock is
/// free again.
#[test]
fn a_second_copy_is_refused_until_the_first_is_gone() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("first copy");
    tty.wait_first_frame();
    tty.commit("Första kopian skrev detta", SKANE);
    let pid = tty.pid();

    for args in [
        vec!["open", fixture.id.as_str()],
        vec!["add", fixture.id.as_str(), "under tiden"],
    ] {
        let out = fixture.run(&args);
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(
            out.status.code(),
            Some(3),
            "samtal {args:?} while open elsewhere should exit with 3; stderr: {stderr}"
        );
        assert!(
            stderr.contains("är öppen i en annan kopia av samtal") // LANG=sv_SE.UTF-8
                && stderr.contains(&format!("(process {pid})")),
            "samtal {args:?}: stderr should name the other copy (process {pid}): {stderr}"
        );
        assert!(
            out.stdout.is_empty(),
            "samtal {args:?} should print nothing on stdout (no terminal set-up): {:?}",
            String::from_utf8_lossy(&out.stdout)
        );
    }

    tty.signal(Signal::SIGKILL);
    tty.finish();
    let out = fixture.run(&["add", &fixture.id, "efter"]);
    assert_success(&out, "samtal add after kill -9 of the first copy");
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.starts_with("saved "),
        "samtal add should print `saved <id>`, got {stdout:?}"
    );
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["Första kopian skrev detta", "efter"]);
}

#[derive(Debug, Clone, Copy)]
enum Stop {
    CtrlQ,
    Signal(libc::c_int, &'static str),
}

/// Opens under a shell that records `stty -g` before and after, types one
/// contribution, stops the app as told, and checks that the terminal settings and
/// modes are as before and the contribution is saved.
fn terminal_is_given_back(stop: Stop) {
    let how = match stop {
        Stop::CtrlQ => "Ctrl+Q".to_string(),
        Stop::Signal(_, name) => name.to_string(),
    };
    let fixture = Fixture::new();
    let (mut tty, files) = fixture.open_between_stty(&format!("open, stopped by {how}"));
    tty.wait_first_frame();
    let text = format!("Sparat före {how}: åäö");
    tty.commit(&text, SKANE);
    match stop {
        Stop::CtrlQ => tty.send(CTRL_Q),
        Stop::Signal(signal, _) => {
            let pid = fixture.lock_pid();
            assert_ne!(pid, tty.pid(), "the lock should be held by samtal, not sh");
            kill(pid, signal);
        }
    }
    let finished = tty.finish();
    assert!(
        matches!(finished.status, WaitStatus::Exited(_, 0)),
        "the shell around samtal should end normally, got {:?}",
        finished.status
    );
    let read = |path: &Path| {
        std::fs::read_to_string(path)
            .unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()))
    };
    assert_eq!(
        read(&files.rc).trim(),
        "0",
        "samtal should exit with 0 after {how}"
    );
    let (before, after) = (read(&files.before), read(&files.after));
    assert!(!before.trim().is_empty(), "stty -g printed nothing");
    assert_eq!(
        before, after,
        "after {how} the terminal settings (stty -g) differ from before samtal started"
    );
    assert_terminal_given_back(&finished.output, &how);
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [text], "after {how}");
    fixture.assert_closed_cleanly(&how);
}

#[test]
fn ctrl_q_gives_the_terminal_back() {
    terminal_is_given_back(Stop::CtrlQ);
}

#[test]
fn sigterm_gives_the_terminal_back_and_keeps_the_session() {
    terminal_is_given_back(Stop::Signal(libc::SIGTERM, "SIGTERM"));
}

#[test]
fn sighup_gives_the_terminal_back_and_keeps_the_session() {
    terminal_is_given_back(Stop::Signal(libc::SIGHUP, "SIGHUP"));
}

/// Quitting while the help overlay is open (the one screen that hides the cursor).
#[test]
fn quitting_from_the_help_overlay_leaves_the_cursor_visible() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, quit from help");
    tty.wait_first_frame();
    tty.send(F1);
    tty.wait_for("the help overlay", |s| s.contains("Tangenter"));
    tty.send(CTRL_Q);
    let finished = tty.finish();
    assert_exited_0(&finished, "Ctrl+Q");
    assert_terminal_given_back(&finished.output, "Ctrl+Q from the help overlay");
}

/// A bracketed paste of two lines is one contribution, its line break a space; the
/// newline inside the paste is not an Enter.
#[test]
fn a_pasted_line_break_becomes_a_space_not_a_commit() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, paste");
    tty.wait_first_frame();
    assert!(
        count(&tty.output(), b"\x1b[?2004h") == 1,
        "the app should turn bracketed paste on once before its first frame"
    );
    tty.send("\x1b[200~rad ett\nrad två\x1b[201~");
    tty.wait_for("the pasted text in the capture line", |s| {
        s.contains("rad ett rad två")
    });
    tty.send(ENTER);
    tty.wait_for("the pasted text in the log", |s| {
        s.log_row("rad ett rad två").is_some() && s.contains(HINT)
    });
    tty.send(CTRL_Q);
    let finished = tty.finish();
    assert_exited_0(&finished, "Ctrl+Q");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["rad ett rad två"]);
}

/// Escape sequences in contribution text never reach the terminal: `samtal add`
/// drops the ESC, and text that carries one anyway (a session file written by
/// something else) is shown with U+FFFD in its place.
#[test]
fn escape_sequences_in_text_never_reach_the_terminal() {
    let fixture = Fixture::new();
    let out = fixture.run(&["add", &fixture.id, "före \u{1b}[2J efter"]);
    assert_success(&out, "samtal add with an ESC in the text");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(
        texts,
        ["före [2J efter"],
        "samtal add should store the text without its control characters"
    );

    // Baseline: how often the app itself clears the screen.
    let mut tty = fixture.open("open with cleaned text");
    tty.wait_first_frame();
    tty.wait_for("the cleaned text in the log", |s| {
        s.log_row("före [2J efter").is_some()
    });
    tty.send(CTRL_Q);
    let baseline = tty.finish();
    assert_exited_0(&baseline, "Ctrl+Q");
    let clears = count(&baseline.output, b"\x1b[2J");
    fixture.assert_closed_cleanly("Ctrl+Q");

    // Put raw escapes into the (now complete) snapshot, as another writer might.
    let path = fixture.folder.join("session.json");
    let mut snapshot = fixture.snapshot();
    let session = &mut snapshot["session"];
    let mut hostile = session["contributions"][0].clone();
    hostile["id"] = 2.into();
    hostile["text"] = "rå \u{1b}[2J data \u{1b}]0;titel\u{7}slut".into();
    session["contributions"]
        .as_array_mut()
        .expect("a list of contributions")
        .push(hostile);
    session["next_contribution_id"] = 3.into();
    std::fs::write(
        &path,
        serde_json::to_vec_pretty(&snapshot).expect("JSON out"),
    )
    .expect("rewrite session.json");

    let mut tty = fixture.open("open with raw escapes in the file");
    tty.wait_first_frame();
    let screen = tty.wait_for("the hostile text in the log", |s| {
        s.log_row("slut").is_some()
    });
    let row = screen.log_row("slut").expect("the hostile row");
    assert!(
        row.contains("rå \u{FFFD}[2J data \u{FFFD}]0;titel\u{FFFD}slut"),
        "control characters should show as U+FFFD: {row:?}"
    );
    tty.send(CTRL_Q);
    let finished = tty.finish();
    assert_exited_0(&finished, "Ctrl+Q");
    assert_eq!(
        count(&finished.output, b"\x1b[2J"),
        clears,
        "the hostile text added screen clears"
    );
    for raw in [&b"\x1b[2J data"[..], b"\x1b]0;titel"] {
        assert_eq!(
            count(&finished.output, raw),
            0,
            "{:?} reached the terminal",
            String::from_utf8_lossy(raw)
        );
    }
}

/// SIGTERM while the start screen (`samtal` without a command) is up: the same clean
/// way out as in the app.
#[test]
fn sigterm_on_the_start_screen_gives_the_terminal_back() {
    let fixture = Fixture::new();
    let files = SttyFiles {
        before: fixture.path("stty-before"),
        after: fixture.path("stty-after"),
        rc: fixture.path("rc"),
    };
    let pid_file = fixture.path("pid");
    // The inner shell writes its pid, then becomes samtal.
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(
            r#"stty cols 100 rows 30 || exit 97
stty -g > "$1" || exit 98
sh -c 'echo $$ > "$0"; exec "$1"' "$5" "$3"
echo $? > "$4"
stty -g > "$2""#,
        )
        .arg("sh")
        .arg(&files.before)
        .arg(&files.after)
        .arg(BIN)
        .arg(&files.rc)
        .arg(&pid_file);
    let mut tty = Tty::spawn("start screen, SIGTERM", cmd, fixture.data.path());
    tty.wait_for("the start screen", |s| s.contains("välj session"));
    let pid: i32 = std::fs::read_to_string(&pid_file)
        .expect("the pid file")
        .trim()
        .parse()
        .expect("a pid");
    kill(pid, libc::SIGTERM);
    let finished = tty.finish();
    let read = |path: &Path| std::fs::read_to_string(path).expect("a file the shell wrote");
    assert_eq!(
        read(&files.before),
        read(&files.after),
        "SIGTERM on the start screen left the terminal settings changed (exit code {})",
        read(&files.rc).trim()
    );
    assert_terminal_given_back(&finished.output, "SIGTERM on the start screen");
}

/// The terminal window is closed while samtal runs as its session leader (what a
/// terminal emulator or tmux starts): SIGHUP plus a hang-up. The session is saved
/// and closed, and samtal exits normally.
#[test]
fn closing_the_terminal_window_saves_and_exits_normally() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, window closed");
    tty.wait_first_frame();
    let text = "Skrivet innan fönstret stängdes";
    tty.commit(text, SKANE);
    let status = tty.hang_up(fixture.lock_pid());
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [text], "after the hang-up");
    fixture.assert_closed_cleanly("the hang-up");
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "samtal should exit with 0 when its terminal hangs up, got {status:?}"
    );
}

/// The terminal hangs up but no SIGHUP reaches samtal (the shell that is the session
/// leader ignores it, as under nohup): samtal must notice the hang-up by itself rather
/// than spin on a terminal that reads as end-of-file. Its stderr goes to a file here,
/// so that only the hang-up handling is tested.
#[test]
fn a_hang_up_without_sighup_ends_the_session_cleanly() {
    let fixture = Fixture::new();
    let rc = fixture.path("rc");
    let stderr = fixture.path("stderr");
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(
            r#"trap '' HUP
stty cols 100 rows 30 || exit 97
"$1" open "$2" 2> "$4"
echo $? > "$3""#,
        )
        .arg("sh")
        .arg(BIN)
        .arg(&fixture.id)
        .arg(&rc)
        .arg(&stderr);
    let mut tty = Tty::spawn("open under sh ignoring SIGHUP", cmd, fixture.data.path());
    tty.wait_first_frame();
    let text = "Sparat före avbrottet";
    tty.commit(text, SKANE);
    let status = tty.hang_up(fixture.lock_pid());
    assert!(
        matches!(status, WaitStatus::Exited(_, 0)),
        "the shell around samtal should end normally, got {status:?}"
    );
    let code = std::fs::read_to_string(&rc).expect("the shell wrote samtal's exit code");
    assert_eq!(
        code.trim(),
        "0",
        "samtal's exit code after the hang-up; its stderr: {}",
        std::fs::read_to_string(&stderr).unwrap_or_default()
    );
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [text], "after the hang-up");
    fixture.assert_closed_cleanly("the hang-up");
}

/// Fifty rapid resizes between 20×5 and 200×60: samtal keeps running, and after the
/// last one (back to 100×30) the whole screen is drawn right, log included.
/// Ctrl+Q with a half-typed line: the line is kept in `draft.txt` beside the session
/// (not in the journal, not a contribution) and is back in the capture line when the
/// session is opened again.
#[test]
fn a_half_typed_line_survives_quitting_and_comes_back() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, type half a line, quit");
    tty.wait_first_frame();
    let draft = "Halvskriven rad om Malmö";
    tty.send(draft);
    tty.wait_for("the half-typed line in the capture line", |s| {
        s.contains(draft) && !s.contains(HINT)
    });
    tty.send(CTRL_Q);
    assert_exited_0(&tty.finish(), "Ctrl+Q with a half-typed line");
    let file = fixture.folder.join("draft.txt");
    let kept = std::fs::read_to_string(&file).expect("draft.txt beside the session");
    assert_eq!(kept, draft);
    assert!(fixture.stored().is_empty(), "a draft is not a contribution");
    let journal = String::from_utf8_lossy(&fixture.journal()).into_owned();
    assert!(!journal.contains("Halvskriven"), "not a journal event");

    let mut tty = fixture.open("open again after quitting with a draft");
    let screen = tty.wait_for("the draft back in the capture line", |s| {
        s.contains(draft) && s.row(ROWS).is_some_and(|r| r.contains(SAVED))
    });
    assert!(!screen.contains(HINT), "{screen}");
    assert!(!file.exists(), "the draft now lives in the capture line");
    tty.send(ENTER);
    tty.wait_for("the draft committed", |s| s.log_row(draft).is_some());
    tty.send(CTRL_Q);
    assert_exited_0(&tty.finish(), "Ctrl+Q after committing the draft");
    assert!(!file.exists(), "nothing half typed: no draft file");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [draft]);
}

/// After the terminal is given back, one line on standard error says where the
/// session is and how to export it.
#[test]
fn quitting_prints_the_session_id_and_the_export_command_after_the_terminal_is_back() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open and quit at once");
    tty.wait_first_frame();
    tty.send(CTRL_Q);
    let finished = tty.finish();
    assert_exited_0(&finished, "Ctrl+Q");
    let line = format!(
        "Sparat: {id} · exportera: samtal export {id}",
        id = fixture.id
    );
    let at = rfind(&finished.output, line.as_bytes())
        .unwrap_or_else(|| panic!("no {line:?} in {}", tail(&finished.output)));
    let restored = rfind(&finished.output, b"\x1b[?1049l").expect("the alternate screen left");
    assert!(restored < at, "printed before the terminal was given back");
}

/// Keys typed while the window is below the minimum size are neither saved nor
/// typed; the message gives the minimum; Ctrl+Q still quits.
#[test]
fn below_the_minimum_size_keys_are_not_acted_on() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, shrink, type");
    tty.wait_first_frame();
    tty.forget_output();
    tty.resize(60, 20);
    tty.wait_for("the too-small message with the minimum", |s| {
        s.contains("minst 80×24") && s.contains("Ctrl+Q avslutar")
    });
    // Keys are read in order: Ctrl+Q quitting proves that the ones before it were read
    // while the window was too small.
    tty.send("osynligt");
    tty.send(ENTER);
    tty.send(PAGE_DOWN);
    tty.send("halvskrivet");
    tty.send(CTRL_Q);
    assert_exited_0(&tty.finish(), "Ctrl+Q below the minimum size");
    assert!(fixture.stored().is_empty(), "nothing saved unseen");
    assert_eq!(fixture.snapshot()["session"]["current_item"], "welcome");
    assert!(
        !fixture.folder.join("draft.txt").exists(),
        "nothing typed unseen"
    );
}

/// `samtal add ID` at a terminal says what it waits for, on standard error.
#[test]
fn add_at_a_terminal_prints_a_one_line_prompt() {
    let fixture = Fixture::new();
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"stty cols 100 rows 30 || exit 97; exec "$0" add "$1""#)
        .arg(BIN)
        .arg(&fixture.id);
    let mut tty = Tty::spawn("samtal add at a terminal", cmd, fixture.data.path());
    tty.wait_for("the prompt", |s| {
        s.contains("samtal add: ett bidrag per rad, avsluta med Ctrl+D")
    });
    tty.send("Rad från terminalen\r");
    tty.wait_for("saved 1", |s| s.contains("saved 1"));
    tty.send("\x04");
    assert_exited_0(&tty.finish(), "Ctrl+D");
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["Rad från terminalen"]);
}

#[test]
fn fifty_rapid_resizes_end_in_a_correct_screen() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, resized fifty times");
    tty.wait_first_frame();
    tty.commit("Före storleksändringarna: Malmö 🇸🇪", "Region Skåne");
    let mut state = 0x2545_f491_4f6c_dd1d_u64;
    for _ in 0..50 {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        let cols = 20 + (state % 181) as u16;
        let rows = 5 + ((state >> 16) % 56) as u16;
        tty.resize(cols, rows);
        std::thread::sleep(std::time::Duration::from_millis(3));
    }
    tty.resize(20, 5);
    tty.wait_for("the too-small message at 20×5", |s| s.contains("Gör"));
    tty.forget_output();
    tty.resize(COLS as u16, ROWS as u16);
    let screen = tty.wait_for("a whole frame at 100×30 after the resizes", |s| {
        s.contains(HINT)
            && s.row(ROWS).is_some_and(|r| r.contains(SAVED))
            && s.log_row("Före storleksändringarna: Malmö 🇸🇪").is_some()
            && s.row(1).is_some_and(|r| r.contains("Integration"))
    });
    assert!(screen.rows().any(|r| r.contains("Dagordning")), "{screen}");
    assert!(
        tty.poll_status().is_none(),
        "samtal stopped during the resizes"
    );
    tty.send(CTRL_Q);
    let finished = tty.finish();
    assert_exited_0(&finished, "Ctrl+Q after the resizes");
    assert_terminal_given_back(&finished.output, "after the resizes");
}

/// A panic in the middle of the session (the debug-only trigger makes Ctrl+Q panic):
/// the terminal is given back exactly as it was, the panic is reported, and
/// everything saved before it is still there.
#[test]
fn a_panic_gives_the_terminal_back_and_loses_nothing_saved() {
    let fixture = Fixture::new();
    let (mut tty, files) =
        fixture.open_between_stty_with("open, then a panic", &[("SAMTAL_TEST_PANIC_ON_QUIT", "1")]);
    tty.wait_first_frame();
    let text = "Sparat före paniken: åäö 🇸🇪";
    tty.commit(text, SKANE);
    tty.send(CTRL_Q);
    let finished = tty.finish();
    let read = |path: &Path| std::fs::read_to_string(path).unwrap();
    assert_eq!(read(&files.rc).trim(), "101", "a panic exits with 101");
    assert_eq!(
        read(&files.before),
        read(&files.after),
        "stty -g after the panic"
    );
    assert_terminal_given_back(&finished.output, "a panic");
    let output = String::from_utf8_lossy(&finished.output);
    assert!(
        output.contains("SAMTAL_TEST_PANIC_ON_QUIT"),
        "the panic message is shown"
    );
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, [text], "after the panic");
}

#[test]
fn sigquit_gives_the_terminal_back_and_keeps_the_session() {
    terminal_is_given_back(Stop::Signal(libc::SIGQUIT, "SIGQUIT"));
}

/// True while the process is stopped (state T in /proc/<pid>/stat).
fn is_stopped(pid: i32) -> bool {
    let stat = std::fs::read_to_string(format!("/proc/{pid}/stat")).unwrap_or_default();
    // The state follows the command name, which is in parentheses.
    stat.rsplit_once(") ")
        .is_some_and(|(_, rest)| rest.starts_with('T') || rest.starts_with('t'))
}

/// The pty's terminal settings, as the program sees them.
fn local_modes(tty: &Tty) -> libc::tcflag_t {
    // SAFETY: zeroed is a valid termios; tcgetattr fills it from an open descriptor.
    let mut termios: libc::termios = unsafe { std::mem::zeroed() };
    let rc = unsafe { libc::tcgetattr(tty.writer.as_raw_fd(), &mut termios) };
    assert_eq!(rc, 0, "tcgetattr: {}", std::io::Error::last_os_error());
    termios.c_lflag
}

#[test]
fn sigtstp_gives_the_terminal_back_while_stopped_and_sigcont_a_working_app() {
    let fixture = Fixture::new();
    let (mut tty, files) = fixture.open_between_stty("open, SIGTSTP, then SIGCONT");
    tty.wait_first_frame();
    tty.commit("Före pausen", SKANE);
    let pid = fixture.lock_pid();
    assert_eq!(
        local_modes(&tty) & libc::ICANON,
        0,
        "raw mode while running"
    );

    kill(pid, libc::SIGTSTP);
    let deadline = Instant::now() + TIMEOUT;
    while !is_stopped(pid) {
        assert!(
            Instant::now() < deadline,
            "samtal did not stop after SIGTSTP"
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    // What it wrote before stopping may still be on its way to the reader thread.
    let left = |output: &[u8]| rfind(output, b"\x1b[?1049l") > rfind(output, b"\x1b[?1049h");
    while !left(&tty.output()) && Instant::now() < deadline {
        std::thread::sleep(Duration::from_millis(20));
    }
    assert_terminal_given_back(&tty.output(), "SIGTSTP");
    // `stty -g` is iflag:oflag:cflag:lflag:… in hex, as before samtal started.
    let before = std::fs::read_to_string(&files.before).unwrap();
    let lflag = before.split(':').nth(3).unwrap();
    let before_modes = libc::tcflag_t::from_str_radix(lflag, 16).unwrap();
    assert_ne!(before_modes & libc::ICANON, 0);
    assert_eq!(
        local_modes(&tty),
        before_modes,
        "the terminal's modes while stopped"
    );

    tty.forget_output();
    kill(pid, libc::SIGCONT);
    let screen = tty.wait_first_frame();
    assert!(
        screen.log_row("Före pausen").is_some(),
        "redrawn:\n{screen}"
    );
    assert_eq!(local_modes(&tty) & libc::ICANON, 0, "raw mode again");
    tty.commit("Efter pausen", SKANE);
    tty.send(CTRL_Q);
    let finished = tty.finish();
    assert!(matches!(finished.status, WaitStatus::Exited(_, 0)));
    let read = |path: &Path| std::fs::read_to_string(path).unwrap();
    assert_eq!(read(&files.rc).trim(), "0");
    assert_eq!(
        read(&files.before),
        read(&files.after),
        "stty -g after quitting"
    );
    let texts: Vec<String> = fixture.stored().into_iter().map(|s| s.text).collect();
    assert_eq!(texts, ["Före pausen", "Efter pausen"]);
}

/// Keys that arrive together with a resize are acted on at once. (crossterm's default
/// event reader is edge-triggered: when it answered the resize first, the keys that
/// came with it stayed unread until the next key, while the loop spun at full CPU.)
#[test]
fn keys_that_arrive_with_a_resize_are_acted_on_at_once() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, keys together with resizes");
    tty.wait_first_frame();
    let pid = fixture.lock_pid();
    for round in 0..48u16 {
        kill(pid, libc::SIGSTOP);
        let deadline = Instant::now() + TIMEOUT;
        while !is_stopped(pid) {
            assert!(Instant::now() < deadline, "samtal did not stop");
            std::thread::sleep(Duration::from_millis(5));
        }
        // While it is stopped the resize's SIGWINCH waits; SIGCONT delivers it, and
        // the keys follow at once or a moment later.
        tty.resize(COLS as u16 + (round % 2) * 4, ROWS as u16);
        kill(pid, libc::SIGCONT);
        std::thread::sleep(Duration::from_micros(u64::from(round % 24) * 250));
        let word = format!("ord{round}x");
        tty.send(&word);
        tty.wait_for(&format!("{word:?} in the capture line"), |s| {
            s.contains(&word)
        });
        tty.send(ESC);
        tty.wait_for(&format!("{word:?} cleared"), |s| !s.contains(&word));
    }
    tty.send(CTRL_Q);
    assert_exited_0(&tty.finish(), "Ctrl+Q after the resizes");
}

/// A terminal sends Alt+S as Esc and "s": crossterm reads the pair as one Alt key,
/// which opens the summary editor; Alt+S again saves it in the session.
#[test]
fn alt_s_as_a_terminal_sends_it_opens_and_saves_the_summary() {
    let fixture = Fixture::new();
    let mut tty = fixture.open("open, Alt+S, type, Alt+S");
    tty.wait_first_frame();
    tty.send("\x1bs");
    tty.wait_for("the summary editor", |s| {
        s.contains("Sammanfattning och beslut för punkt")
    });
    tty.send("Kort sammanfattning");
    tty.wait_for("the typed summary", |s| s.contains("Kort sammanfattning"));
    tty.send("\x1bs");
    tty.wait_for("the summary saved", |s| {
        s.contains("Punktens sammanfattning och beslut sparades")
    });
    tty.send(CTRL_Q);
    assert_exited_0(&tty.finish(), "Ctrl+Q after Alt+S");
    // A clean quit folds the journal into the snapshot.
    let notes = fixture.snapshot()["session"]["annotations"]["item_notes"].to_string();
    assert!(
        notes.contains("\"summary\":\"Kort sammanfattning\""),
        "{notes}"
    );
    assert!(
        fixture.stored().is_empty(),
        "the typing was not a contribution"
    );
}
