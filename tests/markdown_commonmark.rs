//! The Markdown minutes read back through a CommonMark parser (with GitHub's tables,
//! strikethrough, task lists and footnotes) give every typed text back as it was
//! typed, and the raw file shows no backslash that the parser did not need.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use pulldown_cmark::{Event, Options as Extensions, Parser, Tag, TagEnd};
use samtal::fixture::example_session;
use samtal::i18n::Lang;
use samtal::minutes::{Format, Minutes, Options, Order, render_with};
use samtal::session::Session;

mod common;
use common::{MARKDOWN_LOOKALIKES, hostile_session};

/// What a reader sees of the Markdown: the plain text of every list item, heading
/// and table cell. Markup that is not text (HTML, a task box, a footnote mark, a
/// code span) shows as a marker, so that it never matches a typed text.
#[derive(Default)]
struct Seen {
    items: Vec<String>,
    headings: Vec<String>,
    cells: Vec<String>,
}

fn read_back(markdown: &str) -> Seen {
    let extensions = Extensions::ENABLE_TABLES
        | Extensions::ENABLE_STRIKETHROUGH
        | Extensions::ENABLE_TASKLISTS
        | Extensions::ENABLE_FOOTNOTES;
    let mut seen = Seen::default();
    // Open blocks as (kind, text so far): 0 list item, 1 heading, 2 table cell.
    let mut open: Vec<(u8, String)> = Vec::new();
    let add = |open: &mut Vec<(u8, String)>, text: &str| {
        for (_, buffer) in open.iter_mut() {
            buffer.push_str(text);
        }
    };
    for event in Parser::new_ext(markdown, extensions) {
        match event {
            Event::Start(Tag::Item) => open.push((0, String::new())),
            Event::Start(Tag::Heading { .. }) => open.push((1, String::new())),
            Event::Start(Tag::TableCell) => open.push((2, String::new())),
            Event::End(TagEnd::Item | TagEnd::Heading(_) | TagEnd::TableCell) => {
                let (kind, text) = open.pop().unwrap();
                match kind {
                    0 => seen.items.push(text),
                    1 => seen.headings.push(text),
                    _ => seen.cells.push(text),
                }
            }
            Event::Start(Tag::Link { .. } | Tag::Image { .. }) => add(&mut open, "⟨link⟩"),
            Event::Start(Tag::Emphasis | Tag::Strong | Tag::Strikethrough) => {
                add(&mut open, "⟨em⟩")
            }
            Event::Start(Tag::List(_) | Tag::BlockQuote(_) | Tag::CodeBlock(_)) => {
                add(&mut open, "⟨block⟩")
            }
            Event::Text(text) => add(&mut open, &text),
            Event::SoftBreak | Event::HardBreak => add(&mut open, "⟨break⟩"),
            Event::Code(_) => add(&mut open, "⟨code⟩"),
            Event::Html(_) | Event::InlineHtml(_) => add(&mut open, "⟨html⟩"),
            Event::TaskListMarker(_) => add(&mut open, "⟨task⟩"),
            Event::FootnoteReference(_) => add(&mut open, "⟨footnote⟩"),
            Event::Rule => add(&mut open, "⟨rule⟩"),
            _ => {}
        }
    }
    seen
}

fn every_choice() -> Vec<Options> {
    let mut all = Vec::new();
    for lang in [Lang::Sv, Lang::En] {
        for order in [Order::Group, Order::Time] {
            for times in [true, false] {
                all.push(Options {
                    order,
                    times,
                    ..Options::new(lang)
                });
            }
        }
    }
    all
}

fn check_round_trip(session: &Session, options: &Options) {
    let markdown =
        String::from_utf8(render_with(session, Format::Markdown, options).unwrap()).unwrap();
    let seen = read_back(&markdown);
    let m = Minutes::new(session, options);
    let mut checked = 0;
    for item in &m.items {
        for c in &item.contributions {
            let expected = format!("{} — {}", m.contribution_meta(c), c.text);
            assert!(
                seen.items.contains(&expected),
                "{options:?}: {expected:?} does not read back; the Markdown:\n{markdown}"
            );
            checked += 1;
        }
        for section in &item.sections {
            if let Some(group) = section.heading {
                assert!(
                    seen.headings.iter().any(|h| h == group),
                    "heading {group:?}"
                );
            }
        }
    }
    assert_eq!(checked, session.contributions.len());
    for a in &m.actions {
        let text = &a.contribution.text;
        assert!(seen.cells.contains(text), "action {text:?}");
        if let Some(owner) = a.owner {
            assert!(seen.cells.iter().any(|c| c == owner), "owner {owner:?}");
        }
    }
    for item in &m.items {
        for decision in item.decisions {
            assert!(seen.items.contains(decision), "decision {decision:?}");
        }
    }
    for group in &m.table.groups {
        assert!(seen.cells.contains(group), "table cell {group:?}");
    }
    let title = format!("{}: {}", m.labels.minutes, m.title);
    assert!(seen.headings.contains(&title), "{title:?}");
}

#[test]
fn every_contribution_of_the_golden_sessions_reads_back_as_typed() {
    for session in [example_session(), hostile_session()] {
        for options in every_choice() {
            check_round_trip(&session, &options);
        }
    }
}

#[test]
fn plain_punctuation_is_not_escaped() {
    let markdown = String::from_utf8(
        render_with(
            &hostile_session(),
            Format::Markdown,
            &Options::new(Lang::Sv),
        )
        .unwrap(),
    )
    .unwrap();
    for text in [
        "Tack, här!",
        "Ops & Infra",
        "5 * 3 = 15",
        "snake_case_namn",
        "<3 och a < b",
        "a | b | c",
        "100 % — ja",
        "e-post: a@b.se",
    ] {
        assert!(
            markdown.contains(&format!("synpunkt — {text}\n"))
                || markdown.contains(&format!("\n| {text} |")),
            "{text:?} is not as typed:\n{markdown}"
        );
    }
    assert!(markdown.contains("\n### Ops & Infra\n"), "{markdown}");
    assert!(MARKDOWN_LOOKALIKES.contains(&"Tack, här!"));
}
