//! A note-taker's screen follows the moderator: the room's item as the moderator's
//! agenda moves arrive, an own view on PgDn/PgUp and back with Alt+F, a half-typed
//! line kept on its item when the room moves on, the pinned group, and no event
//! about the room's agenda or clock from a note-taker's app.

use super::fixture::{at_nine, model_with, persisted};
use super::keys::update;
use super::{start_clock, stop_clock};
use crate::session::{DeviceId, Event, GroupId, WriterId};
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::seat::Seat;

const MODERATOR: DeviceId = DeviceId(0x7);
const NOTE_TAKER: DeviceId = DeviceId(0x8);

/// A note-taker's app on a session led from `MODERATOR`'s device, its clock running.
fn note_taker() -> Model {
    let mut model = model_with(
        &["Region Skåne", "Gotland", "Region Örebro län"],
        at_nine(0),
        false,
    );
    model.session.moderator_device = Some(MODERATOR);
    model.writer = WriterId::new(NOTE_TAKER, 1);
    model
}

/// The moderator's device steps to item `position` (0-based), as it arrives from
/// the folder.
fn moderator_enters(model: &mut Model, position: usize, minute: u32) {
    let item = model.session.agenda.items[position].id.clone();
    let at = at_nine(minute);
    let id = model.session.next_event_id(WriterId::new(MODERATOR, 1), at);
    model.apply_others(&[(id, Event::ItemEntered { item, at })]);
}

fn item_at(model: &Model, position: usize) -> String {
    model.session.agenda.items[position].id.clone()
}

fn typed(model: &mut Model, text: &str) {
    update(model, Action::Insert(text.into()), at_nine(1));
}

/// The item the one contribution among `effects` was added to.
fn added_to(effects: &[super::Effect]) -> String {
    let added: Vec<&String> = persisted(effects)
        .into_iter()
        .filter_map(|e| match e {
            Event::ContributionAdded { item, .. } => Some(item),
            _ => None,
        })
        .collect();
    assert_eq!(added.len(), 1, "{effects:?}");
    added[0].clone()
}

#[test]
fn the_view_follows_three_moves_of_the_moderator_and_a_line_goes_to_the_item_shown() {
    let mut model = note_taker();
    for (position, minute) in [(1, 2), (2, 3), (3, 4)] {
        moderator_enters(&mut model, position, minute);
        assert_eq!(model.item(), item_at(&model, position));
        assert!(!model.has_own_view());
    }
    typed(&mut model, "Bostäder saknas");
    let effects = update(&mut model, Action::Commit, at_nine(5));
    assert_eq!(added_to(&effects), item_at(&model, 3));
}

#[test]
fn pgdn_and_pgup_move_an_own_view_and_alt_f_follows_again() {
    let mut model = note_taker();
    moderator_enters(&mut model, 2, 2);
    for action in [Action::NextItem, Action::NextItem, Action::PrevItem] {
        let effects = update(&mut model, action, at_nine(3));
        assert!(effects.is_empty(), "no event: {effects:?}");
    }
    assert_eq!(model.item(), item_at(&model, 3));
    assert!(model.has_own_view());
    assert_eq!(model.session.current_item, item_at(&model, 2));
    // The room moves on: the own view stays where the note-taker put it.
    moderator_enters(&mut model, 4, 4);
    assert_eq!(model.item(), item_at(&model, 3));
    typed(&mut model, "Läst i efterhand");
    let effects = update(&mut model, Action::Commit, at_nine(5));
    assert_eq!(added_to(&effects), item_at(&model, 3), "the item shown");
    assert!(
        model.has_own_view(),
        "a chosen own view outlasts a saved line"
    );
    assert!(update(&mut model, Action::Follow, at_nine(6)).is_empty());
    assert_eq!(model.item(), item_at(&model, 4));
    assert!(!model.has_own_view());
}

