//! The command line's refusals of summaries, owners, due dates, themes and votes in
//! Swedish (from LANG, and from --lang), each with exit code 2 and nothing saved.

use super::*;

/// A new session with a proposal and a comment: (data dir, session folder, the
/// comment's id).
fn session() -> (TempDir, PathBuf, String) {
    let data = tempfile::tempdir().unwrap();
    let (_, folder) = new_session(data.path(), "Forum", &["Region Skåne"]);
    let mut comment = String::new();
    for args in [
        &["--kind", "förslag", "Ett förslag."][..],
        &["En synpunkt."],
    ] {
        let out = samtal(data.path())
            .arg("add")
            .arg(&folder)
            .args(args)
            .output()
            .unwrap();
        assert!(out.status.success());
        comment = saved_ids(&String::from_utf8(out.stdout).unwrap())[0].to_string();
    }
    (data, folder, comment)
}

#[test]
fn refusals_are_said_in_swedish_and_change_nothing() {
    let (data, folder, comment) = session();
    let journal = || segment_bytes(&folder);
    let only_proposals = fill_sv_comment(&comment);
    let cases: [(&[&str], &str); 8] = [
        (
            &["vote", "9999", "3"],
            "inget bidrag 9999 i sessionen (id:t är det som `add` skrev ut)",
        ),
        (&["vote", &comment, "3"], &only_proposals),
        (
            &["vote", "1", "-3"],
            "-3 prickar: en röst är 0 prickar eller fler",
        ),
        (
            &["add", "--kind", "åtgärd", "--due", "2016-13-01", "x"],
            "'2016-13-01' är inget datum",
        ),
        (
            &["add", "--owner", "Region Skåne", "x"],
            "--owner och --due gäller åtgärder",
        ),
        (
            &["export", "--theme", "ESF", "-o", "-"],
            "inget tema 'ESF' i sessionen; teman: inga än",
        ),
        (
            &["set", "--item", "nope", "--summary", "x"],
            "ingen dagordningspunkt 'nope'",
        ),
        (&["set", "--item", "welcome"], "eller --item med --summary"),
    ];
    for (args, says) in cases {
        let before = journal();
        let out = samtal_in(data.path(), "sv_SE.UTF-8")
            .arg(args[0])
            .arg(&folder)
            .args(&args[1..])
            .output()
            .unwrap();
        let stderr = String::from_utf8(out.stderr).unwrap();
        assert_eq!(out.status.code(), Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains(says), "{args:?}: {stderr}");
        assert_eq!(journal(), before, "{args:?} changed the journal");
    }
    // --lang sv says the same whatever the locale.
    let out = samtal(data.path())
        .args(["--lang", "sv", "vote"])
        .arg(&folder)
        .args(["9999", "3"])
        .output()
        .unwrap();
    assert!(
        String::from_utf8(out.stderr)
            .unwrap()
            .contains("inget bidrag 9999")
    );
}

/// What refusing a vote on the comment says.
fn fill_sv_comment(comment: &str) -> String {
    format!("bidrag {comment} är en synpunkt: bara förslag prioriteras")
}
