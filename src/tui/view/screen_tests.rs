//! What the screen says, row by row: the log around a selection, the footer's keys
//! and messages, the header's clock, the sidebar's minutes, the help at 80 columns.

use super::*;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Event, Session};
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::update::{start_clock, update};
use chrono::TimeZone;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use ratatui::buffer::Buffer;
use ratatui::style::Modifier;

fn at(h: u32, m: u32, s: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2015, 11, 20, h, m, s)
        .unwrap()
}

fn model(lang: Lang) -> Model {
    let session = Session::new(
        "2015-11-20-test".into(),
        "Integration för tillväxt".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &["Region Skåne".into(), "Region Gotland".into()],
        at(9, 0, 0),
    );
    let mut model = Model::new(session, lang, at(9, 0, 0));
    start_clock(&mut model, at(9, 0, 0));
    model
}

fn say(model: &mut Model, text: &str) {
    model.capture = crate::tui::input::LineInput::with_text(text);
    update(model, Action::Commit, at(9, 0, 30));
}

fn screen(model: &Model, width: u16, height: u16, now: Timestamp) -> Buffer {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| draw(frame, model, now)).unwrap();
    terminal.backend().buffer().clone()
}

fn row(buffer: &Buffer, y: u16) -> String {
    (0..buffer.area.width)
        .map(|x| buffer[(x, y)].symbol())
        .collect()
}

fn rows(buffer: &Buffer) -> Vec<String> {
    (0..buffer.area.height).map(|y| row(buffer, y)).collect()
}

/// The footer: the last two rows, joined.
fn footer(buffer: &Buffer) -> String {
    let h = buffer.area.height;
    format!("{}\n{}", row(buffer, h - 2), row(buffer, h - 1))
}

#[test]
fn an_older_selection_keeps_the_newer_contributions_below_it() {
    let mut m = model(Lang::Sv);
    for t in ["Första", "Andra", "Tredje"] {
        say(&mut m, t);
    }
    update(&mut m, Action::Up, at(9, 1, 0));
    update(&mut m, Action::Up, at(9, 1, 0));
    let all = rows(&screen(&m, 100, 30, at(9, 1, 0)));
    let line = |text: &str| all.iter().position(|r| r.contains(text));
    let (second, third) = (line("Andra").unwrap(), line("Tredje"));
    assert_eq!(third, Some(second + 1), "{all:#?}");
    assert_eq!(line("Första"), Some(second - 1), "{all:#?}");
}

#[test]
fn a_selection_far_back_is_on_the_top_row_with_the_newer_rows_under_it() {
    let mut m = model(Lang::Sv);
    for n in 1..=30 {
        say(&mut m, &format!("Bidrag nummer {n}"));
    }
    for _ in 0..29 {
        update(&mut m, Action::Up, at(9, 1, 0));
    }
    assert_eq!(m.selected, Some(1));
    let all = rows(&screen(&m, 100, 30, at(9, 1, 0)));
    let first = all
        .iter()
        .position(|r| r.contains("Bidrag nummer 2 "))
        .unwrap();
    assert!(all[first + 1].contains("Bidrag nummer 3 "), "{all:#?}");
    assert!(all[first - 1].contains("Bidrag (30)"), "{all:#?}");
}

#[test]
fn the_footer_says_enter_edits_a_selected_contribution() {
    let mut m = model(Lang::Sv);
    say(&mut m, "Ett");
    update(&mut m, Action::Up, at(9, 1, 0));
    let text = footer(&screen(&m, 100, 30, at(9, 1, 0)));
    assert!(text.contains("Enter redigera"), "{text}");
    assert!(!text.contains("Enter spara"), "{text}");
}

#[test]
fn the_footer_offers_no_next_item_on_the_last_item() {
    let mut m = model(Lang::En);
    assert!(footer(&screen(&m, 120, 30, at(9, 1, 0))).contains("PgDn next item"));
    for _ in 0..20 {
        update(&mut m, Action::NextItem, at(9, 1, 0));
    }
    let text = footer(&screen(&m, 120, 30, at(9, 1, 0)));
    assert!(!text.contains("PgDn"), "{text}");
}

