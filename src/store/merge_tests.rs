use super::*;
use crate::session::{DeviceId, Session};
use crate::store::header::{Header, write_header};
use crate::store::os_disk::OsDisk;
use crate::store::sim::{Fault, SimDisk, Tear};
use crate::store::stignore::LOCAL_ONLY;
use std::collections::BTreeMap;

const SEGMENT_A: &str = "3fa2c19d0e000001.000001.jsonl";
const SEGMENT_B: &str = "0000000abc000002.000001.jsonl";

fn session(id: &str) -> Session {
    let mut session = crate::fixture::generated_session(2);
    session.id = id.to_string();
    session
}

/// A v2 folder of the session `id` with these segments.
fn v2_folder(disk: &dyn Disk, dir: &Path, id: &str, segments: &[(&str, &[u8])]) {
    disk.create_dir_all(&dir.join(EVENTS_DIR)).unwrap();
    write_header(disk, dir, &Header::new(DeviceId(5), session(id))).unwrap();
    for (name, bytes) in segments {
        let path = dir.join(EVENTS_DIR).join(name);
        disk.write(&path, bytes).unwrap();
        disk.sync(&path).unwrap();
    }
    disk.sync_dir(&dir.join(EVENTS_DIR)).unwrap();
}

/// A version 1 folder of `session`: its snapshot and an empty journal.
fn v1_folder(dir: &Path, session: &Session) {
    std::fs::create_dir_all(dir).unwrap();
    let bytes = crate::store::snapshot::to_json(session, 0).unwrap();
    std::fs::write(dir.join(SNAPSHOT_FILE), bytes).unwrap();
    std::fs::write(dir.join(crate::store::JOURNAL_FILE), b"").unwrap();
}

/// Every file under the folder, by path, with its bytes.
fn contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(contents(&path));
        } else {
            files.insert(path.clone(), std::fs::read(&path).unwrap());
        }
    }
    files
}

/// A report of files copied, already here and kept beside as conflict copies.
fn counted(copied: usize, already_here: usize, conflict_copies: usize) -> MergeReport {
    MergeReport {
        copied,
        already_here,
        conflict_copies,
        ..MergeReport::default()
    }
}

/// `report`, with the target's `.stignore` written by the merge.
fn with_stignore(report: MergeReport) -> MergeReport {
    MergeReport {
        stignore_written: true,
        ..report
    }
}

/// The `.stignore` a merge writes where there was none: every local-only name.
fn new_stignore() -> Vec<u8> {
    LOCAL_ONLY
        .map(|line| format!("{line}\n"))
        .concat()
        .into_bytes()
}

/// A temporary root with the copy's folder `usb` (`from`) and this machine's folder
/// `here` (`into`), neither made yet, and the real disk.
fn usb_and_here() -> (tempfile::TempDir, PathBuf, PathBuf, OsDisk) {
    let root = tempfile::tempdir().unwrap();
    let (from, into) = (root.path().join("usb"), root.path().join("here"));
    (root, from, into, OsDisk::default())
}

/// Every file under the folder, by its path relative to the folder, with its bytes.
fn relative_contents(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    contents(dir)
        .into_iter()
        .map(|(p, b)| (p.strip_prefix(dir).unwrap().to_path_buf(), b))
        .collect()
}

#[test]
fn missing_segments_are_copied_same_ones_left_and_others_kept_beside_and_twice_changes_nothing() {
    let (_root, from, into, disk) = usb_and_here();
    v2_folder(
        &disk,
        &from,
        "s",
        &[
            (SEGMENT_A, b"a1\na2\n"),
            (SEGMENT_B, b"b1\n"),
            ("notes.txt", b"n\n"),
        ],
    );
    v2_folder(
        &disk,
        &into,
        "s",
        &[
            (SEGMENT_A, b"a1\na2\n"),
            (SEGMENT_B, b"b1\nX\n"),
            ("notes.txt", b"other\n"),
        ],
    );
    let report = merge(&disk, &from, &into, false).unwrap();
    // B here already holds more than the copy's B (the copy is older): nothing new.
    assert_eq!(report, with_stignore(counted(0, 2, 1)));
    let events = into.join(EVENTS_DIR);
    assert_eq!(
        std::fs::read(events.join("notes.txt.merge-conflict-usb-1.jsonl")).unwrap(),
        b"n\n"
    );
    std::fs::write(
        from.join(EVENTS_DIR).join("0000000abc000003.000001.jsonl"),
        b"c\n",
    )
    .unwrap();
    std::fs::write(from.join(EVENTS_DIR).join(SEGMENT_A), b"a1\nY\n").unwrap();
    let report = merge(&disk, &from, &into, false).unwrap();
    assert_eq!(report, counted(1, 2, 1));
    assert_eq!(
        std::fs::read(events.join("3fa2c19d0e000001.000001.merge-conflict-3fa2c19d0e-1.jsonl"))
            .unwrap(),
        b"a1\nY\n"
    );
    assert_eq!(std::fs::read(events.join(SEGMENT_A)).unwrap(), b"a1\na2\n");
    let after = contents(&into);
    let again = merge(&disk, &from, &into, false).unwrap();
    assert_eq!(
        (again.copied, again.conflict_copies, again.already_here),
        (0, 0, 4)
    );
    assert_eq!(contents(&into), after, "a second merge changes nothing");
}

