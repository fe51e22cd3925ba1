//! The example session's anonymous minutes and its minutes of one theme, as golden
//! files in both languages, and no group name anywhere in any anonymous format.
//! `UPDATE_GOLDEN=1 cargo test --test golden_annotated` rewrites them.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::fixture::example_session;
use samtal::i18n::Lang;
use samtal::minutes::{Format, Options, render_with};

mod common;
use common::{check_golden, zip_part};

fn anonymous(lang: Lang) -> Options {
    Options {
        anonymous: true,
        ..Options::new(lang)
    }
}

#[test]
fn anonymous_and_theme_minutes_match_the_golden_files() {
    let session = example_session();
    for lang in [Lang::Sv, Lang::En] {
        let code = lang.code();
        for format in [Format::Markdown, Format::Html] {
            let bytes = render_with(&session, format, &anonymous(lang)).unwrap();
            let name = format!("example.anonymous.{code}.{}", format.extension());
            check_golden(&name, &bytes);
        }
        let esf = Options {
            theme: Some("ESF".into()),
            ..Options::new(lang)
        };
        let bytes = render_with(&session, Format::Markdown, &esf).unwrap();
        check_golden(&format!("example.theme-esf.{code}.md"), &bytes);
    }
}

/// Every part of every format as text: the packages' XML parts one after another.
fn all_text(bytes: &[u8], format: Format) -> String {
    let parts: &[&str] = match format {
        Format::Docx => &["word/document.xml", "docProps/core.xml"],
        Format::Xlsx => &["xl/sharedStrings.xml", "xl/workbook.xml"],
        _ => return String::from_utf8(bytes.to_vec()).unwrap(),
    };
    parts.iter().map(|p| zip_part(bytes, p)).collect()
}

#[test]
fn anonymous_minutes_name_no_group_in_any_format() {
    let mut session = example_session();
    // Names no contribution mentions, so any hit is a leak.
    for group in &mut session.groups {
        group.name = format!("Gruppnamn{}", group.id.stamp.0);
    }
    let owned = session
        .annotations
        .assignments
        .get_mut(&samtal::session::EventId::origin(11))
        .unwrap();
    owned.owner = "gruppnamn2".into();
    for lang in [Lang::Sv, Lang::En] {
        for format in Format::ALL {
            let named = all_text(
                &render_with(&session, format, &Options::new(lang)).unwrap(),
                format,
            );
            assert!(named.contains("Gruppnamn2"), "{format:?} names groups");
            let text = all_text(
                &render_with(&session, format, &anonymous(lang)).unwrap(),
                format,
            );
            assert!(
                !text.to_lowercase().contains("gruppnamn"),
                "{format:?} {lang:?}:\n{text}"
            );
            assert!(
                text.contains("Karin Holm"),
                "{format:?}: a person's name stays"
            );
        }
    }
}

#[test]
fn the_word_document_has_no_replacement_characters() {
    // The example's texts are clean: a U+FFFD in the document means the writer itself
    // put a character there that Word cannot show (a tab in a run, for one).
    for lang in [Lang::Sv, Lang::En] {
        let bytes = render_with(&example_session(), Format::Docx, &Options::new(lang)).unwrap();
        let xml = zip_part(&bytes, "word/document.xml");
        assert!(!xml.contains('\u{FFFD}'), "{lang:?}");
        assert!(
            xml.contains("• Validering tas upp som egen punkt"),
            "{lang:?}"
        );
    }
}

#[test]
fn typed_summaries_decisions_owners_and_themes_stay_inert_in_every_format() {
    use samtal::session::annotations::{ActionAssigned, ItemNotesSet, TagsSet};
    use samtal::session::{Event, Kind};
    let mut session = common::hostile_session();
    let at = session.last_change;
    let action = session
        .contributions
        .values()
        .find(|c| c.kind == Kind::Action)
        .unwrap()
        .id;
    for event in [
        Event::ItemNotesSet(ItemNotesSet {
            item: "welcome".into(),
            summary: Some("<script>alert(2)</script> *fet*".into()),
            decisions: Some(vec!["=HYPERLINK(\"http://y\")".into()]),
            at,
        }),
        Event::ActionAssigned(ActionAssigned {
            id: action,
            owner: "<b>Ägare</b> | rör".into(),
            due: None,
            at,
        }),
        Event::TagsSet(TagsSet {
            id: action,
            tags: vec!["@SUM(B1)".into()],
            at,
        }),
    ] {
        session.apply_as(samtal::session::WriterId::ORIGIN, &event);
    }
    let text = |format| {
        String::from_utf8(render_with(&session, format, &Options::new(Lang::Sv)).unwrap()).unwrap()
    };
    let html = text(Format::Html);
    assert!(!html.contains("<script>alert(2)") && !html.contains("<b>Ägare"));
    assert!(html.contains("&lt;b&gt;Ägare&lt;/b&gt; | rör"), "{html}");
    let md = text(Format::Markdown);
    assert!(md.contains(r"\<script>alert(2)\</script> \*fet\*"), "{md}");
    assert!(md.contains(r"| \<b>Ägare\</b> \| rör |"), "{md}");
    let csv = text(Format::Csv);
    assert!(csv.contains(";\"'=HYPERLINK(\"\"http://y\"\")\";"), "{csv}");
    assert!(csv.contains(";'@SUM(B1)\r\n"), "{csv}");
}

#[test]
fn an_owner_spelled_like_a_group_without_its_dots_is_left_out_of_anonymous_minutes() {
    let mut session = example_session();
    let group = session
        .groups
        .iter()
        .find(|g| !g.name.is_ascii())
        .unwrap()
        .name
        .clone();
    // "region  orebro lan" for "Region Örebro län": the session's own group lookup
    // takes it for the group, so anonymous minutes must too.
    let typed = samtal::text::fold(&group).replacen(' ', "  ", 1);
    session
        .annotations
        .assignments
        .get_mut(&samtal::session::EventId::origin(11))
        .unwrap()
        .owner = typed.clone();
    let named = render_with(&session, Format::Markdown, &Options::new(Lang::Sv)).unwrap();
    assert!(String::from_utf8(named).unwrap().contains(&typed));
    let text =
        String::from_utf8(render_with(&session, Format::Markdown, &anonymous(Lang::Sv)).unwrap())
            .unwrap();
    assert!(!text.contains(&typed), "{text}");
}

#[test]
fn priorities_themes_and_counts_keep_the_items_numbers_when_an_item_is_moved() {
    use samtal::session::Event;
    let mut session = example_session();
    let parts = |session: &samtal::session::Session| {
        let md = String::from_utf8(
            render_with(session, Format::Markdown, &Options::new(Lang::Sv)).unwrap(),
        )
        .unwrap();
        let priorities = md.find("## Prioriteringar").unwrap();
        let themes = md.find("## Teman").unwrap();
        (md[priorities..themes].to_string(), md[themes..].to_string())
    };
    let (priorities_before, _) = parts(&session);
    // Item 7 first after the welcome and the background: items 3–6 run one later.
    let item = session.agenda.items[6].id.clone();
    let at = session.last_change;
    session.apply_as(
        samtal::session::WriterId::ORIGIN,
        &Event::ItemMoved { item, to: 2, at },
    );
    let (priorities, themes) = parts(&session);
    assert_eq!(priorities, priorities_before);
    assert!(
        themes.contains("- Punkt 6 · Region Stockholm · synpunkt: Trångboddheten"),
        "{themes}"
    );
    assert!(
        themes
            .contains("| 7. Utmaning 5: Samverkan – otydlighet i roller, mandat och ansvar | 1 |"),
        "{themes}"
    );
}
