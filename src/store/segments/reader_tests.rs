use super::*;
use crate::store::segments::FileKind;
use crate::store::segments::examples::{event, id, writer};
use crate::store::segments::names::segment_name;
use crate::store::segments::record::encode;
use crate::store::sim::SimDisk;

fn session_dir() -> PathBuf {
    PathBuf::from("/data/sessions/forum")
}

fn events_dir() -> PathBuf {
    session_dir().join(EVENTS_DIR)
}

fn lines(device: u64, numbers: std::ops::RangeInclusive<u64>) -> Vec<u8> {
    numbers
        .flat_map(|n| encode(id(n, device), &event(n)).unwrap())
        .collect()
}

fn put(disk: &SimDisk, name: &str, bytes: &[u8]) {
    disk.create_dir_all(&events_dir()).unwrap();
    disk.append(&events_dir().join(name), bytes).unwrap();
}

fn ids(batch: &ReadBatch) -> Vec<EventId> {
    batch.found.iter().map(|f| f.id).collect()
}

fn seg(device: u64, n: u32) -> String {
    segment_name(writer(device), n)
}

#[test]
fn a_folder_without_events_reads_as_nothing() {
    let batch = read_all(&SimDisk::new(), &session_dir()).unwrap();
    assert!(batch.found.is_empty() && batch.problems.is_empty());
}

#[test]
fn temporary_names_are_never_read() {
    let disk = SimDisk::new();
    put(&disk, &seg(1, 1), &lines(1, 1..=1));
    for name in [
        ".syncthing.x.jsonl.tmp",
        "~syncthing~x.jsonl.tmp",
        "x.jsonl.part",
        "x.jsonl.partial",
    ] {
        put(&disk, name, &lines(2, 1..=3));
    }
    let batch = read_all(&disk, &session_dir()).unwrap();
    assert_eq!(ids(&batch), [id(1, 1)]);
    assert_eq!(batch.problems, []);
}

#[test]
fn an_incomplete_last_line_is_left_silently_and_read_once_complete() {
    let disk = SimDisk::new();
    let whole = lines(1, 1..=2);
    let cut = whole.len() - 7;
    put(&disk, &seg(1, 1), &whole[..cut]);
    let mut reader = SegmentReader::new(&session_dir());
    let first = reader.read_new(&disk).unwrap();
    assert_eq!(ids(&first), [id(1, 1)]);
    assert_eq!(first.problems, [], "a transfer in progress is not damage");
    put(&disk, &seg(1, 1), &whole[cut..]);
    let second = reader.read_new(&disk).unwrap();
    assert_eq!(ids(&second), [id(2, 1)], "only the new line is parsed");
    assert_eq!(
        second.found[0].origin,
        Origin {
            file: seg(1, 1).into(),
            line: 2
        }
    );
    assert!(reader.read_new(&disk).unwrap().found.is_empty());
    put(&disk, &seg(1, 1), &lines(1, 3..=3));
    let third = reader.read_new(&disk).unwrap();
    assert_eq!(ids(&third), [id(3, 1)], "and again only the new line");
}

#[test]
fn a_damaged_line_in_another_writers_file_is_reported_with_file_and_line_and_skipped() {
    let disk = SimDisk::new();
    let mut bytes = lines(2, 1..=3);
    let second_line = lines(2, 1..=1).len() + 30;
    bytes[second_line] ^= 0x01;
    put(&disk, &seg(2, 1), &bytes);
    let batch = read_all(&disk, &session_dir()).unwrap();
    assert_eq!(ids(&batch), [id(1, 2), id(3, 2)]);
    assert_eq!(
        batch.problems,
        [Problem {
            file: seg(2, 1),
            writer: Some(writer(2)),
            line: Some(2),
            reason: Unreadable::ChecksumMismatch
        }]
    );
}

#[test]
fn a_file_appearing_between_reads_is_read_from_its_start() {
    let disk = SimDisk::new();
    put(&disk, &seg(1, 1), &lines(1, 1..=2));
    let mut reader = SegmentReader::new(&session_dir());
    assert_eq!(reader.read_new(&disk).unwrap().found.len(), 2);
    put(&disk, &seg(2, 1), &lines(2, 1..=3));
    put(
        &disk,
        "conflict.sync-conflict-20261130-120000-ABCDEFG.jsonl",
        &lines(3, 1..=1),
    );
    let batch = reader.read_new(&disk).unwrap();
    assert_eq!(ids(&batch), [id(1, 2), id(2, 2), id(3, 2), id(1, 3)]);
}

#[test]
fn a_file_replaced_by_a_longer_copy_of_itself_is_parsed_on_from_where_it_was() {
    let disk = SimDisk::new();
    let name = seg(1, 1);
    put(&disk, &name, &lines(1, 1..=2));
    let mut reader = SegmentReader::new(&session_dir());
    reader.read_new(&disk).unwrap();
    // A sync engine renames its finished copy over the partial one.
    put(&disk, ".syncthing.tmp", &lines(1, 1..=3));
    disk.rename(
        &events_dir().join(".syncthing.tmp"),
        &events_dir().join(&name),
    )
    .unwrap();
    let batch = reader.read_new(&disk).unwrap();
    assert_eq!(ids(&batch), [id(3, 1)]);
    assert_eq!(batch.found[0].origin.line, 3);
}

#[test]
fn a_file_replaced_by_a_copy_with_other_first_lines_is_read_again_whole() {
    let disk = SimDisk::new();
    let name = seg(1, 1);
    put(&disk, &name, &lines(1, 1..=2));
    let mut reader = SegmentReader::new(&session_dir());
    reader.read_new(&disk).unwrap();
    let mut other = lines(2, 1..=2);
    other.extend(lines(1, 3..=3));
    put(&disk, ".syncthing.tmp", &other);
    disk.rename(
        &events_dir().join(".syncthing.tmp"),
        &events_dir().join(&name),
    )
    .unwrap();
    let batch = reader.read_new(&disk).unwrap();
    assert_eq!(ids(&batch), [id(1, 2), id(2, 2), id(3, 1)]);
}

