//! `samtal export` with --order, --no-times, --delimiter and --format xlsx, on a copy
//! of the example session that ships with samtal.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

mod common;
use common::{part_names, samtal};
use std::path::{Path, PathBuf};

fn example_copy(dir: &Path) -> PathBuf {
    let source =
        Path::new(env!("CARGO_MANIFEST_DIR")).join("sessions/2015-11-20-integration-for-tillvaxt");
    let target = dir.join("forum");
    copy_folder(&source, &target);
    target
}

/// The folder with everything in it (a session's segments are in `events/`).
fn copy_folder(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(from).unwrap() {
        let entry = entry.unwrap();
        if entry.file_type().unwrap().is_dir() {
            copy_folder(&entry.path(), &to.join(entry.file_name()));
        } else {
            std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
        }
    }
}

/// `samtal export <forum> <args> -o -`, its exit code and standard output and error.
fn export(args: &[&str]) -> (Option<i32>, Vec<u8>, String) {
    let dir = tempfile::tempdir().unwrap();
    let forum = example_copy(dir.path());
    let out = samtal(&dir.path().join("data"))
        .arg("export")
        .arg(&forum)
        .args(args)
        .args(["-o", "-"])
        .output()
        .unwrap();
    (
        out.status.code(),
        out.stdout,
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

fn text(args: &[&str]) -> String {
    let (code, stdout, stderr) = export(args);
    assert_eq!(code, Some(0), "{args:?}: {stderr}");
    String::from_utf8(stdout).unwrap()
}

#[test]
fn order_time_and_no_times_change_the_markdown() {
    let by_group = text(&[]);
    assert!(
        by_group.contains("### Region Skåne\n\n- 13:01 · synpunkt — Bra att"),
        "{by_group}"
    );
    let by_time = text(&["--order", "time"]);
    assert!(
        !by_time.contains("### Region Skåne"),
        "no group headings in time order"
    );
    assert!(
        by_time.contains("- 13:01 · Region Skåne · synpunkt — Bra att"),
        "{by_time}"
    );
    let plain = text(&["--no-times"]);
    assert!(plain.contains("- synpunkt — Bra att"), "{plain}");
    assert!(!plain.contains("ändrad"), "{plain}");
    let both = text(&["--order", "time", "--no-times", "-f", "html"]);
    assert!(
        both.contains("<span class=\"meta\">Region Skåne · synpunkt</span> — Bra att"),
        "{both}"
    );
}

#[test]
fn the_csv_delimiter_follows_the_language_unless_given() {
    assert!(text(&["-f", "csv"]).starts_with("\u{feff}session;punkt_id;"));
    assert!(text(&["-f", "csv", "--lang", "en"]).starts_with("\u{feff}session,item_id,"));
    assert!(text(&["-f", "csv", "--delimiter", ","]).starts_with("\u{feff}session,punkt_id,"));
    assert!(text(&["-f", "csv", "--delimiter", "tab"]).starts_with("\u{feff}session\tpunkt_id\t"));
    let csv = text(&["-f", "csv", "--no-times", "--order", "time"]);
    assert!(
        csv.starts_with(
            "\u{feff}session;punkt_id;punkt;grupp;typ;text;ansvarig;klart_senast;prickar;teman\r\n"
        ),
        "{csv}"
    );
}

#[test]
fn bad_choices_are_refused_with_exit_code_2() {
    for args in [
        &["--order", "alphabet"][..],
        &["-f", "csv", "--delimiter", "|"],
        &["-f", "md", "--delimiter", ";"],
    ] {
        let (code, stdout, stderr) = export(args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stdout.is_empty());
    }
}

#[test]
fn format_xlsx_writes_a_workbook() {
    let (code, bytes, stderr) = export(&["-f", "xlsx"]);
    assert_eq!(code, Some(0), "{stderr}");
    assert!(bytes.starts_with(b"PK\x03\x04"), "a zip package");
    let names = part_names(&bytes);
    for part in [
        "xl/workbook.xml",
        "xl/worksheets/sheet3.xml",
        "docProps/core.xml",
    ] {
        assert!(names.iter().any(|n| n == part), "{names:?}");
    }
}
