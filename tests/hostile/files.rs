//! Files and names made to hurt: escape sequences quoted back by error messages,
//! folder names and group names with control characters, segments of hundreds of
//! megabytes, headers with impossible values, and text XML cannot hold.

use super::*;
use common::{foreign_segment, new_session, samtal};
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};
use tempfile::TempDir;

fn session(data: &Path) -> (String, PathBuf) {
    new_session(data, "Mål", &["Region Skåne"])
}

/// No escape, bell or bidi control in what reaches the terminal.
fn assert_terminal_safe(what: &str, bytes: &[u8]) {
    let text = String::from_utf8_lossy(bytes);
    for bad in ['\u{1b}', '\u{7}', '\u{9b}', '\u{202e}', '\u{2066}'] {
        assert!(!text.contains(bad), "{what} printed {bad:?} raw: {text:?}");
    }
}

#[test]
fn an_escape_sequence_in_a_valid_record_never_reaches_the_terminal() {
    let data = TempDir::new().unwrap();
    let (id, folder) = session(data.path());
    let hostile = serde_json::json!({
        "type": "\u{1b}]0;pwned\u{7}\u{1b}[2J",
        "at": "2015-11-20T13:00:00+01:00"
    });
    for args in [
        vec!["export", id.as_str(), "-o", "-"],
        vec!["open", id.as_str()],
        vec!["add", id.as_str(), "efter"],
    ] {
        foreign_segment(&folder, std::slice::from_ref(&hostile));
        let output = samtal(data.path()).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        // Without a terminal, `open` stops before it reads the session (it says the app
        // needs one); the app itself shows the damage in its footer, made safe there.
        // The others name the line and why it was skipped, never quoting the record.
        let reported = if args[0] == "open" {
            "terminal"
        } else {
            "line 1: not a readable event"
        };
        assert!(
            stderr.contains(reported),
            "{args:?}: the damage is reported: {stderr}"
        );
        assert_terminal_safe(&format!("{args:?} stderr"), &output.stderr);
        if args[0] != "export" {
            assert_terminal_safe(&format!("{args:?} stdout"), &output.stdout);
        }
    }
}

#[test]
fn list_never_prints_a_folder_name_raw() {
    let data = TempDir::new().unwrap();
    let (_, folder) = session(data.path());
    let renamed = folder.with_file_name("2015-11-20-\u{1b}[2J\u{1b}]0;pwned\u{7}");
    fs::rename(&folder, &renamed).unwrap();
    let output = samtal(data.path()).arg("list").output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("pwned"));
    assert_terminal_safe("list", &output.stdout);
    assert_terminal_safe("list", &output.stderr);
}

#[test]
fn a_group_name_with_a_right_to_left_override_is_not_echoed_raw() {
    let data = TempDir::new().unwrap();
    let (id, _) = session(data.path());
    let output = samtal(data.path())
        .args([
            "add",
            &id,
            "--new-group",
            "--group",
            "Region \u{202e}ondeB",
            "text",
        ])
        .output()
        .unwrap();
    assert!(output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("added the group"), "{stderr}");
    assert_terminal_safe("add --group", &output.stderr);
}

#[test]
fn a_segment_beyond_the_size_limit_is_skipped_at_once_said_and_never_copied() {
    let data = TempDir::new().unwrap();
    let (id, folder) = session(data.path());
    let journal = foreign_segment(&folder, &[]);
    // Sparse: costs no disk, but 300 MiB to whoever reads it.
    fs::File::options()
        .write(true)
        .open(&journal)
        .unwrap()
        .set_len(300 << 20)
        .unwrap();
    let started = Instant::now();
    let output = samtal(data.path()).args(["list"]).output().unwrap();
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains(&id));
    // What other writers wrote is never a reason to stop this one: the file is
    // skipped, and said to be.
    for args in [vec!["add", &id, "x"], vec!["export", &id, "-o", "-"]] {
        let output = samtal(data.path()).args(&args).output().unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(output.status.success(), "{args:?}: {stderr}");
        assert!(stderr.contains("256 MiB"), "{args:?}: {stderr}");
    }
    assert!(
        started.elapsed() < Duration::from_secs(5),
        "{:?}",
        started.elapsed()
    );
    let names: Vec<String> = fs::read_dir(&folder)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(!names.iter().any(|n| n.contains("corrupt")), "{names:?}");
    assert_eq!(
        fs::metadata(&journal).unwrap().len(),
        300 << 20,
        "left as it was"
    );
}

