//! Listing a data dir (`samtal list`, the start screen): `store::summary::scan` over
//! 1,000 sessions of 200 contributions each, with the local summaries already made
//! (`warm`) and without them (`cold`: every session read in full, as the first list
//! after many sessions arrive does). Run with `cargo bench --bench list`.

#![allow(clippy::unwrap_used)]

use divan::Bencher;
use samtal::fixture::generated_session;
use samtal::store::summary::scan;
use samtal::store::summary_cache::LOCAL_DIR;
use samtal::store::{Store, paths};
use std::path::Path;
use tempfile::TempDir;

const SESSIONS: usize = 1_000;
const CONTRIBUTIONS: usize = 200;

fn main() {
    divan::main();
}

/// A data dir of `SESSIONS` copies of one session folder (its header, whose base
/// holds the contributions, and its empty `events/`).
fn data_dir() -> TempDir {
    let temp = tempfile::tempdir().unwrap();
    let sessions = paths::sessions_dir(temp.path());
    let template = temp.path().join("template");
    drop(Store::create(&template, &generated_session(CONTRIBUTIONS)).unwrap());
    for n in 0..SESSIONS {
        copy_folder(
            &template,
            &sessions.join(format!("2015-11-20-session-{n:04}")),
        );
    }
    temp
}

fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        let target = to.join(entry.file_name());
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), target).unwrap();
        }
    }
}

fn scan_all(dir: &Path) {
    let (found, bad) = scan(dir);
    assert_eq!((found.len(), bad.len()), (SESSIONS, 0));
}

#[divan::bench(sample_count = 10)]
fn warm(bencher: Bencher) {
    let temp = data_dir();
    scan_all(temp.path());
    bencher.bench(|| scan_all(temp.path()));
}

#[divan::bench(sample_count = 3)]
fn cold(bencher: Bencher) {
    let temp = data_dir();
    let cache = temp.path().join(LOCAL_DIR);
    bencher.bench(|| {
        let _ = std::fs::remove_dir_all(&cache);
        scan_all(temp.path());
    });
}
