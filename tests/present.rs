//! `samtal present`, the real binary in a pseudo-terminal: it follows the session
//! while another process writes it (a release is on screen within a second, also
//! after the writer closed and reopened the session), and it never writes: not on a
//! read-only copy run as another user, and not a single open for writing under
//! strace.
//!
//! The projector's frames are read as raw output: a newly drawn contribution is one
//! run of changed cells, so its one-word text appears as it is in the bytes.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

mod common;
use common::pty::Tty;
use common::pty_session::{BIN, Fixture};
use samtal::session::{Event, Kind, ProjectorChange, Session};
use samtal::store::Store;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// `samtal present` (or what runs it) in a 100×30 pty, its raw output collected.
struct Projector(Tty);

impl Projector {
    /// Runs `inner` in a 100×30 pty (the size set by `stty` before `exec`), in colour.
    fn start(fixture: &Fixture, inner: Command) -> Projector {
        let mut cmd = Command::new("sh");
        cmd.arg("-c")
            .arg(r#"stty cols 100 rows 30 || exit 97; exec "$@""#)
            .arg("sh")
            .arg(inner.get_program())
            .args(inner.get_args());
        cmd.env_remove("NO_COLOR");
        Projector(Tty::spawn("present", cmd, fixture.data.path()))
    }

    fn len(&self) -> usize {
        self.0.output().len()
    }

    /// Waits until `text` is in the output after byte `from`; the time it took.
    fn wait_for(&self, text: &str, from: usize) -> Duration {
        self.0.wait_for_bytes(text, from, Instant::now())
    }

    /// Waits until `text` is in the output after byte `from`; the time since `start`.
    fn wait_since(&self, text: &str, from: usize, start: Instant) -> Duration {
        self.0.wait_for_bytes(text, from, start)
    }
}

fn present(folder: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.arg("present").arg(folder);
    cmd
}

/// Adds a contribution and releases it, the way the app does: two journal records.
/// Returns when the release began to be written.
fn say_and_release(store: &mut Store, session: &mut Session, text: &str) -> Instant {
    let at = samtal::tui::app::now();
    let id = session.next_event_id(store.writer(), at);
    let added = Event::ContributionAdded {
        id,
        item: session.current_item.clone(),
        group: session.groups[0].id,
        kind: Kind::Comment,
        text: text.into(),
        at,
    };
    store.apply_and_commit(session, id, &added).unwrap();
    let released = Event::Projector {
        change: ProjectorChange::Release { ids: vec![id] },
        at,
    };
    let release_id = session.next_event_id(store.writer(), at);
    let start = Instant::now();
    store
        .apply_and_commit(session, release_id, &released)
        .unwrap();
    start
}

#[test]
fn a_release_is_on_the_projector_within_a_second_also_after_a_reopen() {
    let fixture = Fixture::new();
    let folder = fixture.folder.clone();
    let projector = Projector::start(&fixture, present(&folder));
    projector.wait_for("Punkt", 0);
    let mut times = Vec::new();
    for round in 0..2 {
        let (mut store, mut session, _) = Store::open(&folder).unwrap();
        for k in 0..3 {
            let word = format!("Bidrag{round}x{k}");
            let from = projector.len();
            let start = say_and_release(&mut store, &mut session, &word);
            let took = projector.wait_since(&word, from, start);
            assert!(took < Duration::from_secs(1), "{word}: {took:?}");
            times.push(took);
        }
        // Closing the session the way the app does: its segment is closed, and the
        // next writer starts one of its own.
        drop(store);
    }
    // An unreleased contribution never reaches the screen.
    let (mut store, mut session, _) = Store::open(&folder).unwrap();
    let from = projector.len();
    let at = samtal::tui::app::now();
    let hidden_id = session.next_event_id(store.writer(), at);
    let hidden = Event::ContributionAdded {
        id: hidden_id,
        item: session.current_item.clone(),
        group: session.groups[0].id,
        kind: Kind::Comment,
        text: "Hemligt".into(),
        at,
    };
    store
        .apply_and_commit(&mut session, hidden_id, &hidden)
        .unwrap();
    say_and_release(&mut store, &mut session, "Synligt");
    projector.wait_for("Synligt", from);
    let output = projector.0.output();
    assert!(!String::from_utf8_lossy(&output[from..]).contains("Hemligt"));
    times.sort();
    eprintln!(
        "journal append (write + fdatasync) → projector frame: min {:?}, median {:?}, max {:?} ({} releases)",
        times[0],
        times[times.len() / 2],
        times[times.len() - 1],
        times.len()
    );
}

/// Makes `path` and everything under it readable by anyone and writable by no one.
fn read_only_for_all(path: &Path) {
    let status = Command::new("chmod")
        .args(["-R", "a+rX,a-w"])
        .arg(path)
        .status()
        .unwrap();
    assert!(status.success());
}

/// Every file under `path` (in `events/` too), with its bytes and change time.
fn tree(path: &Path) -> Vec<(PathBuf, Vec<u8>, i64)> {
    use std::os::unix::fs::MetadataExt;
    let mut files = Vec::new();
    for entry in std::fs::read_dir(path).unwrap() {
        let p = entry.unwrap().path();
        let meta = std::fs::metadata(&p).unwrap();
        if meta.is_dir() {
            files.extend(tree(&p));
        } else {
            files.push((p.clone(), std::fs::read(&p).unwrap(), meta.mtime_nsec()));
        }
    }
    files.sort();
    files
}

#[test]
fn present_runs_as_another_user_on_a_read_only_copy_and_changes_nothing() {
    let fixture = Fixture::new();
    let (data, folder) = (&fixture.data, fixture.folder.clone());
    let copy = data.path().join("copy");
    let status = Command::new("cp")
        .args(["-r"])
        .arg(&folder)
        .arg(&copy)
        .status()
        .unwrap();
    assert!(status.success());
    read_only_for_all(data.path());
    let before = tree(&copy);
    let names = |dir: &Path| -> Vec<std::ffi::OsString> {
        let mut names: Vec<_> = std::fs::read_dir(dir)
            .unwrap()
            .map(|e| e.unwrap().file_name())
            .collect();
        names.sort();
        names
    };
    let names_before = (names(&copy), names(&copy.join("events")));
    // The tests run as root, for whom permissions do not stop a write: run it as
    // nobody, who can only read.
    let mut cmd = Command::new("setpriv");
    cmd.args(["--reuid=65534", "--regid=65534", "--clear-groups", "--"])
        .arg(BIN)
        .arg("present")
        .arg(&copy);
    if unsafe { libc::geteuid() } != 0 {
        cmd = present(&copy);
    }
    let projector = Projector::start(&fixture, cmd);
    projector.wait_for("Punkt 1 av 10", 0);
    projector.wait_for("Välkommen", 0);
    assert_eq!(tree(&copy), before, "present changed the folder");
    let names_after = (names(&copy), names(&copy.join("events")));
    assert_eq!(names_after, names_before, "present left a file behind");
}

#[test]
fn present_opens_no_file_for_writing() {
    if Command::new("strace").arg("-V").output().is_err() {
        eprintln!("strace is not installed: the read-only copy test still covers this");
        return;
    }
    let fixture = Fixture::new();
    let (data, folder) = (&fixture.data, fixture.folder.clone());
    let trace = data.path().join("trace.txt");
    let mut cmd = Command::new("strace");
    cmd.args(["-f", "-qq", "-e", "trace=%file,%desc", "-o"])
        .arg(&trace)
        .arg(BIN)
        .arg("present")
        .arg(&folder);
    let mut projector = Projector::start(&fixture, cmd);
    projector.wait_for("Punkt 1 av 10", 0);
    // A change while it runs: it reads the session again.
    let (mut store, mut session, _) = Store::open(&folder).unwrap();
    let from = projector.len();
    say_and_release(&mut store, &mut session, "Spårat");
    projector.wait_for("Spårat", from);
    drop(store);
    projector.0.process.exit().unwrap();
    let trace = std::fs::read_to_string(&trace).unwrap();
    let folder_name = folder.file_name().unwrap().to_str().unwrap();
    assert!(
        trace.contains("header.json"),
        "the trace shows no read of the session"
    );
    for line in trace.lines() {
        let writes = ["O_WRONLY", "O_RDWR", "O_CREAT", "O_TRUNC", "O_APPEND"]
            .iter()
            .any(|flag| line.contains(flag));
        let terminal = line.contains("/dev/tty") || line.contains("/dev/pts");
        assert!(!writes || terminal, "an open for writing: {line}");
        // The call's name, after the pid: `readlink` reads, `link` changes.
        let call = line
            .split_whitespace()
            .nth(1)
            .and_then(|rest| rest.split('(').next())
            .unwrap_or("");
        let changes = [
            "rename",
            "renameat",
            "renameat2",
            "unlink",
            "unlinkat",
            "mkdir",
            "mkdirat",
            "truncate",
            "ftruncate",
            "link",
            "linkat",
            "symlink",
            "symlinkat",
        ];
        assert!(
            !(changes.contains(&call) && line.contains(folder_name)),
            "a change to the folder: {line}"
        );
    }
}

#[test]
fn present_names_a_session_it_cannot_find_and_exits_2() {
    let data = tempfile::tempdir().unwrap();
    let out = Command::new(BIN)
        .arg("--data-dir")
        .arg(data.path())
        .args(["present", "no-such-session"])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("no-such-session"), "{stderr}");
}

