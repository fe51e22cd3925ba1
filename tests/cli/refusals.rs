//! The command line in the user's language, and refusals that name the file and
//! the reason: standard input that is not UTF-8, a line cut at the limit, a lock
//! held by another process, a folder that is not a whole session, no terminal.

use super::*;
use std::fs;
use std::process::Stdio;
use tempfile::TempDir;

const SV: &str = "sv_SE.UTF-8";
const EN: &str = "en_US.UTF-8";

#[test]
fn an_unknown_session_is_said_in_swedish_before_anything_else() {
    let data = TempDir::new().unwrap();
    let sessions = data.path().join("sessions");
    for args in [
        vec!["open", "x"],
        vec!["add", "x", "--kind", "okänd", "text"],
        vec!["export", "x", "-o", "a.pdf"],
        vec!["set", "x"],
        vec!["group", "x", "absent", "A"],
    ] {
        let output = samtal_in(data.path(), SV).args(&args).output().unwrap();
        assert_eq!(output.status.code(), Some(2), "{args:?}");
        assert_eq!(
            stderr_of(&output),
            format!(
                "samtal: ingen session 'x' i {} (se samtal list)\n",
                sessions.display()
            ),
            "{args:?}"
        );
    }
    let output = samtal_in(data.path(), EN)
        .args(["open", "x"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&output).starts_with("samtal: no session 'x' in "),
        "{}",
        stderr_of(&output)
    );
    // --lang sv wins over the locale.
    let output = samtal_in(data.path(), EN)
        .args(["--lang", "sv", "open", "x"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&output).starts_with("samtal: ingen session"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn list_headings_and_messages_are_swedish_but_saved_id_is_not() {
    let data = TempDir::new().unwrap();
    let output = samtal_in(data.path(), SV).arg("list").output().unwrap();
    assert!(
        stdout_of(&output).starts_with("Inga sessioner än i "),
        "{}",
        stdout_of(&output)
    );
    let (id, _) = new_session(data.path(), "Forum", &["Region Skåne"]);
    samtal_in(data.path(), SV)
        .args(["add", &id, "Hej"])
        .assert()
        .success()
        .stdout(saved(1));
    let output = samtal_in(data.path(), SV).arg("list").output().unwrap();
    let heading = stdout_of(&output).lines().next().unwrap().to_string();
    assert!(
        heading.contains("TITEL") && heading.contains("SENAST ÄNDRAD"),
        "{heading}"
    );
    let output = samtal_in(data.path(), SV)
        .args(["add", &id, "--kind", "klagomål", "x"])
        .output()
        .unwrap();
    assert!(
        stderr_of(&output).contains("okänd typ 'klagomål'"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn open_without_a_terminal_says_so_in_the_users_language() {
    let data = TempDir::new().unwrap();
    let (id, _) = new_session(data.path(), "Forum", &["Region Skåne"]);
    let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_samtal"));
    cmd.env("LANG", SV)
        .env_remove("LC_ALL")
        .env_remove("LC_MESSAGES")
        .env("SAMTAL_STATE_DIR", test_state_dir())
        .arg("--data-dir")
        .arg(data.path())
        .args(["open", &id])
        .stdin(Stdio::null());
    // Without a controlling terminal, /dev/tty cannot be opened either.
    // SAFETY: setsid is async-signal-safe and has no preconditions.
    unsafe {
        std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
            libc::setsid();
            Ok(())
        });
    }
    let output = cmd.output().unwrap();
    assert_eq!(output.status.code(), Some(1));
    assert!(
        stderr_of(&output).contains("samtal behöver en terminal"),
        "{}",
        stderr_of(&output)
    );
    assert!(
        stderr_of(&output).contains("samtal add"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn standard_input_that_is_not_utf8_is_refused_with_its_line_number() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &["Region Skåne"]);
    let output = samtal(data.path())
        .args(["add", &id])
        .write_stdin(&b"first line\n\xff\xfe\nthird\n"[..])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(is_saved(&stdout_of(&output), 1));
    let said = stderr_of(&output);
    assert!(said.contains("line 2 is not UTF-8"), "{said}");
    assert!(
        said.contains("saved from line 1; line 2 and the rest were not saved"),
        "{said}"
    );
    let texts: Vec<String> = events(&folder)
        .iter()
        .map(|e| e["text"].to_string())
        .collect();
    assert_eq!(texts, ["\"first line\""]);
    assert!(
        !String::from_utf8(segment_bytes(&folder))
            .unwrap()
            .contains('\u{FFFD}')
    );
}

#[test]
fn windows_1252_input_is_read_with_the_encoding_option() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &["Region Skåne"]);
    samtal(data.path())
        .args(["add", &id, "--encoding", "windows-1252"])
        .write_stdin(&b"Malm\xf6 och G\xe4vle\r\n"[..])
        .assert()
        .success()
        .stdout(saved(1));
    assert_eq!(events(&folder)[0]["text"], "Malmö och Gävle");
}

#[test]
fn a_line_cut_at_the_limit_says_how_much_was_kept() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &["Region Skåne"]);
    let long = "å".repeat(10_007);
    let output = samtal(data.path())
        .args(["add", &id, &long])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(is_saved(&stdout_of(&output), 1));
    let said = stderr_of(&output);
    assert!(said.contains("cut to 10000 characters"), "{said}");
    assert!(said.contains("7 characters were not saved"), "{said}");
    let kept = events(&folder)[0]["text"].as_str().unwrap().chars().count();
    assert_eq!(kept, 10_000);
    let help = samtal(data.path())
        .args(["add", "--help"])
        .output()
        .unwrap();
    assert!(
        stdout_of(&help).contains("10000 characters"),
        "{}",
        stdout_of(&help)
    );
}

#[test]
fn a_folder_without_its_session_file_is_named_with_the_reason() {
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &["Region Skåne"]);
    let (other, other_folder) = new_session(data.path(), "Annat", &["Region Skåne"]);
    fs::remove_file(folder.join("header.json")).unwrap();
    fs::remove_file(other_folder.join("header.json")).unwrap();
    fs::create_dir(other_folder.join("header.json")).unwrap();

    let output = samtal(data.path())
        .args(["add", &id, "x"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("header.json is missing"),
        "{}",
        stderr_of(&output)
    );
    let output = samtal_in(data.path(), SV)
        .args(["export", &other])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("header.json är en mapp"),
        "{}",
        stderr_of(&output)
    );

    let output = samtal(data.path()).arg("list").output().unwrap();
    assert!(output.status.success());
    let said = stderr_of(&output);
    assert!(
        said.contains(&format!("skipped {}", folder.display())),
        "{said}"
    );
    assert!(
        said.contains(&format!("skipped {}", other_folder.display())),
        "{said}"
    );
}

