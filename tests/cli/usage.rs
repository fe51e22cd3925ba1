//! `--help`, bad usage, `export` and `set`.

use super::*;

#[test]
fn help_mentions_every_subcommand_and_add_help_mentions_saved() {
    let data = TempDir::new().unwrap();
    let output = samtal(data.path()).arg("--help").output().unwrap();
    assert!(output.status.success());
    let stdout = stdout_of(&output);
    let commands: BTreeSet<&str> = stdout
        .lines()
        .filter(|l| l.starts_with("  ") && !l.trim_start().starts_with('-'))
        .filter_map(|l| l.split_whitespace().next())
        .collect();
    for command in ["new", "open", "list", "add", "agenda", "device"] {
        assert!(commands.contains(command), "{command} missing:\n{stdout}");
    }
    assert!(stdout.contains("Exit codes"), "{stdout}");

    samtal(data.path())
        .args(["add", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("saved"))
        .stdout(predicate::str::contains("--kind"))
        .stdout(predicate::str::contains("--item"))
        .stdout(predicate::str::contains("--group"));

    samtal(data.path())
        .args(["agenda", "--help"])
        .assert()
        .success()
        .stdout(predicate::str::contains("check"))
        .stdout(predicate::str::contains("show"));

    assert!(!data.path().join("sessions").exists());
}

#[test]
fn bad_usage_exits_2() {
    let data = TempDir::new().unwrap();
    samtal(data.path())
        .args(["--lang", "fi", "list"])
        .assert()
        .code(2)
        .stderr(predicate::str::contains("sv or en"));
    samtal(data.path())
        .arg("frobnicate")
        .assert()
        .code(2)
        .stdout("");
    samtal(data.path()).arg("add").assert().code(2).stdout("");
}

#[test]
fn export_writes_every_format_into_the_session_folder_or_where_asked() {
    let data = tempfile::tempdir().unwrap();
    let (id, folder) = forum_session(data.path());
    samtal(data.path())
        .args(["add", &id, "Snabbare validering – Skåne"])
        .assert()
        .success();
    for format in ["md", "html", "docx", "csv", "xlsx", "json"] {
        let out = samtal(data.path())
            .args(["export", &id, "-f", format])
            .output()
            .unwrap();
        assert!(out.status.success(), "{format}: {}", stderr_of(&out));
        let file = folder.join(format!("minutes.{format}"));
        assert_eq!(stdout_of(&out).trim(), file.display().to_string());
        assert!(file.is_file());
    }
    // A bare file name lands in the working folder.
    let cwd = tempfile::tempdir().unwrap();
    let out = samtal(data.path())
        .current_dir(cwd.path())
        .args(["export", &id, "--lang", "sv", "-o", "protokoll.md"])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let md = fs::read_to_string(cwd.path().join("protokoll.md")).unwrap();
    assert!(md.starts_with("# Minnesanteckningar: "), "{md}");
    assert!(md.contains("Snabbare validering – Skåne"));
    // To standard output, and an unknown format refused.
    let out = samtal(data.path())
        .args(["export", &id, "-f", "csv", "-o", "-"])
        .output()
        .unwrap();
    assert!(out.stdout.starts_with("\u{feff}".as_bytes()));
    let out = samtal(data.path())
        .args(["export", &id, "-f", "pdf"])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr_of(&out).contains("md, html, docx, csv, xlsx or json"));
}

#[test]
fn set_changes_the_details_and_refuses_an_empty_title() {
    let data = tempfile::tempdir().unwrap();
    let (id, _) = forum_session(data.path());
    let out = samtal(data.path())
        .args([
            "set",
            &id,
            "--place",
            "Rosenbad",
            "--moderator",
            "Åsa",
            "--note-taker",
            "Per",
            "--note-taker",
            "Lena",
        ])
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", stderr_of(&out));
    let md = stdout_of(
        &samtal(data.path())
            .args(["export", &id, "-o", "-"])
            .output()
            .unwrap(),
    );
    assert!(md.contains("- **Place:** Rosenbad"), "{md}");
    assert!(md.contains("- **Moderator:** Åsa"));
    assert!(md.contains("- **Note-takers:** Per, Lena"));
    let out = samtal(data.path())
        .args(["set", &id, "--title", " "])
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr_of(&out).contains("title cannot be empty"),
        "{}",
        stderr_of(&out)
    );
    let out = samtal(data.path()).args(["set", &id]).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
}
