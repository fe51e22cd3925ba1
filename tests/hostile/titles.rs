//! Titles that look like paths or carry a NUL.

use super::*;

#[test]
fn hostile_titles_give_one_ascii_folder_inside_the_sessions_dir_and_nothing_else() {
    let outer = TempDir::new().unwrap();
    let data = outer.path().join("data");
    let cwd = outer.path().join("cwd");
    fs::create_dir(&cwd).unwrap();
    let sessions = data.join("sessions");

    let long = "ö".repeat(300);
    let titles = [
        "../../etc/passwd",
        "CON",
        "a/b",
        long.as_str(),
        "\u{202e}",
        "\u{202e}gpj.exe",
        "..",
        ".",
        "/",
        "~",
        "-rf",
        "\u{1b}[2J\u{1b}]0;pwned\u{7}",
    ];
    let mut expected = BTreeSet::from([PathBuf::from("cwd"), PathBuf::from("data")]);
    expected.insert(PathBuf::from("data/sessions"));
    for title in titles {
        let output = samtal_bounded(&data)
            .current_dir(&cwd)
            .args(["new", "--no-tui", "--group", "A"])
            .arg(format!("--title={title}"))
            .output()
            .unwrap();
        assert!(
            output.status.success(),
            "{title:?}: {:?} {}",
            output.status,
            stderr_lossy(&output)
        );
        let stdout = String::from_utf8(output.stdout).unwrap();
        let (id, folder) = stdout
            .trim_end_matches('\n')
            .split_once('\t')
            .unwrap_or_else(|| panic!("{title:?}: {stdout:?}"));
        assert!(is_id(id), "{title:?} gave the id {id:?}");
        assert!(id.len() <= 80, "{title:?} gave the id {id:?}");
        assert!(!id.starts_with('.') && !id.starts_with('-'), "{id:?}");
        let folder = PathBuf::from(folder);
        assert_eq!(folder, sessions.join(id), "{title:?}");
        assert_eq!(
            fs::canonicalize(folder.parent().unwrap()).unwrap(),
            fs::canonicalize(&sessions).unwrap(),
            "{title:?}"
        );
        let relative = Path::new("data/sessions").join(id);
        assert!(expected.insert(relative.clone()), "{title:?}: {id} twice");
        for file in ["header.json", ".stignore", "events"] {
            expected.insert(relative.join(file));
        }
        // The title is kept as text, without its control characters.
        let loaded = samtal::store::load(&folder).unwrap();
        assert!(
            !loaded.session.title.chars().any(char::is_control),
            "{:?}",
            loaded.session.title
        );
    }
    expected.insert(PathBuf::from("data/.stignore"));
    assert_eq!(walk(outer.path()), expected);
}

#[test]
fn a_nul_in_a_title_never_reaches_the_slug() {
    // A NUL cannot go through argv; the slug is the only place a title becomes a name.
    use samtal::store::paths::{is_valid_id, slug};
    assert_eq!(slug("a\0b"), "a-b");
    for title in ["\0", "\0\0..\0/", "a\0/../b", "\0\u{202e}\u{1b}"] {
        let s = slug(title);
        assert!(is_valid_id(&s) && !s.contains('\0'), "{title:?} → {s:?}");
    }
}
