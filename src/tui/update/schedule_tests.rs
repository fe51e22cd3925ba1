//! Re-timing (F8), skipping, the planned-times sidebar and the room grid (F7),
//! through `update` with a fixed clock.

use super::*;
use crate::agenda::Agenda;
use crate::i18n::Lang;
use crate::session::{Event, Timestamp};
use crate::session::{Offset, Session};
use crate::tui::action::Action;
use crate::tui::model::{Mode, Model};
use chrono::TimeZone;

fn at(minute: u32) -> Timestamp {
    chrono::FixedOffset::east_opt(3600)
        .unwrap()
        .with_ymd_and_hms(2015, 11, 20, 9, minute, 0)
        .unwrap()
}

/// The built-in agenda (90 min), planned for 09:00, started at 09:30.
fn late() -> Model {
    let mut session = Session::new(
        "2015-11-20-test".into(),
        "T".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &["Region Skåne".into(), "Region Gotland".into()],
        at(0),
    );
    session.schedule.planned_start = Some(at(0));
    let mut model = Model::new(session, Lang::Sv, at(30));
    start_clock(&mut model, at(30));
    model
}

fn persisted(effects: &[Effect]) -> Vec<&Event> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Persist(_, event) => Some(event),
            _ => None,
        })
        .collect()
}

#[test]
fn enter_accepts_the_proposal_as_one_event_and_undo_takes_it_back() {
    let mut m = late();
    assert_eq!(m.session.offset(at(30)), Some(Offset::Behind(30)));
    update(&mut m, Action::Retime, at(30));
    assert!(matches!(m.mode, Mode::Retime(_)));
    let effects = update(&mut m, Action::Commit, at(30));
    let events = persisted(&effects);
    assert!(matches!(events[..], [Event::TimeboxesSet { .. }]));
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(m.session.offset(at(30)), Some(Offset::OnTime));
    assert_eq!(m.flash.as_ref().unwrap().text, "omplanerade tider");
    update(&mut m, Action::Undo, at(31));
    assert!(m.session.schedule.retimed.is_empty());
    assert!(m.flash.as_ref().unwrap().text.contains("omplanerade tider"));
}

#[test]
fn arrows_adjust_the_chosen_item_before_enter() {
    let mut m = late();
    update(&mut m, Action::Retime, at(30));
    // The first row is "background" (10 min), proposed shorter.
    let Mode::Retime(dialog) = &m.mode else {
        panic!("not open")
    };
    let proposed = dialog.proposal.rows[0].new;
    update(&mut m, Action::Right, at(30));
    update(&mut m, Action::Right, at(30));
    update(&mut m, Action::Commit, at(30));
    assert_eq!(m.session.timebox_minutes("background"), proposed + 2);
    assert_eq!(m.session.planned_minutes("background"), 10);
}

#[test]
fn s_skips_the_chosen_item_live_and_again_takes_it_back() {
    let mut m = late();
    update(&mut m, Action::Retime, at(30));
    update(&mut m, Action::Down, at(30));
    let effects = update(&mut m, Action::Insert("S".into()), at(30));
    assert!(matches!(
        persisted(&effects)[..],
        [Event::ItemSkipped { item, skipped: true, .. }] if item == "challenge-1"
    ));
    assert!(m.session.schedule.skipped.contains("challenge-1"));
    // The proposal is made again: 8 minutes less to find.
    let Mode::Retime(dialog) = &m.mode else {
        panic!("not open")
    };
    assert!(dialog.proposal.rows[1].skipped);
    assert_eq!(m.session.offset(at(30)), Some(Offset::Behind(22)));
    update(&mut m, Action::Insert("s".into()), at(30));
    assert!(m.session.schedule.skipped.is_empty());
    update(&mut m, Action::Cancel, at(30));
    update(&mut m, Action::Undo, at(31));
    assert!(m.session.schedule.skipped.contains("challenge-1"));
    assert!(m.flash.as_ref().unwrap().text.contains("punkt 3"));
}

#[test]
fn ctrl_l_toggles_planned_times_and_f7_opens_and_closes_the_grid() {
    let mut m = late();
    update(&mut m, Action::TogglePlanned, at(30));
    assert!(m.show_planned);
    update(&mut m, Action::TogglePlanned, at(30));
    assert!(!m.show_planned);
    update(&mut m, Action::Grid, at(30));
    update(&mut m, Action::Down, at(30));
    update(&mut m, Action::Right, at(30));
    assert_eq!(
        m.mode,
        Mode::Grid(crate::tui::retime::GridScroll { row: 1, column: 1 })
    );
    update(&mut m, Action::Grid, at(30));
    assert_eq!(m.mode, Mode::Capture);
}