#[test]
fn an_own_view_the_room_reaches_is_the_rooms_again() {
    let mut model = note_taker();
    update(&mut model, Action::NextItem, at_nine(1));
    assert!(model.has_own_view());
    moderator_enters(&mut model, 1, 2);
    assert!(!model.has_own_view());
    moderator_enters(&mut model, 2, 3);
    assert_eq!(model.item(), item_at(&model, 2), "following again");
    // PgUp back onto the room's own item is following too.
    update(&mut model, Action::NextItem, at_nine(4));
    update(&mut model, Action::PrevItem, at_nine(4));
    assert!(!model.has_own_view());
}

#[test]
fn the_room_moving_mid_line_keeps_the_line_on_its_item_and_enter_saves_it_there() {
    let mut model = note_taker();
    moderator_enters(&mut model, 2, 2);
    typed(&mut model, "Halvskriven rad om ");
    moderator_enters(&mut model, 3, 3);
    assert_eq!(model.item(), item_at(&model, 2), "the view stays");
    assert!(model.seat.held);
    assert_eq!(model.capture.text(), "Halvskriven rad om ");
    // The room may go on further while the line is finished.
    moderator_enters(&mut model, 4, 4);
    typed(&mut model, "bostäder");
    let effects = update(&mut model, Action::Commit, at_nine(5));
    assert_eq!(added_to(&effects), item_at(&model, 2));
    assert_eq!(model.item(), item_at(&model, 4), "then the view follows");
    assert!(!model.has_own_view() && !model.seat.held);
}

#[test]
fn alt_f_mid_line_follows_the_room_and_takes_the_line_along() {
    let mut model = note_taker();
    typed(&mut model, "Följer med");
    moderator_enters(&mut model, 1, 2);
    assert_eq!(model.item(), item_at(&model, 0));
    update(&mut model, Action::Follow, at_nine(3));
    assert_eq!(model.item(), item_at(&model, 1));
    assert_eq!(model.capture.text(), "Följer med", "the draft came along");
    let effects = update(&mut model, Action::Commit, at_nine(4));
    assert_eq!(added_to(&effects), item_at(&model, 1));
}

#[test]
fn with_an_empty_line_the_view_simply_follows_and_an_emptied_line_lets_go() {
    let mut model = note_taker();
    moderator_enters(&mut model, 1, 2);
    assert!(!model.has_own_view());
    typed(&mut model, "x");
    moderator_enters(&mut model, 2, 3);
    assert!(model.seat.held);
    update(&mut model, Action::Backspace, at_nine(4));
    assert_eq!(model.item(), item_at(&model, 2), "nothing left to hold");
    assert!(!model.has_own_view());
}

#[test]
fn the_moderators_device_has_no_own_view() {
    let mut model = note_taker();
    model.writer = WriterId::new(MODERATOR, 1);
    typed(&mut model, "Moderatorns rad");
    let effects = update(&mut model, Action::NextItem, at_nine(2));
    assert!(matches!(
        persisted(&effects)[..],
        [Event::ItemEntered { .. }]
    ));
    assert_eq!(model.session.current_item, item_at(&model, 1));
    assert!(!model.has_own_view());
    assert!(update(&mut model, Action::Follow, at_nine(3)).is_empty());
}

#[test]
fn join_makes_a_note_taker_even_on_the_moderators_device() {
    let mut model = note_taker();
    model.writer = WriterId::new(MODERATOR, 1);
    model.take_seat(Seat {
        joined: true,
        ..Seat::default()
    });
    assert!(!model.leads_the_room());
    assert!(update(&mut model, Action::NextItem, at_nine(2)).is_empty());
    assert_eq!(model.session.current_item, item_at(&model, 0));
}

fn group_id(model: &Model, name: &str) -> GroupId {
    model.session.group_by_name(name).map(|g| g.id).unwrap()
}

