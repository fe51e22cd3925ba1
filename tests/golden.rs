//! Golden files of the minutes of the example session, in every format and both
//! languages. `UPDATE_GOLDEN=1 cargo test --test golden` rewrites them; review the diff.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::fixture::{example_session, forum_start};
use samtal::i18n::Lang;
use samtal::minutes::{Format, Options, render, render_with};
use samtal::session::Event;

mod common;
use common::{check_golden, docx_document, hostile_session, markdown_minutes, zip_part};

/// The minutes of a session whose last journal record is `seq` (the JSON says it).
fn render_at(
    session: &samtal::session::Session,
    seq: u64,
    format: Format,
    lang: Lang,
) -> Result<Vec<u8>, samtal::minutes::MinutesError> {
    let options = Options {
        seq,
        ..Options::new(lang)
    };
    render_with(session, format, &options)
}

/// The parts of the Word and Excel files that the golden files hold, as
/// (golden file suffix, part).
const PACKAGE_PARTS: [(Format, &str, &str); 10] = [
    (Format::Docx, "document.xml", "word/document.xml"),
    (Format::Docx, "styles.xml", "word/styles.xml"),
    (Format::Docx, "core.xml", "docProps/core.xml"),
    (
        Format::Xlsx,
        "contributions.xml",
        "xl/worksheets/sheet1.xml",
    ),
    (Format::Xlsx, "actions.xml", "xl/worksheets/sheet2.xml"),
    (Format::Xlsx, "counts.xml", "xl/worksheets/sheet3.xml"),
    (Format::Xlsx, "summaries.xml", "xl/worksheets/sheet4.xml"),
    (Format::Xlsx, "priorities.xml", "xl/worksheets/sheet5.xml"),
    (Format::Xlsx, "strings.xml", "xl/sharedStrings.xml"),
    (Format::Xlsx, "workbook.xml", "xl/workbook.xml"),
];

#[test]
fn the_example_minutes_match_the_golden_files() {
    let session = example_session();
    for lang in [Lang::Sv, Lang::En] {
        for format in Format::ALL {
            let bytes = render_at(&session, 60, format, lang).unwrap();
            let name = format!("example.{}.{}", lang.code(), format.extension());
            let parts: Vec<_> = PACKAGE_PARTS.iter().filter(|p| p.0 == format).collect();
            for (_, suffix, part) in &parts {
                check_golden(
                    &format!("{name}.{suffix}"),
                    zip_part(&bytes, part).as_bytes(),
                );
            }
            if parts.is_empty() {
                check_golden(&name, &bytes);
            }
        }
    }
}

#[test]
fn every_format_is_byte_identical_every_time() {
    let session = example_session();
    for lang in [Lang::Sv, Lang::En] {
        for format in Format::ALL {
            let first = render_at(&session, 60, format, lang).unwrap();
            std::thread::sleep(std::time::Duration::from_millis(1100 / 5));
            let again = render_at(&session, 60, format, lang).unwrap();
            assert!(
                first == again,
                "{format:?} {lang:?} differs between two exports"
            );
        }
    }
}

