//! What the minutes look like to the person who opens them: Word's styles and
//! properties, count tables that fit A4, CSV that Swedish Excel splits into columns,
//! the Excel workbook, and the order and times options in every format.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use samtal::fixture::example_session;
use samtal::i18n::Lang;
use samtal::minutes::{Format, Options, Order, hm, render, render_with};
use samtal::session::{Contribution, Session};

mod common;
use common::{hostile_session, regions_session, zip_part};

fn text_of(session: &Session, format: Format, options: &Options) -> String {
    let bytes = render_with(session, format, options).unwrap();
    match format {
        Format::Docx => zip_part(&bytes, "word/document.xml"),
        Format::Xlsx => xlsx_cells(&bytes).join("\n"),
        _ => String::from_utf8(bytes).unwrap(),
    }
}

/// The text cells of the first sheet of a workbook, in row order.
fn xlsx_cells(bytes: &[u8]) -> Vec<String> {
    let strings: Vec<String> = zip_part(bytes, "xl/sharedStrings.xml")
        .split("<si><t")
        .skip(1)
        .map(|si| {
            let text = &si[si.find('>').unwrap() + 1..si.find("</t>").unwrap()];
            text.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
        })
        .collect();
    zip_part(bytes, "xl/worksheets/sheet1.xml")
        .split("t=\"s\"><v>")
        .skip(1)
        .map(|cell| strings[cell[..cell.find('<').unwrap()].parse::<usize>().unwrap()].clone())
        .collect()
}

/// The text of the XML element of `styles.xml` that holds `needle`.
fn style_element<'a>(styles: &'a str, needle: &str) -> &'a str {
    let at = styles.find(needle).unwrap();
    let start = styles[..at].rfind("<w:style ").unwrap();
    let end = at + styles[at..].find("</w:style>").unwrap();
    &styles[start..end]
}

