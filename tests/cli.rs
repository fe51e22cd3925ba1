//! Integration tests of the `samtal` command line: every test runs the real binary
//! against its own temporary data dir, with `LANG=C` so output is deterministic, and
//! checks exit codes, output and the files left on disk.
//!
//! No test starts the terminal app (`open`/`new` without `--no-tui` on a good
//! session): only the paths that fail before the terminal is touched are run.

use assert_cmd::Command;
use predicates::prelude::*;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::io::{BufRead, BufReader, Write};
use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::sync::mpsc;
use std::time::Duration;
use tempfile::TempDir;

const TITLE: &str = "Integration för tillväxt";
const SLUG: &str = "integration-for-tillvaxt";
const BUILTIN_ITEMS: [&str; 10] = [
    "welcome",
    "background",
    "challenge-1",
    "challenge-2",
    "challenge-3",
    "challenge-4",
    "challenge-5",
    "question-1",
    "question-2",
    "wrap-up",
];

// ---------------------------------------------------------------- helpers

/// Removes every variable that could change the language or the data dir, then sets
/// `LANG=C`.
fn plain_env(cmd: &mut std::process::Command) {
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SAMTAL_DATA_DIR")
        .env("LANG", "C");
}

/// `samtal --data-dir <data>` with a deterministic environment.
fn samtal(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("samtal").expect("the samtal binary is built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SAMTAL_DATA_DIR")
        .env("LANG", "C")
        .arg("--data-dir")
        .arg(data);
    cmd
}

/// `samtal` with the data dir given by `SAMTAL_DATA_DIR` instead of the flag.
fn samtal_env(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("samtal").expect("the samtal binary is built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("LANG", "C")
        .env("SAMTAL_DATA_DIR", data);
    cmd
}

fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

fn today() -> String {
    chrono::Local::now()
        .date_naive()
        .format("%Y-%m-%d")
        .to_string()
}

/// Runs `new --no-tui` and returns the printed id and folder, after checking the
/// line has exactly the form `<id>\t<folder>\n`.
fn new_session_with(data: &Path, title: &str, groups: &[&str]) -> (String, PathBuf) {
    let mut cmd = samtal(data);
    cmd.args(["new", "--no-tui", "--title", title]);
    for group in groups {
        cmd.args(["--group", group]);
    }
    let output = cmd.output().expect("samtal runs");
    assert!(
        output.status.success(),
        "new failed: {:?}\n{}",
        output.status,
        stderr_of(&output)
    );
    let stdout = stdout_of(&output);
    let line = stdout
        .strip_suffix('\n')
        .unwrap_or_else(|| panic!("no newline at the end of {stdout:?}"));
    assert!(!line.contains('\n'), "more than one line: {stdout:?}");
    let (id, folder) = line
        .split_once('\t')
        .unwrap_or_else(|| panic!("no tab in {line:?}"));
    assert!(!folder.contains('\t'), "more than one tab: {line:?}");
    (id.to_string(), PathBuf::from(folder))
}

fn new_session(data: &Path) -> (String, PathBuf) {
    new_session_with(data, TITLE, &["Region Skåne", "Region Örebro län"])
}

fn mode(path: &Path) -> u32 {
    fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o7777
}

/// The journal's records, each checked for its CRC, as `(seq, event)`.
fn journal(folder: &Path) -> Vec<(u64, Value)> {
    let bytes = fs::read(folder.join("events.jsonl")).expect("events.jsonl is readable");
    let text = String::from_utf8(bytes).expect("the journal is UTF-8");
    assert!(
        text.is_empty() || text.ends_with('\n'),
        "journal ends in a partial record: {text:?}"
    );
    text.lines()
        .map(|line| {
            let (crc, json) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("no checksum in {line:?}"));
            assert_eq!(
                u32::from_str_radix(crc, 16).expect("hex checksum"),
                crc32fast::hash(json.as_bytes()),
                "checksum of {line:?}"
            );
            let record: Value = serde_json::from_str(json).expect("a JSON record");
            (
                record["seq"].as_u64().expect("a seq number"),
                record["event"].clone(),
            )
        })
        .collect()
}

