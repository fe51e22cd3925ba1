use super::*;
use crate::fixture::{example_session, forum_start};
use crate::i18n::Lang;
use crate::session::Event;
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The whole screen drawn at `width` × `height`; the other screen tests draw with it too.
pub(super) fn render(
    model: &Model,
    width: u16,
    height: u16,
    now: Timestamp,
) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|frame| draw(frame, model, now)).unwrap();
    terminal
}

/// The example forum, on challenge 4 with the clock running, a contribution being
/// typed, and one with an emoji and a wide character in the log.
fn forum(lang: Lang) -> (Model, Timestamp) {
    let mut session = example_session();
    let start = forum_start();
    let entered = start + chrono::Duration::minutes(40);
    session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "challenge-4".into(),
            at: entered,
        },
    );
    session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ClockStarted { at: entered },
    );
    session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ContributionAdded {
            id: session.next_event_id(crate::session::WriterId::ORIGIN, session.last_change),
            item: "challenge-4".into(),
            group: crate::session::EventId::origin(6),
            kind: crate::session::Kind::Comment,
            text: "Gotland 🇸🇪: bostäder för säsongsarbete, 住宅 saknas".into(),
            at: entered + chrono::Duration::minutes(7),
        },
    );
    let now = entered + chrono::Duration::minutes(7) + chrono::Duration::seconds(5);
    let mut model = Model::new(session, lang, now);
    model.group = 2;
    for c in "Kö till hyresrätter i Malmö".chars() {
        update(&mut model, Action::Insert(c.to_string()), now);
    }
    (model, now)
}

#[test]
fn main_screen_80x24_swedish() {
    let (model, now) = forum(Lang::Sv);
    insta::assert_snapshot!(render(&model, 80, 24, now).backend());
}

#[test]
fn main_screen_120x40_swedish() {
    let (model, now) = forum(Lang::Sv);
    insta::assert_snapshot!(render(&model, 120, 40, now).backend());
}

#[test]
fn main_screen_80x24_english() {
    let (model, now) = forum(Lang::En);
    insta::assert_snapshot!(render(&model, 80, 24, now).backend());
}

#[test]
fn main_screen_120x40_english() {
    let (model, now) = forum(Lang::En);
    insta::assert_snapshot!(render(&model, 120, 40, now).backend());
}

#[test]
fn selecting_and_editing_shows_in_the_log_and_capture_line() {
    let (mut model, now) = forum(Lang::Sv);
    update(&mut model, Action::Cancel, now);
    update(&mut model, Action::Up, now);
    update(&mut model, Action::Up, now);
    update(&mut model, Action::Commit, now);
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}

#[test]
fn help_overlay_lists_the_keymap() {
    let (mut model, now) = forum(Lang::Sv);
    update(&mut model, Action::Help, now);
    insta::assert_snapshot!(render(&model, 120, 40, now).backend());
}

#[test]
fn over_time_the_item_clock_turns_red() {
    let (model, now) = forum(Lang::Sv);
    let late = now + chrono::Duration::minutes(5);
    let terminal = render(&model, 120, 40, late);
    let buffer = terminal.backend().buffer();
    let header: String = (0..120).map(|x| buffer[(x, 0)].symbol()).collect();
    let col = header.find(" / 08:00").unwrap();
    let col = header[..col].chars().count() as u16 - 1;
    assert_eq!(buffer[(col, 0)].bg, ratatui::style::Color::Red, "{header}");
}

#[test]
fn a_not_saved_state_is_red_in_the_footer() {
    let (mut model, now) = forum(Lang::En);
    model.saved(Err(crate::store::StoreError::disk_full_for_tests()), now);
    let terminal = render(&model, 120, 40, now);
    let buffer = terminal.backend().buffer();
    let footer: String = (0..120).map(|x| buffer[(x, 39)].symbol()).collect();
    assert!(
        footer.contains("NOT SAVED — No space left on device"),
        "{footer}"
    );
}

#[test]
fn below_the_minimum_size_asks_for_a_larger_window() {
    let (model, now) = forum(Lang::Sv);
    insta::assert_snapshot!(render(&model, 60, 10, now).backend());
}

#[test]
fn every_size_from_nothing_to_200x60_renders_without_panic() {
    let (mut model, now) = forum(Lang::Sv);
    for (width, height) in (0..=200u16)
        .step_by(7)
        .flat_map(|w| (0..=60u16).map(move |h| (w, h)))
    {
        render(&model, width, height, now);
    }
    update(&mut model, Action::Help, now);
    for size in 0..=90u16 {
        render(&model, size, size / 2, now);
        render(&model, size * 2, size, now);
    }
    for (width, height) in [(0, 0), (1, 1), (80, 24), (79, 24), (80, 23), (200, 60)] {
        render(&model, width, height, now);
    }
}

#[test]
fn hostile_text_cannot_reach_the_terminal() {
    let (mut model, now) = forum(Lang::Sv);
    let id = model
        .session
        .next_event_id(crate::session::WriterId::ORIGIN, now);
    model.session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ContributionAdded {
            id,
            item: "challenge-4".into(),
            group: crate::session::EventId::origin(1),
            kind: crate::session::Kind::Comment,
            text: "före \u{1b}[2J efter \u{202e}baklänges".into(),
            at: now,
        },
    );
    let terminal = render(&model, 120, 40, now);
    let all: String = terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|c| c.symbol())
        .collect();
    assert!(!all.contains('\u{1b}') && !all.contains('\u{202e}'));
    assert!(all.contains("före �[2J efter"));
}

#[test]
fn the_export_picker_and_the_details_form() {
    let (mut model, now) = forum(Lang::Sv);
    update(&mut model, Action::Export, now);
    update(&mut model, Action::Down, now);
    insta::assert_snapshot!("export_picker", render(&model, 100, 30, now).backend());
    update(&mut model, Action::Cancel, now);
    update(&mut model, Action::Details, now);
    update(&mut model, Action::Down, now);
    insta::assert_snapshot!("details_form", render(&model, 100, 30, now).backend());
}

#[test]
fn help_overlay_at_80x24_in_english() {
    let (mut model, now) = forum(Lang::En);
    update(&mut model, Action::Help, now);
    insta::assert_snapshot!(render(&model, 80, 24, now).backend());
}

#[test]
fn the_groups_dialog_shows_counts_marks_and_the_merge_target() {
    let (mut model, now) = forum(Lang::Sv);
    update(&mut model, Action::Cancel, now);
    update(&mut model, Action::Groups, now);
    update(&mut model, Action::Down, now);
    update(&mut model, Action::Insert(" ".into()), now);
    update(&mut model, Action::Insert(" ".into()), now);
    update(&mut model, Action::Insert("+".into()), now);
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}
