//! What the moderator and a script see of a damaged journal: the app keeps the
//! recovery on screen until Esc; a command refused for bad input changes no file.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use assert_cmd::Command;
use samtal::agenda::Agenda;
use samtal::i18n::Lang;
use samtal::session::{Session, Timestamp};
use samtal::tui::action::Action;
use samtal::tui::model::Model;
use samtal::tui::update::update;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

fn at(minute: i64) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2015-11-20T13:00:00+01:00").unwrap()
        + chrono::Duration::minutes(minute)
}

#[test]
fn a_recovery_notice_stays_until_esc_acknowledges_it() {
    let session = Session::new(
        "s".into(),
        "Titel".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &["Region Skåne".into()],
        at(0),
    );
    let mut model = Model::new(session, Lang::Sv, at(0));
    model.notice("Återställt efter avbrott: events.jsonl.corrupt-x", at(0));
    update(&mut model, Action::Tick, at(30));
    model.flash("Borttaget", at(30));
    update(&mut model, Action::Insert("hej".into()), at(31));
    update(&mut model, Action::Tick, at(60));
    let shown = &model
        .flash
        .as_ref()
        .expect("still shown after an hour")
        .text;
    assert!(
        shown.contains("corrupt-x") && shown.contains("Esc"),
        "{shown}"
    );
    update(&mut model, Action::Cancel, at(61));
    assert!(model.flash.is_none());
    assert_eq!(
        model.capture.text(),
        "hej",
        "Esc only acknowledged the notice"
    );
}

fn samtal(data: &Path) -> Command {
    let mut cmd = Command::cargo_bin("samtal").unwrap();
    cmd.env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env_remove("SAMTAL_DATA_DIR")
        .env("LANG", "C")
        .arg("--data-dir")
        .arg(data);
    cmd
}

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A session of 20 contributions whose third journal line has a flipped byte.
fn damaged_session(data: &Path) -> (String, PathBuf) {
    let output = samtal(data)
        .args(["new", "--no-tui", "--title", "T", "--group", "G"])
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    let (id, folder) = stdout.trim_end().split_once('\t').unwrap();
    let lines: String = (1..=20).map(|n| format!("bidrag {n}\n")).collect();
    samtal(data)
        .args(["add", id])
        .write_stdin(lines)
        .assert()
        .success();
    let journal = Path::new(folder).join("events.jsonl");
    let mut bytes = fs::read(&journal).unwrap();
    let third: usize = bytes
        .split_inclusive(|b| *b == b'\n')
        .take(2)
        .map(<[u8]>::len)
        .sum();
    bytes[third + 40] ^= 0x04;
    fs::write(&journal, bytes).unwrap();
    (id.to_string(), PathBuf::from(folder))
}

#[test]
fn a_refused_add_changes_no_file_and_the_next_add_salvages_and_never_reuses_an_id() {
    let data = TempDir::new().unwrap();
    let (id, folder) = damaged_session(data.path());
    let journal = fs::read(folder.join("events.jsonl")).unwrap();
    let names = names_in(&folder);
    for args in [
        vec!["add", id.as_str(), "--item", "bogus", "x"],
        vec!["add", id.as_str(), "--group", " ", "x"],
    ] {
        let output = samtal(data.path()).args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(
            fs::read(folder.join("events.jsonl")).unwrap(),
            journal,
            "{args:?}"
        );
        assert_eq!(names_in(&folder), names, "{args:?}");
    }
    let output = samtal(data.path())
        .args(["add", &id, "nästa"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert_eq!(String::from_utf8_lossy(&output.stdout), "saved 21\n");
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 3") && stderr.contains("17 good records"),
        "{stderr}"
    );
    let list = samtal(data.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(list[0]["contributions"], 20);
}
