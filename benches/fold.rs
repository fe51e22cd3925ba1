//! Opening a session folder of several writers: every segment under `events/` read
//! and checked (`read_all`), the events put in one union (deduplicated, in id order)
//! and folded onto the base, for 1 writer × 10,000 events and 10 writers × 10,000
//! events each; and each step alone (`read_only`, `union_only`, `fold_only`) to show
//! where the time goes; and `load`, the whole read as the command line does it.
//! Run with `cargo bench --bench fold`.

#![allow(clippy::unwrap_used)]

use divan::Bencher;
use samtal::fixture::generated_session;
use samtal::session::DeviceId;
use samtal::store::header::{Header, write_header};
use samtal::store::os_disk::OsDisk;
use samtal::store::segments::examples::{event, id};
use samtal::store::segments::{Union, fold, read_all, record, segment_name};
use std::path::Path;
use tempfile::TempDir;

const EVENTS_PER_WRITER: u64 = 10_000;

fn main() {
    divan::main();
}

/// A session folder with `writers` writers' segments, their events interleaved in
/// time as at tables typing at once.
fn session_folder(writers: u64) -> TempDir {
    let temp = tempfile::tempdir().unwrap();
    let header = Header::new(DeviceId(1), generated_session(0));
    write_header(&OsDisk::default(), temp.path(), &header).unwrap();
    let events = temp.path().join("events");
    std::fs::create_dir_all(&events).unwrap();
    for device in 1..=writers {
        let mut bytes = Vec::new();
        for k in 0..EVENTS_PER_WRITER {
            let n = k * writers + device;
            bytes.extend(record::encode(id(n, device), &event(n)).unwrap());
        }
        let name = segment_name(id(0, device).writer, 1);
        std::fs::write(events.join(name), bytes).unwrap();
    }
    temp
}

fn open_and_fold(dir: &Path, base: &samtal::session::Session) -> usize {
    let batch = read_all(&OsDisk::default(), dir).unwrap();
    assert!(batch.problems.is_empty());
    let mut union = Union::new();
    union.extend(batch.found);
    fold(base, &union).contributions.len()
}

#[divan::bench(args = [1, 10], sample_count = 10)]
fn writers(bencher: Bencher, writers: u64) {
    let temp = session_folder(writers);
    let base = generated_session(0);
    bencher.bench(|| {
        let folded = open_and_fold(temp.path(), &base);
        assert_eq!(folded as u64, writers * EVENTS_PER_WRITER);
    });
}

#[divan::bench(args = [1, 10], sample_count = 10)]
fn read_only(bencher: Bencher, writers: u64) {
    let temp = session_folder(writers);
    bencher.bench(|| {
        read_all(&OsDisk::default(), temp.path())
            .unwrap()
            .found
            .len()
    });
}

#[divan::bench(args = [1, 10], sample_count = 10)]
fn union_only(bencher: Bencher, writers: u64) {
    let temp = session_folder(writers);
    let found = read_all(&OsDisk::default(), temp.path()).unwrap().found;
    bencher.bench(|| {
        let mut union = Union::new();
        union.extend(found.clone());
        union.len()
    });
}

#[divan::bench(args = [1, 10], sample_count = 10)]
fn fold_only(bencher: Bencher, writers: u64) {
    let temp = session_folder(writers);
    let base = generated_session(0);
    let mut union = Union::new();
    union.extend(read_all(&OsDisk::default(), temp.path()).unwrap().found);
    bencher.bench(|| fold(&base, &union).contributions.len());
}

/// What `samtal export`, `list` and the projector do: `store::load`, the header and
/// every segment read and folded, nothing written.
#[divan::bench(args = [1, 10], sample_count = 10)]
fn load(bencher: Bencher, writers: u64) {
    let temp = session_folder(writers);
    bencher.bench(|| {
        let loaded = samtal::store::load(temp.path()).unwrap();
        assert_eq!(
            loaded.session.contributions.len() as u64,
            writers * EVENTS_PER_WRITER
        );
    });
}