/// Replaces one value in header.json (a JSON pointer) and returns the file's bytes.
fn set_in_header(folder: &Path, pointer: &str, value: serde_json::Value) -> Vec<u8> {
    let path = folder.join("header.json");
    let mut json: serde_json::Value = serde_json::from_slice(&fs::read(&path).unwrap()).unwrap();
    *json.pointer_mut(pointer).unwrap() = value;
    let bytes = serde_json::to_vec_pretty(&json).unwrap();
    fs::write(&path, &bytes).unwrap();
    bytes
}

#[test]
fn impossible_values_in_the_header_are_refused_as_damage_by_every_command() {
    let cases: [(&str, serde_json::Value); 3] = [
        (
            "/base/clock/spent_seconds",
            serde_json::json!({ "welcome": -1e17 as i64 }),
        ),
        (
            "/base/created_at",
            serde_json::json!("0001-01-01T00:00:00+00:00"),
        ),
        (
            "/base/last_change",
            serde_json::json!("+200000-01-01T00:00:00+00:00"),
        ),
    ];
    for (pointer, value) in cases {
        let data = TempDir::new().unwrap();
        let (id, folder) = session(data.path());
        let bytes = set_in_header(&folder, pointer, value.clone());
        for args in [
            vec!["add", id.as_str(), "x"],
            vec!["export", id.as_str(), "-o", "-"],
            vec!["open", id.as_str()],
        ] {
            let output = samtal(data.path()).args(&args).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            assert_eq!(
                output.status.code(),
                Some(2),
                "{pointer} {args:?}: {stderr}"
            );
            assert!(
                stderr.contains("cannot be read"),
                "{pointer} {args:?}: {stderr}"
            );
        }
        let output = samtal(data.path()).args(["list"]).output().unwrap();
        assert!(
            String::from_utf8_lossy(&output.stderr).contains("skipped"),
            "{pointer}"
        );
        assert_eq!(
            fs::read(folder.join("header.json")).unwrap(),
            bytes,
            "left as it was"
        );
    }
}

fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\u{9}' | '\u{A}' | '\u{D}'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

#[test]
fn docx_parts_hold_only_xml_characters_whatever_the_text() {
    let data = TempDir::new().unwrap();
    let (id, folder) = session(data.path());
    // Every class outside XML 1.0's Char: C0 controls but tab, LF and CR; U+FFFE and
    // U+FFFF. Plus neighbours that are allowed, to see they survive.
    let mut hostile = String::new();
    for c in (0u32..0x20).chain([
        0x7f, 0x85, 0x9f, 0xfdd0, 0xfffd, 0xfffe, 0xffff, 0x1fffe, 0x10ffff,
    ]) {
        hostile.push(char::from_u32(c).unwrap());
        hostile.push('|');
    }
    samtal(data.path())
        .args(["add", &id, "ett"])
        .assert()
        .success();
    // Straight into a segment: `add` would clean control characters away.
    let event = serde_json::json!({
        "type": "contribution_added", "id": 2, "item": "welcome", "group": 1,
        "kind": "action", "text": hostile, "at": "2015-11-20T13:00:00+01:00"});
    foreign_segment(&folder, &[event]);
    samtal(data.path())
        .args(["set", &id, "--moderator", "\u{fffe}\u{ffff}"])
        .assert()
        .success();
    let out = data.path().join("m.docx");
    samtal(data.path())
        .args(["export", &id, "--format", "docx", "-o"])
        .arg(&out)
        .assert()
        .success();
    let bytes = fs::read(&out).unwrap();
    let mut checked = 0;
    for name in part_names(&bytes) {
        if !name.ends_with(".xml") && !name.ends_with(".rels") {
            continue;
        }
        let text = zip_part(&bytes, &name);
        if let Some(bad) = text.chars().find(|c| !is_xml_char(*c)) {
            panic!("{name} holds U+{:04X}", bad as u32);
        }
        checked += 1;
    }
    assert!(checked > 3);
}