/// The `contribution_added` events of the journal.
fn contributions(folder: &Path) -> Vec<Value> {
    journal(folder)
        .into_iter()
        .map(|(_, event)| event)
        .filter(|e| e["type"] == "contribution_added")
        .collect()
}

fn snapshot(folder: &Path) -> Value {
    let bytes = fs::read(folder.join("session.json")).expect("session.json is readable");
    serde_json::from_slice(&bytes).expect("session.json is JSON")
}

fn list_json(data: &Path) -> Vec<Value> {
    let output = samtal(data)
        .args(["list", "--json"])
        .output()
        .expect("samtal runs");
    assert!(output.status.success(), "{}", stderr_of(&output));
    match serde_json::from_slice(&output.stdout).expect("list --json prints JSON") {
        Value::Array(sessions) => sessions,
        other => panic!("not an array: {other}"),
    }
}

fn names_in(dir: &Path) -> BTreeSet<String> {
    fs::read_dir(dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|entry| {
            entry
                .expect("a directory entry")
                .file_name()
                .to_string_lossy()
                .into_owned()
        })
        .collect()
}

fn builtin_agenda(data: &Path) -> Value {
    let output = samtal(data)
        .args(["agenda", "show"])
        .output()
        .expect("samtal runs");
    assert!(output.status.success());
    serde_json::from_slice(&output.stdout).expect("agenda show prints JSON")
}

// ---------------------------------------------------------------- 1. new

