//! Session folder v2 under a folder sync: three writers on two copies of a session
//! folder, their files carried between the copies in random chunks and orders (files
//! half there, copies renamed over partial ones, conflict copies), read again and
//! again on both sides meanwhile. Once the sync settles, both sides read exactly the
//! events that were acknowledged, once each, and nothing local was carried across.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::session::{Event, EventId, Stamp};
use samtal::store::disk::Disk;
use samtal::store::os_disk::OsDisk;
use samtal::store::segments::examples::{SplitMix, event, stamp, writer};
use samtal::store::segments::sim_sync::{Side, SimSync, list};
use samtal::store::segments::{EVENTS_DIR, SegmentReader, SegmentWriter, Union, read_all};
use samtal::store::sim::SimDisk;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// One copy of the session folder: its disk, its folder, a reader that keeps reading.
struct Copy {
    disk: Arc<dyn Disk>,
    dir: PathBuf,
    reader: SegmentReader,
    union: Union,
}

impl Copy {
    fn new(disk: Arc<dyn Disk>, dir: &Path) -> Copy {
        disk.create_dir_all(dir).unwrap();
        Copy {
            disk,
            dir: dir.to_path_buf(),
            reader: SegmentReader::new(dir),
            union: Union::new(),
        }
    }

    fn side(&self) -> Side<'_> {
        Side {
            disk: self.disk.as_ref(),
            dir: &self.dir,
        }
    }

    /// Reads what arrived; a copy in progress is never damage.
    fn read(&mut self) {
        let batch = self.reader.read_new(self.disk.as_ref()).unwrap();
        assert_eq!(batch.problems, [], "in {}", self.dir.display());
        let merged = self.union.extend(batch.found);
        assert_eq!(merged.conflicts, []);
    }

    fn events(&self) -> Vec<(EventId, Event)> {
        self.union.iter().map(|(id, e)| (id, e.clone())).collect()
    }
}

/// One writer: its segments and its last stamp.
struct Writer {
    segments: SegmentWriter,
    last: Stamp,
}

fn put(copy: &Copy, rel: &str, bytes: &[u8]) {
    let path = copy.dir.join(rel);
    copy.disk.create_dir_all(path.parent().unwrap()).unwrap();
    copy.disk.write(&path, bytes).unwrap();
}

/// Three writers (two on the first copy, one on the second) and a sync, taking
/// turns at random; the events acknowledged.
fn run(seed: u64, copies: &mut [Copy; 2]) -> BTreeMap<EventId, Event> {
    let mut rng = SplitMix(seed);
    let mut sync = SimSync::new(seed);
    let mut writers: Vec<Writer> = [(0, 1), (0, 2), (1, 3)]
        .into_iter()
        .map(|(copy, device)| {
            let c: &Copy = &copies[copy];
            let segments = SegmentWriter::open(c.disk.clone(), &c.dir, writer(device)).unwrap();
            Writer {
                segments: segments.with_limit(400 + rng.below(800) as u64),
                last: Stamp(0),
            }
        })
        .collect();
    let mut acknowledged = BTreeMap::new();
    let mut now = 0;
    for n in 1..=150 {
        match rng.below(5) {
            0 | 1 => {
                let w = &mut writers[rng.below(3)];
                now += rng.below(3) as u64;
                w.last = Stamp::next(w.last, stamp(now).millis() as i64);
                let event = event(n);
                acknowledged.insert(w.segments.append(w.last, &event).unwrap(), event);
            }
            2 | 3 => {
                for _ in 0..=rng.below(4) {
                    sync.step(copies[0].side(), copies[1].side()).unwrap();
                }
            }
            _ => copies[rng.below(2)].read(),
        }
    }
    sync.settle(copies[0].side(), copies[1].side()).unwrap();
    assert!(sync.chunks > 0);
    acknowledged
}

fn local_files(copy: &Copy) {
    put(copy, "header.json", b"{}\n");
    put(copy, ".stignore", b".samtal-local\n");
    put(copy, ".samtal-local/cache.json", b"{}\n");
    put(copy, "session.lock", b"123\n");
    put(copy, "draft.txt", b"halvt skriven rad");
    put(copy, "draft-3fa2c19d0e.txt", b"halvt skriven rad");
    put(copy, "events/.syncthing.x.jsonl.tmp", b"half");
}

