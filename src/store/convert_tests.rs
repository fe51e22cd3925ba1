use super::*;
use crate::store::header::{HEADER_FILE, read_header};
use crate::store::os_disk::OsDisk;
use crate::store::{JOURNAL_FILE, SNAPSHOT_FILE, load};
use std::path::PathBuf;

/// The example session as an older samtal kept it ("a laptop"): its snapshot, written
/// by the version 1 code, and an empty journal.
fn copy_of_example(root: &Path, laptop: &str) -> PathBuf {
    let dir = root
        .join(laptop)
        .join("2015-11-20-integration-for-tillvaxt");
    std::fs::create_dir_all(&dir).unwrap();
    let session = crate::fixture::example_session();
    let snapshot = crate::store::snapshot::to_json(&session, 0).unwrap();
    std::fs::write(dir.join(SNAPSHOT_FILE), snapshot).unwrap();
    std::fs::write(dir.join(JOURNAL_FILE), b"").unwrap();
    dir
}

fn v1_bytes(dir: &Path) -> (Vec<u8>, Vec<u8>) {
    (
        std::fs::read(dir.join(SNAPSHOT_FILE)).unwrap(),
        std::fs::read(dir.join(JOURNAL_FILE)).unwrap(),
    )
}

#[test]
fn two_laptops_convert_the_same_v1_folder_to_the_same_header_bytes() {
    let root = tempfile::tempdir().unwrap();
    let a = copy_of_example(root.path(), "a");
    let b = copy_of_example(root.path(), "b");
    let before = v1_bytes(&a);
    let disk = OsDisk::default();
    let converted = convert(&disk, &a).unwrap();
    convert(&disk, &b).unwrap();
    let header_a = std::fs::read(a.join(HEADER_FILE)).unwrap();
    assert_eq!(header_a, std::fs::read(b.join(HEADER_FILE)).unwrap());
    assert_eq!(v1_bytes(&a), before, "the v1 files are left as they were");
    assert_eq!(converted.header.creator, DeviceId(0));
    assert_eq!(converted.damaged, None);
    // The base is the whole folded v1 session.
    let folded = load(&a).unwrap().session;
    assert!(!folded.contributions.is_empty());
    assert_eq!(converted.header.base, folded);
    assert_eq!(read_header(&disk, &a).unwrap().base, folded);
}

#[test]
fn the_header_bytes_do_not_depend_on_hash_map_order() {
    // Each parse builds its maps afresh, with a new random hash order: any map
    // serialised in that order would make the bytes differ between rounds.
    let mut session = crate::fixture::example_session();
    session.rebuild_index();
    let first = Header::new(DeviceId(0), session).to_json().unwrap();
    let mut bytes = first.clone();
    for _ in 0..20 {
        let parsed = Header::parse(&bytes).unwrap();
        bytes = parsed.to_json().unwrap();
        assert_eq!(bytes, first);
    }
    let text = String::from_utf8(first).unwrap();
    assert!(
        text.contains("\"annotations\""),
        "the example has annotations"
    );
}

#[test]
fn a_folder_with_a_header_is_not_converted_again() {
    let root = tempfile::tempdir().unwrap();
    let dir = copy_of_example(root.path(), "a");
    let disk = OsDisk::default();
    convert(&disk, &dir).unwrap();
    let header = std::fs::read(dir.join(HEADER_FILE)).unwrap();
    assert!(convert(&disk, &dir).is_err());
    assert_eq!(std::fs::read(dir.join(HEADER_FILE)).unwrap(), header);
}

#[test]
fn damaged_v1_lines_are_reported_and_the_conversion_stays_deterministic() {
    let root = tempfile::tempdir().unwrap();
    let dirs: Vec<PathBuf> = ["a", "b"]
        .iter()
        .map(|laptop| {
            let dir = copy_of_example(root.path(), laptop);
            let mut journal = std::fs::read(dir.join(JOURNAL_FILE)).unwrap();
            journal.extend_from_slice(b"0badc0de\t{\"seq\":999,\"event\":{}}\n");
            std::fs::write(dir.join(JOURNAL_FILE), &journal).unwrap();
            dir
        })
        .collect();
    let disk = OsDisk::default();
    let converted = convert(&disk, &dirs[0]).unwrap();
    assert!(converted.damaged.is_some());
    convert(&disk, &dirs[1]).unwrap();
    assert_eq!(
        std::fs::read(dirs[0].join(HEADER_FILE)).unwrap(),
        std::fs::read(dirs[1].join(HEADER_FILE)).unwrap()
    );
    assert!(
        std::fs::read(dirs[0].join(JOURNAL_FILE))
            .unwrap()
            .ends_with(b"0badc0de\t{\"seq\":999,\"event\":{}}\n"),
        "the damaged line is still in the v1 journal"
    );
}

#[test]
fn a_folder_that_is_not_a_v1_session_is_refused_and_gets_no_header() {
    let root = tempfile::tempdir().unwrap();
    assert!(convert(&OsDisk::default(), root.path()).is_err());
    assert!(!root.path().join(HEADER_FILE).exists());
}
