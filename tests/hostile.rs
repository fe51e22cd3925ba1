//! Hostile input never panics, never hangs and never escapes the data dir.
//!
//! Titles that look like paths, contributions full of terminal escapes, controls,
//! invalid UTF-8 and very long lines, agenda files built to exhaust memory, time or
//! the stack, and session arguments that point outside the data dir. Every command
//! runs the real binary against its own temporary data dir, with `LANG=C` and a
//! timeout; the last test draws a hostile session on the screen with the library.

#![allow(clippy::unwrap_used)]

use assert_cmd::Command;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use samtal::agenda::{Agenda, MAX_FILE_BYTES, MAX_ITEMS, MAX_TITLE_CHARS};
use samtal::i18n::Lang;
use samtal::session::{Event, Kind, Session, Timestamp};
use samtal::text::MAX_CONTRIBUTION_CHARS;
use samtal::tui::action::Action;
use samtal::tui::model::Model;
use samtal::tui::update::update;
use serde_json::Value;
use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tempfile::TempDir;

/// Far more than any of these commands needs; a hang fails the test instead of
/// stopping the run.
const TIMEOUT: Duration = Duration::from_secs(20);
/// What a refused agenda may take, start-up included.
const QUICK: Duration = Duration::from_secs(5);

// ---------------------------------------------------------------- helpers

/// `samtal --data-dir <data>` with `LANG=C`, a timeout and an empty standard input.
fn samtal(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("samtal").expect("the samtal binary is built");
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SAMTAL_DATA_DIR")
        .env("LANG", "C")
        .arg("--data-dir")
        .arg(data)
        .timeout(TIMEOUT)
        .write_stdin("");
    cmd
}

fn stderr_of(output: &std::process::Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

/// Every path under `root` (not following links), relative to it.
fn walk(root: &Path) -> BTreeSet<PathBuf> {
    fn visit(root: &Path, dir: &Path, out: &mut BTreeSet<PathBuf>) {
        for entry in fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            out.insert(path.strip_prefix(root).unwrap().to_path_buf());
            if fs::symlink_metadata(&path).unwrap().is_dir() {
                visit(root, &path, out);
            }
        }
    }
    let mut out = BTreeSet::new();
    visit(root, root, &mut out);
    out
}

fn is_id(id: &str) -> bool {
    !id.is_empty()
        && id
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-')
}

/// `new --no-tui` with one group; returns the id and the folder.
fn new_session(data: &Path, extra: &[&str]) -> (String, PathBuf) {
    let output = samtal(data)
        .args(["new", "--no-tui", "--group", "Region Skåne"])
        .args(extra)
        .output()
        .unwrap();
    assert!(output.status.success(), "new: {}", stderr_of(&output));
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (id, folder) = stdout.trim_end_matches('\n').split_once('\t').unwrap();
    (id.to_string(), PathBuf::from(folder))
}

/// C0 and C1 controls, DEL included; line breaks and tabs are allowed where `text`
/// is a whole file.
fn control_bytes_in(bytes: &[u8]) -> Vec<char> {
    String::from_utf8_lossy(bytes)
        .chars()
        .filter(|c| c.is_control() && !matches!(c, '\n' | '\r' | '\t'))
        .collect()
}

fn is_bidi_control(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}')
}

// ---------------------------------------------------------------- titles

