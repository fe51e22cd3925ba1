//! What `--help` says, against what the commands do now: several writers share a
//! session (no command is refused because another has it open), and the help is the
//! same under a Swedish locale, `--lang sv` and `LANG=C`.

use super::*;

const COMMANDS: [&str; 12] = [
    "new", "open", "list", "add", "vote", "group", "export", "set", "present", "device", "merge",
    "agenda",
];

/// `samtal <args> --help` under `lang`, then any extra arguments: its standard output.
fn help(data: &Path, lang: &str, args: &[&str]) -> String {
    let output = samtal_in(data, lang)
        .args(args)
        .arg("--help")
        .output()
        .unwrap();
    assert!(output.status.success(), "{args:?}: {}", stderr_of(&output));
    stdout_of(&output)
}

/// The help's words on one line: clap wraps them at the terminal's width.
fn flat(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

#[test]
fn no_help_says_a_command_is_refused_while_another_copy_has_the_session_open() {
    let data = TempDir::new().unwrap();
    for command in [&[][..], &["add"]]
        .into_iter()
        .chain(COMMANDS.iter().map(std::slice::from_ref))
    {
        let english = help(data.path(), "C", command);
        assert_eq!(help(data.path(), "sv_SE.UTF-8", command), english);
        let with_lang: Vec<&str> = ["--lang", "sv"].iter().chain(command).copied().collect();
        assert_eq!(help(data.path(), "C", &with_lang), english);
        for stale in ["another copy of samtal", "journal", "Refused while"] {
            assert!(
                !english.contains(stale),
                "{command:?} says {stale:?}:\n{english}"
            );
        }
    }
}

#[test]
fn the_help_says_what_add_group_export_and_merge_do_now() {
    let data = TempDir::new().unwrap();
    let top = flat(&help(data.path(), "C", &[]));
    assert!(
        top.contains("3 `merge` into a version 1 session folder that an older samtal has open"),
        "{top}"
    );
    let add = flat(&help(data.path(), "C", &["add"]));
    assert!(add.contains("Works while the app"), "{add}");
    assert!(add.contains("each writes events of its own"), "{add}");
    let group = flat(&help(data.path(), "C", &["group"]));
    assert!(
        group.contains("undoes only what was done in the app"),
        "{group}"
    );
    let export = flat(&help(data.path(), "C", &["export"]));
    assert!(export.contains(".csv, .xlsx, .json"), "{export}");
    let merge = flat(&help(data.path(), "C", &["merge"]));
    assert!(
        merge.contains(".stignore gets the local-only names"),
        "{merge}"
    );
    assert!(merge.contains("exit 3"), "{merge}");
    let set = help(data.path(), "C", &["set"]);
    for option in [
        "--title <TITLE>",
        "--place <PLACE>",
        "--moderator <MODERATOR>",
    ] {
        let line = set.lines().find(|l| l.contains(option)).unwrap();
        assert!(
            line.trim_end().len() > line.find(option).unwrap() + option.len(),
            "{option} has words: {set}"
        );
    }
}
