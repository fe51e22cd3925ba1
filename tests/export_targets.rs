//! Nothing samtal writes lands where it should not: `export -o` never destroys what
//! it names, exports into the session folder never follow a link, and files inside a
//! session folder are never reached through one. Stand-ins in temporary folders
//! only (a `mknod` device, links to files the test made).

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

mod common;
use common::samtal;
use std::collections::BTreeSet;
use std::ffi::CString;
use std::fs;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::{FileTypeExt, symlink};
use std::path::{Path, PathBuf};
use tempfile::TempDir;

/// A session with one contribution: (id, folder).
fn session(data: &Path) -> (String, PathBuf) {
    let output = samtal(data)
        .args([
            "new",
            "--no-tui",
            "--title",
            "Mål",
            "--group",
            "Region Skåne",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (id, folder) = stdout.trim_end().split_once('\t').unwrap();
    samtal(data)
        .args(["add", id, "Ett bidrag"])
        .assert()
        .success();
    (id.to_string(), PathBuf::from(folder))
}

fn names_in(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect()
}

fn mknod(path: &Path, mode: libc::mode_t, dev: libc::dev_t) -> bool {
    let c = CString::new(path.as_os_str().as_bytes()).unwrap();
    // SAFETY: a valid path for the call.
    unsafe { libc::mknod(c.as_ptr(), mode, dev) == 0 }
}

#[test]
fn export_to_a_character_device_writes_to_it_and_leaves_it_a_device() {
    let data = TempDir::new().unwrap();
    let (id, _) = session(data.path());
    let null = data.path().join("null");
    if !mknod(&null, libc::S_IFCHR | 0o666, libc::makedev(1, 3)) {
        eprintln!("skipped: mknod needs root");
        return;
    }
    samtal(data.path())
        .args(["export", &id, "-o"])
        .arg(&null)
        .assert()
        .success();
    let kind = fs::symlink_metadata(&null).unwrap().file_type();
    assert!(kind.is_char_device(), "{kind:?}");
    assert_eq!(
        names_in(data.path()),
        BTreeSet::from([
            ".stignore".to_string(),
            "null".to_string(),
            "sessions".to_string()
        ]),
        "no temporary file left behind"
    );
}

#[test]
fn export_to_a_named_pipe_writes_into_the_pipe() {
    let data = TempDir::new().unwrap();
    let (id, _) = session(data.path());
    let fifo = data.path().join("pipe");
    assert!(mknod(&fifo, libc::S_IFIFO | 0o600, 0));
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || fs::read(fifo).unwrap())
    };
    samtal(data.path())
        .args(["export", &id, "--format", "md", "-o"])
        .arg(&fifo)
        .assert()
        .success();
    let minutes = String::from_utf8(reader.join().unwrap()).unwrap();
    assert!(minutes.contains("Ett bidrag"), "{minutes}");
    assert!(fs::symlink_metadata(&fifo).unwrap().file_type().is_fifo());
}

#[test]
fn export_through_a_link_replaces_the_target_and_keeps_the_link() {
    let data = TempDir::new().unwrap();
    let (id, _) = session(data.path());
    let elsewhere = data.path().join("elsewhere");
    fs::create_dir(&elsewhere).unwrap();
    let target = elsewhere.join("minutes.md");
    fs::write(&target, "old").unwrap();
    let link = data.path().join("link.md");
    symlink(&target, &link).unwrap();
    samtal(data.path())
        .args(["export", &id, "--format", "md", "-o"])
        .arg(&link)
        .assert()
        .success();
    assert!(
        fs::symlink_metadata(&link)
            .unwrap()
            .file_type()
            .is_symlink()
    );
    assert!(fs::read_to_string(&target).unwrap().contains("Ett bidrag"));
    assert_eq!(
        names_in(&elsewhere),
        BTreeSet::from(["minutes.md".to_string()])
    );

    // A link to a name that does not exist yet: the name is created there.
    let dangling = data.path().join("dangling.md");
    symlink("elsewhere/new.md", &dangling).unwrap();
    samtal(data.path())
        .args(["export", &id, "--format", "md", "-o"])
        .arg(&dangling)
        .assert()
        .success();
    assert!(
        fs::read_to_string(elsewhere.join("new.md"))
            .unwrap()
            .contains("Ett bidrag")
    );
    assert!(
        fs::symlink_metadata(&dangling)
            .unwrap()
            .file_type()
            .is_symlink()
    );
}

#[test]
fn export_to_a_folder_is_refused_and_over_a_regular_file_replaces_it() {
    let data = TempDir::new().unwrap();
    let (id, _) = session(data.path());
    let folder = data.path().join("out");
    fs::create_dir(&folder).unwrap();
    let output = samtal(data.path())
        .args(["export", &id, "-o"])
        .arg(&folder)
        .output()
        .unwrap();
    assert!(!output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("is a folder"));
    assert!(names_in(&folder).is_empty());

    let file = data.path().join("minutes.md");
    fs::write(&file, "old").unwrap();
    samtal(data.path())
        .args(["export", &id, "--format", "md", "-o"])
        .arg(&file)
        .assert()
        .success();
    assert!(fs::read_to_string(&file).unwrap().contains("Ett bidrag"));
}

