use super::*;
use crate::store::segments::examples::{event, stamp, writer};
use crate::store::segments::{Union, read_all};
use crate::store::sim::{Fault, Op, SimDisk, Tear};

fn session_dir() -> PathBuf {
    PathBuf::from("/data/sessions/forum")
}

fn sim_writer(disk: &Arc<SimDisk>) -> SegmentWriter {
    SegmentWriter::open(disk.clone(), &session_dir(), writer(1)).unwrap()
}

fn segment(n: u32) -> PathBuf {
    session_dir()
        .join(EVENTS_DIR)
        .join(segment_name(writer(1), n))
}

fn union_of(disk: &dyn Disk) -> Vec<(EventId, Event)> {
    let batch = read_all(disk, &session_dir()).unwrap();
    assert_eq!(batch.problems, []);
    let mut union = Union::new();
    union.extend(batch.found);
    union.iter().map(|(id, e)| (id, e.clone())).collect()
}

#[test]
fn every_acknowledged_event_survives_a_power_cut() {
    let disk = Arc::new(SimDisk::new());
    let mut segments = sim_writer(&disk);
    let ids: Vec<EventId> = (1..=3)
        .map(|n| segments.append(stamp(n), &event(n)).unwrap())
        .collect();
    let after = disk.power_cut(Tear::Nothing);
    let read: Vec<EventId> = union_of(&after).into_iter().map(|(id, _)| id).collect();
    assert_eq!(read, ids);
    assert_eq!(ids[0].writer, writer(1));
    assert!(
        after.is_file(&segment(1)),
        "the segment's name was made durable"
    );
}

#[test]
fn a_segment_is_closed_at_the_limit_and_the_next_one_created() {
    let disk = Arc::new(SimDisk::new());
    let line = encode(
        EventId {
            stamp: stamp(1),
            writer: writer(1),
        },
        &event(1),
    )
    .unwrap();
    let limit = 3 * line.len() as u64 + 10;
    let mut segments = sim_writer(&disk).with_limit(limit);
    for n in 1..=10 {
        segments.append(stamp(n), &event(n)).unwrap();
    }
    let lens: Vec<usize> = (1..=4)
        .map(|n| disk.read(&segment(n)).unwrap().len())
        .collect();
    let tenth = encode(
        EventId {
            stamp: stamp(10),
            writer: writer(1),
        },
        &event(10),
    )
    .unwrap();
    assert_eq!(
        lens,
        [3 * line.len(), 3 * line.len(), 3 * line.len(), tenth.len()]
    );
    assert!(!disk.exists(&segment(5)));
    assert_eq!(segments.current_segment(), Some(segment(4).as_path()));
    assert_eq!(union_of(disk.as_ref()).len(), 10);
}

#[test]
fn a_line_longer_than_the_limit_gets_a_segment_of_its_own() {
    let disk = Arc::new(SimDisk::new());
    let mut segments = sim_writer(&disk).with_limit(10);
    segments.append(stamp(1), &event(1)).unwrap();
    segments.append(stamp(2), &event(2)).unwrap();
    assert!(disk.exists(&segment(2)));
    assert_eq!(union_of(disk.as_ref()).len(), 2);
}

#[test]
fn names_already_there_are_never_written_into() {
    let disk = Arc::new(SimDisk::new());
    let events = session_dir().join(EVENTS_DIR);
    disk.create_dir_all(&events).unwrap();
    disk.write(&segment(1), b"not mine\n").unwrap();
    let mut segments = sim_writer(&disk);
    // A copy of segment 2 arrives after the writer looked: it is skipped too.
    disk.write(&segment(2), b"not mine either\n").unwrap();
    segments.append(stamp(1), &event(1)).unwrap();
    assert_eq!(disk.read(&segment(1)).unwrap(), b"not mine\n");
    assert_eq!(disk.read(&segment(2)).unwrap(), b"not mine either\n");
    assert_eq!(segments.current_segment(), Some(segment(3).as_path()));
}

#[test]
fn a_deleted_segment_makes_the_append_fail_and_the_next_goes_to_a_new_one() {
    let disk = Arc::new(SimDisk::new());
    let mut segments = sim_writer(&disk);
    segments.append(stamp(1), &event(1)).unwrap();
    disk.remove(&segment(1)).unwrap();
    let error = segments.append(stamp(2), &event(2)).unwrap_err();
    assert!(matches!(error, SegmentError::Lost { .. }), "{error}");
    segments.append(stamp(3), &event(3)).unwrap();
    assert!(disk.exists(&segment(2)));
}

