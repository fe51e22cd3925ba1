//! `samtal add`: contributions from arguments and standard input, and what it refuses.

use super::*;

#[test]
fn add_one_contribution_prints_saved_and_its_id_and_journals_it() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let output = samtal(data.path())
        .args(["add", &id, "Vi behöver snabbare validering"])
        .output()
        .unwrap();
    assert_eq!(stderr_of(&output), "");
    let printed = saved_ids(&stdout_of(&output));
    assert_eq!(printed.len(), 1);

    let events = journal(&folder);
    assert_eq!(events.len(), 1);
    let (seq, event) = &events[0];
    assert_eq!(*seq, 1);
    assert_eq!(event["type"], "contribution_added");
    assert_eq!(event["id"], printed[0].to_string(), "named by its event");
    assert_eq!(event["text"], "Vi behöver snabbare validering");
    assert_eq!(event["item"], "welcome", "default: the current item");
    assert_eq!(
        event["group"], "0000000000000001-0000000000000000",
        "default: the first group"
    );
    assert_eq!(event["kind"], "comment", "default kind");

    samtal(data.path())
        .args(["add", &id, "Och ett till"])
        .assert()
        .success()
        .stdout(saved(1));
    assert_eq!(contributions(&folder).len(), 2);
}

#[test]
fn add_from_stdin_saves_each_non_blank_line() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    add_lines(
        data.path(),
        &id,
        "Första raden\n\n   \nÅsa från Örebro: mer samverkan nu 🚀🇸🇪\r\n",
        2,
    );

    let texts: Vec<String> = contributions(&folder)
        .iter()
        .map(|e| e["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        texts,
        ["Första raden", "Åsa från Örebro: mer samverkan nu 🚀🇸🇪"]
    );

    // A last line without a newline counts too.
    add_lines(data.path(), &id, "sista utan radslut", 1);
    assert_eq!(list_json(data.path())[0]["contributions"], 3);
}

#[test]
fn add_of_many_lines_keeps_every_contribution_in_its_own_segment() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let input: String = (1..=520).map(|n| format!("bidrag {n}\n")).collect();
    samtal(data.path())
        .args(["add", &id])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(saved(520));
    // One writer, one segment, every line in it, in order.
    assert_eq!(names_in(&folder.join("events")).len(), 1);
    let snap = snapshot(&folder);
    assert_eq!(snap["seq"], 520);
    assert_eq!(
        snap["session"]["contributions"].as_array().unwrap().len(),
        520
    );
    let texts = journal_texts(&folder);
    let expected: Vec<String> = (1..=520).map(|n| format!("bidrag {n}")).collect();
    assert_eq!(texts, expected);
    assert_eq!(list_json(data.path())[0]["contributions"], 520);

    samtal(data.path())
        .args(["add", &id, "en till"])
        .assert()
        .success()
        .stdout(saved(1));
    let events = journal(&folder);
    assert_eq!(events.last().unwrap().0, 521);
    assert_eq!(events.last().unwrap().1["text"], "en till");
    assert_eq!(list_json(data.path())[0]["contributions"], 521);
}

#[test]
fn add_kind_item_and_group_options() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());

    samtal(data.path())
        .args(["add", &id, "--kind", "åtgärd", "Åtgärd på svenska"])
        .assert()
        .success()
        .stdout(saved(1));
    samtal(data.path())
        .args(["add", &id, "--kind", "action", "Action in English"])
        .assert()
        .success()
        .stdout(saved(1));
    samtal(data.path())
        .args([
            "add",
            &id,
            "--kind",
            "fråga",
            "--item",
            "challenge-2",
            "Vem?",
        ])
        .assert()
        .success()
        .stdout(saved(1));
    samtal(data.path())
        .args(["add", &id, "--group", "Region Örebro län", "Känd grupp"])
        .assert()
        .success()
        .stdout(saved(1))
        .stderr("");
    samtal(data.path())
        .args([
            "add",
            &id,
            "--group",
            "Ny grupp",
            "--new-group",
            "Från en ny grupp",
        ])
        .assert()
        .success()
        .stdout(saved(1))
        .stderr(predicate::str::contains("Ny grupp"));
    // The same name again (any case) is the same group: not added twice.
    samtal(data.path())
        .args(["add", &id, "--group", "ny GRUPP", "Igen"])
        .assert()
        .success()
        .stdout(saved(1))
        .stderr("samtal: using the group 'Ny grupp' for 'ny GRUPP'\n");

    let events = journal(&folder);
    let added_groups: Vec<&Value> = events
        .iter()
        .map(|(_, e)| e)
        .filter(|e| e["type"] == "group_added")
        .collect();
    assert_eq!(added_groups.len(), 1);
    assert_eq!(added_groups[0]["name"], "Ny grupp");
    let group = added_groups[0]["id"].as_str().unwrap();
    assert!(group.parse::<samtal::session::EventId>().is_ok(), "{group}");

    let c = contributions(&folder);
    let kinds: Vec<&str> = c.iter().map(|e| e["kind"].as_str().unwrap()).collect();
    assert_eq!(
        kinds,
        [
            "action", "action", "question", "comment", "comment", "comment"
        ]
    );
    let items: Vec<&str> = c.iter().map(|e| e["item"].as_str().unwrap()).collect();
    assert_eq!(
        items,
        [
            "welcome",
            "welcome",
            "challenge-2",
            "welcome",
            "welcome",
            "welcome"
        ]
    );
    let groups: Vec<&str> = c.iter().map(|e| e["group"].as_str().unwrap()).collect();
    let first = "0000000000000001-0000000000000000";
    let second = "0000000000000002-0000000000000000";
    assert_eq!(groups, [first, first, first, second, group, group]);
    // Sequence numbers are 1, 2, 3 … with no gap.
    let seqs: Vec<u64> = events.iter().map(|(s, _)| *s).collect();
    assert_eq!(seqs, (1..=7).collect::<Vec<u64>>());
}