#[test]
fn a_folder_without_a_header_gets_the_copys_header_bytes_and_every_segment() {
    let (_root, from, into, disk) = usb_and_here();
    v2_folder(
        &disk,
        &from,
        "s",
        &[(SEGMENT_A, b"a\n"), (SEGMENT_B, b"b\n")],
    );
    std::fs::create_dir(&into).unwrap();
    let report = merge(&disk, &from, &into, false).unwrap();
    assert!(report.header_copied && !report.converted && report.stignore_written);
    assert_eq!(report.copied, 2);
    let mut expected = relative_contents(&from);
    expected.insert(PathBuf::from(STIGNORE_FILE), new_stignore());
    assert_eq!(relative_contents(&into), expected);
    let again = merge(&disk, &from, &into, false).unwrap();
    assert_eq!(again, counted(0, 2, 0));
}

#[test]
fn sync_temporary_files_are_never_copied() {
    let (_root, from, into, disk) = usb_and_here();
    let temporary = [
        ".syncthing.x.tmp",
        "~syncthing~x",
        ".hidden",
        "x.tmp",
        "x.part",
        "x.partial",
    ];
    let segments: Vec<(&str, &[u8])> = temporary.iter().map(|n| (*n, &b"half"[..])).collect();
    v2_folder(&disk, &from, "s", &segments);
    v2_folder(&disk, &into, "s", &[]);
    assert_eq!(
        merge(&disk, &from, &into, false).unwrap(),
        with_stignore(MergeReport::default())
    );
    assert_eq!(std::fs::read_dir(into.join(EVENTS_DIR)).unwrap().count(), 0);
}

#[test]
fn different_sessions_are_refused_unless_forced() {
    let (_root, from, into, disk) = usb_and_here();
    v2_folder(&disk, &from, "forum-a", &[(SEGMENT_A, b"a\n")]);
    v2_folder(&disk, &into, "forum-b", &[]);
    let refused = merge(&disk, &from, &into, false).unwrap_err();
    assert!(
        matches!(&refused, MergeError::OtherSession { from, into } if from == "forum-a" && into == "forum-b"),
        "{refused}"
    );
    assert_eq!(std::fs::read_dir(into.join(EVENTS_DIR)).unwrap().count(), 0);
    assert!(
        !into.join(STIGNORE_FILE).exists(),
        "a refusal writes nothing"
    );
    assert_eq!(merge(&disk, &from, &into, true).unwrap().copied, 1);
}

#[test]
fn a_copy_that_is_not_a_v2_session_is_refused() {
    let root = tempfile::tempdir().unwrap();
    let into = root.path().join("here");
    let disk = OsDisk::default();
    v2_folder(&disk, &into, "s", &[]);
    let v1 = root.path().join("v1");
    v1_folder(&v1, &session("s"));
    for from in [v1.as_path(), root.path()] {
        let refused = merge(&disk, from, &into, false).unwrap_err();
        assert!(matches!(refused, MergeError::NotV2 { .. }), "{refused}");
    }
    let bad = root.path().join("bad");
    std::fs::create_dir(&bad).unwrap();
    std::fs::write(bad.join(HEADER_FILE), b"{}").unwrap();
    let refused = merge(&disk, &bad, &into, false).unwrap_err();
    assert!(
        matches!(refused, MergeError::Store(StoreError::Damaged { .. })),
        "{refused}"
    );
}

#[test]
fn a_link_or_a_fifo_in_the_copy_refuses_the_merge_before_anything_is_written() {
    let (root, from, into, disk) = usb_and_here();
    let secret = root.path().join("secret");
    std::fs::write(&secret, b"not a segment").unwrap();
    v2_folder(&disk, &from, "s", &[(SEGMENT_A, b"a\n")]);
    std::fs::create_dir(&into).unwrap();
    std::os::unix::fs::symlink(&secret, from.join(EVENTS_DIR).join(SEGMENT_B)).unwrap();
    let refused = merge(&disk, &from, &into, false).unwrap_err();
    assert!(
        matches!(refused, MergeError::Store(StoreError::Corrupt { .. })),
        "{refused}"
    );
    assert!(contents(&into).is_empty(), "nothing was written");
    std::fs::remove_file(from.join(EVENTS_DIR).join(SEGMENT_B)).unwrap();
    let fifo = std::ffi::CString::new(
        from.join(EVENTS_DIR)
            .join(SEGMENT_B)
            .into_os_string()
            .into_encoded_bytes(),
    )
    .unwrap();
    assert_eq!(unsafe { libc::mkfifo(fifo.as_ptr(), 0o600) }, 0);
    let refused = merge(&disk, &from, &into, false).unwrap_err();
    assert!(
        matches!(refused, MergeError::Store(StoreError::Corrupt { .. })),
        "{refused}"
    );
    assert!(contents(&into).is_empty(), "nothing was written");
}

