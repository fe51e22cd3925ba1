//! `samtal export`: the file name's extension picks the format, and `--all` writes
//! every format at once.

use super::*;
use std::fs;
use tempfile::TempDir;

fn session_with_a_line() -> (TempDir, String, std::path::PathBuf) {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &["Region Skåne"]);
    add(data.path(), &id, "Hej");
    (data, id, folder)
}

#[test]
fn the_extension_of_the_output_picks_the_format() {
    let (data, id, _) = session_with_a_line();
    let out = TempDir::new().unwrap();
    for (name, starts) in [
        ("guess.docx", &b"PK"[..]),
        ("page.HTM", b"<!DOCTYPE html>"),
        ("rows.csv", "\u{feff}".as_bytes()),
        ("doc.json", b"{"),
        ("notes.md", b"# "),
        ("no-extension", b"# "),
    ] {
        let path = out.path().join(name);
        let output = samtal(data.path())
            .args(["export", &id, "-o"])
            .arg(&path)
            .output()
            .unwrap();
        assert!(output.status.success(), "{name}: {}", stderr_of(&output));
        let bytes = fs::read(&path).unwrap();
        assert!(
            bytes.starts_with(starts),
            "{name}: {:?}",
            &bytes[..8.min(bytes.len())]
        );
    }
}

#[test]
fn an_unknown_extension_and_a_contradicting_format_are_refused() {
    let (data, id, _) = session_with_a_line();
    let out = TempDir::new().unwrap();
    let output = samtal(data.path())
        .args(["export", &id, "-o"])
        .arg(out.path().join("minutes.pdf"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("md, html, docx, csv, xlsx or json"),
        "{}",
        stderr_of(&output)
    );
    let output = samtal(data.path())
        .args(["export", &id, "--format", "html", "-o"])
        .arg(out.path().join("minutes.docx"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("contradicts"),
        "{}",
        stderr_of(&output)
    );
    assert_eq!(
        fs::read_dir(out.path()).unwrap().count(),
        0,
        "nothing written"
    );
}

#[test]
fn all_writes_every_format_into_the_session_folder_or_a_given_folder() {
    let (data, id, folder) = session_with_a_line();
    samtal(data.path())
        .args(["export", &id, "--all"])
        .assert()
        .success();
    for ext in ["md", "html", "docx", "csv", "json"] {
        assert!(folder.join(format!("minutes.{ext}")).is_file(), "{ext}");
    }
    let out = TempDir::new().unwrap();
    let output = samtal(data.path())
        .args(["export", &id, "--all", "--lang", "sv", "-o"])
        .arg(out.path())
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let mut names: Vec<String> = fs::read_dir(out.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    assert_eq!(
        names,
        [
            "minnesanteckningar.csv",
            "minnesanteckningar.docx",
            "minnesanteckningar.html",
            "minnesanteckningar.json",
            "minnesanteckningar.md",
            "minnesanteckningar.xlsx"
        ]
    );
    let output = samtal(data.path())
        .args(["export", &id, "--all", "--format", "md"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
}

/// Standard output whose reader is already gone, as with `| head -1` once `head` has
/// its line: the write end of a pipe whose read end is closed.
fn stdout_nobody_reads() -> std::process::Stdio {
    use std::os::fd::FromRawFd;
    let mut fds = [0; 2];
    // SAFETY: pipe fills two descriptors we then own.
    assert_eq!(unsafe { libc::pipe(fds.as_mut_ptr()) }, 0);
    // SAFETY: the read end is ours and is closed once.
    unsafe { libc::close(fds[0]) };
    // SAFETY: the write end is ours; Stdio takes it over.
    unsafe { std::process::Stdio::from_raw_fd(fds[1]) }
}

#[test]
fn a_reader_that_goes_away_is_not_an_error() {
    let (data, id, _) = session_with_a_line();
    let out = TempDir::new().unwrap();
    let runs: [Vec<std::ffi::OsString>; 3] = [
        vec![
            "export".into(),
            id.clone().into(),
            "--all".into(),
            "-o".into(),
            out.path().into(),
        ],
        vec!["agenda".into(), "show".into()],
        vec!["group".into(), id.clone().into()],
    ];
    for args in runs {
        let output = samtal_process(data.path())
            .args(&args)
            .stdout(stdout_nobody_reads())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(!stderr.contains("panicked"), "{args:?}: {stderr}");
        assert_eq!(output.status.code(), Some(0), "{args:?}: {stderr}");
    }
    assert!(
        out.path().join("minutes.xlsx").is_file()
            || out.path().join("minnesanteckningar.xlsx").is_file()
    );
}
