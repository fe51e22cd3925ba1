//! Opening a session: `store::load` (read and parse the snapshot, rebuild the index,
//! replay the journal) on sessions of 0 to 100,000 contributions written to a temporary
//! folder beforehand. Run with `cargo bench --bench open`.

#![allow(clippy::unwrap_used)]

use divan::Bencher;
use samtal::fixture::{forum_start, generated_session};
use samtal::session::{Event, Kind};
use samtal::store::{Store, load};
use std::path::PathBuf;
use tempfile::TempDir;

const SIZES: [usize; 4] = [0, 1_000, 10_000, 100_000];

/// Journal records on top of the snapshot in the second benchmark: two snapshot
/// intervals' worth (the store snapshots every 500 records, or every tenth of the
/// session for big ones).
const JOURNAL_RECORDS: u64 = 1_000;

fn main() {
    divan::main();
}

/// A session folder holding a snapshot of `contributions` and, after it,
/// `records` contributions committed through the store (write + fdatasync each)
/// and not snapshotted.
fn session_folder(contributions: usize, records: u64) -> (TempDir, PathBuf) {
    let temp = tempfile::tempdir().unwrap();
    let dir = temp.path().join("session");
    let mut session = generated_session(contributions);
    // `create` writes the first snapshot (seq 0) and an empty journal.
    let mut store = Store::create(&dir, &session).unwrap();
    let start = forum_start();
    for k in 0..records {
        let at = start + chrono::Duration::seconds(contributions as i64 + k as i64);
        let id = session.next_event_id(store.writer(), at);
        let event = Event::ContributionAdded {
            id,
            item: session.current_item.clone(),
            group: session.groups[k as usize % session.groups.len()].id,
            kind: Kind::Comment,
            text: format!("Efter ögonblicksbilden: bidrag {k} från Region Skåne 🇸🇪"),
            at,
        };
        store.apply_and_commit(&mut session, id, &event).unwrap();
    }
    drop(store);
    (temp, dir)
}

/// Snapshot only: what `samtal open` reads after a clean quit.
#[divan::bench(args = SIZES, sample_count = 20)]
fn snapshot(bencher: Bencher, contributions: usize) {
    let (_temp, dir) = session_folder(contributions, 0);
    bencher.bench(|| {
        let loaded = load(&dir).unwrap();
        assert_eq!(loaded.seq, 0);
        loaded
    });
}

/// Snapshot plus 1,000 journal records to verify and replay: after a crash.
#[divan::bench(args = SIZES, sample_count = 20)]
fn snapshot_and_1000_records(bencher: Bencher, contributions: usize) {
    let (_temp, dir) = session_folder(contributions, JOURNAL_RECORDS);
    bencher.bench(|| {
        let loaded = load(&dir).unwrap();
        assert_eq!(loaded.seq, JOURNAL_RECORDS);
        loaded
    });
}
