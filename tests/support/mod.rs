//! Sessions shared by the tests of the minutes: the example session with texts and
//! group names that a careless renderer would turn into markup or formulas.

use samtal::fixture::{example_session, forum_start};
use samtal::session::{Event, Kind, Session};

#[allow(dead_code)] // not every test file uses every session
pub fn hostile_session() -> Session {
    let mut session = example_session();
    let texts = [
        "<script>alert(1)</script>",
        "\" onmouseover=\"x",
        "=HYPERLINK(\"http://x\")",
        "+1",
        "-2",
        "@SUM(A1)",
        "1. inte en lista *inte fet* [länk](http://x) | rör",
    ];
    for (k, text) in texts.iter().chain(MARKDOWN_LOOKALIKES).enumerate() {
        session.apply(&Event::ContributionAdded {
            id: session.next_contribution_id,
            item: "question-2".into(),
            group: 1,
            // Every third one an action, whose text starts its line in the summary.
            kind: if k % 3 == 0 {
                Kind::Action
            } else {
                Kind::Comment
            },
            text: text.to_string(),
            at: forum_start() + chrono::Duration::minutes(200 + k as i64),
        });
    }
    session.apply(&Event::GroupAdded {
        id: 99,
        name: "<b>Grupp</b> & \"citat\"".into(),
        at: forum_start(),
    });
    session.apply(&Event::ContributionAdded {
        id: session.next_contribution_id,
        item: "wrap-up".into(),
        group: 99,
        kind: Kind::Comment,
        text: "från gruppen med märkligt namn".into(),
        at: forum_start() + chrono::Duration::minutes(300),
    });
    for (k, name) in [
        "Ops & Infra",
        "*Grupp* 1",
        "# Gruppen",
        "1. Grupp",
        "Punkt #",
    ]
    .iter()
    .enumerate()
    {
        let id = 100 + k as u32;
        session.apply(&Event::GroupAdded {
            id,
            name: name.to_string(),
            at: forum_start(),
        });
        session.apply(&Event::ContributionAdded {
            id: session.next_contribution_id,
            item: "wrap-up".into(),
            group: id,
            kind: Kind::Action,
            text: format!("*{k}* från {name}"),
            at: forum_start() + chrono::Duration::minutes(301 + k as i64),
        });
    }
    session
}

/// Texts a note-taker may well type that look like Markdown somewhere.
#[allow(dead_code)]
pub const MARKDOWN_LOOKALIKES: &[&str] = &[
    "Tack, här!",
    "Ops & Infra",
    "*fet* och _kursiv_",
    "**",
    "snake_case_namn",
    "`kod`",
    "``",
    "<b>fet</b>",
    "<3 och a < b",
    "&amp; &#169; &#xA9; AT&T",
    "[länk](http://x) och ![bild](y)",
    "[ ] uppgift",
    "[^1]: fotnot",
    "\\* stjärna \\",
    "C:\\Users\\namn",
    "# rubrik",
    "> citat",
    "- minus",
    "+ plus",
    "* stjärna",
    "1) punkt",
    "2015. Året",
    "---",
    "===",
    "```rust",
    "~~~",
    "~~stryk~~ ~ca",
    "5 * 3 = 15",
    "a | b | c",
    "Punkt #",
    "_a_b_",
    "*a**b*",
    "x*y*z",
    "[a]",
    "[a]: http://x",
    "<https://x.se>",
    "e-post: a@b.se",
    "100 % — ja",
    "\\",
];

/// One part of a zip package (.docx, .xlsx) as text.
#[allow(dead_code)] // not every test file reads packages
pub fn zip_part(bytes: &[u8], name: &str) -> String {
    use std::io::Read;
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut xml = String::new();
    archive
        .by_name(name)
        .unwrap()
        .read_to_string(&mut xml)
        .unwrap();
    xml
}

/// The example session with all 21 regions of Sweden and three-digit totals:
/// 12 contributions from every region to each of items 1, 2 and 4, and 5 to item 3.
#[allow(dead_code)]
pub fn regions_session() -> Session {
    let mut session = example_session();
    let regions = samtal::presets::group_presets()
        .into_iter()
        .find(|p| p.id == "regioner")
        .unwrap()
        .groups;
    for name in &regions {
        if session.group_by_name(name).is_none() {
            let id = session.groups.iter().map(|g| g.id).max().unwrap_or(0) + 1;
            session.apply(&Event::GroupAdded {
                id,
                name: name.clone(),
                at: forum_start(),
            });
        }
    }
    let items: Vec<String> = session.agenda.items.iter().map(|i| i.id.clone()).collect();
    let groups: Vec<u32> = session.groups.iter().map(|g| g.id).collect();
    let mut minute = 0;
    for (index, item) in items.iter().take(4).enumerate() {
        for group in &groups {
            for k in 0..if index == 2 { 5 } else { 12 } {
                minute += 1;
                session.apply(&Event::ContributionAdded {
                    id: session.next_contribution_id,
                    item: item.clone(),
                    group: *group,
                    kind: Kind::Comment,
                    text: format!("Synpunkt {k} från grupp {group}"),
                    at: forum_start() + chrono::Duration::seconds(minute),
                });
            }
        }
    }
    assert_eq!(session.groups.len(), 21);
    session
}

#[allow(dead_code)]
fn golden_path(name: &str) -> std::path::PathBuf {
    std::path::PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/golden")
        .join(name)
}

/// Compares `actual` with `tests/golden/<name>`; `UPDATE_GOLDEN=1` rewrites it.
#[allow(dead_code)]
pub fn check_golden(name: &str, actual: &[u8]) {
    let path = golden_path(name);
    if std::env::var_os("UPDATE_GOLDEN").is_some() {
        std::fs::write(&path, actual).unwrap();
        return;
    }
    let expected = std::fs::read(&path).unwrap_or_else(|e| {
        panic!(
            "{}: {e} (run with UPDATE_GOLDEN=1 to create it)",
            path.display()
        )
    });
    if expected != actual {
        let new = path.with_extension(format!(
            "{}.new",
            path.extension().unwrap().to_string_lossy()
        ));
        std::fs::write(&new, actual).unwrap();
        panic!(
            "{name} differs from the golden file; the new output is in {}",
            new.display()
        );
    }
}