#[test]
fn add_refuses_an_unknown_kind_naming_the_kinds() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let output = samtal(data.path())
        .args(["add", &id, "--kind", "klagomål", "text"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = stderr_of(&output);
    assert!(stderr.contains("klagomål"), "{stderr}");
    for kind in [
        "synpunkt", "comment", "förslag", "proposal", "fråga", "question", "åtgärd", "action",
    ] {
        assert!(stderr.contains(kind), "{kind} missing from {stderr}");
    }
    assert!(journal(&folder).is_empty(), "nothing was saved");
}

#[test]
fn add_refuses_an_unknown_item_listing_the_item_ids() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let output = samtal(data.path())
        .args(["add", &id, "--item", "challenge-9", "text"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());
    let stderr = stderr_of(&output);
    assert!(stderr.contains("challenge-9"), "{stderr}");
    for item in BUILTIN_ITEMS {
        assert!(stderr.contains(item), "{item} missing from {stderr}");
    }
    assert!(journal(&folder).is_empty(), "nothing was saved");
}

#[test]
fn add_refuses_an_empty_group_name_and_a_session_without_groups() {
    let data = TempDir::new().unwrap();
    let (id, _) = forum_session(data.path());
    samtal(data.path())
        .args(["add", &id, "--group", "  ", "text"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("group"));

    let (bare, folder) = new_session(data.path(), "Utan grupper", &[]);
    samtal(data.path())
        .args(["add", &bare, "text"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("--group"));
    assert!(journal(&folder).is_empty());
    samtal(data.path())
        .args(["add", &bare, "--group", "Första", "text"])
        .assert()
        .success()
        .stdout(saved(1));
}

#[test]
fn add_refuses_an_empty_text_instead_of_waiting_for_standard_input() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    for empty in ["", "   "] {
        samtal(data.path())
            .args(["add", &id, empty])
            .write_stdin("this line must not be read\n")
            .assert()
            .code(2)
            .stdout("")
            .stderr(predicate::str::contains("the contribution is empty"));
    }
    assert!(journal(&folder).is_empty(), "nothing was saved");
    // Piped standard input gets no prompt: the prompt is for someone at a terminal.
    samtal(data.path())
        .args(["add", &id])
        .write_stdin("En rad\n")
        .assert()
        .success()
        .stdout(saved(1))
        .stderr("");
}

#[test]
fn add_accepts_the_session_folder_instead_of_the_id() {
    let data = TempDir::new().unwrap();
    let (_, folder) = forum_session(data.path());
    samtal(data.path())
        .arg("add")
        .arg(&folder)
        .arg("via mappen")
        .assert()
        .success()
        .stdout(saved(1));
    // A relative folder, from the data dir.
    let relative = folder.strip_prefix(data.path()).unwrap();
    samtal(data.path())
        .current_dir(data.path())
        .arg("add")
        .arg(relative)
        .arg("relativ mapp")
        .assert()
        .success()
        .stdout(saved(1));
    let texts = journal_texts(&folder);
    assert_eq!(texts, ["via mappen", "relativ mapp"]);

    // A folder that is not a session is refused.
    samtal(data.path())
        .arg("add")
        .arg(data.path())
        .arg("text")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("header.json is missing"));
}

/// Two laptops, each with its own copy of the session and neither having seen the
/// other's line, add a line each within one second; brought together, the lines keep
/// the order they were typed in, whichever laptop's device id is lower (ids are
/// stamped to the millisecond, not to the second the lines are timed with).
#[test]
fn lines_from_two_laptops_in_one_second_keep_the_order_they_were_typed_in() {
    let data = TempDir::new().unwrap();
    let (id, here) = forum_session(data.path());
    let (probe, _) = new_session(data.path(), "Prov", &["Region Skåne"]);
    let copy = TempDir::new().unwrap();
    let there = copy.path().join("kopia");
    copy_dir(&here, &there);
    let other = TempDir::new().unwrap();
    let add_on = |state: &Path, session: &str, text: &str| {
        let output = samtal(data.path())
            .env("SAMTAL_STATE_DIR", state)
            .args(["add", session, text])
            .output()
            .unwrap();
        saved_ids(&stdout_of(&output))[0]
    };
    // The laptop with the higher device id types first, so that an order by device
    // within a second would put its line last.
    let device_here = add_on(&test_state_dir(), &probe, "prov").writer.device();
    let device_there = add_on(other.path(), &probe, "prov").writer.device();
    let (first, second) = if device_here > device_there {
        (
            (test_state_dir(), &here),
            (other.path().to_path_buf(), &there),
        )
    } else {
        (
            (other.path().to_path_buf(), &here),
            (test_state_dir(), &there),
        )
    };
    let earlier = add_on(&first.0, &first.1.to_string_lossy(), "Först skrivet");
    let later = add_on(&second.0, &second.1.to_string_lossy(), "Sedan skrivet");
    assert!(earlier < later, "{earlier} should come before {later}");
    let merged = samtal(data.path())
        .arg("merge")
        .arg(&there)
        .arg(&id)
        .output()
        .unwrap();
    assert!(merged.status.success(), "{}", stderr_of(&merged));
    let session = samtal::store::load(&here).unwrap().session;
    assert_eq!(
        contribution_texts(&session),
        ["Först skrivet", "Sedan skrivet"]
    );
}

fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_dir(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}
