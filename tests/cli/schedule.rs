//! The schedule from the command line and the agenda file, and what the minutes say
//! about re-planned and skipped items.

use super::*;
use samtal::fixture::example_session;
use samtal::i18n::Lang;
use samtal::session::Event;
use serde_json::Value;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Creates a session with one group and `args` after `new --no-tui`; returns its folder.
fn scheduled_session(data: &Path, args: &[&str]) -> PathBuf {
    new_session_args(data, &[&["--group", "Region Skåne"], args].concat()).1
}

/// `samtal agenda check FILE`.
fn agenda_check(data: &Path, file: &Path) -> std::process::Output {
    samtal(data)
        .args(["agenda", "check"])
        .arg(file)
        .output()
        .unwrap()
}

fn planned_start(folder: &Path) -> Value {
    snapshot(folder)["session"]["schedule"]["planned_start"].clone()
}

#[test]
fn new_start_sets_the_planned_start_today() {
    let data = tempfile::tempdir().unwrap();
    let folder = scheduled_session(data.path(), &["--start", "13:00"]);
    let start = planned_start(&folder);
    let today = chrono::Local::now().format("%Y-%m-%d").to_string();
    assert!(
        start
            .as_str()
            .unwrap()
            .starts_with(&format!("{today}T13:00:00")),
        "{start}"
    );
    // Without --start (and an agenda without one) there is no schedule.
    let folder = scheduled_session(data.path(), &["--title", "Utan tider"]);
    assert_eq!(planned_start(&folder), Value::Null);
}

#[test]
fn a_start_that_is_not_a_time_is_refused_in_both_languages() {
    let data = tempfile::tempdir().unwrap();
    for (lang, words) in [("en", "is not a time of day"), ("sv", "är ingen klocktid")] {
        let output = samtal(data.path())
            .args(["--lang", lang, "new", "--no-tui", "--start", "25:99"])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(words), "{stderr}");
    }
    let output = samtal(data.path())
        .args(["--warn", "100", "new", "--no-tui"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "--warn is 1-99");
}

#[test]
fn the_agenda_start_is_used_and_new_start_overrides_it() {
    let data = tempfile::tempdir().unwrap();
    let shown = samtal(data.path())
        .args(["agenda", "show"])
        .output()
        .unwrap();
    let mut agenda: Value = serde_json::from_slice(&shown.stdout).unwrap();
    agenda["start"] = "9:15".into();
    agenda["warn_percent"] = 80.into();
    let file = data.path().join("agenda.json");
    std::fs::write(&file, serde_json::to_vec(&agenda).unwrap()).unwrap();
    let check = agenda_check(data.path(), &file);
    assert!(check.status.success(), "{check:?}");
    let path = file.to_str().unwrap();
    let folder = scheduled_session(data.path(), &["--agenda", path]);
    assert!(
        planned_start(&folder)
            .as_str()
            .unwrap()
            .contains("T09:15:00")
    );
    let folder = scheduled_session(data.path(), &["--agenda", path, "--start", "10:00"]);
    assert!(
        planned_start(&folder)
            .as_str()
            .unwrap()
            .contains("T10:00:00")
    );
    agenda["warn_percent"] = 0.into();
    std::fs::write(&file, serde_json::to_vec(&agenda).unwrap()).unwrap();
    let check = agenda_check(data.path(), &file);
    assert_eq!(check.status.code(), Some(2));
    assert!(
        String::from_utf8(check.stderr)
            .unwrap()
            .contains("warn_percent")
    );
}

#[test]
fn the_minutes_say_re_planned_and_skipped_and_keep_the_numbers() {
    let mut session = example_session();
    let at = session.last_change;
    session.apply_as(
        samtal::session::WriterId::ORIGIN,
        &Event::TimeboxesSet {
            timeboxes: BTreeMap::from([("challenge-2".to_string(), 6)]),
            at,
        },
    );
    session.apply_as(
        samtal::session::WriterId::ORIGIN,
        &Event::ItemSkipped {
            item: "challenge-5".into(),
            skipped: true,
            at,
        },
    );
    let sv = markdown_minutes(&session, Lang::Sv);
    assert!(
        sv.contains("planerat 8 min, omplanerat till 6 min · använt"),
        "{sv}"
    );
    assert!(sv.contains("## 7. Utmaning 5"), "{sv}");
    assert!(sv.contains("*planerat 8 min · hoppades över*"), "{sv}");
    let en = markdown_minutes(&session, Lang::En);
    assert!(
        en.contains("planned 8 min, re-planned to 6 min · used"),
        "{en}"
    );
    assert!(en.contains("*planned 8 min · skipped*"), "{en}");
}
