//! `samtal set --item … --summary/--decision`, `add --owner/--due/--tag`, `vote` and
//! `export --theme/--anonymous` on a new session: what they save, what the minutes
//! then say, and that every bad input is refused with exit code 2 and nothing saved.

use super::*;

/// A new session with two groups: (data dir, session folder).
fn session() -> (TempDir, PathBuf) {
    let data = tempfile::tempdir().unwrap();
    let (_, folder) = new_session(data.path(), "Forum", &["Region Skåne", "Region Gotland"]);
    (data, folder)
}

/// Runs samtal on the session; returns (exit code, stdout, stderr).
fn run(data: &TempDir, folder: &Path, args: &[&str]) -> (i32, String, String) {
    let mut cmd = samtal(data.path());
    cmd.arg(args[0]).arg(folder).args(&args[1..]);
    let out = cmd.output().unwrap();
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8(out.stdout).unwrap(),
        String::from_utf8(out.stderr).unwrap(),
    )
}

fn ok(data: &TempDir, folder: &Path, args: &[&str]) -> String {
    let (code, stdout, stderr) = run(data, folder, args);
    assert_eq!(code, 0, "{args:?}: {stderr}");
    stdout
}

fn minutes(data: &TempDir, folder: &Path, extra: &[&str]) -> String {
    let mut args = vec!["export", "-o", "-", "--lang", "sv"];
    args.extend_from_slice(extra);
    ok(data, folder, &args)
}

/// `samtal set --item ITEM` with `options`: the notes of one agenda item.
fn set_notes(data: &TempDir, folder: &Path, item: &str, options: &[&str]) -> String {
    let mut args = vec!["set", "--item", item];
    args.extend_from_slice(options);
    ok(data, folder, &args)
}

/// The minutes after `set_notes`.
fn minutes_after_notes(data: &TempDir, folder: &Path, item: &str, options: &[&str]) -> String {
    set_notes(data, folder, item, options);
    minutes(data, folder, &[])
}

fn journal(folder: &Path) -> Vec<u8> {
    segment_bytes(folder)
}

/// Asserts that `args` is refused with exit code 2, a message containing `says`,
/// and no change to the journal.
fn refused(data: &TempDir, folder: &Path, args: &[&str], says: &str) {
    let before = journal(folder);
    let (code, _, stderr) = run(data, folder, args);
    assert_eq!(code, 2, "{args:?}: {stderr}");
    assert!(stderr.contains(says), "{args:?}: {stderr}");
    assert_eq!(journal(folder), before, "{args:?} changed the journal");
}

#[test]
fn set_writes_an_items_summary_and_decisions_first_under_the_item() {
    let (data, folder) = session();
    ok(
        &data,
        &folder,
        &["add", "--item", "challenge-2", "Validering tar tid."],
    );
    let saved = set_notes(
        &data,
        &folder,
        "challenge-2",
        &[
            "--summary",
            "Valideringen är flaskhalsen.\nSmå företag nås inte.",
            "--decision",
            "Validering på nästa forum.",
            "--decision",
            "Återrapport 1 mars 2016.",
        ],
    );
    assert_eq!(saved, "saved\n");
    let md = minutes(&data, &folder, &[]);
    let item = md.split("## 4. ").nth(1).unwrap();
    let summary =
        item.find("### Sammanfattning\n\nValideringen är flaskhalsen.\n\nSmå företag nås inte.\n");
    let decisions = item.find(
        "### Beslut / slutsatser\n\n- Validering på nästa forum.\n- Återrapport 1 mars 2016.\n",
    );
    let said = item.find("Validering tar tid.").unwrap();
    assert!(
        summary.unwrap() < decisions.unwrap() && decisions.unwrap() < said,
        "{item}"
    );
    assert!(
        md.contains("\n## Översikt\n"),
        "the closing part is renamed"
    );
    // More decisions are added after the others; --clear-decisions starts over.
    let md = minutes_after_notes(&data, &folder, "challenge-2", &["--decision", "Tredje."]);
    assert!(md.contains("- Återrapport 1 mars 2016.\n- Tredje.\n"));
    let md = minutes_after_notes(
        &data,
        &folder,
        "challenge-2",
        &["--clear-decisions", "--decision", "Bara denna."],
    );
    assert!(
        md.contains("### Beslut / slutsatser\n\n- Bara denna.\n\n"),
        "{md}"
    );
    let md = minutes_after_notes(
        &data,
        &folder,
        "challenge-2",
        &["--summary", "", "--clear-decisions"],
    );
    assert!(
        !md.contains("### Sammanfattning") && !md.contains("### Beslut"),
        "{md}"
    );
}

