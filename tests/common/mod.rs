//! Helpers shared by the command-line tests: the binary with a fixed environment,
//! a new session, and the events in its journal.

#![allow(dead_code, clippy::unwrap_used)] // not every test file uses every helper

use assert_cmd::Command;
use serde_json::Value;
use std::path::{Path, PathBuf};

/// `samtal --data-dir <data>` with `LANG` set to `lang` and nothing else that could
/// change the language or the data dir.
pub fn samtal_in(data: &Path, lang: &str) -> Command {
    let mut cmd = Command::cargo_bin("samtal").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SAMTAL_DATA_DIR")
        .env("LANG", lang)
        .arg("--data-dir")
        .arg(data);
    cmd
}

pub fn samtal(data: &Path) -> Command {
    samtal_in(data, "C")
}

pub fn new_session(data: &Path, title: &str, groups: &[&str]) -> (String, PathBuf) {
    let mut cmd = samtal(data);
    cmd.args(["new", "--no-tui", "--title", title]);
    for group in groups {
        cmd.args(["--group", group]);
    }
    let output = cmd.output().unwrap();
    assert!(output.status.success(), "{output:?}");
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (id, folder) = stdout.trim_end().split_once('\t').unwrap();
    (id.to_string(), PathBuf::from(folder))
}

/// The events of the journal, oldest first (checksums not checked here).
pub fn events(folder: &Path) -> Vec<Value> {
    let text = std::fs::read_to_string(folder.join("events.jsonl")).unwrap();
    text.lines()
        .map(|line| {
            let (_, json) = line.split_once('\t').unwrap();
            let record: Value = serde_json::from_str(json).unwrap();
            record["event"].clone()
        })
        .collect()
}

pub fn stderr(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).unwrap()
}

pub fn stdout(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).unwrap()
}

/// The session folder's minutes in Markdown, on standard output.
pub fn minutes(data: &Path, id: &str) -> String {
    let output = samtal(data)
        .args(["export", id, "-o", "-", "--lang", "sv"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr(&output));
    stdout(&output)
}