#[test]
fn new_prints_id_and_folder_and_creates_a_private_session() {
    let data = TempDir::new().unwrap();
    let before = today();
    let (id, folder) = new_session(data.path());
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
    assert!(folder.join("session.json").is_file());
    assert_eq!(
        mode(&folder.join("session.json")),
        0o600,
        "session.json mode"
    );
    assert!(folder.join("events.jsonl").is_file());
    assert_eq!(
        mode(&folder.join("events.jsonl")),
        0o600,
        "events.jsonl mode"
    );
    assert!(journal(&folder).is_empty(), "a new session has no events");

    let snap = snapshot(&folder);
    assert_eq!(snap["format"], "samtal-session");
    assert_eq!(snap["schema_version"], 1);
    assert_eq!(snap["session"]["id"], id.as_str());
    assert_eq!(snap["session"]["title"], TITLE);
    assert_eq!(snap["session"]["current_item"], "welcome");
    let groups: Vec<&str> = snap["session"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
    assert_eq!(groups, ["Region Skåne", "Region Örebro län"]);
    assert_eq!(snap["session"]["contributions"], serde_json::json!([]));

    let first_bytes = fs::read(folder.join("session.json")).unwrap();
    let (id2, folder2) = new_session(data.path());
    assert_eq!(id2, format!("{id}-2"));
    assert_eq!(folder2, data.path().join("sessions").join(&id2));
    assert!(folder2.join("session.json").is_file());
    assert_eq!(
        fs::read(folder.join("session.json")).unwrap(),
        first_bytes,
        "the first session is untouched by the second"
    );
    let (id3, _) = new_session(data.path());
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
    assert!(Path::new(folder).join("session.json").is_file());

    samtal_env(data.path())
        .args(["add", id, "hej"])
        .assert()
        .success()
        .stdout("saved 1\n");
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
    let (_, folder) = new_session_with(
        data.path(),
        TITLE,
        &["Arbetsförmedlingen, region Syd", "Region Skåne"],
    );
    let snap = snapshot(&folder);
    let groups: Vec<&str> = snap["session"]["groups"]
        .as_array()
        .unwrap()
        .iter()
        .map(|g| g["name"].as_str().unwrap())
        .collect();
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

// ---------------------------------------------------------------- 2. hostile titles

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
        assert!(folder.join("session.json").is_file());
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
    assert_eq!(names_in(&data), BTreeSet::from(["sessions".to_string()]));
    assert_eq!(names_in(&sessions), ids);
    for id in &ids {
        let folder = sessions.join(id);
        for name in names_in(&folder) {
            assert!(
                ["session.json", "events.jsonl", "session.lock"].contains(&name.as_str()),
                "unexpected {name} in {id}"
            );
            assert!(folder.join(&name).is_file(), "{name} in {id} is not a file");
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

// ---------------------------------------------------------------- 3. add

#[test]
fn add_one_contribution_prints_saved_1_and_journals_it() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());
    samtal(data.path())
        .args(["add", &id, "Vi behöver snabbare validering"])
        .assert()
        .success()
        .stdout("saved 1\n")
        .stderr("");

    let events = journal(&folder);
    assert_eq!(events.len(), 1);
    let (seq, event) = &events[0];
    assert_eq!(*seq, 1);
    assert_eq!(event["type"], "contribution_added");
    assert_eq!(event["id"], 1);
    assert_eq!(event["text"], "Vi behöver snabbare validering");
    assert_eq!(event["item"], "welcome", "default: the current item");
    assert_eq!(event["group"], 1, "default: the first group");
    assert_eq!(event["kind"], "comment", "default kind");

    samtal(data.path())
        .args(["add", &id, "Och ett till"])
        .assert()
        .success()
        .stdout("saved 2\n");
    assert_eq!(contributions(&folder).len(), 2);
}

#[test]
fn add_from_stdin_saves_each_non_blank_line() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());
    samtal(data.path())
        .args(["add", &id])
        .write_stdin("Första raden\n\n   \nÅsa från Örebro: mer samverkan nu 🚀🇸🇪\r\n")
        .assert()
        .success()
        .stdout("saved 1\nsaved 2\n");

    let texts: Vec<String> = contributions(&folder)
        .iter()
        .map(|e| e["text"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(
        texts,
        ["Första raden", "Åsa från Örebro: mer samverkan nu 🚀🇸🇪"]
    );

    // A last line without a newline counts too.
    samtal(data.path())
        .args(["add", &id])
        .write_stdin("sista utan radslut")
        .assert()
        .success()
        .stdout("saved 3\n");
    assert_eq!(list_json(data.path())[0]["contributions"], 3);
}

#[test]
fn add_past_a_snapshot_keeps_every_contribution() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());
    let input: String = (1..=520).map(|n| format!("bidrag {n}\n")).collect();
    let expected: String = (1..=520).map(|n| format!("saved {n}\n")).collect();
    samtal(data.path())
        .args(["add", &id])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(expected);
    // A snapshot was taken at 500 and the journal started afresh.
    let snap = snapshot(&folder);
    assert_eq!(snap["seq"], 500);
    assert_eq!(
        snap["session"]["contributions"].as_array().unwrap().len(),
        500
    );
    let seqs: Vec<u64> = journal(&folder).iter().map(|(s, _)| *s).collect();
    assert_eq!(seqs, (501..=520).collect::<Vec<u64>>());
    assert_eq!(list_json(data.path())[0]["contributions"], 520);

    samtal(data.path())
        .args(["add", &id, "en till"])
        .assert()
        .success()
        .stdout("saved 521\n");
    let events = journal(&folder);
    assert_eq!(events.last().unwrap().0, 521);
    assert_eq!(events.last().unwrap().1["text"], "en till");
    assert_eq!(list_json(data.path())[0]["contributions"], 521);
}

