//! The command line from the tests: the binary with a fixed environment in a
//! temporary data dir, a new session, what its folder holds, and its minutes.

use assert_cmd::Command;
use samtal::session::EventId;
use serde_json::Value;
use std::collections::BTreeSet;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::time::Duration;

/// The binary under test, for tests that start it themselves.
pub const BIN: &str = env!("CARGO_BIN_EXE_samtal");

/// The local state dir (device id, writer numbers) of every samtal the tests start:
/// in the build's temporary folder, never the real one in the home folder, and
/// outside every data dir.
pub fn test_state_dir() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR")).join("samtal-state")
}

/// Removes every variable that could change the language or the data dir, then sets
/// `LANG` to `lang` and the state dir to `test_state_dir`.
pub fn plain_env_in(cmd: &mut std::process::Command, lang: &str) {
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SAMTAL_DATA_DIR")
        .env("SAMTAL_STATE_DIR", test_state_dir())
        .env("LANG", lang);
}

/// `plain_env_in` with `LANG=C`.
pub fn plain_env(cmd: &mut std::process::Command) {
    plain_env_in(cmd, "C");
}

/// `samtal --data-dir <data>` as a plain process (to spawn, to pipe, to kill), with
/// `LANG=C`.
pub fn samtal_process(data: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(BIN);
    plain_env(&mut cmd);
    cmd.arg("--data-dir").arg(data);
    cmd
}

/// `samtal` as a plain process with the data dir given by `SAMTAL_DATA_DIR`.
pub fn samtal_process_env(data: &Path) -> std::process::Command {
    let mut cmd = std::process::Command::new(BIN);
    plain_env(&mut cmd);
    cmd.env("SAMTAL_DATA_DIR", data);
    cmd
}

/// `samtal --data-dir <data>` with `LANG` set to `lang` and nothing else that could
/// change the language or the data dir.
pub fn samtal_in(data: &Path, lang: &str) -> Command {
    let mut process = std::process::Command::new(BIN);
    plain_env_in(&mut process, lang);
    process.arg("--data-dir").arg(data);
    Command::from_std(process)
}

/// `samtal --data-dir <data>` with `LANG=C`.
pub fn samtal(data: &Path) -> Command {
    samtal_in(data, "C")
}

/// `samtal` with the data dir given by `SAMTAL_DATA_DIR` instead of the flag.
pub fn samtal_env(data: &Path) -> Command {
    Command::from_std(samtal_process_env(data))
}

/// Far more than any command needs; a hang fails the test instead of stopping the run.
pub const COMMAND_LIMIT: Duration = Duration::from_secs(20);

/// `samtal --data-dir <data>` with empty standard input, killed after `COMMAND_LIMIT`.
pub fn samtal_bounded(data: &Path) -> Command {
    let mut cmd = samtal(data);
    cmd.timeout(COMMAND_LIMIT).write_stdin("");
    cmd
}

pub fn stdout_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stdout.clone()).expect("stdout is UTF-8")
}

pub fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8(output.stderr.clone()).expect("stderr is UTF-8")
}

