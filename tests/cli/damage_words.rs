//! What `export` and `add` say about damaged lines and refused files in `events/`:
//! in the interface language, how many, and the first few by file and line, never
//! more however many there are.

use super::*;

/// A session with two good contributions, and in `events/` another writer's segment
/// of `damaged` lines whose checksums do not match, and a link named `link.jsonl`.
fn session_with_damage(data: &Path, damaged: usize) -> String {
    let (id, folder) = forum_session(data);
    add_lines(data, &id, "ett\ntvå\n", 2);
    let segment = foreign_segment(&folder, &[]);
    let line = "00000000\t{\"id\":\"x\",\"event\":{}}\n";
    fs::write(&segment, line.repeat(damaged)).unwrap();
    let outside = data.join("outside.jsonl");
    fs::write(&outside, line).unwrap();
    std::os::unix::fs::symlink(&outside, folder.join("events").join("link.jsonl")).unwrap();
    id
}

/// `samtal export <id> -o -` in `lang`: its standard error.
fn export_stderr(data: &Path, id: &str, lang: &str) -> String {
    let output = samtal_in(data, lang)
        .args(["export", id, "-o", "-"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    stderr_of(&output)
}

#[test]
fn export_names_how_many_and_the_first_three_in_swedish() {
    let data = TempDir::new().unwrap();
    let id = session_with_damage(data.path(), 5);
    let segment = format!("{FOREIGN_WRITER:016x}.000001.jsonl");
    let sv = export_stderr(data.path(), &id, "sv_SE.UTF-8");
    assert!(sv.contains("6 oläsliga i events/: "), "{sv}");
    for n in 1..=3 {
        let named = format!("{segment} rad {n}: kontrollsumman stämmer inte");
        assert!(sv.contains(&named), "{named} in {sv}");
    }
    assert!(!sv.contains("rad 4"), "only the first three: {sv}");
    assert!(sv.contains("; och 3 till"), "{sv}");
    assert!(
        sv.contains("alla hela rader, före och efter dem, exporterades"),
        "{sv}"
    );
    for english in ["line", "checksum", "unreadable", "mismatch", "journal"] {
        assert!(!sv.contains(english), "{english} in {sv}");
    }
}

#[test]
fn export_names_how_many_and_the_first_three_in_english() {
    let data = TempDir::new().unwrap();
    let id = session_with_damage(data.path(), 2);
    let segment = format!("{FOREIGN_WRITER:016x}.000001.jsonl");
    let en = export_stderr(data.path(), &id, "C");
    assert!(en.contains("3 unreadable in events/: "), "{en}");
    assert!(
        en.contains(&format!(
            "{segment} line 1: checksum mismatch; {segment} line 2: checksum mismatch; \
             link.jsonl: a symbolic link, not a regular file"
        )),
        "{en}"
    );
    assert!(!en.contains("more"), "all three are named: {en}");
    assert!(
        en.contains("every good line, before and after them, was exported"),
        "{en}"
    );
}

#[test]
fn add_says_it_in_the_interface_language_too() {
    let data = TempDir::new().unwrap();
    let id = session_with_damage(data.path(), 4);
    let output = samtal_in(data.path(), "sv_SE.UTF-8")
        .args(["add", &id, "tre"])
        .output()
        .unwrap();
    assert!(output.status.success(), "{}", stderr_of(&output));
    let sv = stderr_of(&output);
    assert!(sv.contains("5 oläsliga i events/"), "{sv}");
    assert!(sv.contains("; och 2 till"), "{sv}");
    assert!(sv.contains("hoppades över"), "{sv}");
    assert!(!sv.contains("checksum"), "{sv}");
}

#[test]
fn thousands_of_damaged_lines_and_hostile_names_take_one_short_line() {
    let data = TempDir::new().unwrap();
    let id = session_with_damage(data.path(), 20_000);
    let folder = data.path().join("sessions").join(&id);
    let hostile = format!("\x1b[2J{}.jsonl", "ä".repeat(120));
    fs::write(folder.join("events").join(&hostile), "nonsense\n").unwrap();
    let en = export_stderr(data.path(), &id, "C");
    assert!(en.contains("20002 unreadable in events/"), "{en}");
    assert!(en.contains("; and 19999 more"), "{en}");
    assert_eq!(en.lines().count(), 1, "{en}");
    assert!(en.len() < 600, "{} bytes: {en}", en.len());
    assert!(!en.contains('\x1b'), "no terminal escapes: {en:?}");
}
