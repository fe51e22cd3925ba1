//! `samtal agenda show` / `check`, and `new` with a bad agenda.

use super::*;

#[test]
fn agenda_show_then_check_the_builtin_agenda() {
    let data = TempDir::new().unwrap();
    let agenda = builtin_agenda(data.path());
    assert_eq!(agenda["format"], "samtal-agenda");
    let ids: Vec<&str> = agenda["items"]
        .as_array()
        .unwrap()
        .iter()
        .map(|i| i["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, BUILTIN_ITEMS);

    let output = samtal(data.path())
        .args(["agenda", "show"])
        .output()
        .unwrap();
    let file = data.path().join("builtin.json");
    fs::write(&file, &output.stdout).unwrap();
    samtal(data.path())
        .args(["agenda", "check"])
        .arg(&file)
        .assert()
        .success()
        .stdout(predicate::str::contains("10 items, 90 minutes"))
        .stdout(predicate::str::contains("builtin.json"))
        .stderr("");
    assert!(
        !data.path().join("sessions").exists(),
        "agenda commands create no sessions"
    );
}

/// Runs `agenda check` on a file holding `bytes` and returns stderr after checking
/// exit code 2, an empty stdout and the file name in the message.
fn check_bad(data: &Path, name: &str, bytes: &[u8]) -> String {
    let file = data.join(name);
    fs::write(&file, bytes).expect("the agenda file is written");
    check_bad_path(data, &file)
}

fn check_bad_path(data: &Path, file: &Path) -> String {
    let output = samtal(data)
        .args(["agenda", "check"])
        .arg(file)
        .output()
        .expect("samtal runs");
    assert_eq!(output.status.code(), Some(2), "{}", file.display());
    assert!(output.stdout.is_empty(), "{}", stdout_of(&output));
    let stderr = stderr_of(&output);
    let name = file
        .file_name()
        .and_then(|n| n.to_str())
        .expect("a UTF-8 file name");
    assert!(stderr.contains(name), "{name} not named in {stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    stderr
}

#[test]
fn agenda_check_refuses_bad_agendas_naming_the_file_and_the_problem() {
    let data = TempDir::new().unwrap();
    let good = builtin_agenda(data.path());
    let to_bytes = |v: &Value| serde_json::to_vec_pretty(v).unwrap();

    let stderr = check_bad(data.path(), "not-json.json", b"{\n  \"format\": oops\n}\n");
    assert!(stderr.contains("line 2, column"), "{stderr}");

    let mut missing = good.clone();
    missing["items"][3]
        .as_object_mut()
        .unwrap()
        .remove("timebox_minutes");
    let stderr = check_bad(data.path(), "missing-field.json", &to_bytes(&missing));
    assert!(stderr.contains("timebox_minutes"), "{stderr}");
    assert!(stderr.contains("missing"), "{stderr}");

    let mut duplicate = good.clone();
    duplicate["items"][4]["id"] = "challenge-2".into();
    let stderr = check_bad(data.path(), "duplicate.json", &to_bytes(&duplicate));
    assert!(stderr.contains("challenge-2"), "{stderr}");
    assert!(stderr.contains("duplicate"), "{stderr}");

    let mut empty = good.clone();
    empty["items"] = serde_json::json!([]);
    let stderr = check_bad(data.path(), "empty.json", &to_bytes(&empty));
    assert!(stderr.contains("no items"), "{stderr}");

    let mut zero = good.clone();
    zero["items"][7]["timebox_minutes"] = 0.into();
    let stderr = check_bad(data.path(), "zero.json", &to_bytes(&zero));
    assert!(stderr.contains("question-1"), "{stderr}");
    assert!(stderr.contains("timebox_minutes"), "{stderr}");

    let dir = data.path().join("a-folder.json");
    fs::create_dir(&dir).unwrap();
    let stderr = check_bad_path(data.path(), &dir);
    assert!(stderr.contains("not a file"), "{stderr}");

    let stderr = check_bad_path(data.path(), &data.path().join("nonexistent.json"));
    assert!(stderr.contains("cannot read"), "{stderr}");

    let stderr = check_bad(data.path(), "latin1.json", b"{\"format\": \"\xe5\"}");
    assert!(stderr.contains("UTF-8"), "{stderr}");

    assert!(!data.path().join("sessions").exists());
}

#[test]
fn new_with_a_bad_agenda_is_refused_and_creates_nothing() {
    let data = TempDir::new().unwrap();
    let bad = data.path().join("bad.json");
    fs::write(&bad, b"{ not json").unwrap();
    let before = names_in(data.path());
    samtal(data.path())
        .args([
            "new", "--no-tui", "--title", TITLE, "--group", "A", "--agenda",
        ])
        .arg(&bad)
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("bad.json"));
    assert!(
        !data.path().join("sessions").exists(),
        "sessions dir created"
    );
    assert_eq!(names_in(data.path()), before);

    // Also when the sessions dir already exists: no new folder in it.
    let (id, _) = forum_session(data.path());
    samtal(data.path())
        .args([
            "new", "--no-tui", "--title", "Annat", "--group", "A", "--agenda",
        ])
        .arg(&bad)
        .assert()
        .code(2)
        .stdout("");
    assert_eq!(
        names_in(&data.path().join("sessions")),
        BTreeSet::from([id])
    );
}
