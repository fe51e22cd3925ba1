//! What the moderator and a script see of a damaged line in a segment: the app keeps
//! the notice on screen until Esc; a command refused for bad input changes no file;
//! the damaged line is skipped, said, and left where it is.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

mod common;
use common::{at, builtin_session, samtal};
use samtal::i18n::Lang;
use samtal::tui::action::Action;
use samtal::tui::model::Model;
use samtal::tui::update::update;
use std::fs;
use std::path::{Path, PathBuf};
use tempfile::TempDir;

#[test]
fn a_recovery_notice_stays_until_esc_acknowledges_it() {
    let session = builtin_session("s", "Titel", &["Region Skåne"]);
    let mut model = Model::new(session, Lang::Sv, at(0));
    model.notice("Skadade rader hoppades över: corrupt-x", at(0));
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

fn names_in(dir: &Path) -> Vec<String> {
    let mut names: Vec<String> = fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    names
}

/// A session of 20 contributions whose third line (in its one segment) has a
/// flipped byte.
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
    let events = Path::new(folder).join("events");
    let journal = events.join(&names_in(&events)[0]);
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
fn a_refused_add_changes_no_file_and_the_next_add_skips_the_damage_and_says_so() {
    let data = TempDir::new().unwrap();
    let (id, folder) = damaged_session(data.path());
    let journal = common::segment_bytes(&folder);
    let names = (names_in(&folder), names_in(&folder.join("events")));
    for args in [
        vec!["add", id.as_str(), "--item", "bogus", "x"],
        vec!["add", id.as_str(), "--group", " ", "x"],
    ] {
        let output = samtal(data.path()).args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(common::segment_bytes(&folder), journal, "{args:?}");
        let names_now = (names_in(&folder), names_in(&folder.join("events")));
        assert_eq!(names_now, names, "{args:?}");
    }
    let output = samtal(data.path())
        .args(["add", &id, "nästa"])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(common::is_saved(
        &String::from_utf8_lossy(&output.stdout),
        1
    ));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("line 3") && stderr.contains("skipped"),
        "{stderr}"
    );
    assert!(
        common::segment_bytes(&folder).starts_with(&journal),
        "the damaged segment is left as it was"
    );
    let list = samtal(data.path())
        .args(["list", "--json"])
        .output()
        .unwrap();
    let list: serde_json::Value = serde_json::from_slice(&list.stdout).unwrap();
    assert_eq!(list[0]["contributions"], 20);
}

/// The messages about a damaged segment say what happened since good lines after a
/// damaged line are kept: every good line is exported and kept, in both languages.
#[test]
fn the_messages_about_a_damaged_segment_say_every_good_line_is_kept() {
    let data = TempDir::new().unwrap();
    let (id, _) = damaged_session(data.path());
    let export = |lang: &str| {
        let output = common::samtal_in(data.path(), lang)
            .args(["export", &id, "-o", "-"])
            .output()
            .unwrap();
        assert!(output.status.success());
        String::from_utf8_lossy(&output.stderr).into_owned()
    };
    let en = export("C");
    assert!(
        en.contains("every good line, before and after them, was exported"),
        "{en}"
    );
    assert!(!en.contains("everything before it"), "{en}");
    let sv = export("sv_SE.UTF-8");
    assert!(sv.contains("alla hela rader, före och efter dem"), "{sv}");
    let output = samtal(data.path())
        .args(["add", &id, "nästa"])
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("they were skipped and the files left untouched"),
        "{stderr}"
    );
}