#[test]
fn a_file_rewritten_in_place_with_other_bytes_is_read_again_whole() {
    let temp = tempfile::tempdir().unwrap();
    let events = temp.path().join(EVENTS_DIR);
    std::fs::create_dir(&events).unwrap();
    let path = events.join(seg(1, 1));
    std::fs::write(&path, lines(1, 1..=2)).unwrap();
    let disk = crate::store::os_disk::OsDisk::default();
    let mut reader = SegmentReader::new(temp.path());
    assert_eq!(reader.read_new(&disk).unwrap().found.len(), 2);
    // A copy by hand over the same file: truncated, then written with more.
    let mut other = lines(2, 1..=2);
    other.extend(lines(1, 3..=3));
    std::fs::write(&path, &other).unwrap();
    let batch = reader.read_new(&disk).unwrap();
    assert_eq!(ids(&batch), [id(1, 2), id(2, 2), id(3, 1)]);
    assert_eq!(batch.problems, []);
}

#[test]
fn links_devices_folders_and_huge_files_are_refused_once_and_the_rest_read() {
    let temp = tempfile::tempdir().unwrap();
    let events = temp.path().join(EVENTS_DIR);
    std::fs::create_dir(&events).unwrap();
    std::fs::write(events.join(seg(1, 1)), lines(1, 1..=1)).unwrap();
    let outside = temp.path().join("outside.jsonl");
    std::fs::write(&outside, lines(9, 1..=1)).unwrap();
    std::os::unix::fs::symlink(&outside, events.join(seg(9, 1))).unwrap();
    let fifo = std::ffi::CString::new(
        events
            .join("pipe.jsonl")
            .into_os_string()
            .into_encoded_bytes(),
    )
    .unwrap();
    // SAFETY: a valid path; mkfifo only creates a name.
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    std::fs::create_dir(events.join("folder.jsonl")).unwrap();
    let huge = std::fs::File::create(events.join(seg(8, 1))).unwrap();
    huge.set_len(crate::store::openat::MAX_FILE_BYTES + 1)
        .unwrap();
    let disk = crate::store::os_disk::OsDisk::default();
    let mut reader = SegmentReader::new(temp.path());
    let batch = reader.read_new(&disk).unwrap();
    assert_eq!(ids(&batch), [id(1, 1)]);
    let refused: Vec<(&str, Option<usize>)> = batch
        .problems
        .iter()
        .map(|p| (p.file.as_str(), p.line))
        .collect();
    let (eight, nine) = (seg(8, 1), seg(9, 1));
    assert_eq!(
        refused,
        [
            (eight.as_str(), None),
            (nine.as_str(), None),
            ("folder.jsonl", None),
            ("pipe.jsonl", None)
        ]
    );
    let reasons: Vec<Unreadable> = batch.problems.iter().map(|p| p.reason).collect();
    assert_eq!(
        reasons,
        [
            Unreadable::TooLarge { mib: 256 },
            Unreadable::NotAFile(FileKind::Link),
            Unreadable::NotAFile(FileKind::Folder),
            Unreadable::NotAFile(FileKind::Pipe),
        ]
    );
    assert_eq!(
        reader.read_new(&disk).unwrap().problems,
        [],
        "reported once"
    );
}

#[test]
fn a_line_noted_as_this_writers_own_is_not_read_again() {
    let disk = SimDisk::new();
    put(&disk, &seg(1, 1), &lines(1, 1..=1));
    let mut reader = SegmentReader::new(&session_dir());
    assert_eq!(ids(&reader.read_new(&disk).unwrap()), [id(1, 1)]);
    let path = events_dir().join(seg(1, 1));
    let line = lines(1, 2..=2);
    disk.append(&path, &line).unwrap();
    reader.note_own_line(&path, &line, disk.version(&path).unwrap());
    assert_eq!(ids(&reader.read_new(&disk).unwrap()), []);
    // And the reader goes on after it, as if it had read it.
    put(&disk, &seg(1, 1), &lines(1, 3..=3));
    assert_eq!(ids(&reader.read_new(&disk).unwrap()), [id(3, 1)]);
    let resumed = SegmentReader::resume(&session_dir(), reader.positions());
    let mut fresh = SegmentReader::new(&session_dir());
    fresh.read_new(&disk).unwrap();
    assert_eq!(resumed.positions(), fresh.positions());
}

#[test]
fn a_noted_line_after_bytes_the_reader_has_not_read_leaves_the_file_to_be_read() {
    let disk = SimDisk::new();
    put(&disk, &seg(1, 1), &lines(1, 1..=1));
    let mut reader = SegmentReader::new(&session_dir());
    let path = events_dir().join(seg(1, 1));
    let line = lines(1, 2..=2);
    disk.append(&path, &line).unwrap();
    reader.note_own_line(&path, &line, disk.version(&path).unwrap());
    assert_eq!(ids(&reader.read_new(&disk).unwrap()), [id(1, 1), id(2, 1)]);
}

#[test]
fn a_noted_first_line_of_a_new_segment_is_not_read_again() {
    let disk = SimDisk::new();
    let mut reader = SegmentReader::new(&session_dir());
    let path = events_dir().join(seg(1, 1));
    let line = lines(1, 1..=1);
    put(&disk, &seg(1, 1), &line);
    reader.note_own_line(&path, &line, disk.version(&path).unwrap());
    assert_eq!(ids(&reader.read_new(&disk).unwrap()), []);
}