#[test]
fn the_pinned_group_comes_back_when_the_item_changes_and_tab_still_changes_it() {
    let mut model = note_taker();
    let gotland = group_id(&model, "Gotland");
    model.take_seat(Seat {
        joined: true,
        pinned_group: Some(gotland),
        ..Seat::default()
    });
    assert_eq!(model.group_name(), "Gotland");
    assert!(model.group_is_pinned());
    moderator_enters(&mut model, 1, 2);
    assert_eq!(model.group_name(), "Gotland", "kept as the view follows");
    update(&mut model, Action::NextGroup, at_nine(3));
    assert_eq!(model.group_name(), "Region Örebro län", "changed by hand");
    assert!(!model.group_is_pinned());
    typed(&mut model, "Örebro säger");
    let effects = update(&mut model, Action::Commit, at_nine(3));
    assert!(
        matches!(persisted(&effects)[..], [Event::ContributionAdded { group, .. }] if *group != gotland)
    );
    moderator_enters(&mut model, 2, 4);
    assert_eq!(model.group_name(), "Gotland", "back at the next item");
    update(&mut model, Action::NextGroup, at_nine(5));
    update(&mut model, Action::NextItem, at_nine(5));
    assert_eq!(model.group_name(), "Gotland", "and at an own view's item");
}

#[test]
fn a_note_takers_app_writes_no_event_about_the_rooms_agenda_or_clock() {
    // A new session (the clock never ran) would start the clock on the moderator's.
    let mut model = model_with(&["Region Skåne"], at_nine(0), true);
    model.session.moderator_device = Some(MODERATOR);
    model.writer = WriterId::new(NOTE_TAKER, 1);
    assert!(start_clock(&mut model, at_nine(0)).is_empty(), "opening");
    // The clock left running by the moderator is not the note-taker's to stop.
    model.session.apply_as(
        WriterId::new(MODERATOR, 1),
        &Event::ClockStarted { at: at_nine(1) },
    );
    let mut effects = Vec::new();
    // A line on an own view, then back to the room's item.
    effects.extend(update(&mut model, Action::NextItem, at_nine(2)));
    typed(&mut model, "Skåne");
    for action in [
        Action::Commit,
        Action::Follow,
        Action::PrevItem,
        Action::ToggleClock,
        Action::Retime,
    ] {
        effects.extend(update(&mut model, action, at_nine(2)));
    }
    // A search that jumps to that line moves only the own view.
    update(&mut model, Action::Search, at_nine(3));
    typed(&mut model, "s");
    effects.extend(update(&mut model, Action::Commit, at_nine(3)));
    assert_eq!(model.item(), item_at(&model, 1));
    assert_eq!(model.session.current_item, item_at(&model, 0));
    effects.extend(stop_clock(&mut model, at_nine(4)));
    let made = persisted(&effects);
    assert!(!made.is_empty(), "the contribution was saved");
    let theirs: Vec<&&Event> = made.iter().filter(|e| e.is_moderator_only()).collect();
    assert!(theirs.is_empty(), "{theirs:?}");
    assert!(
        model.session.clock.running_since.is_some(),
        "still the room's"
    );
}

#[test]
fn a_note_taker_handed_the_lead_shows_the_rooms_item_and_moves_it() {
    let mut model = note_taker();
    update(&mut model, Action::NextItem, at_nine(1));
    update(&mut model, Action::NextItem, at_nine(1));
    assert!(model.has_own_view());
    let at = at_nine(2);
    let id = model.session.next_event_id(WriterId::new(MODERATOR, 1), at);
    let handover = Event::ModeratorDeviceSet {
        device: NOTE_TAKER,
        at,
    };
    model.apply_others(&[(id, handover)]);
    assert!(model.leads_the_room());
    assert!(
        !model.has_own_view(),
        "the room's item, not an old own view"
    );
    assert_eq!(model.item(), item_at(&model, 0));
    let effects = update(&mut model, Action::NextItem, at_nine(3));
    assert!(matches!(
        persisted(&effects)[..],
        [Event::ItemEntered { .. }]
    ));
    assert_eq!(model.item(), item_at(&model, 1));
}