fn ticks(m: &mut Model, from: Timestamp, seconds: i64) -> usize {
    (0..=seconds)
        .map(|s| update(m, Action::Tick, from + chrono::Duration::seconds(s)))
        .filter(|effects| effects.contains(&Effect::Bell))
        .count()
}

#[test]
fn the_bell_rings_once_at_the_timebox_and_at_the_warning_share() {
    // Welcome: 5 minutes from 09:30.
    let mut m = late();
    assert_eq!(ticks(&mut m, at(30), 3 * 60), 0);
    assert_eq!(ticks(&mut m, at(33), 3 * 60), 1, "once, at 09:35");
    assert!(m.alerted.contains(&("welcome".into(), 100)));
    let mut m = late();
    m.alerts.warn_percent = Some(80);
    assert_eq!(ticks(&mut m, at(30), 4 * 60), 1, "at 80 %: 09:34");
    update(&mut m, Action::Tick, at(34));
    assert!(m.header_flash_until.is_some());
    assert_eq!(ticks(&mut m, at(34), 2 * 60), 1, "and at 100 %");
    let mut m = late();
    m.alerts.quiet = true;
    m.session.agenda.warn_percent = Some(80);
    assert_eq!(ticks(&mut m, at(30), 10 * 60), 0);
    assert_eq!(m.header_flash_until, None);
}

#[test]
fn the_agenda_warning_share_is_used_without_the_option() {
    let mut m = late();
    m.session.agenda.warn_percent = Some(50);
    let rang: Vec<i64> = (0..=300)
        .filter(|s| {
            update(&mut m, Action::Tick, at(30) + chrono::Duration::seconds(*s))
                .contains(&Effect::Bell)
        })
        .collect();
    assert_eq!(rang, vec![150, 300]);
}

/// Opens the details form on the planned start and types `text` over it.
fn type_start(m: &mut Model, text: &str, now: Timestamp) -> Vec<Effect> {
    update(m, Action::Details, now);
    for _ in 0..crate::tui::model::DetailsForm::START {
        update(m, Action::Down, now);
    }
    for _ in 0..10 {
        update(m, Action::Backspace, now);
    }
    update(m, Action::Insert(text.into()), now);
    update(m, Action::Commit, now)
}

#[test]
fn the_details_form_sets_changes_and_removes_the_planned_start() {
    let mut m = late();
    let effects = type_start(&mut m, "9:30", at(31));
    assert!(matches!(
        persisted(&effects)[..],
        [Event::PlannedStartSet { start: Some(_), .. }]
    ));
    assert_eq!(m.session.schedule.planned_start, Some(at(30)));
    assert_eq!(m.session.offset(at(30)), Some(Offset::OnTime));
    // Not a time: the form stays open on the field and nothing changes.
    assert!(type_start(&mut m, "halv tio", at(32)).is_empty());
    assert!(matches!(&m.mode, Mode::Details(form) if form.field == 5));
    assert_eq!(m.session.schedule.planned_start, Some(at(30)));
    update(&mut m, Action::Cancel, at(32));
    type_start(&mut m, "", at(33));
    assert_eq!(m.session.offset(at(33)), None);
    update(&mut m, Action::Undo, at(34));
    assert_eq!(m.session.schedule.planned_start, Some(at(30)));
}

#[test]
fn l_moves_the_chosen_item_later_and_undo_moves_it_back() {
    let mut m = late();
    update(&mut m, Action::Retime, at(30));
    update(&mut m, Action::Down, at(30));
    let effects = update(&mut m, Action::Insert("L".into()), at(30));
    assert!(matches!(
        persisted(&effects)[..],
        [Event::ItemMoved { item, to: 3, .. }] if item == "challenge-1"
    ));
    assert_eq!(m.session.agenda.items[3].id, "challenge-1");
    assert_eq!(m.session.item_number("challenge-1"), 3);
    // The chosen row follows the item.
    let Mode::Retime(dialog) = &m.mode else {
        panic!("not open")
    };
    assert_eq!(dialog.proposal.rows[dialog.selected].item, "challenge-1");
    update(&mut m, Action::Cancel, at(30));
    update(&mut m, Action::Undo, at(31));
    assert_eq!(m.session.agenda.items[2].id, "challenge-1");
    assert!(
        m.flash
            .as_ref()
            .unwrap()
            .text
            .contains("flyttade senare: punkt 3")
    );
}
