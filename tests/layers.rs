//! The layers keep to their side: outside the terminal interface only the command
//! that starts the app reaches into it.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, found: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, found);
        } else if path.extension().is_some_and(|e| e == "rs") {
            found.push(path);
        }
    }
}

/// `tui::` as a path of this crate, not the end of `ratatui::`.
fn names_tui(line: &str) -> bool {
    line.match_indices("tui::")
        .any(|(at, _)| !line[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '_'))
}

#[test]
fn outside_the_app_only_the_command_that_starts_it_imports_from_tui() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let mut files = Vec::new();
    rust_files(&src, &mut files);
    let starts_the_app = src.join("cli").join("sessions.rs");
    let mut crossing = Vec::new();
    for file in files {
        if file.starts_with(src.join("tui")) || file == starts_the_app {
            continue;
        }
        let text = std::fs::read_to_string(&file).unwrap();
        for (n, line) in text.lines().enumerate() {
            let code = line.trim_start();
            if !code.starts_with("//") && names_tui(code) {
                crossing.push(format!("{}:{}: {line}", file.display(), n + 1));
            }
        }
    }
    assert!(crossing.is_empty(), "{}", crossing.join("\n"));
}
