//! A session in a temporary data dir for the pty tests, the binary run without a
//! terminal beside it, and the checks on what a run left behind.

use super::cli::assert_success;
use super::pty::Tty;
use rexpect::process::WaitStatus;
use serde_json::Value;
use std::fs::File;
use std::os::fd::{FromRawFd, RawFd};
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::Mutex;
use std::time::Duration;

pub const BIN: &str = env!("CARGO_BIN_EXE_samtal");
pub const TIMEOUT: Duration = Duration::from_secs(10);
pub const COLS: usize = 100;
pub const ROWS: usize = 30;

pub const SKANE: &str = "Region Skåne";
pub const OREBRO: &str = "Region Örebro län";
/// The capture line's placeholder while it is empty.
pub const HINT: &str = "Skriv vad gruppen säger";
/// The footer's saved marker.
pub const SAVED: &str = "✓ sparat";
/// The kind label every log row carries (nothing here changes the kind).
pub const KIND: &str = "synpunkt";

pub const ENTER: &str = "\r";
pub const TAB: &str = "\t";
pub const PAGE_DOWN: &str = "\x1b[6~";
pub const CTRL_Q: &str = "\x11";
pub const ESC: &str = "\x1b";
pub const F1: &str = "\x1bOP";

// ---------------------------------------------------------------------------
// A session in a temporary data dir, and the CLI around it.

pub struct Fixture {
    pub data: tempfile::TempDir,
    pub id: String,
    pub folder: PathBuf,
}

