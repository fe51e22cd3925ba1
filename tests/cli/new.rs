//! `samtal new`: the id and folder it prints, the data dir, titles that try to escape the sessions dir.

use super::*;

#[test]
fn new_prints_id_and_folder_and_creates_a_private_session() {
    let data = TempDir::new().unwrap();
    let before = today();
    let (id, folder) = forum_session(data.path());
    let after = today();

    let expected: Vec<String> = [before, after]
        .iter()
        .map(|day| format!("{day}-{SLUG}"))
        .collect();
    assert!(expected.contains(&id), "id {id:?}, expected {expected:?}");
    assert_eq!(folder, data.path().join("sessions").join(&id));

    assert!(folder.is_dir());
    assert_eq!(mode(&folder), 0o700, "session folder mode");
    assert_eq!(mode(&data.path().join("sessions")), 0o700, "sessions mode");
    assert!(folder.join("header.json").is_file());
    assert_eq!(mode(&folder.join("header.json")), 0o600, "header.json mode");
    assert!(folder.join("events").is_dir());
    assert_eq!(mode(&folder.join("events")), 0o700, "events/ mode");
    assert!(journal(&folder).is_empty(), "a new session has no events");
    for stignore in [folder.join(".stignore"), data.path().join(".stignore")] {
        let text = fs::read_to_string(&stignore).unwrap();
        assert!(text.lines().any(|l| l == ".samtal-local"), "{text}");
    }

    let header: Value =
        serde_json::from_slice(&fs::read(folder.join("header.json")).unwrap()).unwrap();
    assert_eq!(header["format"], "samtal-session");
    assert_eq!(header["schema_version"], 2);
    assert_eq!(header["base"]["id"], id.as_str());
    let snap = snapshot(&folder);
    assert_eq!(snap["session"]["id"], id.as_str());
    assert_eq!(snap["session"]["title"], TITLE);
    assert_eq!(snap["session"]["current_item"], "welcome");
    let groups = group_names(&snap);
    assert_eq!(groups, ["Region Skåne", "Region Örebro län"]);
    assert_eq!(snap["session"]["contributions"], serde_json::json!([]));

    let first_bytes = fs::read(folder.join("header.json")).unwrap();
    let (id2, folder2) = forum_session(data.path());
    assert_eq!(id2, format!("{id}-2"));
    assert_eq!(folder2, data.path().join("sessions").join(&id2));
    assert!(folder2.join("header.json").is_file());
    assert_eq!(
        fs::read(folder.join("header.json")).unwrap(),
        first_bytes,
        "the first session is untouched by the second"
    );
    let (id3, _) = forum_session(data.path());
    assert_eq!(id3, format!("{id}-3"));
    assert_eq!(
        names_in(&data.path().join("sessions")),
        BTreeSet::from([id.clone(), id2, id3])
    );
}