#[test]
fn add_kind_item_and_group_options() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());

    samtal(data.path())
        .args(["add", &id, "--kind", "åtgärd", "Åtgärd på svenska"])
        .assert()
        .success()
        .stdout("saved 1\n");
    samtal(data.path())
        .args(["add", &id, "--kind", "action", "Action in English"])
        .assert()
        .success()
        .stdout("saved 2\n");
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
        .stdout("saved 3\n");
    samtal(data.path())
        .args(["add", &id, "--group", "Region Örebro län", "Känd grupp"])
        .assert()
        .success()
        .stdout("saved 4\n")
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
        .stdout("saved 5\n")
        .stderr(predicate::str::contains("Ny grupp"));
    // The same name again (any case) is the same group: not added twice.
    samtal(data.path())
        .args(["add", &id, "--group", "ny GRUPP", "Igen"])
        .assert()
        .success()
        .stdout("saved 6\n")
        .stderr("samtal: using the group 'Ny grupp' for 'ny GRUPP'\n");

    let events = journal(&folder);
    let added_groups: Vec<&Value> = events
        .iter()
        .map(|(_, e)| e)
        .filter(|e| e["type"] == "group_added")
        .collect();
    assert_eq!(added_groups.len(), 1);
    assert_eq!(added_groups[0]["name"], "Ny grupp");
    assert_eq!(added_groups[0]["id"], 3);

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
    let groups: Vec<u64> = c.iter().map(|e| e["group"].as_u64().unwrap()).collect();
    assert_eq!(groups, [1, 1, 1, 2, 3, 3]);
    // Sequence numbers are 1, 2, 3 … with no gap.
    let seqs: Vec<u64> = events.iter().map(|(s, _)| *s).collect();
    assert_eq!(seqs, (1..=7).collect::<Vec<u64>>());
}

#[test]
fn add_refuses_an_unknown_kind_naming_the_kinds() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());
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
    let (id, folder) = new_session(data.path());
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
    let (id, _) = new_session(data.path());
    samtal(data.path())
        .args(["add", &id, "--group", "  ", "text"])
        .assert()
        .code(2)
        .stdout("")
        .stderr(predicate::str::contains("group"));

    let (bare, folder) = new_session_with(data.path(), "Utan grupper", &[]);
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
        .stdout("saved 1\n");
}

#[test]
fn add_refuses_an_empty_text_instead_of_waiting_for_standard_input() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());
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
        .stdout("saved 1\n")
        .stderr("");
}

#[test]
fn add_accepts_the_session_folder_instead_of_the_id() {
    let data = TempDir::new().unwrap();
    let (_, folder) = new_session(data.path());
    samtal(data.path())
        .arg("add")
        .arg(&folder)
        .arg("via mappen")
        .assert()
        .success()
        .stdout("saved 1\n");
    // A relative folder, from the data dir.
    let relative = folder.strip_prefix(data.path()).unwrap();
    samtal(data.path())
        .current_dir(data.path())
        .arg("add")
        .arg(relative)
        .arg("relativ mapp")
        .assert()
        .success()
        .stdout("saved 2\n");
    let texts: Vec<Value> = contributions(&folder)
        .iter()
        .map(|e| e["text"].clone())
        .collect();
    assert_eq!(texts, ["via mappen", "relativ mapp"]);

    // A folder that is not a session is refused.
    samtal(data.path())
        .arg("add")
        .arg(data.path())
        .arg("text")
        .assert()
        .code(2)
        .stderr(predicate::str::contains("session.json is missing"));
}

// ---------------------------------------------------------------- 4. list

#[test]
fn list_shows_title_and_count_and_json_has_every_field() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());
    let (other, _) = new_session_with(data.path(), "Annat möte", &["B"]);
    samtal(data.path())
        .args(["add", &id])
        .write_stdin("ett\ntvå\n")
        .assert()
        .success()
        .stdout("saved 1\nsaved 2\n");

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

// ---------------------------------------------------------------- 5. agenda

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
    let (id, _) = new_session(data.path());
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

// ---------------------------------------------------------------- 6. corrupt session

#[test]
fn a_corrupt_session_file_is_refused_and_left_untouched() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());
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

// ---------------------------------------------------------------- 7. lock

#[test]
fn a_session_open_elsewhere_is_refused_until_the_holder_dies() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());

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
    assert_eq!(line, "saved 1\n");

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
        .stdout("saved 2\n");
    let texts: Vec<Value> = contributions(&folder)
        .iter()
        .map(|e| e["text"].clone())
        .collect();
    assert_eq!(texts, ["håller låset", "efter kill -9"]);
}

// ---------------------------------------------------------------- 8. open

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
    new_session(data.path());
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

// ---------------------------------------------------------------- 9. torn journal

