//! The moderator's private notes in the minutes: left out of every format unless
//! `--with-notes` asks for them, and then under their item in every format.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::fixture::{example_session, forum_start};
use samtal::i18n::Lang;
use samtal::minutes::{Format, Options, render_with};
use samtal::session::{Event, Session};

mod common;
use common::zip_part;

const FIRST: &str = "Ta upp ESF-frågan med Skåne";
const SECOND: &str = "Örebro <b>siffror</b> & källor";

fn with_a_note() -> Session {
    let mut session = example_session();
    session.apply_as(
        samtal::session::WriterId::ORIGIN,
        &Event::NoteSet {
            item: "challenge-4".into(),
            text: format!("{FIRST}\n{SECOND}"),
            at: forum_start(),
        },
    );
    session
}

/// Every text of the file, markup and all (the parts of a zip joined).
fn text_of(session: &Session, format: Format, notes: bool) -> String {
    let options = Options {
        notes,
        ..Options::new(Lang::Sv)
    };
    let bytes = render_with(session, format, &options).unwrap();
    match format {
        Format::Docx => zip_part(&bytes, "word/document.xml"),
        Format::Xlsx => {
            let mut all = zip_part(&bytes, "xl/sharedStrings.xml");
            all.push_str(&zip_part(&bytes, "xl/workbook.xml"));
            all
        }
        _ => String::from_utf8(bytes).unwrap(),
    }
}

#[test]
fn notes_are_left_out_of_every_format_by_default() {
    let session = with_a_note();
    for format in Format::ALL {
        let text = text_of(&session, format, false);
        assert!(!text.contains("ESF-frågan"), "{format:?} shows the note");
        // And the file is the one a session without notes gives.
        let plain = text_of(&example_session(), format, false);
        assert_eq!(text, plain, "{format:?}");
    }
}

#[test]
fn with_notes_every_format_has_the_note_under_its_item() {
    let session = with_a_note();
    for format in Format::ALL {
        let text = text_of(&session, format, true);
        let note = text
            .find("ESF-frågan")
            .unwrap_or_else(|| panic!("{format:?}: {text}"));
        assert!(text.contains("siffror"), "{format:?}: the second line");
        if matches!(format, Format::Xlsx | Format::Json) {
            continue; // a sheet of notes; the session as data
        }
        // Between its item's heading and the next item's.
        let item = text.find("Utmaning 4").unwrap();
        let next = text.find("Utmaning 5").unwrap();
        assert!(
            item < note && note < next,
            "{format:?}: {item} {note} {next}"
        );
    }
}

#[test]
fn a_note_is_escaped_like_any_other_text() {
    let session = with_a_note();
    let html = text_of(&session, Format::Html, true);
    assert!(html.contains("Örebro &lt;b&gt;siffror&lt;/b&gt; &amp; källor"));
    assert!(html.contains("Samtalsledarens anteckningar"));
    let md = text_of(&session, Format::Markdown, true);
    assert!(md.contains("**Samtalsledarens anteckningar**\n\n- Ta upp ESF-frågan med Skåne\n"));
    let csv = text_of(&session, Format::Csv, true);
    assert!(
        csv.contains(
            ";anteckning;;\"Ta upp ESF-frågan med Skåne\nÖrebro <b>siffror</b> & källor\";"
        ),
        "{csv}"
    );
}

#[test]
fn the_workbook_gets_a_fourth_sheet_of_notes_only_with_notes() {
    let session = with_a_note();
    let options = |notes| Options {
        notes,
        ..Options::new(Lang::En)
    };
    let with = render_with(&session, Format::Xlsx, &options(true)).unwrap();
    assert!(zip_part(&with, "xl/workbook.xml").contains(r#"<sheet name="Moderator's notes""#));
    let sheet = zip_part(&with, "xl/worksheets/sheet4.xml");
    assert!(!sheet.contains("<f>") && sheet.contains("t=\"s\""));
    let without = render_with(&session, Format::Xlsx, &options(false)).unwrap();
    assert!(!zip_part(&without, "xl/workbook.xml").contains("notes"));
}