#[test]
fn present_help_says_what_it_shows_in_english_and_swedish() {
    let out = Command::new(BIN)
        .args(["present", "--help"])
        .output()
        .unwrap();
    let help = String::from_utf8_lossy(&out.stdout);
    for needle in [
        "--light",
        "NO_COLOR",
        "never writes",
        "skriver aldrig",
        "Ctrl+P",
        "F9",
    ] {
        assert!(
            help.contains(needle),
            "present --help lacks {needle}: {help}"
        );
    }
}

#[test]
fn a_larger_window_is_drawn_again_at_its_new_size() {
    let fixture = Fixture::new();
    let folder = fixture.folder.clone();
    let mut projector = Projector::start(&fixture, present(&folder));
    projector.wait_for("Punkt 1 av 10", 0);
    let from = projector.len();
    projector.0.resize(160, 45);
    // The whole screen is drawn again after the resize: the heading and the item.
    projector.wait_for("Punkt 1 av 10", from);
    projector.wait_for("Välkommen", from);
}

#[test]
fn with_the_clock_standing_and_nothing_changing_nothing_is_drawn() {
    let fixture = Fixture::new();
    let folder = fixture.folder.clone();
    let projector = Projector::start(&fixture, present(&folder));
    // A session made with --no-tui has never started its clock.
    projector.wait_for("klockan står", 0);
    // Let the first frame finish arriving.
    std::thread::sleep(Duration::from_millis(300));
    let settled = projector.len();
    std::thread::sleep(Duration::from_millis(1500));
    assert_eq!(projector.len(), settled, "output while nothing changed");
}
