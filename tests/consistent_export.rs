//! `samtal export` reads without the lock, while `samtal add` writes and takes
//! snapshots: every export must hold every contribution acknowledged before it
//! started, however the snapshots fall.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use std::io::{BufRead, BufReader, Write};
use std::process::Stdio;
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

mod common;
use common::{assert_success, samtal_process};
/// Snapshots come every 500 records: this makes a dozen of them.
const LINES: u64 = 6000;

#[test]
fn every_export_holds_every_contribution_acknowledged_before_it_started() {
    let data = tempfile::tempdir().unwrap();
    let output = samtal_process(data.path())
        .args(["new", "--no-tui", "--title", "Last", "--group", "G"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let id = stdout.split('\t').next().unwrap().to_string();

    let mut add = samtal_process(data.path())
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
    // The ids `add` printed, in order (ids sort as their text does).
    let acknowledged = Arc::new(Mutex::new(Vec::<String>::new()));
    let done = Arc::new(AtomicBool::new(false));
    let reader = {
        let (acknowledged, done) = (acknowledged.clone(), done.clone());
        let stdout = BufReader::new(add.stdout.take().unwrap());
        std::thread::spawn(move || {
            for line in stdout.lines() {
                let id = line.unwrap().strip_prefix("saved ").unwrap().to_string();
                acknowledged.lock().unwrap().push(id);
            }
            done.store(true, Ordering::SeqCst);
        })
    };

    let started = Instant::now();
    let mut exports = 0;
    while !done.load(Ordering::SeqCst) && started.elapsed() < Duration::from_secs(120) {
        let before = acknowledged.lock().unwrap().clone();
        let output = samtal_process(data.path())
            .args(["export", &id, "--format", "json", "-o", "-"])
            .output()
            .unwrap();
        assert_success(&output, "export");
        // A record being appended at that very moment may be read half written: it
        // was not acknowledged yet. Anything else is damage that is not there.
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.is_empty() || stderr.contains("incomplete last record"),
            "export {exports}: {stderr}"
        );
        let json: serde_json::Value = serde_json::from_slice(&output.stdout).unwrap();
        let ids: Vec<&str> = json["session"]["contributions"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c["id"].as_str().unwrap())
            .collect();
        assert!(
            ids.len() >= before.len()
                && before
                    .iter()
                    .all(|id| ids.binary_search(&id.as_str()).is_ok()),
            "export {exports} holds {} contributions, {} were acknowledged before it",
            ids.len(),
            before.len()
        );
        exports += 1;
    }
    feeder.join().unwrap();
    reader.join().unwrap();
    assert!(add.wait().unwrap().success());
    assert_eq!(acknowledged.lock().unwrap().len() as u64, LINES);
    assert!(exports > 10, "only {exports} exports ran");
}
