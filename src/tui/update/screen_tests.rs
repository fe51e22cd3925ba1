//! What the moderator sees after undo, Esc, the clock and the dialogs: behaviour
//! tests of `update` with a fixed clock.

use super::fixture::texts;
use super::keys::update;
use super::tests::{at, model};
use super::*;
use crate::i18n::Lang;
use crate::session::{Event, Timestamp};
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{Mode, Model};

fn say(model: &mut Model, text: &str) {
    model.capture = LineInput::with_text(text);
    update(model, Action::Commit, at("09:01"));
}

fn flash(model: &Model) -> &str {
    model.flash.as_ref().map_or("", |f| f.text.as_str())
}

#[test]
fn undo_and_redo_select_the_contribution_they_change() {
    let mut m = model();
    for t in ["Ett", "Två", "Tre"] {
        say(&mut m, t);
    }
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Delete, at("09:02"));
    update(&mut m, Action::Cancel, at("09:02"));
    assert_eq!(m.selected, None);
    update(&mut m, Action::Undo, at("09:03"));
    assert_eq!(texts(&m), ["Ett", "Två", "Tre"]);
    assert_eq!(
        m.selected_contribution().map(|c| c.text.as_str()),
        Some("Två"),
        "the restored line is selected, so the log scrolls to it"
    );
    // An edit of the first, deselected, undone and redone: selected each time.
    update(&mut m, Action::Up, at("09:04"));
    update(&mut m, Action::Commit, at("09:04"));
    update(&mut m, Action::End, at("09:04"));
    update(&mut m, Action::Insert("!".into()), at("09:04"));
    update(&mut m, Action::Commit, at("09:04"));
    update(&mut m, Action::Cancel, at("09:04"));
    update(&mut m, Action::Undo, at("09:05"));
    assert_eq!(m.selected_contribution().unwrap().text, "Ett");
    update(&mut m, Action::Cancel, at("09:05"));
    update(&mut m, Action::Redo, at("09:05"));
    assert_eq!(m.selected_contribution().unwrap().text, "Ett!");
}

#[test]
fn undo_and_redo_name_what_they_change() {
    let mut m = model();
    say(&mut m, "Ett");
    update(&mut m, Action::Up, at("09:02"));
    update(&mut m, Action::Delete, at("09:02"));
    update(&mut m, Action::Undo, at("09:03"));
    assert_eq!(flash(&m), "Ångrat: borttaget bidrag från Region Skåne");
    update(&mut m, Action::Redo, at("09:03"));
    assert_eq!(flash(&m), "Gjort igen: borttaget bidrag från Region Skåne");
    let mut en = model();
    en.lang = Lang::En;
    say(&mut en, "One");
    update(&mut en, Action::Undo, at("09:03"));
    assert_eq!(flash(&en), "Undone: new contribution from Region Skåne");
}

/// From the details form's first field (the title) to the place.
fn to_place_field(m: &mut Model, now: Timestamp) {
    for _ in 0..3 {
        update(m, Action::NextGroup, now);
    }
    assert!(matches!(&m.mode, Mode::Details(f) if f.field == 3));
}

#[test]
fn ctrl_z_right_after_esc_brings_the_cleared_line_back_and_undoes_nothing() {
    let mut m = model();
    m.session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ClockPaused { at: at("09:01") },
    );
    update(&mut m, Action::Details, at("09:01"));
    to_place_field(&mut m, at("09:01"));
    update(&mut m, Action::Insert("Rosenbad".into()), at("09:01"));
    update(&mut m, Action::Commit, at("09:01"));
    assert_eq!(m.session.details.place, "Rosenbad");
    update(
        &mut m,
        Action::Insert("Halvskriven rad".into()),
        at("09:02"),
    );
    update(&mut m, Action::Cancel, at("09:02"));
    assert_eq!(m.capture.text(), "");
    let effects = update(&mut m, Action::Undo, at("09:02"));
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(m.capture.text(), "Halvskriven rad");
    assert_eq!(m.session.details.place, "Rosenbad", "the details stay");
    assert_eq!(flash(&m), "Ångrat: den tömda raden är tillbaka");
}

#[test]
fn undoing_what_is_not_on_screen_asks_first() {
    let mut m = model();
    say(&mut m, "På välkomsten");
    update(&mut m, Action::NextItem, at("09:03"));
    assert!(update(&mut m, Action::Undo, at("09:04")).is_empty());
    assert_eq!(m.session.contributions.len(), 1, "nothing undone yet");
    assert_eq!(
        flash(&m),
        "Ctrl+Z igen ångrar: nytt bidrag från Region Skåne på punkt 1"
    );
    // Any other key in between disarms it.
    update(&mut m, Action::CycleKind, at("09:04"));
    update(&mut m, Action::Undo, at("09:04"));
    assert_eq!(m.session.contributions.len(), 1);
    update(&mut m, Action::Undo, at("09:04"));
    assert!(m.session.contributions.is_empty());
    assert_eq!(
        flash(&m),
        "Ångrat: nytt bidrag från Region Skåne på punkt 1"
    );
    // The details are never on screen.
    update(&mut m, Action::Details, at("09:05"));
    to_place_field(&mut m, at("09:05"));
    update(&mut m, Action::Insert("Rosenbad".into()), at("09:05"));
    update(&mut m, Action::Commit, at("09:05"));
    update(&mut m, Action::Undo, at("09:06"));
    assert_eq!(
        flash(&m),
        "Ctrl+Z igen ångrar: ändrade uppgifter för minnesanteckningarna"
    );
    assert_eq!(m.session.details.place, "Rosenbad");
}

