//! Another laptop's segment landing through a folder sync: Syncthing writes the
//! grown file under a temporary name and renames it over the old one, so the open
//! app's reader meets a new file that begins with everything it has read. Measured:
//! `read_new` after one line more lands on a segment of 1,000 and 30,000 lines
//! (30,000 lines is about the 8 MiB a segment closes at).
//! Run with `cargo bench --bench landing`.

#![allow(clippy::unwrap_used)]

use divan::Bencher;
use samtal::store::os_disk::OsDisk;
use samtal::store::segments::examples::{event, id};
use samtal::store::segments::{SegmentReader, record, segment_name};
use std::path::{Path, PathBuf};

fn main() {
    divan::main();
}

/// The bytes of a segment of `lines` lines of writer 7.
fn segment(lines: u64) -> Vec<u8> {
    let mut bytes = Vec::new();
    for n in 1..=lines {
        bytes.extend(record::encode(id(n, 7), &event(n)).unwrap());
    }
    bytes
}

/// Lands `bytes` as a sync engine does: a temporary file renamed over `path`.
fn land(path: &Path, bytes: &[u8]) {
    let temporary = path.with_file_name(".syncthing.landing.tmp");
    std::fs::write(&temporary, bytes).unwrap();
    std::fs::rename(&temporary, path).unwrap();
}

#[divan::bench(args = [1_000, 30_000], sample_count = 20)]
fn one_line_more_lands(bencher: Bencher, lines: u64) {
    let temp = tempfile::tempdir().unwrap();
    let events = temp.path().join("events");
    std::fs::create_dir_all(&events).unwrap();
    let path: PathBuf = events.join(segment_name(id(0, 7).writer, 1));
    let before = segment(lines);
    let after = segment(lines + 1);
    bencher
        .with_inputs(|| {
            land(&path, &before);
            let mut reader = SegmentReader::new(temp.path());
            assert_eq!(
                reader.read_new(&OsDisk::default()).unwrap().found.len() as u64,
                lines
            );
            land(&path, &after);
            reader
        })
        .bench_local_values(|mut reader| {
            let found = reader.read_new(&OsDisk::default()).unwrap().found.len();
            assert!(found >= 1);
            found
        });
}