#[test]
fn samtal_data_dir_as_a_file_is_an_error_and_empty_means_unset() {
    let home = TempDir::new().unwrap();
    let file = home.path().join("a-file");
    fs::write(&file, "").unwrap();
    let run = |value: &std::path::Path| {
        assert_cmd::Command::cargo_bin("samtal")
            .unwrap()
            .env("LANG", "C")
            .env("HOME", home.path())
            .env_remove("XDG_DATA_HOME")
            .env("SAMTAL_DATA_DIR", value)
            .arg("list")
            .output()
            .unwrap()
    };
    let output = run(&file);
    assert_eq!(output.status.code(), Some(1));
    let said = stderr_of(&output);
    assert!(
        said.contains("SAMTAL_DATA_DIR") && said.contains("is a file"),
        "{said}"
    );
    let output = run(std::path::Path::new(""));
    assert!(output.status.success(), "{}", stderr_of(&output));
    assert!(
        stdout_of(&output).starts_with("No sessions yet in "),
        "{}",
        stdout_of(&output)
    );
    assert!(
        !stderr_of(&output).contains("--data-dir"),
        "{}",
        stderr_of(&output)
    );
}

#[test]
fn set_changes_the_subtitle_and_date_and_refuses_a_bad_date() {
    let data = TempDir::new().unwrap();
    let (id, _) = new_session(data.path(), "Regionträff Norr", &["Region Norrbotten"]);
    let output = samtal_in(data.path(), SV)
        .args(["set", &id, "--date", "20/11/2015"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(
        stderr_of(&output).contains("ÅÅÅÅ-MM-DD"),
        "{}",
        stderr_of(&output)
    );
    samtal(data.path())
        .args([
            "set",
            &id,
            "--subtitle",
            "Norrlandsträffen",
            "--date",
            "2015-11-21",
        ])
        .assert()
        .success();
    let md = common::minutes(data.path(), &id);
    assert!(md.contains("*Norrlandsträffen*"), "{md}");
    assert!(md.contains("21 november 2015"), "{md}");
    assert!(!md.contains("*Tjänstemannaforum*"), "{md}");
}

#[test]
fn not_saved_permission_denied_names_the_segment() {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        eprintln!("skipped: dropping to another user needs root");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let data = TempDir::new().unwrap();
    let (id, folder) = new_session(data.path(), "Forum", &["Region Skåne"]);
    // Readable by everyone, writable only by root; the other user's own state dir
    // (its device id and writer numbers) is its own.
    let events = folder.join("events");
    for dir in [data.path(), &data.path().join("sessions"), &folder, &events] {
        fs::set_permissions(dir, fs::Permissions::from_mode(0o755)).unwrap();
    }
    for file in ["header.json", ".stignore"] {
        fs::set_permissions(folder.join(file), fs::Permissions::from_mode(0o644)).unwrap();
    }
    let state = TempDir::new().unwrap();
    fs::set_permissions(state.path(), fs::Permissions::from_mode(0o755)).unwrap();
    std::os::unix::fs::chown(state.path(), Some(65534), None).unwrap();
    for (lang, reason) in [(SV, "inte sparat: "), ("C", "not saved: ")] {
        let mut cmd = std::process::Command::new(env!("CARGO_BIN_EXE_samtal"));
        cmd.env("LANG", lang)
            .env_remove("LC_ALL")
            .env_remove("LC_MESSAGES")
            .env("SAMTAL_STATE_DIR", state.path())
            .arg("--data-dir")
            .arg(data.path())
            .args(["add", &id, "hej"]);
        // SAFETY: only async-signal-safe calls between fork and exec.
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut cmd, || {
                if libc::setgroups(0, std::ptr::null()) != 0
                    || libc::setgid(65534) != 0
                    || libc::setuid(65534) != 0
                {
                    return Err(std::io::Error::last_os_error());
                }
                Ok(())
            });
        }
        let output = cmd.output().unwrap();
        assert_eq!(output.status.code(), Some(1));
        let said = stderr_of(&output);
        let segments = events.display().to_string();
        assert!(said.contains(&format!("{reason}{segments}/")), "{said}");
        assert!(said.contains("Permission denied"), "{said}");
    }
}

#[test]
fn a_command_line_clap_cannot_read_is_introduced_in_the_users_language() {
    let data = TempDir::new().unwrap();
    let output = samtal_in(data.path(), SV).arg("export").output().unwrap();
    assert_eq!(output.status.code(), Some(2));
    let said = stderr_of(&output);
    assert!(
        said.starts_with("samtal: kommandoraden kunde inte läsas"),
        "{said}"
    );
    assert!(said.contains("<SESSION>"), "{said}");
    let output = samtal_in(data.path(), SV).arg("--help").output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(stderr_of(&output).is_empty());
}