#[test]
fn hostile_titles_give_one_ascii_folder_inside_the_sessions_dir_and_nothing_else() {
    let outer = TempDir::new().unwrap();
    let data = outer.path().join("data");
    let cwd = outer.path().join("cwd");
    fs::create_dir(&cwd).unwrap();
    let sessions = data.join("sessions");

    let long = "ö".repeat(300);
    let titles = [
        "../../etc/passwd",
        "CON",
        "a/b",
        long.as_str(),
        "\u{202e}",
        "\u{202e}gpj.exe",
        "..",
        ".",
        "/",
        "~",
        "-rf",
        "\u{1b}[2J\u{1b}]0;pwned\u{7}",
    ];
    let mut expected = BTreeSet::from([PathBuf::from("cwd"), PathBuf::from("data")]);
    expected.insert(PathBuf::from("data/sessions"));
    for title in titles {
        let output = samtal(&data)
            .current_dir(&cwd)
            .args(["new", "--no-tui", "--group", "A"])
            .arg(format!("--title={title}"))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{title:?}: {:?} {}",
            output.status,
            stderr_of(&output)
        );
        let stdout = String::from_utf8(output.stdout).unwrap();
        let (id, folder) = stdout
            .trim_end_matches('\n')
            .split_once('\t')
            .unwrap_or_else(|| panic!("{title:?}: {stdout:?}"));
        assert!(is_id(id), "{title:?} gave the id {id:?}");
        assert!(id.len() <= 80, "{title:?} gave the id {id:?}");
        assert!(!id.starts_with('.') && !id.starts_with('-'), "{id:?}");
        let folder = PathBuf::from(folder);
        assert_eq!(folder, sessions.join(id), "{title:?}");
        assert_eq!(
            fs::canonicalize(folder.parent().unwrap()).unwrap(),
            fs::canonicalize(&sessions).unwrap(),
            "{title:?}"
        );
        let relative = Path::new("data/sessions").join(id);
        assert!(expected.insert(relative.clone()), "{title:?}: {id} twice");
        for file in ["session.json", "events.jsonl", "session.lock"] {
            expected.insert(relative.join(file));
        }
        // The title is kept as text, without its control characters.
        let loaded = samtal::store::load(&folder).unwrap();
        assert!(
            !loaded.session.title.chars().any(char::is_control),
            "{:?}",
            loaded.session.title
        );
    }
    assert_eq!(walk(outer.path()), expected);
}

#[test]
fn a_nul_in_a_title_never_reaches_the_slug() {
    // A NUL cannot go through argv; the slug is the only place a title becomes a name.
    use samtal::store::paths::{is_valid_id, slug};
    assert_eq!(slug("a\0b"), "a-b");
    for title in ["\0", "\0\0..\0/", "a\0/../b", "\0\u{202e}\u{1b}"] {
        let s = slug(title);
        assert!(is_valid_id(&s) && !s.contains('\0'), "{title:?} → {s:?}");
    }
}

// ---------------------------------------------------------------- contributions

#[test]
fn hostile_contributions_are_stored_clean_and_every_export_works() {
    let outer = TempDir::new().unwrap();
    let data = outer.path().join("data");
    let (id, folder) = new_session(&data, &["--title", "Fientlig indata"]);

    let ten_thousand = "ä".repeat(10_000);
    let fifty_thousand = "ö".repeat(50_000);
    let lines: Vec<Vec<u8>> = vec![
        "\u{1b}[2J rensa skärmen".into(),
        "\u{1b}]0;title\u{7} fönstertitel".into(),
        ten_thousand.clone().into(),
        fifty_thousand.into(),
        "👩\u{200d}👩\u{200d}👧 familj".into(),
        "e\u{301} och a\u{30a} kombinerade".into(),
        "nul\0 och \u{1}\u{2}\u{7f} styrtecken\u{8}".into(),
        // Bytes that are not UTF-8 are refused (tests/cli_refusals.rs); replacement
        // characters that are already text are kept.
        "\u{fffd}\u{fffd} ok".into(),
        "\u{9b}31m C1 och \u{85} NEL".into(),
        "höger\u{202e}vänster".into(),
        "\r\r\r  mitt\rinne  \r".into(),
    ];
    let mut input = Vec::new();
    for line in &lines {
        input.extend_from_slice(line);
        input.push(b'\n');
    }
    let expected_acks: String = (1..=lines.len()).map(|n| format!("saved {n}\n")).collect();
    samtal(&data)
        .args(["add", &id])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(expected_acks);
    samtal(&data)
        .args(["add", &id, "\u{1b}[31mröd\u{1b}[0m via argv\u{7}"])
        .assert()
        .success()
        .stdout(format!("saved {}\n", lines.len() + 1));

    let loaded = samtal::store::load(&folder).unwrap();
    assert!(loaded.bad_tail.is_none());
    let texts: Vec<&str> = loaded
        .session
        .contributions
        .values()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(texts.len(), lines.len() + 1);
    for text in &texts {
        let controls: Vec<char> = text.chars().filter(|c| c.is_control()).collect();
        assert!(controls.is_empty(), "{controls:?} stored in {text:.80?}");
    }
    assert_eq!(MAX_CONTRIBUTION_CHARS, 10_000);
    assert_eq!(texts[2], ten_thousand, "10,000 characters are kept whole");
    assert_eq!(texts[3].chars().count(), MAX_CONTRIBUTION_CHARS);
    assert!(texts[3].chars().all(|c| c == 'ö'));
    assert_eq!(texts[0], "[2J rensa skärmen");
    assert_eq!(texts[1], "]0;title fönstertitel");
    assert_eq!(texts[4], "👩\u{200d}👩\u{200d}👧 familj", "ZWJ kept");
    assert_eq!(texts[5], "e\u{301} och a\u{30a} kombinerade", "marks kept");
    assert_eq!(texts[6], "nul och  styrtecken");
    assert_eq!(texts[7], "\u{fffd}\u{fffd} ok");
    assert_eq!(texts[8], "31m C1 och  NEL");
    assert_eq!(texts[10], "mitt inne");
    assert_eq!(texts[11], "[31mröd[0m via argv");

    for format in ["md", "html", "csv", "json"] {
        let output = samtal(&data)
            .args(["export", &id, "-f", format, "-o", "-"])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{format}: {:?} {}",
            output.status,
            stderr_of(&output)
        );
        assert!(!output.stdout.contains(&0x1b), "ESC in the {format} export");
        let controls = control_bytes_in(&output.stdout);
        assert!(controls.is_empty(), "{format}: {controls:?}");
        if format == "md" || format == "html" {
            let bidi: Vec<char> = String::from_utf8_lossy(&output.stdout)
                .chars()
                .filter(|c| is_bidi_control(*c))
                .collect();
            assert!(bidi.is_empty(), "{format}: {bidi:?}");
        }
        let out = String::from_utf8(output.stdout).unwrap();
        assert!(out.contains("👩\u{200d}👩\u{200d}👧"), "{format}");
        if format == "json" {
            let value: Value = serde_json::from_str(&out).unwrap();
            assert!(value.is_object(), "{format}");
        }
    }

    let docx = outer.path().join("protokoll.docx");
    samtal(&data)
        .args(["export", &id, "-f", "docx", "-o"])
        .arg(&docx)
        .assert()
        .success();
    let mut archive = zip::ZipArchive::new(fs::File::open(&docx).unwrap()).unwrap();
    let mut xml = String::new();
    archive
        .by_name("word/document.xml")
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    // XML 1.0 allows no C0 control but tab and line breaks: Word would refuse the file.
    let controls = control_bytes_in(xml.as_bytes());
    assert!(controls.is_empty(), "docx: {controls:?}");
    assert!(xml.contains(&"ö".repeat(MAX_CONTRIBUTION_CHARS)));
}

