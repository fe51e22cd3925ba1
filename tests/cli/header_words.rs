//! A damaged `header.json` (or a version 1 `session.json`) is said in the interface
//! language, naming the file: never the JSON parser's English, never the file's bytes.

use super::*;

/// `samtal <args>` in `lang`: its exit code and standard error.
fn refused(data: &Path, lang: &str, args: &[&str]) -> (Option<i32>, String) {
    let output = samtal_in(data, lang).args(args).output().unwrap();
    assert!(output.stdout.is_empty(), "{args:?}: {:?}", output.stdout);
    (output.status.code(), stderr_of(&output))
}

/// The parser's own words for a cut-off file, which no message may carry.
const PARSER_WORDS: [&str; 3] = ["EOF", "while parsing", "column 4"];

#[test]
fn a_header_cut_in_the_middle_is_said_in_swedish_and_in_english() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let header = folder.join("header.json");
    let whole = fs::read(&header).unwrap();
    fs::write(&header, &whole[..whole.len() / 2]).unwrap();
    for command in ["open", "export"] {
        let (code, sv) = refused(data.path(), "sv_SE.UTF-8", &[command, &id]);
        assert_eq!(code, Some(2), "{sv}");
        assert!(sv.contains(&header.display().to_string()), "{sv}");
        assert!(
            sv.contains("kan inte läsas som en samtal-session (filen tar slut för tidigt, på rad "),
            "{sv}"
        );
        assert!(sv.contains("filen lämnades orörd"), "{sv}");
        let (code, en) = refused(data.path(), "C", &[command, &id]);
        assert_eq!(code, Some(2), "{en}");
        assert!(
            en.contains("cannot be read as a samtal session (the file ends too early, at line "),
            "{en}"
        );
        for words in PARSER_WORDS {
            assert!(
                !sv.contains(words) && !en.contains(words),
                "{words}: {sv}\n{en}"
            );
        }
    }
    assert_eq!(
        fs::read(&header).unwrap(),
        &whole[..whole.len() / 2],
        "left untouched"
    );
}

#[test]
fn hostile_bytes_in_a_header_never_reach_the_terminal() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    let header = folder.join("header.json");
    let mut value: Value = serde_json::from_slice(&fs::read(&header).unwrap()).unwrap();
    let hostile = format!("\u{1b}]0;owned\u{7}\u{1b}[2J{}", "x".repeat(10_000));
    value["creator"] = Value::String(hostile);
    fs::write(&header, serde_json::to_vec(&value).unwrap()).unwrap();
    let (code, sv) = refused(data.path(), "sv_SE.UTF-8", &["export", &id]);
    assert_eq!(code, Some(2), "{sv}");
    assert!(sv.contains("fältet \"creator\" är inget enhets-id"), "{sv}");
    assert!(!sv.contains('\u{1b}') && !sv.contains('\u{7}'), "{sv:?}");
    assert!(sv.len() < 400, "bounded: {} bytes", sv.len());
    // Not JSON at all: where, in Swedish.
    fs::write(&header, b"{\"format\": garbage \x00\xff\n").unwrap();
    let (_, sv) = refused(data.path(), "sv_SE.UTF-8", &["open", &id]);
    assert!(sv.contains("(inte giltig JSON på rad 1, kolumn "), "{sv}");
    assert!(!sv.contains("expected"), "{sv}");
}

#[test]
fn a_version_1_snapshot_cut_in_the_middle_is_said_in_swedish() {
    let data = TempDir::new().unwrap();
    let (id, folder) = forum_session(data.path());
    as_version_1(&folder);
    let snapshot = folder.join("session.json");
    let whole = fs::read(&snapshot).unwrap();
    fs::write(&snapshot, &whole[..whole.len() / 2]).unwrap();
    let (code, sv) = refused(data.path(), "sv_SE.UTF-8", &["export", &id]);
    assert_eq!(code, Some(2), "{sv}");
    assert!(sv.contains(&snapshot.display().to_string()), "{sv}");
    assert!(sv.contains("(filen tar slut för tidigt, på rad "), "{sv}");
    for words in PARSER_WORDS {
        assert!(!sv.contains(words), "{words}: {sv}");
    }
}
