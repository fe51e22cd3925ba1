//! The writes outside the journal and the snapshot, on a disk that fails: an export
//! into the session folder, an export to a named file, the folder of a new session,
//! and the listing of sessions.

use super::disk::{Disk, write_atomically};
use super::output::write_export;
use super::paths::claim_new_session_dir;
use super::sim::{Fault, Op, SimDisk, Tear};
use super::summary::scan_on;
use super::{SNAPSHOT_FILE, Store, StoreError};
use crate::fixture::example_session;
use std::io;
use std::path::Path;
use std::sync::Arc;

const SESSION: &str = "/data/sessions/2015-11-20-integration";
const OLD: &[u8] = b"# Minnesanteckningar\n\nden gamla versionen\n";
const NEW: &[u8] = b"# Minnesanteckningar\n\nden nya versionen, lite langre\n";

/// A disk with the previous minutes in the session folder.
fn disk_with_old_minutes(path: &Path) -> SimDisk {
    let disk = SimDisk::new();
    disk.create_dir_all(Path::new(SESSION)).unwrap();
    write_atomically(&disk, path, OLD).unwrap();
    disk
}

/// The operations one replacement takes, counted on a disk that does not fail.
fn steps_of_a_replacement(path: &Path) -> Vec<Op> {
    let disk = disk_with_old_minutes(path);
    let start = disk.op_count();
    write_atomically(&disk, path, NEW).unwrap();
    disk.ops()[start..].iter().map(|(op, _)| *op).collect()
}

#[test]
fn an_export_into_the_session_folder_that_fails_at_each_step_leaves_the_previous_file_whole() {
    let path = Path::new(SESSION).join("minnesanteckningar.md");
    let steps = steps_of_a_replacement(&path);
    assert_eq!(steps, [Op::Write, Op::Sync, Op::Rename, Op::SyncDir]);
    for (index, step) in steps.iter().enumerate() {
        let disk = disk_with_old_minutes(&path);
        disk.crash_at(disk.op_count() + index, Fault::Error);
        assert!(write_atomically(&disk, &path, NEW).is_err(), "{step:?}");
        let now = disk.read(&path).unwrap();
        if index < 2 {
            assert_eq!(now, OLD, "failed at {step:?}: the old file stays");
        } else {
            assert!(now == OLD || now == NEW, "failed at {step:?}: a mix");
        }
        for tear in [Tear::Nothing, Tear::Half, Tear::All] {
            let after = disk.power_cut(tear).read(&path).unwrap();
            assert!(after == OLD || after == NEW, "{step:?} {tear:?}: a mix");
        }
    }
}

#[test]
fn an_export_to_a_named_file_goes_through_the_disk_and_fails_whole() {
    let path = Path::new(SESSION).join("protokoll.md");
    for step in [Op::Write, Op::Sync, Op::Rename] {
        let disk = disk_with_old_minutes(&path);
        disk.fail_once(step, Fault::Error);
        assert!(write_export(&disk, &path, NEW).is_err(), "{step:?}");
        assert_eq!(disk.read(&path).unwrap(), OLD, "{step:?}");
        let names = disk.names_in(Path::new(SESSION)).unwrap();
        assert_eq!(names, ["protokoll.md"], "{step:?}: no temporary file left");
    }
    let disk = disk_with_old_minutes(&path);
    disk.set_full(true);
    let error = write_export(&disk, &path, NEW).unwrap_err();
    assert_eq!(error.kind(), io::ErrorKind::StorageFull);
    assert_eq!(disk.read(&path).unwrap(), OLD);
}

#[test]
fn a_new_session_folder_is_claimed_through_the_disk() {
    let disk = SimDisk::new();
    let sessions = Path::new("/data/sessions");
    disk.create_dir_all(sessions).unwrap();
    let date = chrono::NaiveDate::from_ymd_opt(2015, 11, 20).unwrap();
    let claim = || claim_new_session_dir(&disk, sessions, date, "Integration");
    assert_eq!(claim().unwrap().0, "2015-11-20-integration");
    assert_eq!(claim().unwrap().0, "2015-11-20-integration-2");
    disk.fail_once(Op::CreateDir, Fault::Error);
    assert!(claim().is_err(), "a failing disk is reported, not retried");
    assert_eq!(claim().unwrap().0, "2015-11-20-integration-3");
}

#[test]
fn the_list_of_sessions_is_read_through_the_disk() {
    let disk = Arc::new(SimDisk::new());
    let data = Path::new("/data");
    let session = example_session();
    Store::create_on(disk.clone(), &data.join("sessions/2015-11-20-a"), &session).unwrap();
    disk.create_dir_all(&data.join("sessions/2015-11-21-tom"))
        .unwrap();
    disk.create_dir_all(&data.join("sessions/.gömd")).unwrap();
    let (found, bad) = scan_on(disk.as_ref(), data);
    let ids: Vec<&str> = found.iter().map(|s| s.id.as_str()).collect();
    assert_eq!(ids, ["2015-11-20-a"]);
    assert_eq!(found[0].title, session.title);
    assert_eq!(bad.len(), 1);
    let (path, StoreError::Io { path: missing, .. }) = &bad[0] else {
        panic!("{:?}", bad[0].1)
    };
    assert_eq!(path, &data.join("sessions/2015-11-21-tom"));
    assert_eq!(missing, &path.join(SNAPSHOT_FILE));
}