/// An agenda file with escape sequences is refused before anything is created, and
/// a session file that carries one in its agenda is refused as damaged, untouched.
#[test]
fn escapes_in_agenda_texts_are_refused_at_the_door() {
    let outer = TempDir::new().unwrap();
    let data = outer.path().join("data");
    fs::create_dir(&data).unwrap();
    let file = outer.path().join("agenda.json");
    fs::write(&file, serde_json::to_vec(&hostile_agenda()).unwrap()).unwrap();
    let stderr = check_refused(&data, &file);
    assert!(stderr.contains("control character"), "{stderr}");
    let output = samtal(&data)
        .args(["new", "--no-tui", "--group", "A", "--agenda"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr_of(&output));
    assert!(
        !data.join("sessions").exists()
            || fs::read_dir(data.join("sessions"))
                .unwrap()
                .next()
                .is_none()
    );

    let (id, folder) = new_session(&data, &["--title", "Ärende"]);
    let snapshot = folder.join("session.json");
    let text = fs::read_to_string(&snapshot).unwrap();
    let poisoned = text.replacen("\"Välkommen\"", "\"Välkommen \\u001b[2J\"", 1);
    assert_ne!(text, poisoned);
    fs::write(&snapshot, &poisoned).unwrap();
    for format in ["md", "csv"] {
        let output = samtal(&data)
            .args(["export", &id, "-f", format, "-o", "-"])
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{format}: {}",
            stderr_of(&output)
        );
        assert!(output.stdout.is_empty());
        assert!(control_bytes_in(&output.stderr).is_empty());
    }
    assert_eq!(fs::read_to_string(&snapshot).unwrap(), poisoned);
}

/// The built-in agenda with an escape or a bidi override in every kind of text.
fn hostile_agenda() -> Agenda {
    let mut agenda = Agenda::builtin().unwrap();
    agenda.title.sv = "Dagordning \u{1b}[2J\u{1b}]0;pwned\u{7}".into();
    agenda.title.en = "Agenda \u{1b}[2J\u{202e}".into();
    for item in &mut agenda.items {
        item.title.sv.push_str(" \u{1b}[31m\u{9b}1m");
        item.title.en.push_str(" \u{1b}[31m\u{202e}");
        item.text.sv.push_str("\u{1b}[2J\u{7}\u{0}");
        for prompt in &mut item.prompts {
            prompt.sv.push_str("\u{1b}[1A\u{202e}");
        }
    }
    // Files with such texts are refused; this one only ever lives in memory, to
    // show that the screen is safe even so.
    agenda
}