impl Fixture {
    /// `samtal new --no-tui` with the two groups.
    pub fn new() -> Fixture {
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
            fixture.folder.join("header.json").is_file(),
            "no header.json in {}",
            fixture.folder.display()
        );
        fixture
    }

    /// The drafts beside the session (`draft-<device>.txt`, or an older `draft.txt`).
    pub fn drafts(&self) -> Vec<PathBuf> {
        let mut found: Vec<PathBuf> = std::fs::read_dir(&self.folder)
            .expect("the session folder")
            .map(|entry| entry.expect("a folder entry").path())
            .filter(|path| {
                let name = path.file_name().unwrap_or_default().to_string_lossy();
                name.starts_with("draft") && name.ends_with(".txt")
            })
            .collect();
        found.sort();
        found
    }

    pub fn run(&self, args: &[&str]) -> Output {
        run(self.data.path(), args)
    }

    pub fn path(&self, name: &str) -> PathBuf {
        self.data.path().join(name)
    }

    /// `samtal open <id>` in a 100×30 pty (the size is set by `stty` before `exec`).
    pub fn open(&self, name: &str) -> Tty {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(r#"stty cols 100 rows 30 || exit 97; exec "$0" open "$1""#)
            .arg(BIN)
            .arg(&self.id);
        Tty::spawn(name, cmd, self.data.path())
    }

    /// `open`, then the first complete frame.
    pub fn opened(&self, name: &str) -> Tty {
        let mut tty = self.open(name);
        tty.wait_first_frame();
        tty
    }

    /// `samtal open <id>` under a shell that records `stty -g` before and after it,
    /// and its exit code.
    pub fn open_between_stty(&self, name: &str) -> (Tty, SttyFiles) {
        self.open_between_stty_with(name, &[])
    }

    /// The same, with more variables in samtal's environment.
    pub fn open_between_stty_with(&self, name: &str, vars: &[(&str, &str)]) -> (Tty, SttyFiles) {
        let files = self.stty_files();
        let mut cmd = files.around(r#""$4" open "$5""#, &[BIN.as_ref(), self.id.as_ref()]);
        cmd.envs(vars.iter().copied());
        (Tty::spawn(name, cmd, self.data.path()), files)
    }

    /// Where a shell around samtal records `stty -g` and the exit code.
    pub fn stty_files(&self) -> SttyFiles {
        SttyFiles {
            before: self.path("stty-before"),
            after: self.path("stty-after"),
            rc: self.path("rc"),
        }
    }

    /// The pid of the samtal that has this session open (`samtal open`, found by
    /// its command line and data dir), waiting a moment for it to start.
    pub fn app_pid(&self) -> i32 {
        let deadline = std::time::Instant::now() + Duration::from_secs(20);
        let data = format!("SAMTAL_DATA_DIR={}", self.data.path().display());
        loop {
            for entry in std::fs::read_dir("/proc").expect("/proc") {
                let Ok(entry) = entry else { continue };
                let Some(pid) = entry.file_name().to_str().and_then(|n| n.parse().ok()) else {
                    continue;
                };
                let read = |what: &str| std::fs::read(entry.path().join(what)).unwrap_or_default();
                let cmdline = read("cmdline");
                let args: Vec<&[u8]> = cmdline.split(|b| *b == 0).collect();
                let environ = read("environ");
                if args.first() == Some(&BIN.as_bytes())
                    && args.contains(&&b"open"[..])
                    && environ.split(|b| *b == 0).any(|v| v == data.as_bytes())
                {
                    return pid;
                }
            }
            assert!(
                std::time::Instant::now() < deadline,
                "no samtal open for {}",
                self.data.path().display()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    /// The session as its folder holds it now (header and segments folded), in the
    /// shape of a snapshot: `{"seq": …, "session": …}`.
    pub fn snapshot(&self) -> Value {
        super::cli::snapshot(&self.folder)
    }

    /// Every contribution on disk: the `contribution_added` events of every complete
    /// line in `events/`, once per id, in id order (a line still torn by a kill is
    /// not there yet).
    pub fn stored(&self) -> Vec<Stored> {
        super::cli::complete_events(&self.folder)
            .iter()
            .filter(|event| event["type"] == "contribution_added")
            .map(Stored::from_json)
            .collect()
    }

    /// The agenda item ids, in order.
    pub fn items(&self) -> Vec<String> {
        self.snapshot()["session"]["agenda"]["items"]
            .as_array()
            .expect("the snapshot has agenda items")
            .iter()
            .map(|i| i["id"].as_str().expect("an item id").to_string())
            .collect()
    }

    /// After a clean exit: the item clock stopped and every segment ends in a whole
    /// line.
    pub fn assert_closed_cleanly(&self, how: &str) {
        let snapshot = self.snapshot();
        assert!(
            snapshot["session"]["clock"]["running_since"].is_null(),
            "after {how} the item clock should be stopped (the app's close path ran), \
             but the session has running_since = {}",
            snapshot["session"]["clock"]["running_since"]
        );
        // `journal` checks every line's checksum and that no segment ends torn.
        let _ = super::cli::journal(&self.folder);
    }
}

pub struct SttyFiles {
    pub before: PathBuf,
    pub after: PathBuf,
    pub rc: PathBuf,
}

impl SttyFiles {
    /// A shell that sets the size to 100×30, records `stty -g` before and after
    /// `inner` and its exit code. In `inner`, `$4`, `$5` … are `args`.
    pub fn around(&self, inner: &str, args: &[&std::ffi::OsStr]) -> Command {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(format!(
                "stty cols 100 rows 30 || exit 97\nstty -g > \"$1\" || exit 98\n{inner}\necho $? > \"$3\"\nstty -g > \"$2\""
            ))
            .arg("sh")
            .arg(&self.before)
            .arg(&self.after)
            .arg(&self.rc)
            .args(args);
        cmd
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Stored {
    pub text: String,
    pub item: String,
    pub group: samtal::session::EventId,
}

impl Stored {
    pub fn from_json(c: &Value) -> Stored {
        Stored {
            text: c["text"].as_str().expect("a contribution text").to_string(),
            item: c["item"].as_str().expect("a contribution item").to_string(),
            group: serde_json::from_value(c["group"].clone()).expect("a contribution group"),
        }
    }
}

pub fn env(cmd: &mut Command, data: &Path) {
    cmd.env("SAMTAL_DATA_DIR", data)
        .env("SAMTAL_STATE_DIR", super::cli::test_state_dir())
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
pub static SPAWNING: Mutex<()> = Mutex::new(());

pub fn spawning() -> std::sync::MutexGuard<'static, ()> {
    SPAWNING
        .lock()
        .unwrap_or_else(std::sync::PoisonError::into_inner)
}

/// The binary without a terminal (stdin empty).
pub fn run(data: &Path, args: &[&str]) -> Output {
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
pub fn dup_cloexec(fd: RawFd) -> File {
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

pub fn count(haystack: &[u8], needle: &[u8]) -> usize {
    haystack
        .windows(needle.len())
        .filter(|w| *w == needle)
        .count()
}

pub fn rfind(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).rposition(|w| w == needle)
}

/// The end of the output leaves the terminal as it found it: off after the last on,
/// for the alternate screen, bracketed paste and the cursor.
pub fn assert_terminal_given_back(output: &[u8], how: &str) {
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

pub fn tail(output: &[u8]) -> String {
    let start = output.len().saturating_sub(400);
    format!("{:?}", String::from_utf8_lossy(&output[start..]))
}
