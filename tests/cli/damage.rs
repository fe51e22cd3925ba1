//! A damaged session file, a session locked by another process, a torn journal.

use super::*;

#[test]
fn a_corrupt_session_file_is_refused_and_left_untouched() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    samtal(data.path())
        .args(["add", &id, "före"])
        .assert()
        .success();
    let snapshot_path = folder.join("session.json");
    let garbage: &[u8] = b"{\"format\": \"samtal-session\", garbage \x00\xff\n";
    fs::write(&snapshot_path, garbage).unwrap();
    let journal_before = fs::read(folder.join("events.jsonl")).unwrap();

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
        assert_eq!(
            fs::read(folder.join("events.jsonl")).unwrap(),
            journal_before,
            "{args:?}"
        );
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
fn a_session_open_elsewhere_is_refused_until_the_holder_dies() {
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
    stdin.write_all("håller låset\n".as_bytes()).unwrap();
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
    assert!(is_saved(&line, 1));

    let output = samtal(data.path())
        .args(["add", &id, "nekad"])
        .output()
        .unwrap();
    let still_running = holder.try_wait().unwrap().is_none();
    let _ = holder.kill();
    let status = holder.wait().unwrap();
    drop(stdin);
    assert!(still_running, "the holder exited early: {status:?}");
    assert_eq!(status.signal(), Some(9), "{status:?}");

    assert_eq!(output.status.code(), Some(3), "{}", stderr_of(&output));
    assert!(output.stdout.is_empty());
    let stderr = stderr_of(&output);
    assert!(
        stderr.contains("open in another copy of samtal"),
        "{stderr}"
    );
    assert!(stderr.contains(&id), "{stderr}");
    assert!(
        stderr.contains(&format!("process {}", holder.id())),
        "{stderr}"
    );

    // The lock freed itself with the holder; nothing of the refused add was saved.
    samtal(data.path())
        .args(["add", &id, "efter kill -9"])
        .assert()
        .success()
        .stdout(saved(1));
    let texts = journal_texts(&folder);
    assert_eq!(texts, ["håller låset", "efter kill -9"]);
}

#[test]
fn a_torn_journal_tail_is_moved_aside_and_adding_goes_on() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    add_lines(data.path(), &id, "ett\ntvå\n", 2);
    let journal_path = folder.join("events.jsonl");
    let good = fs::read(&journal_path).unwrap();
    let torn: &[u8] = b"0badc0de\t{\"seq\":9";
    let mut file = fs::OpenOptions::new()
        .append(true)
        .open(&journal_path)
        .unwrap();
    file.write_all(torn).unwrap();
    drop(file);

    // Reading (list) ignores the torn tail and changes nothing.
    let sessions = list_json(data.path());
    assert_eq!(sessions[0]["contributions"], 2);
    assert!(fs::read(&journal_path).unwrap().ends_with(torn));

    let output = samtal(data.path())
        .args(["add", &id, "tre"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(is_saved(&stdout_of(&output), 1));

    let aside: Vec<String> = names_in(&folder)
        .into_iter()
        .filter(|n| n.starts_with("events.jsonl.corrupt-"))
        .collect();
    assert_eq!(aside.len(), 1, "{aside:?}");
    let aside_path = folder.join(&aside[0]);
    assert_eq!(fs::read(&aside_path).unwrap(), torn);
    assert_eq!(mode(&aside_path), 0o600);

    let stderr = stderr_of(&output);
    assert!(stderr.contains("damaged"), "{stderr}");
    assert!(
        stderr.contains(&aside_path.display().to_string()),
        "{stderr}"
    );

    let after = fs::read(&journal_path).unwrap();
    assert!(after.starts_with(&good), "the good records are kept");
    let events = journal(&folder);
    let seqs: Vec<u64> = events.iter().map(|(s, _)| *s).collect();
    assert_eq!(seqs, [1, 2, 3]);
    assert_eq!(events[2].1["text"], "tre");

    let sessions = list_json(data.path());
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["contributions"], 3);

    // The next add finds nothing to move aside.
    samtal(data.path())
        .args(["add", &id, "fyra"])
        .assert()
        .success()
        .stdout(saved(1))
        .stderr("");
    assert_eq!(list_json(data.path())[0]["contributions"], 4);
}
