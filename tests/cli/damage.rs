//! A damaged session header, a session shared with another writer, a torn segment.

use super::*;

#[test]
fn a_corrupt_session_file_is_refused_and_left_untouched() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    samtal(data.path())
        .args(["add", &id, "före"])
        .assert()
        .success();
    let snapshot_path = folder.join("header.json");
    let garbage: &[u8] = b"{\"format\": \"samtal-session\", garbage \x00\xff\n";
    fs::write(&snapshot_path, garbage).unwrap();
    let journal_before = segment_bytes(&folder);

    for args in [
        vec!["add".to_string(), id.clone(), "efter".to_string()],
        vec![
            "add".to_string(),
            folder.display().to_string(),
            "efter".to_string(),
        ],
        vec!["open".to_string(), id.clone()],
    ] {
        let output = samtal(data.path()).args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert!(output.stdout.is_empty(), "{args:?}: {:?}", output.stdout);
        let stderr = stderr_of(&output);
        assert!(
            stderr.contains(&snapshot_path.display().to_string()),
            "{args:?}: {stderr}"
        );
        assert!(stderr.contains("untouched"), "{args:?}: {stderr}");
        assert_eq!(fs::read(&snapshot_path).unwrap(), garbage, "{args:?}");
        assert_eq!(segment_bytes(&folder), journal_before, "{args:?}");
    }

    // `list` skips it with a note, and still succeeds.
    let output = samtal(data.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(stdout_of(&output).trim(), "[]");
    let stderr = stderr_of(&output);
    assert!(stderr.contains("skipped"), "{stderr}");
    assert!(stderr.contains(&folder.display().to_string()), "{stderr}");
    assert_eq!(fs::read(&snapshot_path).unwrap(), garbage);
}

#[test]
fn add_saves_while_another_writer_has_the_session_open() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());

    let mut cmd = std::process::Command::new(assert_cmd::cargo::cargo_bin("samtal"));
    plain_env(&mut cmd);
    let mut holder = cmd
        .arg("--data-dir")
        .arg(data.path())
        .args(["add", &id])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = holder.stdin.take().unwrap();
    stdin
        .write_all("håller sessionen öppen\n".as_bytes())
        .unwrap();
    stdin.flush().unwrap();
    let stdout = holder.stdout.take().unwrap();
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let mut reader = BufReader::new(stdout);
        let mut line = String::new();
        let _ = reader.read_line(&mut line);
        let _ = tx.send(line);
    });
    let line = match rx.recv_timeout(Duration::from_secs(60)) {
        Ok(line) => line,
        Err(e) => {
            let _ = holder.kill();
            let _ = holder.wait();
            panic!("the holder never said saved: {e}");
        }
    };
    assert!(is_saved(&line, 1), "{line:?}");

    let output = samtal(data.path())
        .args(["add", &id, "medan den är öppen"])
        .output()
        .unwrap();
    let still_running = holder.try_wait().unwrap().is_none();
    let _ = holder.kill();
    let status = holder.wait().unwrap();
    drop(stdin);
    assert!(still_running, "the holder exited early: {status:?}");
    assert_eq!(status.signal(), Some(9), "{status:?}");
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(is_saved(&stdout_of(&output), 1));

    // Each writer wrote its own segment; both lines are in the session.
    assert_eq!(names_in(&folder.join("events")).len(), 2);
    let texts = journal_texts(&folder);
    assert_eq!(texts, ["håller sessionen öppen", "medan den är öppen"]);
}

#[test]
fn a_torn_segment_tail_is_left_to_its_writer_and_adding_goes_on() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    add_lines(data.path(), &id, "ett\ntvå\n", 2);
    let segments = names_in(&folder.join("events"));
    assert_eq!(segments.len(), 1);
    let segment = folder.join("events").join(segments.first().unwrap());
    let torn: &[u8] = b"0badc0de\t{\"id\":\"00";
    let mut file = fs::OpenOptions::new().append(true).open(&segment).unwrap();
    file.write_all(torn).unwrap();
    drop(file);
    let before = fs::read(&segment).unwrap();

    // Reading (list) ignores the torn tail and changes nothing.
    let sessions = list_json(data.path());
    assert_eq!(sessions[0]["contributions"], 2);

    // A line still arriving is no damage: nothing is said, nothing moved.
    let output = samtal(data.path())
        .args(["add", &id, "tre"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(is_saved(&stdout_of(&output), 1));
    assert_eq!(stderr_of(&output), "");
    assert_eq!(
        fs::read(&segment).unwrap(),
        before,
        "never written by another"
    );
    assert_eq!(names_in(&folder.join("events")).len(), 2);
    assert_eq!(list_json(data.path())[0]["contributions"], 3);
}

#[test]
fn a_damaged_line_in_a_segment_is_reported_skipped_and_left_in_its_file() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    add_lines(data.path(), &id, "ett\ntvå\n", 2);
    let events_dir = folder.join("events");
    let segment = events_dir.join(names_in(&events_dir).first().unwrap());
    let damaged = fs::read_to_string(&segment)
        .unwrap()
        .replacen("ett", "etT", 1);
    fs::write(&segment, &damaged).unwrap();

    let output = samtal(data.path())
        .args(["add", &id, "tre"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let stderr = stderr_of(&output);
    assert!(stderr.contains("cannot be read"), "{stderr}");
    assert!(stderr.contains("line 1"), "{stderr}");
    assert_eq!(fs::read_to_string(&segment).unwrap(), damaged);
    assert_eq!(list_json(data.path())[0]["contributions"], 2);
}