// ---------------------------------------------------------------- agenda files

/// Runs `agenda check` on `file` and checks it is refused quickly with exit code 2
/// (not a signal), nothing on stdout and one clean line on stderr naming the file.
fn check_refused(data: &Path, file: &Path) -> String {
    let started = Instant::now();
    let output = samtal(data)
        .args(["agenda", "check"])
        .arg(file)
        .output()
        .unwrap();
    let took = started.elapsed();
    assert_eq!(
        output.status.code(),
        Some(2),
        "{}: {:?} {}",
        file.display(),
        output.status,
        stderr_of(&output)
    );
    assert!(took < QUICK, "{}: took {took:?}", file.display());
    assert!(output.stdout.is_empty(), "{}", file.display());
    let stderr = String::from_utf8(output.stderr).unwrap();
    let name = file.file_name().unwrap().to_str().unwrap();
    assert!(stderr.contains(name), "{name} not named in {stderr:?}");
    assert!(stderr.starts_with("samtal: "), "{stderr:?}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr:?}");
    assert!(stderr.len() < 1000, "{} bytes: {stderr:.200}", stderr.len());
    assert!(control_bytes_in(stderr.as_bytes()).is_empty(), "{stderr:?}");
    stderr
}

fn item_json(n: usize) -> Value {
    serde_json::json!({
        "id": format!("item-{n}"),
        "kind": "question",
        "title": {"sv": format!("Fråga {n}")},
        "timebox_minutes": 5
    })
}

fn agenda_json(title: &str, items: Vec<Value>) -> Vec<u8> {
    serde_json::to_vec(&serde_json::json!({
        "format": "samtal-agenda",
        "version": 1,
        "id": "fientlig",
        "title": {"sv": title},
        "items": items,
    }))
    .unwrap()
}

#[test]
fn an_agenda_of_ten_thousand_items_is_refused_quickly_naming_the_limit() {
    let data = TempDir::new().unwrap();
    let file = data.path().join("tio-tusen.json");
    let bytes = agenda_json("Många", (1..=10_000).map(item_json).collect());
    assert!(
        (bytes.len() as u64) < MAX_FILE_BYTES,
        "under the size limit"
    );
    fs::write(&file, bytes).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains("10000 items"), "{stderr}");
    assert!(stderr.contains(&format!("at most {MAX_ITEMS}")), "{stderr}");

    // The same file as `new --agenda` creates nothing.
    samtal(data.path())
        .args(["new", "--no-tui", "--group", "A", "--agenda"])
        .arg(&file)
        .assert()
        .code(2);
    assert!(!data.path().join("sessions").exists());
}

#[test]
fn an_agenda_with_a_megabyte_title_is_refused_naming_the_limit() {
    let data = TempDir::new().unwrap();
    let file = data.path().join("lang-titel.json");
    let title = "å".repeat(500_000);
    let bytes = agenda_json(&title, vec![item_json(1)]);
    assert!(bytes.len() >= 1_000_000 && (bytes.len() as u64) < MAX_FILE_BYTES);
    fs::write(&file, bytes).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains(&MAX_TITLE_CHARS.to_string()), "{stderr}");
    assert!(stderr.contains("title"), "{stderr}");

    // And in an item's title.
    let file = data.path().join("lang-punkt.json");
    let mut item = item_json(1);
    item["title"]["en"] = Value::String("x".repeat(1_000_000));
    fs::write(&file, agenda_json("Kort", vec![item])).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains(&MAX_TITLE_CHARS.to_string()), "{stderr}");
    assert!(stderr.contains("item-1"), "{stderr}");
}

#[test]
fn a_five_megabyte_agenda_is_refused_by_its_size() {
    let data = TempDir::new().unwrap();
    let file = data.path().join("fem-mb.json");
    // Valid JSON all through: only the size is wrong.
    let mut bytes = agenda_json("Stor", vec![item_json(1)]);
    let pad = 5 * 1024 * 1024 - bytes.len();
    bytes.splice(0..0, std::iter::repeat_n(b' ', pad));
    assert_eq!(bytes.len(), 5 * 1024 * 1024);
    fs::write(&file, bytes).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains(&MAX_FILE_BYTES.to_string()), "{stderr}");
    assert!(stderr.contains(&(5 * 1024 * 1024).to_string()), "{stderr}");
}

