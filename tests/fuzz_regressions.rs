//! The fuzz targets' invariants (`fuzz/src/checks.rs`, included below) over every
//! committed fuzz input: the seed corpus in `fuzz/seeds/<target>/` and the minimized
//! inputs the fuzzer found in `fuzz/regressions/<target>/`. Runs in a plain
//! `cargo test`, without cargo-fuzz or libFuzzer. See `fuzz/README.md`.
//!
//! A finding that is not fixed yet is listed in `fuzz/regressions/OPEN`
//! (`<target>/<file>` per line); it is left out here and checked only by the ignored
//! test `open_findings_hold` (`cargo test --test fuzz_regressions -- --ignored`).
//! Fix the bug, then delete its line so the input guards the fix.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

#[path = "../fuzz/src/checks.rs"]
mod checks;

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};

const TARGETS: [&str; 3] = ["journal", "snapshot", "agenda"];

fn fuzz_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fuzz")
}

fn check(target: &str) -> fn(&[u8]) {
    match target {
        "journal" => checks::journal,
        "snapshot" => checks::snapshot,
        "agenda" => checks::agenda,
        other => panic!("no fuzz target {other}"),
    }
}

/// `<target>/<file>` names of the open findings.
fn open_findings() -> Vec<String> {
    let Ok(text) = std::fs::read_to_string(fuzz_dir().join("regressions/OPEN")) else {
        return Vec::new();
    };
    text.lines()
        .map(|line| line.split('#').next().unwrap().trim())
        .filter(|name| !name.is_empty())
        .map(str::to_string)
        .collect()
}

/// Every committed input of `kind` ("seeds" or "regressions"), as
/// (target, `<target>/<file>`, path), in a stable order.
fn inputs(kind: &str) -> Vec<(&'static str, String, PathBuf)> {
    let mut found = Vec::new();
    for target in TARGETS {
        let dir = fuzz_dir().join(kind).join(target);
        let Ok(entries) = std::fs::read_dir(&dir) else {
            continue;
        };
        for entry in entries {
            let path = entry.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            if path.is_file() && !name.starts_with('.') {
                found.push((target, format!("{target}/{name}"), path));
            }
        }
    }
    found.sort_by(|a, b| a.1.cmp(&b.1));
    found
}

/// Runs each input's check and returns the names of those that panicked.
fn failures(inputs: &[(&'static str, String, PathBuf)]) -> Vec<String> {
    let mut failed = Vec::new();
    for (target, name, path) in inputs {
        let bytes = std::fs::read(path).unwrap();
        let run = check(target);
        if catch_unwind(AssertUnwindSafe(|| run(&bytes))).is_err() {
            failed.push(name.clone());
        }
    }
    failed
}

#[test]
fn the_seed_corpus_holds() {
    let seeds = inputs("seeds");
    for target in TARGETS {
        assert!(
            seeds.iter().any(|(t, _, _)| *t == target),
            "no seed for the {target} target in fuzz/seeds/{target}/"
        );
    }
    let failed = failures(&seeds);
    assert!(failed.is_empty(), "seeds breaking an invariant: {failed:?}");
}

/// Seeds are valid inputs, so that fuzzing starts from what samtal really reads: a
/// seed that stops parsing (a format change) would silently weaken the fuzzing.
#[test]
fn the_seeds_are_accepted() {
    use samtal::store::{journal, snapshot};
    for (target, name, path) in inputs("seeds") {
        let bytes = std::fs::read(&path).unwrap();
        match target {
            "journal" => assert!(
                !journal::read(&bytes, 0).events.is_empty(),
                "{name}: no event read"
            ),
            "snapshot" => {
                if let Err(e) = snapshot::parse(&bytes) {
                    panic!("{name}: {e}");
                }
            }
            _ => {
                let json = String::from_utf8(bytes).unwrap();
                if let Err(e) = samtal::agenda::Agenda::from_json(&json, &name) {
                    panic!("{e}");
                }
            }
        }
    }
}

#[test]
fn the_fuzzers_findings_hold() {
    let open = open_findings();
    let fixed: Vec<_> = inputs("regressions")
        .into_iter()
        .filter(|(_, name, _)| !open.contains(name))
        .collect();
    let failed = failures(&fixed);
    assert!(
        failed.is_empty(),
        "fuzz/regressions inputs breaking an invariant again: {failed:?}"
    );
}

#[test]
fn every_open_finding_has_its_input() {
    let all: Vec<String> = inputs("regressions")
        .into_iter()
        .map(|(_, name, _)| name)
        .collect();
    for name in open_findings() {
        assert!(
            all.contains(&name),
            "fuzz/regressions/OPEN names {name}, which is not in fuzz/regressions/"
        );
    }
}

#[test]
#[ignore = "fails until the bugs in fuzz/regressions/OPEN are fixed"]
fn open_findings_hold() {
    let open = open_findings();
    let listed: Vec<_> = inputs("regressions")
        .into_iter()
        .filter(|(_, name, _)| open.contains(name))
        .collect();
    let failed = failures(&listed);
    assert!(failed.is_empty(), "open findings still failing: {failed:?}");
}