fn check_settled(copies: &mut [Copy; 2], acknowledged: &BTreeMap<EventId, Event>) {
    let expected: Vec<(EventId, Event)> = acknowledged.clone().into_iter().collect();
    for copy in copies.iter_mut() {
        copy.read();
        assert_eq!(copy.events(), expected, "in {}", copy.dir.display());
        let fresh = read_all(copy.disk.as_ref(), &copy.dir).unwrap();
        let mut union = Union::new();
        union.extend(fresh.found);
        assert_eq!(union.len(), expected.len());
    }
    let (a, b) = (
        list(copies[0].side()).unwrap(),
        list(copies[1].side()).unwrap(),
    );
    assert_eq!(a.keys().collect::<Vec<_>>(), b.keys().collect::<Vec<_>>());
}

/// What `local_files` put in the first copy: the header crossed, nothing local did.
fn check_local_stayed(copies: &[Copy; 2]) {
    let b = list(copies[1].side()).unwrap();
    assert!(b.contains_key(Path::new("header.json")));
    for local in [
        ".samtal-local",
        "session.lock",
        "draft.txt",
        "draft-3fa2c19d0e.txt",
        ".stignore",
    ] {
        assert!(
            !copies[1].disk.exists(&copies[1].dir.join(local)),
            "{local} was carried across"
        );
    }
    assert!(
        !copies[1].disk.exists(
            &copies[1]
                .dir
                .join(EVENTS_DIR)
                .join(".syncthing.x.jsonl.tmp")
        )
    );
}

#[test]
fn both_copies_read_every_acknowledged_event_once_after_a_sync_on_the_simulated_disk() {
    let mut conflict_copies = 0;
    for seed in 0..20 {
        let disk: Arc<dyn Disk> = Arc::new(SimDisk::new());
        let mut copies = [
            Copy::new(disk.clone(), Path::new("/laptop-a/sessions/forum")),
            Copy::new(disk, Path::new("/laptop-b/sessions/forum")),
        ];
        local_files(&copies[0]);
        let acknowledged = run(seed, &mut copies);
        check_settled(&mut copies, &acknowledged);
        check_local_stayed(&copies);
        let names = list(copies[0].side()).unwrap();
        conflict_copies += names
            .keys()
            .filter(|p| p.to_string_lossy().contains("sync-conflict"))
            .count();
    }
    assert!(conflict_copies > 0, "some runs made conflict copies");
}

#[test]
fn both_copies_read_every_acknowledged_event_once_after_a_sync_on_a_real_disk() {
    for seed in 0..3 {
        let temp = tempfile::tempdir().unwrap();
        let mut copies = [
            Copy::new(Arc::new(OsDisk::default()), &temp.path().join("a/forum")),
            Copy::new(Arc::new(OsDisk::default()), &temp.path().join("b/forum")),
        ];
        local_files(&copies[0]);
        let acknowledged = run(seed, &mut copies);
        check_settled(&mut copies, &acknowledged);
        check_local_stayed(&copies);
    }
}

#[test]
fn a_segment_that_differs_on_the_two_sides_is_kept_beside_and_both_sides_read_both() {
    let disk: Arc<dyn Disk> = Arc::new(SimDisk::new());
    let mut copies = [
        Copy::new(disk.clone(), Path::new("/usb/forum")),
        Copy::new(disk.clone(), Path::new("/laptop/forum")),
    ];
    // One writer id on both: a folder copied with a segment, written on at both ends.
    let mut acknowledged = BTreeMap::new();
    for (copy, stamps) in [(0, [1, 2]), (1, [3, 4])] {
        let mut segments = SegmentWriter::open(disk.clone(), &copies[copy].dir, writer(7)).unwrap();
        for n in stamps {
            let event = event(n);
            acknowledged.insert(segments.append(stamp(n), &event).unwrap(), event);
        }
    }
    let mut sync = SimSync::new(1);
    sync.settle(copies[0].side(), copies[1].side()).unwrap();
    assert!(sync.conflict_copies >= 2);
    check_settled(&mut copies, &acknowledged);
}