#[test]
fn the_word_document_has_one_default_body_style_in_its_language() {
    for (lang, tag) in [(Lang::Sv, "sv-SE"), (Lang::En, "en-GB")] {
        let bytes = render(&example_session(), Format::Docx, lang, None).unwrap();
        let styles = zip_part(&bytes, "word/styles.xml");
        assert_eq!(
            styles.matches(r#"w:styleId="Normal""#).count(),
            1,
            "{styles}"
        );
        let normal = style_element(&styles, r#"w:styleId="Normal""#);
        assert!(normal.contains(r#"w:default="1""#), "{normal}");
        assert!(normal.contains(r#"w:type="paragraph""#), "{normal}");
        let paragraph_defaults = styles
            .split("<w:style ")
            .filter(|s| s.contains(r#"w:type="paragraph""#) && s.contains(r#"w:default="1""#))
            .count();
        assert_eq!(paragraph_defaults, 1, "one default paragraph style");
        let defaults = &styles
            [styles.find("<w:docDefaults>").unwrap()..styles.find("</w:docDefaults>").unwrap()];
        assert!(defaults.contains(r#"w:ascii="Calibri""#), "{defaults}");
        assert!(defaults.contains(r#"<w:sz w:val="22"/>"#), "{defaults}");
        assert!(
            defaults.contains(&format!(r#"<w:lang w:val="{tag}""#)),
            "{defaults}"
        );
        let core = zip_part(&bytes, "docProps/core.xml");
        assert!(
            core.contains("<dc:creator>Sekreterare 1, Sekreterare 2</dc:creator>"),
            "{core}"
        );
        assert!(
            core.contains(&format!("<dc:language>{tag}</dc:language>")),
            "{core}"
        );
        // The session's own dates, so that the file is the same every time.
        assert!(
            core.contains(">2015-11-20T12:00:00Z</dcterms:created>"),
            "{core}"
        );
    }
}

#[test]
fn the_moderator_is_the_author_when_no_note_taker_is_named() {
    let mut session = example_session();
    session.details.note_takers.clear();
    session.details.moderator = "Anna & Co".into();
    let bytes = render(&session, Format::Docx, Lang::Sv, None).unwrap();
    let core = zip_part(&bytes, "docProps/core.xml");
    assert!(
        core.contains("<dc:creator>Anna &amp; Co</dc:creator>"),
        "{core}"
    );
    session.details.moderator.clear();
    let bytes = render(&session, Format::Docx, Lang::Sv, None).unwrap();
    assert!(!zip_part(&bytes, "docProps/core.xml").contains("creator"));
}

#[test]
fn the_html_count_table_of_21_groups_has_a_row_per_group() {
    let session = regions_session();
    let html = String::from_utf8(render(&session, Format::Html, Lang::Sv, None).unwrap()).unwrap();
    let table = &html[html.rfind("<table").unwrap()..html.rfind("</table>").unwrap()];
    let header = &table[..table.find("</tr>").unwrap()];
    let items = session.agenda.items.len();
    // A column per item and the total, not one per group: A4 holds 12 narrow columns.
    assert_eq!(header.matches("</th>").count(), items + 2, "{header}");
    assert_eq!(table.matches("<tr").count(), 1 + 21 + 1, "{table}");
    assert!(
        table.contains("<tr><td>Region Östergötland</td>"),
        "{table}"
    );
    assert!(html.contains("white-space: nowrap"), "numbers never wrap");
}

/// Twentieths of a point that a digit of 8.5 pt bold text needs in the widest
/// likely font (DejaVu Sans Bold, 0.7 em, where Calibri is missing).
const WIDE_DIGIT: usize = 119;

#[test]
fn three_digit_totals_fit_their_word_table_column() {
    let xml = text_of(&regions_session(), Format::Docx, &Options::new(Lang::Sv));
    let table = &xml[xml.rfind("<w:tbl>").unwrap()..];
    let grid: Vec<usize> = table
        .split("<w:gridCol w:w=\"")
        .skip(1)
        .map(|g| g[..g.find('"').unwrap()].parse().unwrap())
        .collect();
    assert_eq!(grid.len(), 1 + 10 + 1, "group, 10 items, total");
    // Without its own cell margins a table gets Word's 108 on each side.
    let margin = |side: &str| {
        let pattern = format!("<w:{side} w:w=\"");
        table
            .find(&pattern)
            .filter(|&at| at < table.find("<w:tr").unwrap())
            .map(|at| {
                let rest = &table[at + pattern.len()..];
                rest[..rest.find('"').unwrap()].parse::<usize>().unwrap()
            })
            .unwrap_or(108)
    };
    let padding = margin("left") + margin("right");
    for &width in &grid[1..11] {
        assert!(
            width - padding >= 3 * WIDE_DIGIT,
            "an item column of {width} with {padding} padding wraps 252; grid {grid:?}"
        );
    }
    assert!(
        grid.iter().sum::<usize>() <= 11906 - 2 * 1134,
        "fits A4: {grid:?}"
    );
}

#[test]
fn swedish_csv_is_separated_by_semicolons_and_english_by_commas() {
    let session = example_session();
    for (lang, header) in [
        (
            Lang::Sv,
            "\u{feff}session;punkt_id;punkt;grupp;typ;tid;text;ändrad;ansvarig;klart_senast;prickar;teman\r\n",
        ),
        (
            Lang::En,
            "\u{feff}session,item_id,item,group,kind,time,text,edited,owner,due,dots,themes\r\n",
        ),
    ] {
        let csv = text_of(&session, Format::Csv, &Options::new(lang));
        assert!(csv.starts_with(header), "{csv}");
    }
    let tab = Options {
        delimiter: Some('\t'),
        ..Options::new(Lang::Sv)
    };
    let csv = text_of(&session, Format::Csv, &tab);
    assert!(csv.starts_with("\u{feff}session\tpunkt_id\t"), "{csv}");
    // A field holding the delimiter is quoted, whichever it is.
    assert!(
        csv.contains("\t\"Gotland vill lyfta öperspektivet: få aktörer, korta avstånd.\"\t"),
        "{csv}"
    );
}

#[test]
fn the_workbook_has_three_sheets_with_real_dates_frozen_headers_and_filters() {
    let bytes = render(&example_session(), Format::Xlsx, Lang::Sv, None).unwrap();
    let workbook = zip_part(&bytes, "xl/workbook.xml");
    for name in [
        "Bidrag",
        "Åtgärder",
        "Per punkt och grupp",
        "Sammanfattningar",
        "Prioriteringar",
    ] {
        assert!(
            workbook.contains(&format!("<sheet name=\"{name}\"")),
            "{workbook}"
        );
    }
    for sheet in 1..=5 {
        let xml = zip_part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
        assert!(xml.contains("state=\"frozen\""), "sheet {sheet}: {xml}");
        assert!(xml.contains("<autoFilter ref=\"A1:"), "sheet {sheet}");
    }
    // 2015-11-20 13:01:52 is Excel's day 42328 and a fraction, in a date format.
    let contributions = zip_part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(contributions.contains("<v>42328.54"), "{contributions}");
    let styles = zip_part(&bytes, "xl/styles.xml");
    assert!(styles.contains("yyyy-mm-dd hh:mm"), "{styles}");
    let cells = xlsx_cells(&bytes);
    assert_eq!(
        cells[..6],
        ["Punkt", "Grupp", "Typ", "Tid", "Text", "Ändrad"]
    );
    let counts = zip_part(&bytes, "xl/worksheets/sheet3.xml");
    assert!(counts.contains("<v>47</v>"), "the grand total: {counts}");
}

#[test]
fn the_workbook_keeps_formulas_as_text() {
    let bytes = render(&hostile_session(), Format::Xlsx, Lang::Sv, None).unwrap();
    for sheet in 1..=3 {
        let xml = zip_part(&bytes, &format!("xl/worksheets/sheet{sheet}.xml"));
        assert!(!xml.contains("<f>"), "sheet {sheet} has a formula");
    }
    let cells = xlsx_cells(&bytes);
    for text in [
        "=HYPERLINK(\"http://x\")",
        "+1",
        "-2",
        "@SUM(A1)",
        "<script>alert(1)</script>",
    ] {
        assert!(
            cells.iter().any(|c| c == text),
            "{text} is not a text cell as typed"
        );
    }
}

/// The contributions in the order `--order time` promises: item by item, by time.
fn in_time_order(session: &Session) -> Vec<&Contribution> {
    let mut all = Vec::new();
    for item in &session.agenda.items {
        let mut mine: Vec<&Contribution> = session.contributions_for_item(&item.id).collect();
        mine.sort_by_key(|c| (c.at, c.id));
        all.extend(mine);
    }
    all
}

fn appear_in_order(text: &str, contributions: &[&Contribution]) -> bool {
    let mut from = 0;
    for c in contributions {
        match text[from..].find(&c.text) {
            Some(at) => from += at + c.text.len(),
            None => return false,
        }
    }
    true
}

const LISTING_FORMATS: [Format; 5] = [
    Format::Markdown,
    Format::Html,
    Format::Docx,
    Format::Csv,
    Format::Xlsx,
];

#[test]
fn order_time_lists_each_item_chronologically_in_every_format() {
    let session = example_session();
    let expected = in_time_order(&session);
    let by_time = Options {
        order: Order::Time,
        ..Options::new(Lang::Sv)
    };
    for format in LISTING_FORMATS {
        let by_group = text_of(&session, format, &Options::new(Lang::Sv));
        assert!(
            !appear_in_order(&by_group, &expected),
            "{format:?}: the example must tell the two orders apart"
        );
        let text = text_of(&session, format, &by_time);
        assert!(appear_in_order(&text, &expected), "{format:?}:\n{text}");
    }
    let md = text_of(&session, Format::Markdown, &by_time);
    assert!(
        md.contains("- 13:01 · Region Skåne · synpunkt — Bra att dialogen"),
        "{md}"
    );
}

#[test]
fn no_times_leaves_out_every_time_and_edit_mark_in_every_format() {
    let session = example_session();
    let options = Options {
        times: false,
        ..Options::new(Lang::Sv)
    };
    let edited = session
        .contributions
        .values()
        .find(|c| c.edited_at.is_some());
    assert!(edited.is_some(), "the example has an edited contribution");
    for format in LISTING_FORMATS {
        let with_times = text_of(&session, format, &Options::new(Lang::Sv));
        let text = text_of(&session, format, &options);
        assert!(with_times.to_lowercase().contains("ändrad"), "{format:?}");
        assert!(
            !text.to_lowercase().contains("ändrad"),
            "{format:?}:\n{text}"
        );
        // CSV and the workbook show the date with the time.
        assert!(with_times.contains("2015-11-20 13:0") || format != Format::Csv);
        assert!(!text.contains("2015-11-20 1"), "{format:?}");
        for c in session.contributions.values() {
            for shown in [format!("{} · ", hm(&c.at)), format!("({})", hm(&c.at))] {
                assert!(!text.contains(&shown), "{format:?} shows {shown}");
            }
            assert!(text.contains(&c.text.replace('&', "&amp;")) || text.contains(&c.text));
        }
    }
    let csv = text_of(&session, Format::Csv, &options);
    assert!(
        csv.starts_with(
            "\u{feff}session;punkt_id;punkt;grupp;typ;text;ansvarig;klart_senast;prickar;teman\r\n"
        ),
        "{csv}"
    );
    let md = text_of(&session, Format::Markdown, &options);
    assert!(md.contains("\n- synpunkt — Bra att dialogen"), "{md}");
    let bytes = render_with(&session, Format::Xlsx, &options).unwrap();
    let sheet = zip_part(&bytes, "xl/worksheets/sheet1.xml");
    assert!(!sheet.contains("<v>42328."), "no date cells: {sheet}");
}