#[test]
fn deeply_nested_json_is_refused_without_a_stack_overflow() {
    let data = TempDir::new().unwrap();
    let depth = 100_000;
    let cases: [(&str, Vec<u8>); 3] = [
        ("arrays.json", "[".repeat(depth).into_bytes()),
        (
            "closed-arrays.json",
            format!("{}{}", "[".repeat(depth), "]".repeat(depth)).into_bytes(),
        ),
        (
            "objects.json",
            format!(
                "{{\"format\":\"samtal-agenda\",\"version\":1,\"id\":\"x\",\"title\":{}",
                "{\"sv\":".repeat(depth)
            )
            .into_bytes(),
        ),
    ];
    for (name, bytes) in cases {
        let file = data.path().join(name);
        fs::write(&file, bytes).unwrap();
        let stderr = check_refused(data.path(), &file);
        assert!(stderr.contains("line 1"), "{name}: {stderr}");
    }
}

#[test]
fn nul_bytes_an_empty_file_and_utf16_are_refused() {
    let data = TempDir::new().unwrap();

    let file = data.path().join("nul.json");
    fs::write(&file, vec![0u8; 4096]).unwrap();
    check_refused(data.path(), &file);

    let file = data.path().join("tom.json");
    fs::write(&file, b"").unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains("EOF"), "{stderr}");

    // The built-in agenda, as UTF-16 with a byte-order mark (what Notepad once saved).
    let mut utf16 = vec![0xff, 0xfe];
    for unit in samtal::agenda::BUILTIN_JSON.encode_utf16() {
        utf16.extend_from_slice(&unit.to_le_bytes());
    }
    let file = data.path().join("utf16.json");
    fs::write(&file, utf16).unwrap();
    let stderr = check_refused(data.path(), &file);
    assert!(stderr.contains("UTF-8"), "{stderr}");
}

#[test]
fn an_agenda_that_is_a_device_or_a_fifo_is_refused_without_reading_it() {
    let data = TempDir::new().unwrap();
    // Reading either would never end.
    let stderr = check_refused(data.path(), Path::new("/dev/zero"));
    assert!(stderr.contains("not a file"), "{stderr}");
    let fifo = data.path().join("fifo.json");
    let status = std::process::Command::new("mkfifo")
        .arg(&fifo)
        .status()
        .unwrap();
    assert!(status.success());
    let stderr = check_refused(data.path(), &fifo);
    assert!(stderr.contains("not a file"), "{stderr}");
}

// ---------------------------------------------------------------- session arguments

#[test]
fn session_arguments_outside_the_data_dir_are_refused_and_create_nothing() {
    let outer = TempDir::new().unwrap();
    let data = outer.path().join("data");
    let cwd = outer.path().join("cwd");
    fs::create_dir(&cwd).unwrap();
    let (_, folder) = new_session(&data, &["--title", "Riktig"]);
    let snapshot = fs::read(folder.join("session.json")).unwrap();
    let before = walk(outer.path());

    let args = ["../x", "/etc", ".", "", "..", "/", "../data", "~", "-"];
    for command in ["open", "add", "export"] {
        for arg in args {
            let mut cmd = samtal(&data);
            cmd.current_dir(&cwd).arg(command);
            if arg == "-" {
                cmd.arg("--");
            }
            cmd.arg(arg);
            if command == "add" {
                cmd.arg("ett bidrag");
            }
            let output = cmd.output().unwrap();
            assert_eq!(
                output.status.code(),
                Some(2),
                "{command} {arg:?}: {:?} {}",
                output.status,
                stderr_of(&output)
            );
            assert!(
                output.stdout.is_empty(),
                "{command} {arg:?}: {:?}",
                String::from_utf8_lossy(&output.stdout)
            );
            let stderr = stderr_of(&output);
            assert!(
                stderr.starts_with("samtal: "),
                "{command} {arg:?}: {stderr}"
            );
            assert_eq!(stderr.lines().count(), 1, "{command} {arg:?}: {stderr}");
            assert!(
                stderr.contains("session"),
                "{command} {arg:?} gives no clear reason: {stderr}"
            );
            assert!(
                !stderr.contains('\u{1b}'),
                "{command} {arg:?} started the terminal app"
            );
            assert_eq!(
                walk(outer.path()),
                before,
                "{command} {arg:?} created something"
            );
        }
    }
    assert_eq!(fs::read(folder.join("session.json")).unwrap(), snapshot);
}