#[test]
fn a_v1_folder_is_converted_under_its_lock_first_and_its_v1_files_left_alone() {
    let (_root, from, into, disk) = usb_and_here();
    v2_folder(&disk, &from, "s", &[(SEGMENT_A, b"a\n")]);
    v1_folder(&into, &session("s"));
    // An older samtal that has the folder open holds its lock.
    let Ok(store) = disk.lock(&into) else {
        panic!("the lock")
    };
    let before = std::fs::read(into.join(SNAPSHOT_FILE)).unwrap();
    let refused = merge(&disk, &from, &into, false).unwrap_err();
    assert!(
        matches!(refused, MergeError::Store(StoreError::Locked { .. })),
        "{refused}"
    );
    assert!(!into.join(HEADER_FILE).exists());
    drop(store);
    let report = merge(&disk, &from, &into, false).unwrap();
    assert!(report.converted && !report.header_copied);
    assert_eq!(report.copied, 1);
    assert_eq!(read_header(&disk, &into).unwrap().base.id, "s");
    assert_eq!(std::fs::read(into.join(SNAPSHOT_FILE)).unwrap(), before);
}

#[test]
fn a_crash_at_any_step_leaves_only_whole_files_and_a_second_merge_completes() {
    let (from, into) = (Path::new("/usb/s"), Path::new("/here/s"));
    let prepare = || {
        let disk = SimDisk::new();
        v2_folder(
            &disk,
            from,
            "s",
            &[(SEGMENT_A, b"a1\na2\n"), (SEGMENT_B, b"b\n")],
        );
        v2_folder(&disk, into, "s", &[(SEGMENT_B, b"other\n")]);
        disk
    };
    let steps = {
        let disk = prepare();
        let before = disk.op_count();
        merge(&disk, from, into, false).unwrap();
        disk.op_count() - before
    };
    let events = into.join(EVENTS_DIR);
    let conflict = events.join(conflict_copy_name(SEGMENT_B, 1));
    for at in 0..steps {
        let disk = prepare();
        disk.crash_at(disk.op_count() + at, Fault::Error);
        assert!(merge(&disk, from, into, false).is_err());
        let after = disk.power_cut(Tear::Half);
        for (path, expected) in [
            (events.join(SEGMENT_A), &b"a1\na2\n"[..]),
            (conflict.clone(), b"b\n"),
        ] {
            if let Ok(bytes) = after.read(&path) {
                assert_eq!(bytes, expected, "step {at}: {}", path.display());
            }
        }
        let report = merge(&after, from, into, false).unwrap();
        assert_eq!(
            report.copied + report.conflict_copies + report.already_here,
            2,
            "step {at}"
        );
        assert_eq!(after.read(&events.join(SEGMENT_A)).unwrap(), b"a1\na2\n");
        assert_eq!(after.read(&conflict).unwrap(), b"b\n");
    }
}

#[test]
fn a_merge_writes_a_missing_stignore_keeps_the_users_lines_and_a_second_merge_leaves_it() {
    let (root, from, into, disk) = usb_and_here();
    v2_folder(&disk, &from, "s", &[(SEGMENT_A, b"a\n")]);
    v2_folder(&disk, &into, "s", &[]);
    let report = merge(&disk, &from, &into, false).unwrap();
    assert_eq!(report, with_stignore(counted(1, 0, 0)));
    assert_eq!(
        std::fs::read(into.join(STIGNORE_FILE)).unwrap(),
        new_stignore()
    );
    let after = contents(&into);
    assert_eq!(merge(&disk, &from, &into, false).unwrap(), counted(0, 1, 0));
    assert_eq!(contents(&into), after, "a second merge changes nothing");
    // A folder whose .stignore has the user's own lines but lacks some of ours.
    let mine = root.path().join("mine");
    v2_folder(&disk, &mine, "s", &[]);
    std::fs::write(mine.join(STIGNORE_FILE), "(?d).DS_Store\n*.lock\n").unwrap();
    assert!(merge(&disk, &from, &mine, false).unwrap().stignore_written);
    assert_eq!(
        std::fs::read_to_string(mine.join(STIGNORE_FILE)).unwrap(),
        "(?d).DS_Store\n*.lock\n.samtal-local\ndraft*.txt\n*.tmp\n.*.tmp\n"
    );
}