#[test]
fn add_gives_an_action_its_owner_and_due_date_and_themes() {
    let (data, folder) = session();
    let common = ["add", "--item", "challenge-3", "--kind", "action"];
    let mut late = common.to_vec();
    late.extend([
        "--owner",
        "Region Skåne",
        "--due",
        "2016-03-15",
        "Yrkes-SFI sammanställs.",
    ]);
    assert!(is_saved(&ok(&data, &folder, &late), 1));
    let mut early = common.to_vec();
    early.extend([
        "--owner",
        "Karin Holm",
        "--due",
        "2016-02-01",
        "--tag",
        "ESF",
        "--tag",
        "#esf",
        "--tag",
        "Validering",
        "Utlysning undersöks.",
    ]);
    ok(&data, &folder, &early);
    let mut undated = common.to_vec();
    undated.extend(["--owner", "Region Gotland", "Gotland delar erfarenheter."]);
    ok(&data, &folder, &undated);
    let md = minutes(&data, &folder, &[]);
    let table = "| Åtgärd | Ansvarig | Klart senast | Punkt |\n| --- | --- | --- | ---: |\n\
        | Utlysning undersöks. | Karin Holm | 2016-02-01 | 5 |\n\
        | Yrkes-SFI sammanställs. | Region Skåne | 2016-03-15 | 5 |\n\
        | Gotland delar erfarenheter. | Region Gotland |  | 5 |\n";
    assert!(
        md.contains(table),
        "sorted by due date, undated last:\n{md}"
    );
    assert!(
        md.contains(
            "## Teman\n\n### ESF\n\n- Punkt 5 · Region Skåne · åtgärd: Utlysning undersöks.\n"
        ),
        "{md}"
    );
    assert!(md.contains("### Validering\n"), "{md}");
    let json = minutes(&data, &folder, &["-f", "json"]);
    assert!(json.contains("\"due\": \"2016-02-01\""), "{json}");
    assert!(
        json.contains("\"ESF\",\n"),
        "one ESF, as first spelled: {json}"
    );
}

#[test]
fn vote_sets_replaces_and_removes_dots_and_the_minutes_rank_them() {
    let (data, folder) = session();
    let ids: Vec<String> = ["Första förslaget.", "Andra förslaget.", "Tredje förslaget."]
        .iter()
        .map(|text| {
            let said = ok(&data, &folder, &["add", "--kind", "proposal", text]);
            saved_ids(&said)[0].to_string()
        })
        .collect();
    ok(&data, &folder, &["vote", &ids[0], "4"]);
    ok(&data, &folder, &["vote", &ids[1], "9"]);
    ok(&data, &folder, &["vote", &ids[2], "4"]);
    ok(&data, &folder, &["vote", &ids[1], "5"]);
    let md = minutes(&data, &folder, &[]);
    let ranked = "| 1 | 5 | Andra förslaget. | Region Skåne | 1 |\n\
        | 2 | 4 | Första förslaget. | Region Skåne | 1 |\n\
        | 2 | 4 | Tredje förslaget. | Region Skåne | 1 |\n";
    assert!(md.contains("## Prioriteringar\n"), "{md}");
    assert!(
        md.contains(ranked),
        "a vote replaces; ties in entry order:\n{md}"
    );
    ok(&data, &folder, &["vote", &ids[1], "0"]);
    let md = minutes(&data, &folder, &[]);
    assert!(
        !md.contains("Andra förslaget. | Region"),
        "0 removes the vote:\n{md}"
    );
}

#[test]
fn bad_input_is_refused_with_exit_code_2_and_nothing_saved() {
    let (data, folder) = session();
    ok(
        &data,
        &folder,
        &["add", "--kind", "proposal", "Ett förslag."],
    );
    let comment = saved_ids(&ok(&data, &folder, &["add", "En synpunkt."]))[0].to_string();
    refused(&data, &folder, &["vote", &comment, "3"], "only proposals");
    let cases: [(&[&str], &str); 10] = [
        (&["set", "--summary", "utan punkt"], "--item"),
        (
            &["set", "--item", "nope", "--summary", "x"],
            "no agenda item 'nope'",
        ),
        (&["set", "--item", "welcome"], "nothing to set"),
        (
            &["add", "--kind", "action", "--due", "2016-13-01", "x"],
            "'2016-13-01' is not a date",
        ),
        (
            &["add", "--kind", "action", "--due", "1/2 2016", "x"],
            "YYYY-MM-DD",
        ),
        (
            &["add", "--owner", "Region Skåne", "x"],
            "--owner and --due are for actions",
        ),
        (&["vote", "1", "-3"], "-3 dots"),
        (&["vote", "99", "3"], "no contribution 99"),
        (&["export", "--theme", "ESF", "-o", "-"], "no theme 'ESF'"),
        (
            &["add", "--item", "nope", "--tag", "ESF", "x"],
            "no agenda item 'nope'",
        ),
    ];
    for (args, says) in cases {
        refused(&data, &folder, args, says);
    }
}

#[test]
fn theme_and_anonymous_exports_leave_out_what_they_should() {
    let (data, folder) = session();
    for add in [
        &[
            "add",
            "--group",
            "Region Gotland",
            "--tag",
            "ESF",
            "Om ESF.",
        ][..],
        &["add", "--tag", "Bostäder", "Om bostäder."],
        &[
            "add",
            "--kind",
            "action",
            "--owner",
            "Region Gotland",
            "Gruppens åtgärd.",
        ],
        &[
            "add",
            "--kind",
            "action",
            "--owner",
            "Karin Holm",
            "Personens åtgärd.",
        ],
    ] {
        ok(&data, &folder, add);
    }
    let esf = minutes(&data, &folder, &["--theme", "esf"]);
    assert!(
        esf.contains("Om ESF.") && !esf.contains("Om bostäder."),
        "{esf}"
    );
    assert!(esf.contains("- **Tema:** ESF"), "{esf}");
    for format in ["md", "html", "csv", "json"] {
        let public = minutes(&data, &folder, &["--anonymous", "-f", format]);
        for group in ["Region Skåne", "Region Gotland"] {
            assert!(!public.contains(group), "{format}: {group}:\n{public}");
        }
        assert!(
            public.contains("Om ESF.") && public.contains("Karin Holm"),
            "{format}"
        );
    }
    let md = minutes(&data, &folder, &["--anonymous"]);
    assert!(md.contains("| Gruppens åtgärd. |  |  | 1 |"), "{md}");
    assert!(!md.contains("Bidrag per punkt och grupp"), "{md}");
}
