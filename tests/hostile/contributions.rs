//! Contributions and agenda texts full of escapes, controls and very long lines.

use super::*;

#[test]
fn hostile_contributions_are_stored_clean_and_every_export_works() {
    let outer = TempDir::new().unwrap();
    let data = outer.path().join("data");
    let (id, folder) = new_skane_session(&data, &["--title", "Fientlig indata"]);

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
        // Bytes that are not UTF-8 are refused (tests/cli/refusals.rs); replacement
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
    let count = lines.len();
    samtal_bounded(&data)
        .args(["add", &id])
        .write_stdin(input)
        .assert()
        .success()
        .stdout(predicates::function::function(move |out: &str| {
            common::is_saved(out, count)
        }));
    samtal_bounded(&data)
        .args(["add", &id, "\u{1b}[31mröd\u{1b}[0m via argv\u{7}"])
        .assert()
        .success()
        .stdout(predicates::function::function(|out: &str| {
            common::is_saved(out, 1)
        }));

    let loaded = samtal::store::load(&folder).unwrap();
    assert!(loaded.bad_tail.is_none());
    let texts = contribution_texts(&loaded.session);
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
        let output = samtal_bounded(&data)
            .args(["export", &id, "-f", format, "-o", "-"])
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{format}: {:?} {}",
            output.status,
            stderr_lossy(&output)
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
    samtal_bounded(&data)
        .args(["export", &id, "-f", "docx", "-o"])
        .arg(&docx)
        .assert()
        .success();
    let xml = zip_part(&fs::read(&docx).unwrap(), "word/document.xml");
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
    let output = samtal_bounded(&data)
        .args(["new", "--no-tui", "--group", "A", "--agenda"])
        .arg(&file)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2), "{}", stderr_lossy(&output));
    assert!(
        !data.join("sessions").exists()
            || fs::read_dir(data.join("sessions"))
                .unwrap()
                .next()
                .is_none()
    );

    let (id, folder) = new_skane_session(&data, &["--title", "Ärende"]);
    let snapshot = folder.join("header.json");
    let text = fs::read_to_string(&snapshot).unwrap();
    let poisoned = text.replacen("\"Välkommen\"", "\"Välkommen \\u001b[2J\"", 1);
    assert_ne!(text, poisoned);
    fs::write(&snapshot, &poisoned).unwrap();
    for format in ["md", "csv"] {
        let output = samtal_bounded(&data)
            .args(["export", &id, "-f", format, "-o", "-"])
            .output()
            .unwrap();
        assert_eq!(
            output.status.code(),
            Some(2),
            "{format}: {}",
            stderr_lossy(&output)
        );
        assert!(output.stdout.is_empty());
        assert!(control_bytes_in(&output.stderr).is_empty());
    }
    assert_eq!(fs::read_to_string(&snapshot).unwrap(), poisoned);
}
