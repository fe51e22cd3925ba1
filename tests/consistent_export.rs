//! `samtal export` reads without the lock, while `samtal add` writes and takes
//! snapshots: every export must hold every contribution acknowledged before it
//! started, however the snapshots fall.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::time::{Duration, Instant};

const BIN: &str = env!("CARGO_BIN_EXE_samtal");
/// Snapshots come every 500 records: this makes a dozen of them.
const LINES: u64 = 6000;

fn samtal(data: &Path) -> Command {
    let mut cmd = Command::new(BIN);
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SAMTAL_DATA_DIR")
        .env("LANG", "C")
        .arg("--data-dir")
        .arg(data);
    cmd
}

#[test]
fn every_export_holds_every_contribution_acknowledged_before_it_started() {
    let data = tempfile::tempdir().unwrap();
    let output = samtal(data.path())
        .args(["new", "--no-tui", "--title", "Last", "--group", "G"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let id = stdout.split('\t').next().unwrap().to_string();

    let mut add = samtal(data.path())
        .args(["add", &id])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = add.stdin.take().unwrap();
    let feeder = std::thread::spawn(move || {
        for n in 1..=LINES {
            writeln!(stdin, "rad {n}").unwrap();
        }
    });
    let acknowledged = Arc::new(AtomicU64::new(0));
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let (acknowledged, done) = (acknowledged.clone(), done.clone());
        let stdout = BufReader::new(add.stdout.take().unwrap());
        std::thread::spawn(move || {
            for line in stdout.lines() {
                let n: u64 = line
                    .unwrap()
                    .strip_prefix("saved ")
                    .unwrap()
                    .parse()
                    .unwrap();
                acknowledged.store(n, Ordering::SeqCst);
            }
            done.store(true, Ordering::SeqCst);
        })
    };

    let started = Instant::now();
    let mut exports = 0;
    while !done.load(Ordering::SeqCst) && started.elapsed() < Duration::from_secs(120) {
        let before = acknowledged.load(Ordering::SeqCst);
        let output = samtal(data.path())
            .args(["export", &id, "--format", "json", "-o", "-"])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{}",
            String::from_utf8_lossy(&output.stderr)
        );
        // A record being appended at that very moment may be read half written: it
        // was not acknowledged yet. Anything else is damage that is not there.
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.is_empty() || stderr.contains("incomplete last record"),
            "export {exports}: {stderr}"
        );
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let ids: Vec<u64> = json["session"]["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_u64().unwrap())
            .collect();
        assert!(
            ids.len() as u64 >= before && (1..=before).all(|id| ids.binary_search(&id).is_ok()),
            "export {exports} holds {} contributions, {before} were acknowledged before it",
            ids.len()
        );
        exports += 1;
    }
    feeder.join().unwrap();
    reader.join().unwrap();
    assert!(add.wait().unwrap().success());
    assert_eq!(acknowledged.load(Ordering::SeqCst), LINES);
    assert!(exports > 10, "only {exports} exports ran");
}
