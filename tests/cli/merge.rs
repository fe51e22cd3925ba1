//! `samtal merge`: another copy of a session folder brought in from a "USB stick",
//! twice; refusals before anything is written.

use super::*;
use samtal::store::os_disk::OsDisk;
use std::collections::BTreeMap;

const SEGMENT_A: &str = "3fa2c19d0e000001.000001.jsonl";
const SEGMENT_B: &str = "0000000abc000002.000001.jsonl";

/// A new session in `data` as version 1, converted to v2 (a header beside its v1
/// files), and a
/// copy of its folder on "the stick" with events/ holding `segments`.
fn v2_session_and_copy(data: &Path, stick: &Path, segments: &[(&str, &str)]) -> (String, PathBuf) {
    let (id, folder) = forum_session(data);
    as_version_1(&folder);
    samtal::store::convert::convert(&OsDisk::default(), &folder).unwrap();
    let copy = stick.join(&id);
    fs::create_dir_all(copy.join("events")).unwrap();
    fs::copy(folder.join("header.json"), copy.join("header.json")).unwrap();
    for (name, text) in segments {
        fs::write(copy.join("events").join(name), text).unwrap();
    }
    (id, copy)
}

/// Every file under the folder, by path, with its bytes.
fn tree(dir: &Path) -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for entry in fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            files.extend(tree(&path));
        } else {
            files.insert(path.clone(), fs::read(&path).unwrap());
        }
    }
    files
}

#[test]
fn a_copy_is_merged_in_and_a_second_merge_changes_nothing() {
    let root = TempDir::new().unwrap();
    let (data, stick) = (root.path().join("data"), root.path().join("stick"));
    let (id, copy) = v2_session_and_copy(
        &data,
        &stick,
        &[(SEGMENT_A, "a1\na2\n"), (SEGMENT_B, "b\n")],
    );
    let here = data.join("sessions").join(&id);
    fs::create_dir(here.join("events")).unwrap();
    fs::write(here.join("events").join(SEGMENT_B), "other\n").unwrap();
    samtal(&data)
        .args(["merge"])
        .arg(&copy)
        .arg(&id)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            ": copied 1, already here 0, new conflict copies 1",
        ));
    let events = here.join("events");
    assert_eq!(
        fs::read_to_string(events.join(SEGMENT_A)).unwrap(),
        "a1\na2\n"
    );
    assert_eq!(
        fs::read_to_string(events.join(SEGMENT_B)).unwrap(),
        "other\n"
    );
    assert_eq!(
        fs::read_to_string(
            events.join("0000000abc000002.000001.merge-conflict-0000000abc-1.jsonl")
        )
        .unwrap(),
        "b\n"
    );
    let after = tree(&here);
    samtal_in(&data, "sv_SE.UTF-8")
        .args(["merge"])
        .arg(&copy)
        .arg(&here)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            ": kopierade 0, fanns redan 2, nya konfliktkopior 0",
        ));
    assert_eq!(tree(&here), after, "the second merge changed nothing");
}

#[test]
fn a_folder_without_a_session_gets_the_copy_whole() {
    let root = TempDir::new().unwrap();
    let (data, stick) = (root.path().join("data"), root.path().join("stick"));
    let (_, copy) = v2_session_and_copy(&data, &stick, &[(SEGMENT_A, "a\n")]);
    let other = root.path().join("other-laptop");
    fs::create_dir(&other).unwrap();
    samtal(&data)
        .arg("merge")
        .arg(&copy)
        .arg(&other)
        .assert()
        .success()
        .stdout(predicate::str::contains("header.json copied"))
        .stdout(predicate::str::contains("copied 1,"));
    assert_eq!(
        fs::read(other.join("header.json")).unwrap(),
        fs::read(copy.join("header.json")).unwrap()
    );
    assert_eq!(
        fs::read_to_string(other.join("events").join(SEGMENT_A)).unwrap(),
        "a\n"
    );
    assert_eq!(
        fs::read_to_string(other.join(".stignore")).unwrap(),
        ".samtal-local\n*.lock\ndraft*.txt\n*.tmp\n.*.tmp\n",
        "a folder a sync may share keeps its local files to itself, as on open"
    );
    let names: Vec<_> = tree(&other)
        .into_keys()
        .map(|p| p.strip_prefix(&other).unwrap().to_path_buf())
        .collect();
    assert_eq!(
        names,
        [
            PathBuf::from(".stignore"),
            PathBuf::from("events").join(SEGMENT_A),
            PathBuf::from("header.json"),
        ]
    );
}