#[test]
fn f1_is_in_the_footer_at_80_and_100_columns_in_every_mode() {
    let now = at(9, 1, 0);
    for lang in [Lang::Sv, Lang::En] {
        let help = if lang == Lang::Sv {
            "F1 hjälp"
        } else {
            "F1 help"
        };
        let base = || {
            let mut m = model(lang);
            say(&mut m, "Ett");
            m.flash = None;
            m
        };
        let mut states: Vec<(&str, Model)> = vec![("idle", base())];
        let mut m = base();
        update(&mut m, Action::Insert("skriver".into()), now);
        states.push(("typing", m));
        let mut m = base();
        update(&mut m, Action::Up, now);
        states.push(("selected", m.clone()));
        update(&mut m, Action::Commit, now);
        states.push(("editing", m));
        for (name, action) in [
            ("add group", Action::AddGroup),
            ("export", Action::Export),
            ("details", Action::Details),
            ("pick group", Action::PickGroup),
        ] {
            let mut m = base();
            update(&mut m, action, now);
            states.push((name, m));
        }
        let mut m = base();
        m.saved(Err(crate::store::StoreError::disk_full_for_tests()), now);
        states.push(("not saved", m.clone()));
        update(&mut m, Action::Quit, now);
        states.push(("not saved, quit once", m));
        for (name, m) in &states {
            for width in [80, 100] {
                let text = footer(&screen(m, width, 30, now));
                assert!(text.contains(help), "{lang:?} {name} at {width}: {text}");
            }
        }
    }
}

#[test]
fn an_export_message_shows_the_file_name_first_and_the_folder_in_full() {
    let mut m = model(Lang::Sv);
    let folder = "/home/moderator/.local/share/samtal/sessions/2026-11-30-integration-for-tillvaxt";
    m.flash(
        format!("minnesanteckningar.md sparades i {folder}"),
        at(9, 1, 0),
    );
    let text = footer(&screen(&m, 80, 24, at(9, 1, 0)));
    assert!(text.contains("minnesanteckningar.md sparades i"), "{text}");
    // The folder runs from the end of the first row's message into the second row.
    let (first, second) = text.split_once('\n').unwrap();
    let head = first.split_whitespace().nth(3).unwrap_or_default();
    let tail = second.split_whitespace().next().unwrap_or_default();
    assert_eq!(format!("{head}{tail}"), folder, "{text}");
}

#[test]
fn the_not_saved_warning_on_quit_says_where_the_copy_goes() {
    let mut m = model(Lang::Sv);
    m.saved(
        Err(crate::store::StoreError::disk_full_for_tests()),
        at(9, 1, 0),
    );
    update(&mut m, Action::Quit, at(9, 1, 0));
    let text = footer(&screen(&m, 80, 24, at(9, 1, 0)));
    let joined: String = text.split_whitespace().collect();
    let copy = format!("enkopiaskrivstill{}", std::env::temp_dir().display());
    assert!(joined.contains(&copy), "{text}");
    assert!(
        text.contains("EJ SPARAT — No space left on device"),
        "{text}"
    );
}

#[test]
fn over_time_and_nearly_over_are_said_in_text() {
    let m = model(Lang::Sv);
    // Välkommen has 5 minutes: 4:00 is 80 %.
    let nearly = row(&screen(&m, 100, 30, at(9, 4, 0)), 0);
    assert!(nearly.contains("04:00 / 05:00 (1:00 kvar)"), "{nearly}");
    let over = row(&screen(&m, 100, 30, at(9, 5, 6)), 0);
    assert!(over.contains("05:06 / 05:00 +0:06 ⚠"), "{over}");
    let calm = row(&screen(&m, 100, 30, at(9, 1, 0)), 0);
    assert!(!calm.contains('⚠') && !calm.contains("kvar"), "{calm}");
}

#[test]
fn the_stopped_clock_is_in_reverse_video_on_the_header_row() {
    let mut m = model(Lang::Sv);
    update(&mut m, Action::ToggleClock, at(9, 1, 0));
    for (lang, banner) in [
        (Lang::Sv, "⏸ KLOCKAN STÅR — F6 startar"),
        (Lang::En, "⏸ CLOCK STOPPED — F6 starts"),
    ] {
        m.lang = lang;
        for width in [80, 100] {
            let buffer = screen(&m, width, 30, at(9, 2, 0));
            let header = row(&buffer, 0);
            let col = header.find(banner).unwrap_or_else(|| panic!("{header}"));
            let col = header[..col].chars().count() as u16;
            assert!(
                buffer[(col, 0)].modifier.contains(Modifier::REVERSED),
                "{header}"
            );
        }
    }
    update(&mut m, Action::ToggleClock, at(9, 3, 0));
    assert!(!row(&screen(&m, 100, 30, at(9, 3, 0)), 0).contains("⏸"));
}