#[test]
fn the_word_document_holds_every_contribution_in_order_under_heading_styles() {
    let session = example_session();
    let bytes = render_at(&session, 60, Format::Docx, Lang::Sv).unwrap();
    let (xml, names) = docx_document(&bytes);
    for part in [
        "[Content_Types].xml",
        "word/document.xml",
        "word/styles.xml",
    ] {
        assert!(names.iter().any(|n| n == part), "{part} missing: {names:?}");
    }
    assert!(
        xml.contains(r#"<w:pStyle w:val="Heading1" />"#)
            || xml.contains(r#"<w:pStyle w:val="Heading1"/>"#)
    );
    assert!(xml.contains("Heading2"));
    assert!(xml.contains("<w:tbl>"), "the summary table is a Word table");
    let mut position = 0;
    for item in &session.agenda.items {
        let mut contributions: Vec<_> = session.contributions_for_item(&item.id).collect();
        // Within an item the minutes list contributions group by group.
        contributions.sort_by_key(|c| {
            (
                session.groups.iter().position(|g| g.id == c.group),
                c.at,
                c.id,
            )
        });
        for c in contributions {
            let found = xml[position..]
                .find(&c.text)
                .unwrap_or_else(|| panic!("{:?} missing or out of order", c.text));
            position += found + c.text.len();
        }
    }
}

#[test]
fn html_escapes_every_user_string() {
    let html = String::from_utf8(render(&hostile_session(), Format::Html, Lang::Sv, None).unwrap())
        .unwrap();
    assert!(!html.contains("<script"), "a script tag got through");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    assert!(!html.contains("\" onmouseover=\"x"));
    assert!(html.contains("&quot; onmouseover=&quot;x"));
    assert!(html.contains("&lt;b&gt;Grupp&lt;/b&gt; &amp; &quot;citat&quot;"));
    assert!(!html.contains("<b>"));
    assert!(html.contains("Content-Security-Policy"));
    assert!(html.contains("default-src 'none'"));
}

#[test]
fn csv_neutralises_formulas_and_keeps_swedish_letters() {
    let bytes = render(&hostile_session(), Format::Csv, Lang::Sv, None).unwrap();
    assert!(
        bytes.starts_with("\u{FEFF}".as_bytes()),
        "UTF-8 BOM for Excel"
    );
    let csv = String::from_utf8(bytes).unwrap();
    assert!(csv.contains(";\"'=HYPERLINK(\"\"http://x\"\")\";"), "{csv}");
    assert!(csv.contains(";'+1;"));
    assert!(csv.contains(";'-2;"));
    assert!(csv.contains(";'@SUM(A1);"));
    assert!(csv.contains("Region Skåne"));
    let rows = csv.split("\r\n").filter(|r| !r.is_empty()).count();
    let session = hostile_session();
    let notes: usize = session
        .annotations
        .item_notes
        .values()
        .map(|n| usize::from(!n.summary.is_empty()) + n.decisions.len())
        .sum();
    assert_eq!(rows, 1 + notes + session.contributions.len());
}

#[test]
fn markdown_keeps_user_text_from_becoming_markup() {
    let md = markdown_minutes(&hostile_session(), Lang::Sv);
    assert!(md.contains(r"\<script>alert(1)\</script>"));
    assert!(md.contains(r"1. inte en lista \*inte fet\* \[länk](http://x) | rör"));
    assert!(
        md.contains("\n| \\<script>alert(1)\\</script> |"),
        "action row"
    );
}

#[test]
fn an_item_nobody_spoke_to_says_so() {
    let mut session = example_session();
    let ids: Vec<samtal::session::EventId> = session.ids_for_item("welcome").to_vec();
    for id in ids {
        session.apply_as(
            samtal::session::WriterId::ORIGIN,
            &Event::ContributionDeleted {
                base: None,
                id,
                at: forum_start(),
            },
        );
    }
    let md = markdown_minutes(&session, Lang::Sv);
    let welcome = md.split("## 2. Bakgrund").next().unwrap();
    assert!(welcome.contains("*Inga bidrag.*"), "{welcome}");
    let en = String::from_utf8(render(&session, Format::Html, Lang::En, None).unwrap()).unwrap();
    assert!(en.contains("No contributions."));
    // The session keeps what was deleted (an edit that had not seen the delete brings
    // it back), but the minutes in JSON do not show it.
    assert!(!session.tombstones.is_empty());
    let json = String::from_utf8(render(&session, Format::Json, Lang::Sv, None).unwrap()).unwrap();
    assert!(!json.contains("tombstones"), "{json}");
}

#[test]
fn the_json_export_is_the_session_document() {
    let session = example_session();
    let bytes = render_at(&session, 60, Format::Json, Lang::Sv).unwrap();
    let value: serde_json::Value = serde_json::from_slice(&bytes).unwrap();
    assert_eq!(value["format"], "samtal-session");
    assert_eq!(value["schema_version"], 1);
    assert_eq!(
        value["session"]["contributions"].as_array().unwrap().len(),
        session.contributions.len()
    );
}