#[test]
fn a_torn_journal_tail_is_moved_aside_and_adding_goes_on() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path());
    samtal(data.path())
        .args(["add", &id])
        .write_stdin("ett\ntvå\n")
        .assert()
        .success()
        .stdout("saved 1\nsaved 2\n");
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
    assert_eq!(stdout_of(&output), "saved 3\n");

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
        .stdout("saved 4\n")
        .stderr("");
    assert_eq!(list_json(data.path())[0]["contributions"], 4);
}

// ---------------------------------------------------------------- 10. help

#[test]
fn help_mentions_every_subcommand_and_add_help_mentions_saved() {
    let data = TempDir::new().unwrap();
    let output = samtal(data.path()).arg("--help").output().unwrap();
    assert!(output.status.success());
    let stdout = stdout_of(&output);
    let commands: BTreeSet<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("  ") && !l.trim_start().starts_with('-'))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for command in ["new", "open", "list", "add", "agenda"] {
        assert!(commands.contains(command), "{command} missing:\n{stdout}");
    }
    assert!(stdout.contains("Exit codes"), "{stdout}");

    samtal(data.path())
        .args(["add", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("saved"))
        .stdout(predicate::str::contains("--kind"))
        .stdout(predicate::str::contains("--item"))
        .stdout(predicate::str::contains("--group"));

    samtal(data.path())
        .args(["agenda", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("check"))
        .stdout(predicate::str::contains("show"));

    assert!(!data.path().join("sessions").exists());
}

#[test]
fn bad_usage_exits_2() {
    let data = TempDir::new().unwrap();
    samtal(data.path())
        .args(["--lang", "fi", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("sv or en"));
    samtal(data.path())
        .arg("frobnicate")
        .assert()
        .code(2)
        .stdout("");
    samtal(data.path()).arg("add").assert().code(2).stdout("");
}

#[test]
fn export_writes_every_format_into_the_session_folder_or_where_asked() {
    let data = tempfile::tempdir().unwrap();
    let (id, folder) = new_session(data.path());
    samtal(data.path())
        .args(["add", &id, "Snabbare validering – Skåne"])
        .assert()
        .success();
    for format in ["md", "html", "docx", "csv", "xlsx", "json"] {
        let out = samtal(data.path())
            .args(["export", &id, "-f", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}: {}", stderr_of(&out));
        let file = folder.join(format!("minutes.{format}"));
        assert_eq!(stdout_of(&out).trim(), file.display().to_string());
        assert!(file.is_file());
    }
    // A bare file name lands in the working folder.
    let cwd = tempfile::tempdir().unwrap();
    let out = samtal(data.path())
        .current_dir(cwd.path())
        .args(["export", &id, "--lang", "sv", "-o", "protokoll.md"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let md = fs::read_to_string(cwd.path().join("protokoll.md")).unwrap();
    assert!(md.starts_with("# Minnesanteckningar: "), "{md}");
    assert!(md.contains("Snabbare validering – Skåne"));
    // To standard output, and an unknown format refused.
    let out = samtal(data.path())
        .args(["export", &id, "-f", "csv", "-o", "-"])
        .output()
        .unwrap();
    assert!(out.stdout.starts_with("\u{feff}".as_bytes()));
    let out = samtal(data.path())
        .args(["export", &id, "-f", "pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("md, html, docx, csv, xlsx or json"));
}

#[test]
fn set_changes_the_details_and_refuses_an_empty_title() {
    let data = tempfile::tempdir().unwrap();
    let (id, _) = new_session(data.path());
    let out = samtal(data.path())
        .args([
            "set",
            &id,
            "--place",
            "Rosenbad",
            "--moderator",
            "Åsa",
            "--note-taker",
            "Per",
            "--note-taker",
            "Lena",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let md = stdout_of(
        &samtal(data.path())
            .args(["export", &id, "-o", "-"])
            .output()
            .unwrap(),
    );
    assert!(md.contains("- **Place:** Rosenbad"), "{md}");
    assert!(md.contains("- **Moderator:** Åsa"));
    assert!(md.contains("- **Note-takers:** Per, Lena"));
    let out = samtal(data.path())
        .args(["set", &id, "--title", " "])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("title cannot be empty"),
        "{}",
        stderr_of(&out)
    );
    let out = samtal(data.path()).args(["set", &id]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
