//! Session arguments that point outside the data dir.

use super::*;

#[test]
fn session_arguments_outside_the_data_dir_are_refused_and_create_nothing() {
    let outer = TempDir::new().unwrap();
    let data = outer.path().join("data");
    let cwd = outer.path().join("cwd");
    fs::create_dir(&cwd).unwrap();
    let (_, folder) = new_skane_session(&data, &["--title", "Riktig"]);
    let snapshot = fs::read(folder.join("header.json")).unwrap();
    let before = walk(outer.path());

    let args = ["../x", "/etc", ".", "", "..", "/", "../data", "~", "-"];
    for command in ["open", "add", "export"] {
        for arg in args {
            let mut cmd = samtal_bounded(&data);
            cmd.current_dir(&cwd).arg(command);
            if arg == "-" {
                cmd.arg("--");
            }
            cmd.arg(arg);
            if command == "add" {
                cmd.arg("ett bidrag");
            }
            let output = cmd.output().unwrap();
            assert_eq!(
                output.status.code(),
                Some(2),
                "{command} {arg:?}: {:?} {}",
                output.status,
                stderr_lossy(&output)
            );
            assert!(
                output.stdout.is_empty(),
                "{command} {arg:?}: {:?}",
                String::from_utf8_lossy(&output.stdout)
            );
            let stderr = stderr_lossy(&output);
            assert!(
                stderr.starts_with("samtal: "),
                "{command} {arg:?}: {stderr}"
            );
            assert_eq!(stderr.lines().count(), 1, "{command} {arg:?}: {stderr}");
            assert!(
                stderr.contains("session"),
                "{command} {arg:?} gives no clear reason: {stderr}"
            );
            assert!(
                !stderr.contains('\u{1b}'),
                "{command} {arg:?} started the terminal app"
            );
            assert_eq!(
                walk(outer.path()),
                before,
                "{command} {arg:?} created something"
            );
        }
    }
    assert_eq!(fs::read(folder.join("header.json")).unwrap(), snapshot);
}

#[test]
fn an_empty_session_argument_says_what_was_given() {
    let data = TempDir::new().unwrap();
    let cwd = TempDir::new().unwrap();
    for command in ["open", "add", "export"] {
        let output = samtal_bounded(data.path())
            .current_dir(cwd.path())
            .args([command, ""])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{command}");
        let stderr = stderr_lossy(&output);
        // "samtal: : not a samtal session folder" names nothing the reader can see.
        assert!(
            !stderr.starts_with("samtal: : "),
            "{command} '': unclear message {stderr:?}"
        );
    }
}