#[test]
fn a_clean_reopen_moments_later_leaves_the_clock_standing() {
    let mut m = model();
    say(&mut m, "Ett");
    stop_clock(&mut m, at("09:10"));
    // A note-taker fixes a typo five minutes after the meeting.
    let mut again = Model::new(m.session.clone(), Lang::Sv, at("09:15"));
    assert!(start_clock(&mut again, at("09:15")).is_empty());
    assert!(again.session.clock.running_since.is_none());
    assert_eq!(again.flash, None, "no offer to go on after a clean quit");
    assert_eq!(again.session.seconds_on("welcome", at("09:30")), 10 * 60);
}

#[test]
fn below_the_minimum_size_only_quitting_acts() {
    let mut m = model();
    m.too_small = true;
    for action in [
        Action::Insert("osynligt".into()),
        Action::Commit,
        Action::NextItem,
        Action::ToggleClock,
        Action::Details,
    ] {
        assert!(update(&mut m, action, at("09:01")).is_empty());
    }
    assert_eq!(m.capture.text(), "");
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(m.session.current_item, "welcome");
    assert!(m.session.clock.running_since.is_some());
    assert_eq!(update(&mut m, Action::Quit, at("09:01")), [Effect::Quit]);
}

#[test]
fn the_group_picker_opens_on_the_current_group() {
    let mut m = model();
    update(&mut m, Action::PrevGroup, at("09:01"));
    assert_eq!(m.group_name(), "Gotland");
    update(&mut m, Action::PickGroup, at("09:01"));
    update(&mut m, Action::Commit, at("09:01"));
    assert_eq!(m.group_name(), "Gotland", "Enter keeps the current group");
}

#[test]
fn enter_on_no_match_offers_the_typed_name_as_a_new_group() {
    let mut m = model();
    update(&mut m, Action::PickGroup, at("09:01"));
    update(
        &mut m,
        Action::Insert("Region Västerbotten".into()),
        at("09:01"),
    );
    update(&mut m, Action::Commit, at("09:01"));
    let Mode::AddGroup(input) = &m.mode else {
        panic!("{:?}", m.mode)
    };
    assert_eq!(input.text(), "Region Västerbotten");
    let effects = update(&mut m, Action::Commit, at("09:01"));
    assert!(matches!(
        effects[..],
        [Effect::Persist(_, Event::GroupAdded { .. })]
    ));
    assert_eq!(m.group_name(), "Region Västerbotten");
}

#[test]
fn f1_in_a_dialog_shows_the_help_and_goes_back_to_the_dialog() {
    let mut m = model();
    update(&mut m, Action::PickGroup, at("09:01"));
    update(&mut m, Action::Insert("got".into()), at("09:01"));
    update(&mut m, Action::Help, at("09:01"));
    assert_eq!(m.mode, Mode::Help);
    update(&mut m, Action::Down, at("09:01"));
    assert_eq!(m.help_scroll, 1);
    update(&mut m, Action::Cancel, at("09:01"));
    let Mode::PickGroup(picker) = &m.mode else {
        panic!("{:?}", m.mode)
    };
    assert_eq!(picker.filter.text(), "got");
}

#[test]
fn a_crash_moments_ago_offers_to_go_on_without_counting_the_gap() {
    let mut m = model();
    m.capture = LineInput::with_text("Sista innan kraschen");
    update(&mut m, Action::Commit, at("09:05"));
    // kill -9 at 09:06: the file still says the clock runs. Reopened at 09:20.
    let mut again = Model::new(m.session.clone(), Lang::Sv, at("09:20"));
    let effects = start_clock(&mut again, at("09:20"));
    assert_eq!(
        crate::tui::update::effect::without_ids(&effects),
        [Effect::Persist(
            crate::session::EventId::default(),
            Event::ClockPaused { at: at("09:05") }
        )],
        "stopped at the last change, and left standing"
    );
    let flash = again.flash.as_ref().map(|f| f.text.as_str());
    assert_eq!(
        flash,
        Some("Sessionen avbröts oväntat. Klockan står — F6 fortsätter")
    );
    update(&mut again, Action::ToggleClock, at("09:20"));
    assert_eq!(
        again.session.seconds_on("welcome", at("09:21")),
        5 * 60 + 60
    );
}

#[test]
fn a_crash_and_damage_met_at_opening_are_both_said_until_esc() {
    let mut m = model();
    m.capture = LineInput::with_text("Sista innan kraschen");
    update(&mut m, Action::Commit, at("09:05"));
    let mut again = Model::new(m.session.clone(), Lang::Sv, at("09:20"));
    let damaged = crate::store::segments::Problem {
        file: "00000000bb000001.000001.jsonl".into(),
        writer: None,
        line: Some(2),
        reason: crate::store::segments::Unreadable::ChecksumMismatch,
    };
    let effects = crate::tui::update::open_session(&mut again, &[damaged], at("09:20"));
    assert_eq!(effects.len(), 1, "the clock stopped: {effects:?}");
    let flash = again.flash.as_ref().expect("a notice");
    assert!(flash.sticky);
    assert_eq!(
        flash.text,
        "Sessionen avbröts oväntat. Klockan står — F6 fortsätter · Skadade rader hoppades \
         över: 1 oläsliga i events/: 00000000bb000001.000001.jsonl rad 2: kontrollsumman \
         stämmer inte (Esc kvitterar)"
    );
}
