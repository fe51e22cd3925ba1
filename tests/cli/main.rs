//! Integration tests of the `samtal` command line: every test runs the real binary
//! against its own temporary data dir, with `LANG=C` so output is deterministic, and
//! checks exit codes, output and the files left on disk.
//!
//! No test starts the terminal app (`open`/`new` without `--no-tui` on a good
//! session): only the paths that fail before the terminal is touched are run.
//!
//! One binary, one module a command; the toolbox is `tests/common/`.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

#[path = "../common/mod.rs"]
mod common;

mod add;
mod agenda;
mod annotations;
mod annotations_sv;
mod damage;
mod damage_words;
mod device;
mod export;
mod groups;
mod header_words;
mod help_text;
mod join;
mod list;
mod merge;
mod moderator;
mod new;
mod notes;
mod poll;
mod refusals;
mod schedule;
mod usage;

use common::*;

use predicates::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;

/// Standard output of exactly `count` lines `saved <id>`.
fn saved(count: usize) -> impl Predicate<str> {
    predicate::function(move |out: &str| is_saved(out, count))
}
use tempfile::TempDir;

const TITLE: &str = "Integration för tillväxt";
const SLUG: &str = "integration-for-tillvaxt";
const BUILTIN_ITEMS: [&str; 10] = [
    "welcome",
    "background",
    "challenge-1",
    "challenge-2",
    "challenge-3",
    "challenge-4",
    "challenge-5",
    "question-1",
    "question-2",
    "wrap-up",
];

fn today() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

/// A new session with the title and two regions most tests use.
fn forum_session(data: &Path) -> (String, PathBuf) {
    new_session(data, TITLE, &["Region Skåne", "Region Örebro län"])
}

fn list_json(data: &Path) -> Vec<Value> {
    let output = samtal(data)
        .args(["list", "--json"])
        .output()
        .expect("samtal runs");
    assert!(output.status.success(), "{}", stderr_of(&output));
    match serde_json::from_slice(&output.stdout).expect("list --json prints JSON") {
        Value::Array(sessions) => sessions,
        other => panic!("not an array: {other}"),
    }
}

fn builtin_agenda(data: &Path) -> Value {
    let output = samtal(data)
        .args(["agenda", "show"])
        .output()
        .expect("samtal runs");
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).expect("agenda show prints JSON")
}
