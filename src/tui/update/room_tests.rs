//! The room's agenda and clock move only from the moderator's device: on a
//! note-taker's laptop the clock keys say so and change nothing, and the agenda
//! keys move only the note-taker's own view (`own_view_tests.rs`).

use super::fixture::{at_nine, model_with};
use super::keys::update;
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