/// Standard error, bytes that are not UTF-8 shown as U+FFFD.
pub fn stderr_lossy(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

pub fn assert_success(out: &std::process::Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed ({}):\nstdout: {}\nstderr: {}",
        out.status,
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

/// `new --no-tui --title <title> --group <group> …`; see `new_session_args`.
pub fn new_session(data: &Path, title: &str, groups: &[&str]) -> (String, PathBuf) {
    let mut args = vec!["--title", title];
    for group in groups {
        args.extend(["--group", group]);
    }
    new_session_args(data, &args)
}

/// Runs `new --no-tui <args>` and returns the printed id and folder, after checking
/// the line has exactly the form `<id>\t<folder>\n`.
pub fn new_session_args(data: &Path, args: &[&str]) -> (String, PathBuf) {
    let output = samtal(data)
        .args(["new", "--no-tui"])
        .args(args)
        .output()
        .expect("samtal runs");
    assert_success(&output, "new");
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

/// `samtal add <id> <text>`, which must succeed.
pub fn add(data: &Path, id: &str, text: &str) {
    let output = samtal(data).args(["add", id, text]).output().unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
}

/// `samtal add <id>` with `stdin` as standard input, which must succeed and print
/// `saved <id>` `count` times; returns the ids.
pub fn add_lines(data: &Path, id: &str, stdin: &str, count: usize) -> Vec<EventId> {
    let output = samtal(data)
        .args(["add", id])
        .write_stdin(stdin)
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let ids = saved_ids(&String::from_utf8(output.stdout).unwrap());
    assert_eq!(ids.len(), count);
    ids
}

/// The ids of `saved <id>` lines, every line one, each after the one before.
pub fn saved_ids(stdout: &str) -> Vec<EventId> {
    let ids: Vec<EventId> = stdout
        .lines()
        .map(|line| {
            line.strip_prefix("saved ")
                .and_then(|id| id.parse().ok())
                .unwrap_or_else(|| panic!("not `saved <id>`: {line:?}"))
        })
        .collect();
    assert!(
        ids.windows(2).all(|w| w[0] < w[1]),
        "ids out of order: {stdout}"
    );
    ids
}

/// True when `stdout` is exactly `count` lines `saved <id>`.
pub fn is_saved(stdout: &str, count: usize) -> bool {
    stdout.ends_with('\n') == (count > 0)
        && stdout.lines().count() == count
        && stdout.lines().all(|line| {
            line.strip_prefix("saved ")
                .is_some_and(|id| id.parse::<EventId>().is_ok())
        })
}

/// The group names in a `snapshot`, in order.
pub fn group_names(snapshot: &Value) -> Vec<String> {
    snapshot["session"]["groups"]
        .as_array()
        .expect("a list of groups")
        .iter()
        .map(|g| g["name"].as_str().expect("a group name").to_string())
        .collect()
}

/// The events of every segment in `events/`, in id order (the order they are
/// folded in).
pub fn events(folder: &Path) -> Vec<Value> {
    journal(folder)
        .into_iter()
        .map(|(_, event)| event)
        .collect()
}

/// Every line of every segment in `events/`, each checked for its CRC, in id
/// order, as `(position, event)` from 1; each segment must end in a whole line.
pub fn journal(folder: &Path) -> Vec<(u64, Value)> {
    let events_dir = folder.join("events");
    let mut records = Vec::new();
    for name in names_in(&events_dir) {
        let path = events_dir.join(&name);
        let bytes = std::fs::read(&path).unwrap_or_else(|e| panic!("{name}: {e}"));
        let text = String::from_utf8(bytes).expect("a segment is UTF-8");
        assert!(
            text.is_empty() || text.ends_with('\n'),
            "{name} ends in a partial line: {text:?}"
        );
        for line in text.lines() {
            let (crc, json) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("no checksum in {line:?}"));
            assert_eq!(
                u32::from_str_radix(crc, 16).expect("hex checksum"),
                crc32fast::hash(json.as_bytes()),
                "checksum of {line:?}"
            );
            let record: Value = serde_json::from_str(json).expect("a JSON record");
            let id = record["id"].as_str().expect("an event id").to_string();
            records.push((id, record["event"].clone()));
        }
    }
    records.sort_by(|a, b| a.0.cmp(&b.0));
    records.dedup_by(|a, b| a.0 == b.0);
    (1..)
        .zip(records)
        .map(|(n, (_, event))| (n, event))
        .collect()
}

/// The `contribution_added` events of the journal.
pub fn contributions(folder: &Path) -> Vec<Value> {
    journal(folder)
        .into_iter()
        .map(|(_, event)| event)
        .filter(|e| e["type"] == "contribution_added")
        .collect()
}

/// The texts of the contributions in the journal, in order.
pub fn journal_texts(folder: &Path) -> Vec<String> {
    contributions(folder)
        .iter()
        .map(|e| e["text"].as_str().expect("a text").to_string())
        .collect()
}

/// The session a folder holds, folded from its header and segments, in the shape
/// of a snapshot: `{"session": …}`.
pub fn snapshot(folder: &Path) -> Value {
    let loaded =
        samtal::store::load(folder).unwrap_or_else(|e| panic!("{}: {e}", folder.display()));
    serde_json::json!({
        "seq": loaded.seq,
        "session": serde_json::to_value(&loaded.session).expect("a session as JSON"),
    })
}

/// The names in a folder.
pub fn names_in(dir: &Path) -> BTreeSet<String> {
    std::fs::read_dir(dir)
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

/// The permission bits of a file or folder.
pub fn mode(path: &Path) -> u32 {
    std::fs::metadata(path)
        .unwrap_or_else(|e| panic!("{}: {e}", path.display()))
        .permissions()
        .mode()
        & 0o7777
}

/// The session folder's minutes in Markdown, on standard output.
pub fn minutes(data: &Path, id: &str) -> String {
    let output = samtal(data)
        .args(["export", id, "-o", "-", "--lang", "sv"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stdout_of(&output)
}

/// The bytes of every file in `events/`, in name order, one after the other (empty
/// when there is none): what "nothing was saved" compares.
pub fn segment_bytes(folder: &Path) -> Vec<u8> {
    let events_dir = folder.join("events");
    if !events_dir.exists() {
        return Vec::new();
    }
    names_in(&events_dir)
        .into_iter()
        .flat_map(|name| std::fs::read(events_dir.join(name)).expect("a readable segment"))
        .collect()
}

/// Turns a new session folder into the version 1 folder an older samtal wrote: its
/// session as `session.json` (a snapshot of sequence 0) and an empty
/// `events.jsonl`, with no header and no `events/`.
pub fn as_version_1(folder: &Path) {
    let session = samtal::store::load(folder)
        .unwrap_or_else(|e| panic!("{}: {e}", folder.display()))
        .session;
    let snapshot = samtal::store::snapshot::to_json(&session, 0).expect("a snapshot");
    std::fs::write(folder.join("session.json"), snapshot).expect("session.json");
    std::fs::write(folder.join("events.jsonl"), b"").expect("events.jsonl");
    std::fs::remove_file(folder.join("header.json")).expect("no header");
    std::fs::remove_dir_all(folder.join("events")).expect("no events/");
}

/// The events of every complete, checksum-valid line in `events/`, once per id, in
/// id order: what a reader folds, with torn last lines (a kill mid-append) left out.
pub fn complete_events(folder: &Path) -> Vec<Value> {
    let events_dir = folder.join("events");
    let mut records = std::collections::BTreeMap::new();
    for name in names_in(&events_dir) {
        let bytes = std::fs::read(events_dir.join(&name)).expect("a readable segment");
        for line in bytes.split_inclusive(|b| *b == b'\n') {
            let Some(line) = line.strip_suffix(b"\n") else {
                continue;
            };
            let Some((crc, json)) = std::str::from_utf8(line)
                .ok()
                .and_then(|line| line.split_once('\t'))
            else {
                continue;
            };
            if u32::from_str_radix(crc, 16).ok() != Some(crc32fast::hash(json.as_bytes())) {
                continue;
            }
            let record: Value = serde_json::from_str(json).expect("a JSON record");
            let id = record["id"].as_str().expect("an event id").to_string();
            records.entry(id).or_insert_with(|| record["event"].clone());
        }
    }
    records.into_values().collect()
}

/// The writer of `foreign_segment`: a device and process no samtal of the tests
/// uses.
pub const FOREIGN_WRITER: u64 = 0x0000_0f0e_1000_0001;

/// Writes `events` into a new segment of another writer in the session folder, as
/// another laptop's samtal would have (a line each, with its checksum), ids taken
/// from the wall clock now so that they come after everything there.
pub fn foreign_segment(folder: &Path, events: &[Value]) -> PathBuf {
    let millis = chrono::Utc::now().timestamp_millis() as u64;
    let mut bytes = Vec::new();
    for (n, event) in events.iter().enumerate() {
        let id = format!("{:016x}-{FOREIGN_WRITER:016x}", (millis << 16) + n as u64);
        let json = serde_json::to_string(&serde_json::json!({"id": id, "event": event}))
            .expect("a record");
        bytes.extend_from_slice(
            format!("{:08x}\t{json}\n", crc32fast::hash(json.as_bytes())).as_bytes(),
        );
    }
    let events_dir = folder.join("events");
    std::fs::create_dir_all(&events_dir).expect("events/");
    let path = events_dir.join(format!("{FOREIGN_WRITER:016x}.000001.jsonl"));
    std::fs::write(&path, bytes).expect("a foreign segment");
    path
}
