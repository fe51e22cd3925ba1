//! Sessions shared by the tests of the minutes: the example session with texts and
//! group names that a careless renderer would turn into markup or formulas.

use samtal::agenda::Agenda;
use samtal::fixture::{example_session, forum_start};
use samtal::i18n::Lang;
use samtal::session::{Event, EventId, Kind, Session, Timestamp, WriterId};

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
        // Every third one an action, whose text starts its line in the summary.
        contribute(
            &mut session,
            "question-2",
            EventId::origin(1),
            if k % 3 == 0 {
                Kind::Action
            } else {
                Kind::Comment
            },
            text,
            forum_start() + chrono::Duration::minutes(200 + k as i64),
        );
    }
    add_group(
        &mut session,
        EventId::origin(99),
        "<b>Grupp</b> & \"citat\"",
    );
    contribute(
        &mut session,
        "wrap-up",
        EventId::origin(99),
        Kind::Comment,
        "från gruppen med märkligt namn",
        forum_start() + chrono::Duration::minutes(300),
    );
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
        let id = EventId::origin(100 + k as u64);
        add_group(&mut session, id, name);
        contribute(
            &mut session,
            "wrap-up",
            id,
            Kind::Action,
            &format!("*{k}* från {name}"),
            forum_start() + chrono::Duration::minutes(301 + k as i64),
        );
    }
    session
}

/// Adds the group `name` with the id `id` at the forum's start, written as the origin.
fn add_group(session: &mut Session, id: EventId, name: &str) {
    session.apply_as(
        WriterId::ORIGIN,
        &Event::GroupAdded {
            id,
            name: name.into(),
            at: forum_start(),
        },
    );
}

/// Adds a contribution with the next event id, written as the origin.
fn contribute(
    session: &mut Session,
    item: &str,
    group: EventId,
    kind: Kind,
    text: &str,
    at: Timestamp,
) {
    session.apply_as(
        WriterId::ORIGIN,
        &Event::ContributionAdded {
            id: session.next_event_id(WriterId::ORIGIN, session.last_change),
            item: item.into(),
            group,
            kind,
            text: text.into(),
            at,
        },
    );
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

/// The example session with all 21 regions of Sweden and three-digit totals:
/// 12 contributions from every region to each of items 1, 2 and 4, and 5 to item 3.
pub fn regions_session() -> Session {
    let mut session = example_session();
    let regions = samtal::presets::group_presets()
        .into_iter()
        .find(|p| p.id == "regioner")
        .unwrap()
        .groups;
    for name in &regions {
        if session.group_by_name(name).is_none() {
            let highest = session.groups.iter().map(|g| g.id.stamp.0).max();
            let id = EventId::origin(highest.unwrap_or(0) + 1);
            add_group(&mut session, id, name);
        }
    }
    let items: Vec<String> = session.agenda.items.iter().map(|i| i.id.clone()).collect();
    let groups: Vec<u64> = session.groups.iter().map(|g| g.id.stamp.0).collect();
    let mut minute = 0;
    for (index, item) in items.iter().take(4).enumerate() {
        for group in &groups {
            for k in 0..if index == 2 { 5 } else { 12 } {
                minute += 1;
                contribute(
                    &mut session,
                    item,
                    EventId::origin(*group),
                    Kind::Comment,
                    &format!("Synpunkt {k} från grupp {group}"),
                    forum_start() + chrono::Duration::seconds(minute),
                );
            }
        }
    }
    assert_eq!(session.groups.len(), 21);
    session
}

/// `minute` minutes after 13:00 on 20 November 2015, the forum's afternoon.
pub fn at(minute: i64) -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2015-11-20T13:00:00+01:00").unwrap()
        + chrono::Duration::minutes(minute)
}

/// A new Swedish session on the built-in agenda, created at `at(0)`.
pub fn builtin_session(id: &str, title: &str, groups: &[&str]) -> Session {
    let groups: Vec<String> = groups.iter().map(|g| g.to_string()).collect();
    Session::new(
        id.into(),
        title.into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &groups,
        at(0),
    )
}

/// The texts of a session's contributions, oldest first.
pub fn contribution_texts(session: &Session) -> Vec<&str> {
    session
        .contributions
        .values()
        .map(|c| c.text.as_str())
        .collect()
}

/// The session's minutes in Markdown, in `lang`.
pub fn markdown_minutes(session: &Session, lang: Lang) -> String {
    let bytes = samtal::minutes::render(session, samtal::minutes::Format::Markdown, lang, None);
    String::from_utf8(bytes.unwrap()).unwrap()
}