#[test]
fn after_a_failed_sync_the_same_stamp_may_be_written_again_and_reads_once() {
    let disk = Arc::new(SimDisk::new());
    let mut segments = sim_writer(&disk);
    segments.append(stamp(1), &event(1)).unwrap();
    disk.fail_once(Op::Sync, Fault::Error);
    assert!(segments.append(stamp(2), &event(2)).is_err());
    segments.append(stamp(2), &event(2)).unwrap();
    assert_eq!(segments.current_segment(), Some(segment(2).as_path()));
    let read = union_of(disk.as_ref());
    assert_eq!(
        read.len(),
        2,
        "the line in segment 1 and its retry are one event"
    );
}

#[test]
fn stamps_that_do_not_grow_are_refused() {
    let disk = Arc::new(SimDisk::new());
    let mut segments = sim_writer(&disk);
    segments.append(stamp(5), &event(1)).unwrap();
    let result = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
        segments.append(stamp(5), &event(2))
    }));
    // A debug build stops at the assertion; a release build returns the error.
    let refused = match result {
        Err(_) => cfg!(debug_assertions),
        Ok(result) => matches!(result, Err(SegmentError::StampNotGrowing { .. })),
    };
    assert!(refused);
    assert_eq!(union_of(disk.as_ref()).len(), 1);
}

#[test]
fn a_stamp_beyond_the_year_9999_is_refused_before_writing() {
    let disk = Arc::new(SimDisk::new());
    let mut segments = sim_writer(&disk);
    let far = Stamp::from_millis(max_stamp_millis() as i64 + 1);
    assert!(matches!(
        segments.append(far, &event(1)),
        Err(SegmentError::StampOutOfRange(_))
    ));
    assert!(!disk.exists(&segment(1)));
}

#[test]
fn on_a_real_disk_the_folder_is_private_and_a_deleted_segment_is_noticed() {
    use std::os::unix::fs::PermissionsExt;
    let temp = tempfile::tempdir().unwrap();
    let disk: Arc<dyn Disk> = Arc::new(crate::store::os_disk::OsDisk::default());
    let mut segments = SegmentWriter::open(disk.clone(), temp.path(), writer(1)).unwrap();
    segments.append(stamp(1), &event(1)).unwrap();
    let events = temp.path().join(EVENTS_DIR);
    let mode = |p: &Path| std::fs::metadata(p).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode(&events), 0o700);
    let first = events.join(segment_name(writer(1), 1));
    assert_eq!(mode(&first), 0o600);
    std::fs::remove_file(&first).unwrap();
    let error = segments.append(stamp(2), &event(2)).unwrap_err();
    assert!(matches!(error, SegmentError::Lost { .. }), "{error}");
    assert!(!first.exists(), "the lost name is not made again");
    segments.append(stamp(3), &event(3)).unwrap();
    let batch = read_all(disk.as_ref(), temp.path()).unwrap();
    assert_eq!(batch.found.len(), 1);
    assert_eq!(&*batch.found[0].origin.file, segment_name(writer(1), 2));
}

/// Appends events 1..=8 (rotating every few lines) until the disk fails for good at
/// operation `crash`; the ids acknowledged and the ids tried.
fn write_until_crash(disk: &Arc<SimDisk>, crash: usize) -> (Vec<EventId>, Vec<EventId>) {
    disk.crash_at(crash, Fault::Error);
    let (mut acknowledged, mut tried) = (Vec::new(), Vec::new());
    let Ok(segments) = SegmentWriter::open(disk.clone(), &session_dir(), writer(1)) else {
        return (acknowledged, tried);
    };
    let mut segments = segments.with_limit(600);
    for n in 1..=8 {
        tried.push(EventId {
            stamp: stamp(n),
            writer: writer(1),
        });
        if let Ok(id) = segments.append(stamp(n), &event(n)) {
            acknowledged.push(id);
        }
    }
    (acknowledged, tried)
}

#[test]
fn a_crash_at_any_step_keeps_every_acknowledged_event_and_reports_no_damage() {
    let whole = {
        let disk = Arc::new(SimDisk::new());
        write_until_crash(&disk, usize::MAX);
        disk.op_count()
    };
    for crash in 0..=whole {
        for tear in [Tear::Nothing, Tear::Half, Tear::All] {
            let disk = Arc::new(SimDisk::new());
            let (acknowledged, tried) = write_until_crash(&disk, crash);
            let after = disk.power_cut(tear);
            let batch = read_all(&after, &session_dir()).unwrap();
            assert_eq!(batch.problems, [], "crash at {crash}, {tear:?}");
            let read: Vec<EventId> = batch.found.iter().map(|f| f.id).collect();
            for id in &acknowledged {
                assert!(read.contains(id), "crash at {crash}, {tear:?}: {id} lost");
            }
            assert!(read.iter().all(|id| tried.contains(id)));
        }
    }
}
