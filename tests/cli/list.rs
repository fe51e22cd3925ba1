//! `samtal list` and `samtal open` of a session that is not there.

use super::*;

#[test]
fn list_shows_title_and_count_and_json_has_every_field() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let (other, _) = new_session(data.path(), "Annat möte", &["B"]);
    add_lines(data.path(), &id, "ett\ntvå\n", 2);

    let output = samtal(data.path()).arg("list").output().unwrap();
    assert!(output.status.success());
    assert!(output.stderr.is_empty(), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    let lines: Vec<&str> = stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{stdout}");
    assert!(lines[0].starts_with("ID"), "{stdout}");
    assert!(lines[0].contains("TITLE") && lines[0].contains("CONTRIBUTIONS"));
    let row = lines
        .iter()
        .find(|l| l.starts_with(&format!("{id} ")))
        .unwrap_or_else(|| panic!("no row for {id}:\n{stdout}"));
    assert!(row.contains(TITLE), "{row}");
    let words: Vec<&str> = row.split_whitespace().collect();
    // … DATE COUNT YYYY-MM-DD HH:MM
    assert_eq!(words[words.len() - 3], "2", "{row}");
    let other_row = lines
        .iter()
        .find(|l| l.starts_with(&format!("{other} ")))
        .unwrap_or_else(|| panic!("no row for {other}:\n{stdout}"));
    assert!(other_row.contains("Annat möte"), "{other_row}");
    let words: Vec<&str> = other_row.split_whitespace().collect();
    assert_eq!(words[words.len() - 3], "0", "{other_row}");

    let sessions = list_json(data.path());
    assert_eq!(sessions.len(), 2);
    let s = sessions
        .iter()
        .find(|s| s["id"] == id.as_str())
        .expect("the session is listed");
    let fields: BTreeSet<&str> = s.as_object().unwrap().keys().map(String::as_str).collect();
    assert_eq!(
        fields,
        BTreeSet::from([
            "id",
            "title",
            "date",
            "contributions",
            "last_change",
            "path"
        ])
    );
    assert_eq!(s["title"], TITLE);
    assert_eq!(s["contributions"], 2);
    assert_eq!(s["date"].as_str(), Some(&id[..10]));
    assert_eq!(s["path"].as_str().map(PathBuf::from), Some(folder));
    assert!(
        chrono::DateTime::parse_from_rfc3339(s["last_change"].as_str().unwrap()).is_ok(),
        "{}",
        s["last_change"]
    );
    let o = sessions.iter().find(|s| s["id"] == other.as_str()).unwrap();
    assert_eq!(o["contributions"], 0);
    assert_eq!(o["title"], "Annat möte");
}

#[test]
fn list_of_an_empty_data_dir_is_a_friendly_message() {
    let data = TempDir::new().unwrap();
    samtal(data.path())
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("No sessions yet"))
        .stdout(predicate::str::contains("samtal new"))
        .stderr("");
    samtal(data.path())
        .args(["list", "--json"])
        .assert()
        .success()
        .stdout("[]\n");

    // A data dir that does not exist yet: same message, and `list` does not create it.
    let missing = data.path().join("not-yet");
    samtal(&missing)
        .arg("list")
        .assert()
        .success()
        .stdout(predicate::str::contains("No sessions yet"));
    assert!(!missing.exists(), "list created the data dir");
}

#[test]
fn open_an_unknown_session_points_to_samtal_list() {
    let data = TempDir::new().unwrap();
    let output = samtal(data.path())
        .args(["open", "2015-11-20-finns-inte"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty(), "{:?}", output.stdout);
    let stderr = stderr_of(&output);
    assert!(stderr.contains("samtal list"), "{stderr}");
    assert!(stderr.contains("2015-11-20-finns-inte"), "{stderr}");

    // Also with other sessions present, and for `add`.
    forum_session(data.path());
    samtal(data.path())
        .args(["open", "2015-11-20-finns-inte"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("samtal list"));
    samtal(data.path())
        .args(["add", "2015-11-20-finns-inte", "text"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("samtal list"));

    // Something that is neither an id nor a session folder.
    samtal(data.path())
        .args(["open", "../../etc"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("../../etc"));
}
