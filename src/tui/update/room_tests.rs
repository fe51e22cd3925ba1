//! The room's agenda and clock move only from the moderator's device: on a
//! note-taker's laptop the clock keys say so and change nothing, and the agenda
//! keys move only the note-taker's own view (`own_view_tests.rs`).

use super::fixture::{at_nine, model_with};
use super::keys::update;
use crate::i18n::Lang;
use crate::session::{DeviceId, WriterId};
use crate::tui::action::Action;

const MODERATOR: DeviceId = DeviceId(0x7);

fn on_device(device: DeviceId) -> crate::tui::model::Model {
    let mut model = model_with(&["Region Skåne", "Gotland"], at_nine(0), false);
    model.session.moderator_device = Some(MODERATOR);
    model.writer = WriterId::new(device, 1);
    model
}

#[test]
fn a_note_takers_clock_keys_change_nothing_and_say_why() {
    let mut model = on_device(DeviceId(0x8));
    let item = model.session.current_item.clone();
    let running = model.session.clock.running_since;
    for action in [Action::ToggleClock, Action::Retime] {
        let effects = update(&mut model, action.clone(), at_nine(1));
        assert!(effects.is_empty(), "{action:?}: {effects:?}");
        let flash = model.flash.as_ref().map(|f| f.text.clone());
        assert_eq!(
            flash.as_deref(),
            Some("Punkt och klocka styrs från samtalsledarens dator"),
            "{action:?}"
        );
    }
    assert_eq!(model.session.current_item, item);
    assert_eq!(model.session.clock.running_since, running);
    assert!(matches!(model.mode, crate::tui::model::Mode::Capture));
}

#[test]
fn a_note_takers_agenda_keys_write_nothing_and_leave_the_room_where_it_is() {
    let mut model = on_device(DeviceId(0x8));
    let item = model.session.current_item.clone();
    for action in [Action::NextItem, Action::NextItem, Action::PrevItem] {
        let effects = update(&mut model, action.clone(), at_nine(1));
        assert!(effects.is_empty(), "{action:?}: {effects:?}");
    }
    assert_eq!(model.session.current_item, item, "the room did not move");
    assert_ne!(model.item(), item, "the note-taker's own view did");
}

#[test]
fn the_moderators_agenda_key_moves_the_room() {
    let mut model = on_device(MODERATOR);
    let item = model.session.current_item.clone();
    let effects = update(&mut model, Action::NextItem, at_nine(1));
    assert!(!effects.is_empty());
    assert_ne!(model.session.current_item, item);
}

#[test]
fn a_note_takers_app_opened_while_the_moderators_clock_runs_says_no_crash_and_writes_nothing() {
    // The fold says the clock runs: the moderator's app is running, not crashed.
    let mut model = on_device(DeviceId(0x8));
    assert!(model.session.clock.running_since.is_some());
    model.flash = None;
    let effects = super::start_clock(&mut model, at_nine(20));
    assert!(effects.is_empty(), "{effects:?}");
    assert!(
        model.flash.is_none(),
        "{:?}",
        model.flash.as_ref().map(|f| &f.text)
    );
    assert!(model.session.clock.running_since.is_some());
    // The moderator's own app after a crash still says it and stops the clock.
    let mut model = on_device(MODERATOR);
    model.flash = None;
    let effects = super::start_clock(&mut model, at_nine(20));
    assert_eq!(effects.len(), 1, "{effects:?}");
    let flash = model.flash.as_ref().map(|f| f.text.as_str());
    assert_eq!(
        flash,
        Some("Sessionen avbröts oväntat. Klockan står — F6 fortsätter")
    );
}

/// The seconds from 09:00 at which a tick rang the bell, and whether the header
/// flashed, over the first ten minutes of the welcome (five minutes long).
fn bells(model: &mut crate::tui::model::Model) -> (Vec<i64>, bool) {
    let mut flashed = false;
    let rang = (0..=600)
        .filter(|s| {
            let now = at_nine(0) + chrono::Duration::seconds(*s);
            let effects = update(model, Action::Tick, now);
            flashed |= model.header_flash_until.is_some();
            effects.contains(&super::Effect::Bell)
        })
        .collect();
    (rang, flashed)
}

#[test]
fn the_bell_rings_only_on_the_moderators_device_and_the_note_takers_header_flashes() {
    assert_eq!(bells(&mut on_device(MODERATOR)), (vec![300], true));
    // Five laptops beeping in a room: a note-taker's is silent, the header marks it.
    assert_eq!(bells(&mut on_device(DeviceId(0x8))), (vec![], true));
}

/// The details form (Ctrl+D) saved with `start` typed as the planned start and,
/// when given, `place`: the events and the footer.
fn details_saved(
    model: &mut crate::tui::model::Model,
    start: &str,
    place: Option<&str>,
) -> (Vec<super::Effect>, String) {
    use crate::tui::input::LineInput;
    use crate::tui::model::{DetailsForm, Mode};
    update(model, Action::Details, at_nine(1));
    let Mode::Details(form) = &mut model.mode else {
        panic!("{:?}", model.mode)
    };
    form.inputs[DetailsForm::START] = LineInput::with_text(start);
    if let Some(place) = place {
        form.inputs[3] = LineInput::with_text(place);
    }
    let effects = update(model, Action::Commit, at_nine(2));
    let flash = model.flash.as_ref().map(|f| f.text.clone());
    (effects, flash.unwrap_or_default())
}

#[test]
fn a_planned_start_typed_on_a_note_takers_laptop_is_said_to_be_the_moderators() {
    let mut model = on_device(DeviceId(0x8));
    let (effects, footer) = details_saved(&mut model, "13:00", None);
    assert!(effects.is_empty(), "{effects:?}");
    assert_eq!(
        footer,
        "Planerad start ändrades inte: den sätts från samtalsledarens dator"
    );
    let (effects, footer) = details_saved(&mut model, "13:00", Some("Örebro"));
    assert_eq!(effects.len(), 1, "the place: {effects:?}");
    assert_eq!(
        footer,
        "Uppgifterna sparades, men planerad start ändrades inte: den sätts från samtalsledarens dator"
    );
    assert_eq!(model.session.schedule.planned_start, None);
    // On the moderator's device the start is saved.
    let mut model = on_device(MODERATOR);
    let (effects, footer) = details_saved(&mut model, "13:00", None);
    assert!(matches!(
        super::fixture::persisted(&effects)[..],
        [crate::session::Event::PlannedStartSet { .. }]
    ));
    assert_eq!(footer, Lang::Sv.strings().details_saved);
}
