//! The example session in `sessions/`: a version 1 folder converted to version 2
//! (its header beside the version 1 files), as the app's own code converts it.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::fixture::{EXAMPLE_ID, example_session};
use samtal::store::convert::header_from_v1;
use samtal::store::load_v1_on;
use samtal::store::os_disk::OsDisk;
use std::path::{Path, PathBuf};

fn folder() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("sessions")
        .join(EXAMPLE_ID)
}

#[test]
fn the_shipped_example_session_loads_and_matches_the_fixture() {
    let dir = folder();
    assert!(dir.join("header.json").is_file(), "converted to version 2");
    let loaded = samtal::store::load(&dir).unwrap();
    assert!(loaded.bad_tail.is_none());
    // The shipped folder is from before ids were stamps: its contributions and groups
    // are numbers (origin ids), and it stores no highest stamp and no revisions.
    let mut expected = example_session();
    expected.last_stamp = loaded.session.last_stamp;
    for shipped in loaded.session.contributions.values() {
        if let Some(c) = expected.contributions.get_mut(&shipped.id) {
            c.rev = shipped.rev;
        }
    }
    assert_eq!(loaded.session, expected);
    assert!(loaded.session.contributions.len() >= 40);
}

#[test]
fn the_shipped_header_is_what_converting_its_version_1_files_gives() {
    let dir = folder();
    let disk = OsDisk::default();
    let converted = header_from_v1(&disk, &dir).unwrap();
    assert_eq!(
        converted.header.to_json().unwrap(),
        std::fs::read(dir.join("header.json")).unwrap(),
        "the same bytes on every laptop"
    );
    assert!(load_v1_on(&disk, &dir).unwrap().bad_tail.is_none());
}
