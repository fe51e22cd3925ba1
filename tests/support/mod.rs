//! Sessions shared by the tests of the minutes: the example session with texts and
//! group names that a careless renderer would turn into markup or formulas.

use samtal::fixture::{example_session, forum_start};
use samtal::session::{Event, Kind, Session};

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