#[test]
fn an_empty_session_argument_says_what_was_given() {
    let data = TempDir::new().unwrap();
    let cwd = TempDir::new().unwrap();
    for command in ["open", "add", "export"] {
        let output = samtal(data.path())
            .current_dir(cwd.path())
            .args([command, ""])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{command}");
        let stderr = stderr_of(&output);
        // "samtal: : not a samtal session folder" names nothing the reader can see.
        assert!(
            !stderr.starts_with("samtal: : "),
            "{command} '': unclear message {stderr:?}"
        );
    }
}

// ---------------------------------------------------------------- the screen

fn at(minutes: i64) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2015-11-20T13:00:00+01:00").unwrap()
        + chrono::Duration::minutes(minutes)
}

/// A session as a damaged or hand-edited `session.json` could hold it: texts that
/// never went through cleaning, in the title, a group name, the agenda and the log.
fn hostile_session() -> Session {
    let mut session = Session::new(
        "2015-11-20-fientlig".into(),
        "Titel \u{1b}[2J\u{1b}]0;pwned\u{7} \u{202e}slut".into(),
        Lang::Sv,
        hostile_agenda(),
        &[
            "Region Skåne".into(),
            "\u{1b}[31mRöd\u{1b}[0m grupp \u{202e}".into(),
        ],
        at(0),
    );
    let texts = [
        "\u{1b}[2J".to_string(),
        "före \u{1b}[2J\u{1b}[H efter \u{1b}]0;title\u{7} och \u{9b}31m".to_string(),
        "ö".repeat(MAX_CONTRIBUTION_CHARS),
        "ord och åäö ".repeat(MAX_CONTRIBUTION_CHARS / 12),
        "familj 👩\u{200d}👩\u{200d}👧 och 🇸🇪".to_string(),
        "e\u{301}e\u{301}e\u{301} a\u{30a}a\u{30a} \u{301}\u{301}\u{301} ensamma märken"
            .to_string(),
        "rad ett\nrad två\r\n\ttab\0nul \u{202e}höger till vänster".to_string(),
    ];
    for (n, text) in texts.iter().enumerate() {
        session.apply(&Event::ContributionAdded {
            id: session.next_contribution_id,
            item: session.current_item.clone(),
            group: (n % 2) as u32 + 1,
            kind: Kind::ALL[n % 4],
            text: text.clone(),
            at: at(n as i64 + 1),
        });
    }
    session
}

fn assert_screen_is_clean(terminal: &Terminal<TestBackend>, what: &str) {
    let buffer = terminal.backend().buffer();
    for (index, cell) in buffer.content().iter().enumerate() {
        let symbol = cell.symbol();
        let x = index % buffer.area.width as usize;
        let y = index / buffer.area.width as usize;
        assert!(
            !symbol.contains('\u{1b}'),
            "{what}: ESC at ({x}, {y}): {symbol:?}"
        );
        assert!(
            !symbol.chars().any(|c| c.is_control()),
            "{what}: a control character at ({x}, {y}): {symbol:?}"
        );
        assert!(
            !symbol.chars().any(is_bidi_control),
            "{what}: a bidi control at ({x}, {y}): {symbol:?}"
        );
    }
}

#[test]
fn hostile_text_is_drawn_without_escapes_at_any_size() {
    let now = at(30);
    let typed = Action::Insert("skriver \u{1b}[2J\u{7}\u{202e} nu".into());
    let states: [(&str, &[Action]); 7] = [
        ("an escape being typed", &[typed]),
        ("the log", &[]),
        ("the last one selected", &[Action::Up]),
        (
            "the long one being edited",
            &[
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Commit,
            ],
        ),
        (
            "the escape being edited",
            &[
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Commit,
            ],
        ),
        ("the whole item text", &[Action::ToggleItemText]),
        ("help", &[Action::Help]),
    ];
    for (state, actions) in states {
        let mut model = Model::new(hostile_session(), Lang::Sv, now);
        model.group = 1;
        for action in actions {
            update(&mut model, action.clone(), now);
        }
        for (width, height) in [(80, 24), (200, 60), (20, 5), (120, 40), (1, 1), (0, 0)] {
            let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
            terminal
                .draw(|frame| samtal::tui::view::draw(frame, &model, now))
                .unwrap();
            assert_screen_is_clean(&terminal, &format!("{state} at {width}×{height}"));
        }
    }
}