#[test]
fn going_back_to_an_earlier_item_does_not_move_the_projected_end() {
    let mut m = model(Lang::Sv);
    let mut t = at(9, 0, 0);
    for _ in 0..5 {
        t += chrono::Duration::minutes(9);
        update(&mut m, Action::NextItem, t);
    }
    let before = header::projected_end(&m, t);
    update(&mut m, Action::PrevItem, t);
    update(&mut m, Action::PrevItem, t);
    let back = header::projected_end(&m, t);
    // Only the current item's unused time may differ, and that is left at zero here
    // for the earlier item (its timebox is spent): the end does not move later.
    assert!(back <= before, "{before} → {back}");
    assert!(
        before - back <= chrono::Duration::minutes(10),
        "{before} → {back}"
    );
}

#[test]
fn the_sidebar_and_the_minutes_round_the_same_way() {
    let mut m = model(Lang::Sv);
    // 1:06 on the welcome, 0:02 on the background.
    update(&mut m, Action::NextItem, at(9, 1, 6));
    update(&mut m, Action::NextItem, at(9, 1, 8));
    m.session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ClockPaused { at: at(9, 1, 8) },
    );
    let all = rows(&screen(&m, 100, 30, at(9, 2, 0)));
    let welcome = all.iter().find(|r| r.contains("Välkommen")).unwrap();
    assert!(welcome.contains(" 1m│"), "{welcome}");
    let background = all.iter().find(|r| r.contains("Bakgrund")).unwrap();
    assert!(background.contains(" 0m│"), "{background}");
    let minutes =
        crate::minutes::render(&m.session, crate::minutes::Format::Markdown, Lang::Sv, None)
            .unwrap();
    let minutes = String::from_utf8(minutes).unwrap();
    assert!(
        minutes.contains("planerat 5 min · använt 1 min"),
        "{minutes}"
    );
    assert!(minutes.contains("använt 0 min"), "{minutes}");
}

#[test]
fn the_help_at_80x24_wraps_every_line_and_scrolls_instead_of_cutting() {
    for lang in [Lang::Sv, Lang::En] {
        let mut m = model(lang);
        update(&mut m, Action::Help, at(9, 1, 0));
        let mut seen = String::new();
        // Scroll to the end (the help is longer than a screen), then once more.
        for _ in 0..200 {
            let screen = rows(&screen(&m, 80, 24, at(9, 1, 0)));
            if seen.ends_with(&screen.join("\n")) {
                break;
            }
            assert!(
                !screen.iter().any(|r| r.contains("…│")),
                "{lang:?}: {screen:#?}"
            );
            seen.push_str(&screen.join("\n"));
            update(&mut m, Action::Down, at(9, 1, 0));
        }
        let words: String = seen.split_whitespace().collect::<Vec<_>>().join(" ");
        for binding in crate::tui::keymap::KEYMAP {
            let last = binding.help(lang).split_whitespace().last().unwrap();
            assert!(words.contains(last), "{lang:?}: {last} not shown");
        }
        let editing = match lang {
            Lang::Sv => crate::tui::keymap::EDITING_HELP.0,
            Lang::En => crate::tui::keymap::EDITING_HELP.1,
        };
        assert!(words.contains(editing.split_whitespace().last().unwrap()));
    }
}

#[test]
fn below_the_minimum_size_the_message_gives_the_minimum() {
    let m = model(Lang::En);
    let text = rows(&screen(&m, 60, 10, at(9, 1, 0))).join(" ");
    let text: String = text.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(text.contains("at least 80×24 (now 60×10)"), "{text}");
    assert!(text.contains("Ctrl+Q quits"), "{text}");
}

#[test]
fn the_group_picker_offers_to_add_a_name_nothing_matches() {
    let mut m = model(Lang::Sv);
    update(&mut m, Action::PickGroup, at(9, 1, 0));
    update(&mut m, Action::Insert("Västerbotten".into()), at(9, 1, 0));
    let text = rows(&screen(&m, 100, 30, at(9, 1, 0))).join("\n");
    assert!(
        text.contains("Ingen grupp matchar — Enter lägger till den som"),
        "{text}"
    );
    assert!(text.contains("│ny grupp"), "{text}");
}
