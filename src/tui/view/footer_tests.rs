//! The footer's two rows for a long notice: broken at a space, by display width,
//! whatever the letters (å, ä, ö, emoji); only a word longer than a row is cut.

use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Session, Timestamp};
use crate::tui::model::Model;
use chrono::TimeZone;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn at_nine() -> Timestamp {
    chrono::FixedOffset::east_opt(3600)
        .and_then(|zone| zone.with_ymd_and_hms(2015, 11, 20, 9, 0, 0).single())
        .expect("a valid time")
}

/// The footer's two rows at `columns` columns with `notice` in it.
fn footer_rows(notice: &str, columns: u16) -> [String; 2] {
    let session = Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::Sv,
        Agenda::builtin().expect("the built-in agenda"),
        &["Region Skåne".into()],
        at_nine(),
    );
    let mut model = Model::new(session, Lang::Sv, at_nine());
    model.notice(notice, at_nine());
    let mut terminal = Terminal::new(TestBackend::new(columns, 30)).expect("a test terminal");
    terminal
        .draw(|frame| crate::tui::view::draw(frame, &model, at_nine()))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let row = |y: u16| -> String { (0..columns).map(|x| buffer[(x, y)].symbol()).collect() };
    [row(28), row(29)]
}

/// The notice's last word on the first row and first word on the second (F1 and
/// the save state taken away).
fn words_at_the_break(rows: &[String; 2]) -> (String, String) {
    let first = rows[0].trim_end().trim_end_matches("F1 hjälp").trim_end();
    let last = first.rsplit(' ').next().unwrap_or_default();
    let next = rows[1].split_whitespace().next().unwrap_or_default();
    (last.to_string(), next.to_string())
}

const DAMAGE: &str = "Skadade rader hoppades över: 2 oläsliga i events/: \
    aa32a9764b-1.jsonl rad 3: kontrollsumman stämmer inte; \
    bb41c0e2aa-1.jsonl rad 7: kontrollsumman stämmer inte";

#[test]
fn a_long_damage_notice_breaks_at_a_space_on_two_rows() {
    let whole: Vec<&str> = DAMAGE.split(' ').collect();
    for columns in [80, 90, 100, 120] {
        let rows = footer_rows(DAMAGE, columns);
        let (last, next) = words_at_the_break(&rows);
        assert!(whole.contains(&last.as_str()), "{columns}: {rows:#?}");
        assert!(whole.contains(&next.as_str()), "{columns}: {rows:#?}");
    }
    insta::assert_snapshot!(footer_rows(DAMAGE, 100).join("\n"));
}

#[test]
fn a_notice_of_wide_letters_breaks_at_a_space_by_display_width() {
    let notice = "Åsa öppnade 🎉🎉 sessionen på Örebros dator: ändringar från Västerås \
        väntar på synkningen 📁 och kontrollsumman stämmer inte för två rader i Gävleborgs fil";
    let whole: Vec<&str> = notice.split(' ').collect();
    for columns in [80, 91, 100] {
        let rows = footer_rows(notice, columns);
        let (last, next) = words_at_the_break(&rows);
        assert!(whole.contains(&last.as_str()), "{columns}: {rows:#?}");
        assert!(whole.contains(&next.as_str()), "{columns}: {rows:#?}");
    }
    insta::assert_snapshot!(footer_rows(notice, 80).join("\n"));
}

#[test]
fn a_word_longer_than_a_row_fills_the_first_row_to_the_edge() {
    let path = format!("Kunde inte skriva /tmp/{}/protokoll.md", "mapp/".repeat(30));
    let rows = footer_rows(&path, 80);
    assert!(
        rows[0].contains("Kunde inte skriva /tmp/mapp/mapp"),
        "{rows:#?}"
    );
    assert!(!rows[1].trim_start().starts_with("/tmp"), "{rows:#?}");
}

#[test]
fn a_notice_that_fits_beside_f1_but_not_beside_the_save_state_uses_both_rows() {
    let notice = "minutes.md exported to /tmp/forum/2015-11-20-test: open it to read";
    let session = Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::En,
        Agenda::builtin().expect("the built-in agenda"),
        &["Region Skåne".into()],
        at_nine(),
    );
    let mut model = Model::new(session, Lang::En, at_nine());
    model.notice(notice, at_nine());
    let notice = model.flash.as_ref().expect("the notice").text.clone();
    // Beside " F1 help " it fits; beside " ✓ saved 09:00:00 " as well it does not.
    let columns = 1 + crate::text::width(&notice) + 9 + 5;
    let mut terminal = Terminal::new(TestBackend::new(columns as u16, 30)).expect("a terminal");
    terminal
        .draw(|frame| crate::tui::view::draw(frame, &model, at_nine()))
        .expect("drawn");
    let buffer = terminal.backend().buffer();
    let row = |y: u16| -> String {
        (0..columns as u16)
            .map(|x| buffer[(x, y)].symbol())
            .collect()
    };
    let rows = [row(28), row(29)];
    let saved = rows[1]
        .find("✓ saved")
        .expect("the save state on the second row");
    assert!(
        !rows[1][..saved].trim().is_empty(),
        "the second row holds words of the notice: {rows:#?}"
    );
    let shown = format!("{} {}", rows[0].replace("F1 help", ""), &rows[1][..saved]);
    let shown: Vec<&str> = shown.split_whitespace().collect();
    assert_eq!(shown.join(" "), notice, "every word, once");
    insta::assert_snapshot!(rows.join("\n"));
}
