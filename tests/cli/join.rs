//! `samtal join`: a note-taker opens a session at a table. Only the paths that do
//! not start the app run here (`--no-tui`, the refusals); the app itself is in
//! `tests/pty/join.rs`.

use super::*;

#[test]
fn join_help_says_what_it_does_in_english_and_swedish() {
    let data = TempDir::new().unwrap();
    let output = samtal(data.path())
        .args(["join", "--help"])
        .output()
        .unwrap();
    assert_success(&output, "join --help");
    let help = stdout_of(&output);
    for needle in [
        "note-taker at a table",
        "follows the moderator",
        "Alt+F",
        "--as <NAME>",
        "--group <NAME>",
        "--new-group",
        "--no-tui",
        "FOLDER|ID",
        "öppnar en session som antecknare",
        "följer samtalsledaren",
    ] {
        assert!(help.contains(needle), "{needle}:\n{help}");
    }
    let list = stdout_of(&samtal(data.path()).arg("--help").output().unwrap());
    assert!(list.contains("join"), "{list}");
}

#[test]
fn a_session_that_is_not_there_may_still_be_on_its_way_and_the_error_says_so() {
    let data = TempDir::new().unwrap();
    forum_session(data.path());
    let open = samtal(data.path())
        .args(["open", "2015-11-20-finns-inte"])
        .output()
        .unwrap();
    let output = samtal(data.path())
        .args(["join", "2015-11-20-finns-inte"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert_eq!(output.status.code(), open.status.code(), "as open's errors");
    assert!(output.stdout.is_empty());
    let stderr = stderr_of(&output);
    for needle in [
        "no session '2015-11-20-finns-inte' (yet)",
        "sync",
        "try again",
    ] {
        assert!(stderr.contains(needle), "{needle}: {stderr}");
    }
    // In Swedish, and for a folder whose header.json has not arrived yet.
    let half = data.path().join("halvsynkad");
    fs::create_dir_all(half.join("events")).unwrap();
    let output = samtal_in(data.path(), "sv_SE.UTF-8")
        .args(["join", half.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = stderr_of(&output);
    for needle in [
        "ingen sessionsmapp (än)",
        "synk",
        "header.json",
        "försök igen",
    ] {
        assert!(stderr.contains(needle), "{needle}: {stderr}");
    }
    assert!(!half.join("header.json").exists(), "nothing was made there");
}

fn note_takers_named(folder: &Path) -> Vec<Value> {
    events(folder)
        .into_iter()
        .filter(|e| e["type"] == "note_taker_named")
        .collect()
}

#[test]
fn join_as_records_the_note_taker_once_and_the_minutes_list_them() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let output = samtal(data.path())
        .args(["join", &id, "--as", "Anna Lind", "--no-tui"])
        .output()
        .unwrap();
    assert_success(&output, "join --as --no-tui");
    assert_eq!(
        stdout_of(&output),
        format!("{id}\t{}\n", folder.display()),
        "the id and folder, as new --no-tui prints them"
    );
    assert!(stderr_of(&output).contains("note-taker in this session: Anna Lind"));
    let named = note_takers_named(&folder);
    assert_eq!(named.len(), 1, "{named:?}");
    assert_eq!(named[0]["name"], "Anna Lind");
    // The same name again is not a new event; the details form's name folds equal.
    samtal(data.path())
        .args(["join", &id, "--as", "Anna Lind", "--no-tui"])
        .assert()
        .success();
    assert_eq!(note_takers_named(&folder).len(), 1);
    samtal(data.path())
        .args([
            "set",
            &id,
            "--note-taker",
            "anna  lind",
            "--note-taker",
            "Per Öberg",
        ])
        .assert()
        .success();
    let text = minutes(data.path(), &id);
    let line = text
        .lines()
        .find(|l| l.contains("Antecknare"))
        .unwrap_or_else(|| panic!("no note-takers line:\n{text}"));
    assert!(line.contains("anna  lind, Per Öberg"), "{line}");
    assert_eq!(line.matches("nna").count(), 1, "listed once: {line}");
    // Another name from this computer replaces its earlier one.
    samtal(data.path())
        .args(["join", &id, "--as", "Maria Ek", "--no-tui"])
        .assert()
        .success();
    let minutes = minutes(data.path(), &id);
    assert!(
        minutes.contains("anna  lind, Per Öberg, Maria Ek"),
        "{minutes}"
    );
}

#[test]
fn without_as_the_devices_own_name_is_used_when_one_was_set() {
    let data = TempDir::new().unwrap();
    let state = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let with_state = |args: &[&str]| {
        let mut cmd = samtal(data.path());
        cmd.env("SAMTAL_STATE_DIR", state.path()).args(args);
        cmd.output().unwrap()
    };
    assert_success(&with_state(&["join", &id, "--no-tui"]), "join");
    assert!(
        note_takers_named(&folder).is_empty(),
        "the host name is no one's"
    );
    assert_success(&with_state(&["device", "--name", "Per Öberg"]), "device");
    assert_success(&with_state(&["join", &id, "--no-tui"]), "join");
    let named = note_takers_named(&folder);
    assert_eq!(named.len(), 1, "{named:?}");
    assert_eq!(named[0]["name"], "Per Öberg");
}

#[test]
fn a_name_that_cannot_be_kept_is_refused_and_nothing_saved() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let before = segment_bytes(&folder);
    let long = "x".repeat(61);
    for bad in ["", "  ", "Anna\u{7}", long.as_str()] {
        let output = samtal(data.path())
            .args(["join", &id, "--as", bad, "--no-tui"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{bad:?}");
        assert!(
            stderr_of(&output).contains("--as"),
            "{}",
            stderr_of(&output)
        );
    }
    assert_eq!(segment_bytes(&folder), before);
}

#[test]
fn join_group_is_matched_like_the_picker_and_pinned() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let output = samtal(data.path())
        .args(["join", &id, "--group", "skane", "--no-tui"])
        .output()
        .unwrap();
    assert_success(&output, "join --group");
    let stderr = stderr_of(&output);
    assert!(stderr.contains("pinned group: Region Skåne"), "{stderr}");
    // No match (or several) is refused with the closest names, and nothing saved.
    let before = segment_bytes(&folder);
    for (name, closest) in [("Gotland", "Region Skåne"), ("region", "Region")] {
        let output = samtal(data.path())
            .args(["join", &id, "--group", name, "--no-tui"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{name}");
        assert!(
            stderr_of(&output).contains(closest),
            "{}",
            stderr_of(&output)
        );
    }
    assert_eq!(segment_bytes(&folder), before);
    // --new-group adds it, as add --new-group does.
    let output = samtal(data.path())
        .args([
            "join",
            &id,
            "--group",
            "Region Gotland",
            "--new-group",
            "--no-tui",
        ])
        .output()
        .unwrap();
    assert_success(&output, "join --new-group");
    assert!(stderr_of(&output).contains("pinned group: Region Gotland"));
    let added = events(&folder)
        .into_iter()
        .filter(|e| e["type"] == "group_added")
        .count();
    assert_eq!(added, 1);
}
