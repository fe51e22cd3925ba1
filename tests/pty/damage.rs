//! Opening a session whose folder holds damaged lines in another writer's file: the
//! footer says lines were skipped, how many and where, in the interface language,
//! and never that the app recovered from an interruption (there was none).

use super::*;

/// Another writer's segment of `lines` lines whose checksums do not match.
fn damage_another_writers_file(fixture: &Fixture, lines: usize) -> String {
    let segment = foreign_segment(&fixture.folder, &[]);
    std::fs::write(&segment, "00000000\t{}\n".repeat(lines)).unwrap();
    segment.file_name().unwrap().to_string_lossy().into_owned()
}

/// `samtal --lang <lang> open <id>` in a 100×30 pty.
fn open_in(fixture: &Fixture, lang: &str) -> Tty {
    let mut cmd = Command::new("sh");
    cmd.arg("-c")
        .arg(r#"stty cols 100 rows 30 || exit 97; exec "$0" --lang "$1" open "$2""#)
        .arg(BIN)
        .arg(lang)
        .arg(&fixture.id);
    Tty::spawn(lang, cmd, fixture.data.path())
}

#[test]
fn damaged_lines_in_another_writers_file_are_named_as_damage_in_swedish() {
    let fixture = Fixture::new();
    let segment = damage_another_writers_file(&fixture, 5);
    let mut tty = open_in(&fixture, "sv");
    let screen = tty.wait_for("the notice about the skipped lines", |s| {
        s.contains("Skadade rader hoppades över: 5 oläsliga i events/")
    });
    assert!(
        screen.contains(&format!("{segment} rad 1:"))
            && screen.contains(&format!("{segment} rad 2: "))
            && screen.contains("kontrollsumman stämmer inte"),
        "the first is named:\n{}",
        screen.rows().collect::<Vec<_>>().join("\n")
    );
    assert!(
        !screen.contains("Återställt"),
        "no interruption was recovered"
    );
    assert!(!screen.contains("checksum"), "the reason is in Swedish");
    tty.quit("Ctrl+Q");
}

#[test]
fn damaged_lines_in_another_writers_file_are_named_as_damage_in_english() {
    let fixture = Fixture::new();
    let segment = damage_another_writers_file(&fixture, 2);
    let mut tty = open_in(&fixture, "en");
    let screen = tty.wait_for("the notice about the skipped lines", |s| {
        s.contains("Damaged lines skipped: 2 unreadable in events/")
    });
    assert!(
        screen.contains(&format!("{segment} line 1: "))
            && screen.contains(&format!("{segment} line 2: checksum mismatch")),
        "the first is named:\n{}",
        screen.rows().collect::<Vec<_>>().join("\n")
    );
    assert!(
        !screen.contains("Recovered"),
        "no interruption was recovered"
    );
    tty.quit("Ctrl+Q");
}

#[test]
fn damaged_lines_arriving_while_the_app_is_open_are_named_once_they_land() {
    let fixture = Fixture::new();
    let mut tty = open_in(&fixture, "sv");
    tty.wait_for("the first frame", |s| s.contains("F1 hjälp"));
    let segment = damage_another_writers_file(&fixture, 2);
    let screen = tty.wait_for("the notice about the lines that landed", |s| {
        s.contains("Skadade rader hoppades över: 2 oläsliga i events/")
    });
    assert!(
        screen.contains(&format!("{segment} rad 1: ")),
        "the first is named:\n{}",
        screen.rows().collect::<Vec<_>>().join("\n")
    );
    tty.quit("Ctrl+Q");
}