#[test]
fn new_takes_the_data_dir_from_the_environment() {
    let data = TempDir::new().unwrap();
    let output = samtal_env(data.path())
        .args(["new", "--no-tui", "--title", "Från miljön", "--group", "A"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    let (id, folder) = stdout.trim_end().split_once('\t').unwrap();
    assert!(id.ends_with("-fran-miljon"), "{id}");
    assert_eq!(Path::new(folder), data.path().join("sessions").join(id));
    assert!(Path::new(folder).join("header.json").is_file());

    samtal_env(data.path())
        .args(["add", id, "hej"])
        .assert()
        .success()
        .stdout(saved(1));
    let sessions = list_json(data.path());
    assert_eq!(sessions.len(), 1);
    assert_eq!(sessions[0]["contributions"], 1);
}

#[test]
fn new_uses_the_agenda_title_in_the_interface_language_when_no_title_is_given() {
    let data = TempDir::new().unwrap();
    let mut agenda = builtin_agenda(data.path());
    agenda["title"] = serde_json::json!({"sv": "Min agenda", "en": "My agenda"});
    agenda["items"] = serde_json::json!([agenda["items"][0].clone()]);
    let file = data.path().join("mine.json");
    fs::write(&file, serde_json::to_vec(&agenda).unwrap()).unwrap();

    let output = samtal(data.path())
        .args(["new", "--no-tui", "--group", "A", "--agenda"])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let stdout = stdout_of(&output);
    let (id, folder) = stdout.trim_end().split_once('\t').unwrap();
    assert!(id.ends_with("-my-agenda"), "LANG=C means English: {id}");
    let snap = snapshot(Path::new(folder));
    assert_eq!(snap["session"]["title"], "My agenda");
    assert_eq!(
        snap["session"]["agenda"]["items"].as_array().unwrap().len(),
        1
    );

    let output = samtal(data.path())
        .args([
            "--lang", "sv", "new", "--no-tui", "--group", "A", "--agenda",
        ])
        .arg(&file)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(
        stdout_of(&output)
            .split('\t')
            .next()
            .unwrap()
            .ends_with("-min-agenda"),
        "{}",
        stdout_of(&output)
    );
}

#[test]
fn new_keeps_a_group_name_that_contains_a_comma_whole() {
    let data = TempDir::new().unwrap();
    let (_, folder) = new_session(
        data.path(),
        TITLE,
        &["Arbetsförmedlingen, region Syd", "Region Skåne"],
    );
    let snap = snapshot(&folder);
    let groups = group_names(&snap);
    assert_eq!(groups, ["Arbetsförmedlingen, region Syd", "Region Skåne"]);
}

#[test]
fn concurrent_news_with_one_title_all_get_their_own_session() {
    // The race is narrow; a few rounds of 16 copies each make it show reliably.
    let bin = assert_cmd::cargo::cargo_bin("samtal");
    for round in 0..5 {
        let data = TempDir::new().unwrap();
        let children: Vec<_> = (0..16)
            .map(|_| {
                let mut cmd = std::process::Command::new(&bin);
                plain_env(&mut cmd);
                cmd.arg("--data-dir")
                    .arg(data.path())
                    .args(["new", "--no-tui", "--title", "Samma", "--group", "A"])
                    .stdin(Stdio::null())
                    .stdout(Stdio::piped())
                    .stderr(Stdio::piped())
                    .spawn()
                    .unwrap()
            })
            .collect();
        let mut ids = BTreeSet::new();
        for child in children {
            let output = child.wait_with_output().unwrap();
            assert!(
                output.status.success(),
                "round {round}: a concurrent new failed: {:?} {}",
                output.status,
                stderr_of(&output)
            );
            let stdout = stdout_of(&output);
            let id = stdout.split('\t').next().unwrap().to_string();
            assert!(
                ids.insert(id.clone()),
                "round {round}: two copies printed the id {id}"
            );
        }
        assert_eq!(names_in(&data.path().join("sessions")), ids);
    }
}

#[test]
fn hostile_titles_give_a_single_folder_inside_the_sessions_dir() {
    let outer = TempDir::new().unwrap();
    let data = outer.path().join("data");
    let cwd = outer.path().join("cwd");
    fs::create_dir(&cwd).unwrap();
    let sessions = data.join("sessions");
    let day = today();

    let long = "x/".repeat(150);
    let cases: [(&str, Option<String>); 9] = [
        ("../../etc/passwd", Some(format!("{day}-etc-passwd"))),
        ("CON", Some(format!("{day}-con"))),
        ("a/b", Some(format!("{day}-a-b"))),
        (long.as_str(), None),
        ("\u{202e}evil", Some(format!("{day}-evil"))),
        ("..", Some(format!("{day}-session"))),
        ("/", Some(format!("{day}-session-2"))),
        ("~root/.ssh", Some(format!("{day}-root-ssh"))),
        ("$(touch pwned)`id`", Some(format!("{day}-touch-pwned-id"))),
    ];
    let mut ids = BTreeSet::new();
    for (title, expected) in &cases {
        let output = samtal(&data)
            .current_dir(&cwd)
            .args(["new", "--no-tui", "--group", "A", "--title", title])
            .output()
            .unwrap();
        assert!(output.status.success(), "{title:?}: {}", stderr_of(&output));
        let stdout = stdout_of(&output);
        let (id, folder) = stdout.trim_end_matches('\n').split_once('\t').unwrap();
        if let Some(expected) = expected {
            // The date may roll over during the test; compare without it.
            assert_eq!(&id[10..], &expected[10..], "title {title:?}");
        }
        assert!(!id.is_empty() && id.len() <= 80, "{title:?} → {id:?}");
        assert!(
            id.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{title:?} → {id:?}"
        );
        assert!(!id.starts_with('.') && !id.contains(".."), "{id:?}");
        let folder = Path::new(folder);
        assert_eq!(folder, sessions.join(id), "{title:?}");
        assert_eq!(folder.parent(), Some(sessions.as_path()));
        assert!(folder.join("header.json").is_file());
        // The title itself is kept, as typed (cleaned of control characters only).
        assert_eq!(snapshot(folder)["session"]["title"], *title);
        assert!(ids.insert(id.to_string()), "duplicate id {id}");
    }

    assert_eq!(
        names_in(outer.path()),
        BTreeSet::from(["cwd".to_string(), "data".to_string()])
    );
    assert!(
        names_in(&cwd).is_empty(),
        "something was created in the cwd"
    );
    assert_eq!(
        names_in(&data),
        BTreeSet::from([".stignore".to_string(), "sessions".to_string()])
    );
    assert_eq!(names_in(&sessions), ids);
    for id in &ids {
        let folder = sessions.join(id);
        for name in names_in(&folder) {
            assert!(
                ["header.json", ".stignore", "events"].contains(&name.as_str()),
                "unexpected {name} in {id}"
            );
            let path = folder.join(&name);
            assert!(path.is_file() || name == "events", "{name} in {id}");
        }
    }

    // `list` never prints the bidi override that the title still holds.
    let output = samtal(&data).arg("list").output().unwrap();
    assert!(output.status.success());
    let stdout = stdout_of(&output);
    assert!(stdout.contains("evil"), "{stdout}");
    assert!(!stdout.contains('\u{202e}'), "{stdout:?}");
    assert!(!stdout.contains('\x1b'), "{stdout:?}");
}
