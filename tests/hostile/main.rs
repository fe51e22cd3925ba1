//! Hostile input never panics, never hangs and never escapes the data dir.
//!
//! Titles that look like paths, contributions full of terminal escapes, controls,
//! invalid UTF-8 and very long lines, agenda files built to exhaust memory, time or
//! the stack, and session arguments that point outside the data dir. Every command
//! runs the real binary against its own temporary data dir, with `LANG=C` and a
//! timeout; the last test draws a hostile session on the screen with the library.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

#[path = "../common/mod.rs"]
mod common;

mod agenda_files;
mod arguments;
mod contributions;
mod files;
mod screen;
mod titles;

use common::{at, contribution_texts, part_names, samtal_bounded, stderr_lossy, zip_part};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use samtal::agenda::{Agenda, MAX_FILE_BYTES, MAX_ITEMS, MAX_TITLE_CHARS};
use samtal::i18n::Lang;
use samtal::session::{Event, Kind, Session};
use samtal::text::MAX_CONTRIBUTION_CHARS;
use samtal::text::is_bidi_control;
use samtal::tui::action::Action;
use samtal::tui::model::Model;
use samtal::tui::update::update;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// What a refused agenda may take, start-up included.
const QUICK: Duration = Duration::from_secs(5);

// ---------------------------------------------------------------- helpers

/// Every path under `root` (not following links), relative to it.
fn walk(root: &Path) -> BTreeSet<PathBuf> {
    fn visit(root: &Path, dir: &Path, out: &mut BTreeSet<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            out.insert(path.strip_prefix(root).unwrap().to_path_buf());
            if fs::symlink_metadata(&path).unwrap().is_dir() {
                visit(root, &path, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    visit(root, root, &mut out);
    out
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `new --no-tui` with one group; returns the id and the folder.
fn new_skane_session(data: &Path, extra: &[&str]) -> (String, PathBuf) {
    common::new_session_args(
        data,
        &[["--group", "Region Skåne"].as_slice(), extra].concat(),
    )
}

/// C0 and C1 controls, DEL included; line breaks and tabs are allowed where `text`
/// is a whole file.
fn control_bytes_in(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .collect()
}

/// Runs `agenda check` on `file` and checks it is refused quickly with exit code 2
/// (not a signal), nothing on stdout and one clean line on stderr naming the file.
fn check_refused(data: &Path, file: &Path) -> String {
    let started = Instant::now();
    let output = samtal_bounded(data)
        .args(["agenda", "check"])
        .arg(file)
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}: {:?} {}",
        file.display(),
        output.status,
        stderr_lossy(&output)
    );
    assert!(took < QUICK, "{}: took {took:?}", file.display());
    assert!(output.stdout.is_empty(), "{}", file.display());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let name = file.file_name().unwrap().to_str().unwrap();
    assert!(stderr.contains(name), "{name} not named in {stderr:?}");
    assert!(stderr.starts_with("samtal: "), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr:?}");
    assert!(stderr.len() < 1000, "{} bytes: {stderr:.200}", stderr.len());
    assert!(control_bytes_in(stderr.as_bytes()).is_empty(), "{stderr:?}");
    stderr
}

/// The built-in agenda with an escape or a bidi override in every kind of text.
fn hostile_agenda() -> Agenda {
    let mut agenda = Agenda::builtin().unwrap();
    agenda.title.sv = "Dagordning \u{1b}[2J\u{1b}]0;pwned\u{7}".into();
    agenda.title.en = "Agenda \u{1b}[2J\u{202e}".into();
    for item in &mut agenda.items {
        item.title.sv.push_str(" \u{1b}[31m\u{9b}1m");
        item.title.en.push_str(" \u{1b}[31m\u{202e}");
        item.text.sv.push_str("\u{1b}[2J\u{7}\u{0}");
        for prompt in &mut item.prompts {
            prompt.sv.push_str("\u{1b}[1A\u{202e}");
        }
    }
    // Files with such texts are refused; this one only ever lives in memory, to
    // show that the screen is safe even so.
    agenda
}
