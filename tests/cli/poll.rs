//! `--poll`: a global option, so it goes before or after any command; the help says
//! what it is for whatever the locale, and a command that opens nothing takes it
//! and works as without it.

use super::*;

#[test]
fn the_help_names_poll_and_what_it_is_for_in_either_locale() {
    let data = TempDir::new().unwrap();
    for lang in ["sv_SE.UTF-8", "C"] {
        for args in [&["--help"][..], &["open", "--help"], &["present", "--help"]] {
            let output = samtal_in(data.path(), lang).args(args).output().unwrap();
            assert_eq!(output.status.code(), Some(0), "{args:?}");
            let help = stdout_of(&output);
            assert!(help.contains("--poll"), "{lang} {args:?}: {help}");
            assert!(help.contains("network shares"), "{lang} {args:?}: {help}");
            if args == ["--help"] {
                assert!(help.contains("Ctrl+R"), "{help}");
            }
        }
    }
}

#[test]
fn poll_is_taken_before_or_after_any_command() {
    let data = TempDir::new().unwrap();
    let (id, _) = new_session(data.path(), "Forum", &["Region Skåne"]);
    samtal(data.path())
        .args(["--poll", "list"])
        .assert()
        .success()
        .stdout(predicate::str::contains(&id));
    samtal(data.path())
        .args(["add", &id, "--poll", "Via en nätverksdisk"])
        .assert()
        .success()
        .stdout(saved(1));
}

#[test]
fn poll_with_a_session_that_is_not_there_says_so_in_the_users_language() {
    let data = TempDir::new().unwrap();
    for (lang, words) in [("sv_SE.UTF-8", "ingen session"), ("C", "no session")] {
        for command in ["open", "present"] {
            let output = samtal_in(data.path(), lang)
                .args(["--poll", command, "2015-11-20-nothing"])
                .output()
                .unwrap();
            assert_eq!(output.status.code(), Some(2), "{lang} {command}");
            let said = stderr_of(&output);
            assert!(said.contains(words), "{lang} {command}: {said}");
        }
    }
}
