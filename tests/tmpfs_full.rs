//! A real full disk: a tiny tmpfs (needs root, which CI has). `samtal add` stops with
//! a clear "not saved" error, nothing acknowledged is lost, and once there is room
//! again everything goes on.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

struct Tmpfs(PathBuf);

impl Tmpfs {
    fn mount(size: &str) -> Option<Tmpfs> {
        let dir = tempfile::tempdir().unwrap().keep();
        let ok = Command::new("mount")
            .args(["-t", "tmpfs", "-o", &format!("size={size}"), "tmpfs"])
            .arg(&dir)
            .status()
            .is_ok_and(|s| s.success());
        ok.then_some(Tmpfs(dir))
    }
}

impl Drop for Tmpfs {
    fn drop(&mut self) {
        let _ = Command::new("umount").arg(&self.0).status();
        let _ = std::fs::remove_dir(&self.0);
    }
}

fn samtal(data: &Path) -> Command {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_samtal"));
    cmd.env("SAMTAL_DATA_DIR", data)
        .env("LANG", "C")
        .env_remove("LC_ALL");
    cmd
}

/// Fills the file system with one file until it refuses more.
fn fill(dir: &Path) -> PathBuf {
    let path = dir.join("filler");
    let mut file = std::fs::File::create(&path).unwrap();
    let block = vec![0u8; 4096];
    while file.write_all(&block).is_ok() {}
    let _ = file.sync_all();
    path
}

#[test]
fn a_full_disk_stops_add_with_a_clear_error_and_loses_nothing() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: mounting a tmpfs needs root");
        return;
    }
    let Some(fs) = Tmpfs::mount("384k") else {
        eprintln!("skipped: this machine cannot mount a tmpfs");
        return;
    };
    let out = samtal(&fs.0)
        .args(["new", "--no-tui", "--group", "Region Skåne"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let stdout = String::from_utf8(out.stdout).unwrap();
    let id = stdout.split('\t').next().unwrap().to_string();

    let before: Vec<String> = (1..=5).map(|n| format!("före full disk {n} åäö")).collect();
    let out = samtal(&fs.0)
        .args(["add", &id])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            child
                .stdin
                .take()
                .unwrap()
                .write_all((before.join("\n") + "\n").as_bytes())?;
            child.wait_with_output()
        })
        .unwrap();
    assert!(out.status.success());

    let filler = fill(&fs.0);
    let long = "x".repeat(3000);
    let out = samtal(&fs.0)
        .args(["add", &id])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .and_then(|mut child| {
            let mut stdin = child.stdin.take().unwrap();
            for _ in 0..200 {
                if writeln!(stdin, "{long}").is_err() {
                    break;
                }
            }
            drop(stdin);
            child.wait_with_output()
        })
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(
        stderr.contains("not saved") && stderr.contains("No space left"),
        "{stderr}"
    );
    let acknowledged_while_full = String::from_utf8_lossy(&out.stdout).lines().count();

    std::fs::remove_file(filler).unwrap();
    let out = samtal(&fs.0)
        .args(["add", &id, "efter att det blev plats"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );

    let dir = fs.0.join("sessions").join(&id);
    let loaded = samtal::store::load(&dir).unwrap();
    assert!(
        loaded.bad_tail.is_none(),
        "the next open cut the torn tail back"
    );
    let texts: Vec<&str> = loaded
        .session
        .contributions
        .values()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        &texts[..5],
        before.iter().map(String::as_str).collect::<Vec<_>>()
    );
    assert_eq!(texts.len(), 5 + acknowledged_while_full + 1);
    assert_eq!(texts.last(), Some(&"efter att det blev plats"));
}

#[test]
fn new_on_a_full_disk_leaves_no_folder_behind_and_says_why_in_swedish() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: mounting a tmpfs needs root");
        return;
    }
    let Some(fs) = Tmpfs::mount("256k") else {
        eprintln!("skipped: this machine cannot mount a tmpfs");
        return;
    };
    let out = samtal(&fs.0)
        .args(["new", "--no-tui", "--title", "Först"])
        .output()
        .unwrap();
    assert!(out.status.success());
    let sessions = fs.0.join("sessions");
    let before: Vec<_> = std::fs::read_dir(&sessions)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    let filler = fill(&fs.0);
    let out = samtal(&fs.0)
        .env("LANG", "sv_SE.UTF-8")
        .args(["new", "--no-tui", "--title", "Regionträff Norr"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(1), "{stderr}");
    assert!(stderr.contains("disken är full"), "{stderr}");
    let after: Vec<_> = std::fs::read_dir(&sessions)
        .unwrap()
        .flatten()
        .map(|e| e.path())
        .collect();
    assert_eq!(after, before, "an orphan session folder was left");
    std::fs::remove_file(filler).unwrap();
}