#[test]
fn exports_into_the_session_folder_never_follow_a_planted_link() {
    let data = TempDir::new().unwrap();
    let (id, folder) = session(data.path());
    let victim = data.path().join("victim");
    fs::write(&victim, "untouched").unwrap();
    // The minutes' own name, and the temporary names of earlier versions.
    symlink(&victim, folder.join("minutes.md")).unwrap();
    symlink(&victim, folder.join(".minutes.md.tmp")).unwrap();
    samtal(data.path())
        .args(["--lang", "en", "export", &id, "--format", "md"])
        .assert()
        .success();
    assert_eq!(fs::read_to_string(&victim).unwrap(), "untouched");
    let minutes = folder.join("minutes.md");
    assert!(fs::symlink_metadata(&minutes).unwrap().is_file());
    assert!(fs::read_to_string(&minutes).unwrap().contains("Ett bidrag"));
}

/// A session whose folder holds `name` as a planted link to a file outside it, and
/// what the command `args` (the session's id put after the subcommand) did there.
struct PlantedLink {
    _data: TempDir,
    victim: PathBuf,
    planted: PathBuf,
    status: std::process::ExitStatus,
    stderr: String,
}

fn run_with_a_planted_link(name: &str, args: &[&str]) -> PlantedLink {
    let data = TempDir::new().unwrap();
    let (id, folder) = session(data.path());
    let victim = data.path().join("victim");
    fs::write(&victim, "untouched").unwrap();
    let planted = folder.join(name);
    let _ = fs::remove_file(&planted);
    symlink(&victim, &planted).unwrap();
    let mut full: Vec<&str> = args.to_vec();
    full.insert(1, &id);
    let output = samtal(data.path()).args(&full).output().unwrap();
    PlantedLink {
        _data: data,
        victim,
        planted,
        status: output.status,
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}

impl PlantedLink {
    /// The file the link points at is untouched, and the link is still a link.
    fn assert_left_alone(&self, context: &str) {
        assert_eq!(
            fs::read_to_string(&self.victim).unwrap(),
            "untouched",
            "{context}"
        );
        assert!(
            fs::symlink_metadata(&self.planted)
                .unwrap()
                .file_type()
                .is_symlink()
        );
    }
}

/// Plants `name` in the session folder as a link, runs `args`, and checks the
/// command is refused, names the file, and leaves the link's target untouched.
fn refused_with_a_planted_link(name: &str, args: &[&str]) {
    let run = run_with_a_planted_link(name, args);
    let stderr = &run.stderr;
    assert_eq!(run.status.code(), Some(2), "{name} {args:?}: {stderr}");
    assert!(
        stderr.contains(name) && stderr.contains("symbolic link"),
        "{name} {args:?}: {stderr}"
    );
    run.assert_left_alone(&format!("{name} {args:?}"));
}

#[test]
fn a_header_that_is_a_link_is_refused_by_name_and_never_written_through() {
    for args in [
        &["add", "ett till"][..],
        &["set", "--place", "Malmö"],
        &["export", "-o", "-"],
    ] {
        refused_with_a_planted_link("header.json", args);
    }
}

/// The name of a segment of a writer no samtal here uses.
const PLANTED_SEGMENT: &str = "events/0000000f0e000001.000001.jsonl";

#[test]
fn a_segment_that_is_a_link_is_skipped_said_and_never_written_through() {
    for args in [
        &["add", "ett till"][..],
        &["set", "--place", "Malmö"],
        &["export", "-o", "-"],
    ] {
        let run = run_with_a_planted_link(PLANTED_SEGMENT, args);
        let stderr = &run.stderr;
        assert!(run.status.success(), "{args:?}: {stderr}");
        assert!(
            stderr.contains("0000000f0e000001.000001.jsonl") && stderr.contains("symbolic link"),
            "{args:?}: {stderr}"
        );
        run.assert_left_alone(&format!("{args:?}"));
    }
}

#[test]
fn a_segment_linked_to_another_sessions_segment_is_skipped_and_both_stay_whole() {
    let data = TempDir::new().unwrap();
    let (_, folder_a) = session(data.path());
    let output = samtal(data.path())
        .args(["new", "--no-tui", "--title", "B", "--group", "G"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (id_b, folder_b) = stdout.trim_end().split_once('\t').unwrap();
    let events_a = folder_a.join("events");
    let segment_a = events_a.join(names_in(&events_a).into_iter().next().unwrap());
    let bytes_a = fs::read(&segment_a).unwrap();
    assert!(!bytes_a.is_empty());
    let linked = Path::new(folder_b)
        .join("events")
        .join(segment_a.file_name().unwrap());
    symlink(&segment_a, &linked).unwrap();
    let output = samtal(data.path())
        .args(["add", id_b, "in i fel session?"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stderr).contains("symbolic link"));
    assert_eq!(fs::read(&segment_a).unwrap(), bytes_a);
    let b = samtal::store::load(Path::new(folder_b)).unwrap().session;
    let texts: Vec<&str> = b.contributions.values().map(|c| c.text.as_str()).collect();
    assert_eq!(texts, ["in i fel session?"], "nothing of A read into B");
}