#[test]
fn a_laptop_without_the_session_takes_it_from_the_stick_by_its_id() {
    let root = TempDir::new().unwrap();
    let (data, stick) = (root.path().join("data"), root.path().join("stick"));
    let (id, copy) = v2_session_and_copy(&data, &stick, &[(SEGMENT_A, "a\n")]);
    let fresh = root.path().join("fresh-laptop");
    // Another id than the copy's makes nothing.
    samtal(&fresh)
        .args(["merge"])
        .arg(&copy)
        .arg("2015-01-01-annan")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "neither a folder nor a session id",
        ));
    assert!(!fresh.exists(), "a refused merge makes no folder");
    samtal(&fresh)
        .arg("merge")
        .arg(&copy)
        .arg(&id)
        .assert()
        .success()
        .stdout(predicate::str::contains("header.json copied"))
        .stdout(predicate::str::contains("copied 1,"));
    let folder = fresh.join("sessions").join(&id);
    assert_eq!(
        fs::read(folder.join("header.json")).unwrap(),
        fs::read(copy.join("header.json")).unwrap()
    );
    assert!(folder.join("events").join(SEGMENT_A).is_file());
    assert!(
        fresh.join(".stignore").is_file(),
        "the data dir's .stignore, as new makes it"
    );
    samtal(&fresh)
        .args(["list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(id.as_str()));
    // The second time it is there: nothing new.
    samtal(&fresh)
        .arg("merge")
        .arg(&copy)
        .arg(&id)
        .assert()
        .success()
        .stdout(predicate::str::contains("copied 0, already here 1"));
}

#[test]
fn a_v1_session_here_is_converted_first_and_its_files_left_alone() {
    let root = TempDir::new().unwrap();
    let (data, stick) = (root.path().join("data"), root.path().join("stick"));
    let (id, copy) = v2_session_and_copy(&data, &stick, &[(SEGMENT_A, "a\n")]);
    let here = data.join("sessions").join(&id);
    fs::remove_file(here.join("header.json")).unwrap();
    let v1 = (
        fs::read(here.join("session.json")).unwrap(),
        fs::read(here.join("events.jsonl")).unwrap(),
    );
    samtal(&data)
        .arg("merge")
        .arg(&copy)
        .arg(&id)
        .assert()
        .success()
        .stdout(predicate::str::contains(
            "was a version 1 session and was converted first",
        ))
        .stdout(predicate::str::contains("copied 1,"));
    assert_eq!(
        fs::read(here.join("header.json")).unwrap(),
        fs::read(copy.join("header.json")).unwrap()
    );
    assert_eq!(
        v1,
        (
            fs::read(here.join("session.json")).unwrap(),
            fs::read(here.join("events.jsonl")).unwrap()
        )
    );
}

#[test]
fn merge_refuses_a_copy_that_is_not_v2_another_session_and_links_before_writing() {
    let root = TempDir::new().unwrap();
    let (data, stick) = (root.path().join("data"), root.path().join("stick"));
    let (id, copy) = v2_session_and_copy(&data, &stick, &[(SEGMENT_A, "a\n")]);
    let here = data.join("sessions").join(&id);
    let before = tree(&here);
    // A v1 folder is not a copy to merge from.
    let (_, v1) = new_session(&data, "Annat", &["Region Skåne"]);
    as_version_1(&v1);
    samtal(&data)
        .arg("merge")
        .arg(&v1)
        .arg(&id)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "is not a version 2 session folder",
        ));
    samtal_in(&data, "sv_SE.UTF-8")
        .arg("merge")
        .arg(root.path().join("nowhere"))
        .arg(&id)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "är ingen sessionsmapp av version 2",
        ));
    // Another session's copy, unless --force.
    samtal::store::convert::convert(&OsDisk::default(), &v1).unwrap();
    samtal(&data)
        .arg("merge")
        .arg(&copy)
        .arg(&v1)
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "the folders hold different sessions",
        ))
        .stderr(predicate::str::contains("--force"));
    assert!(!v1.join("events").exists());
    // A link among the copy's segments refuses the whole merge.
    let secret = root.path().join("secret");
    fs::write(&secret, "not a segment").unwrap();
    std::os::unix::fs::symlink(&secret, copy.join("events").join(SEGMENT_B)).unwrap();
    samtal(&data)
        .arg("merge")
        .arg(&copy)
        .arg(&id)
        .assert()
        .code(2)
        .stderr(predicate::str::contains("symbolic link"));
    assert_eq!(tree(&here), before, "nothing was written");
    fs::remove_file(copy.join("events").join(SEGMENT_B)).unwrap();
    samtal(&data)
        .args(["merge", "--force"])
        .arg(&copy)
        .arg(&v1)
        .assert()
        .success()
        .stdout(predicate::str::contains("copied 1,"));
    samtal(&data)
        .arg("merge")
        .arg(&copy)
        .arg("no-such-session")
        .assert()
        .code(2)
        .stderr(predicate::str::contains(
            "is neither a folder nor a session id",
        ));
}

#[test]
fn merge_help_says_what_it_does_in_both_languages() {
    let data = TempDir::new().unwrap();
    samtal(data.path())
        .args(["merge", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("--force"))
        .stdout(predicate::str::contains("merge-conflict"))
        .stdout(predicate::str::contains("På svenska"));
}
