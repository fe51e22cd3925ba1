//! A note-taker's screen (`samtal join`): the own view's marks (the footer, the item
//! pane's first line, ▷ in the agenda), the notice when the moderator moved on while
//! a line was half typed, and the pinned group in the capture box's title.

use super::tests::{on_challenge_4, render};
use crate::i18n::Lang;
use crate::session::{DeviceId, Event, Timestamp, WriterId};
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::seat::Seat;
use crate::tui::update::keys::update;

const MODERATOR: DeviceId = DeviceId(0x7);

/// The example forum on challenge 4, seen from a note-taker's laptop that joined at
/// Region Gotland's table.
fn note_taker(lang: Lang) -> (Model, Timestamp) {
    let (mut session, now) = on_challenge_4(40);
    session.moderator_device = Some(MODERATOR);
    let mut model = Model::new(session, lang, now);
    model.writer = WriterId::new(DeviceId(0x8), 1);
    let gotland = model.session.group_by_name("Region Gotland").map(|g| g.id);
    model.take_seat(Seat {
        joined: true,
        pinned_group: gotland,
        ..Seat::default()
    });
    (model, now)
}

fn screen_text(model: &Model, now: Timestamp) -> String {
    let terminal = render(model, 100, 30, now);
    format!("{:?}", terminal.backend())
}

fn own_view(lang: Lang) -> (Model, Timestamp) {
    let (mut model, now) = note_taker(lang);
    update(&mut model, Action::PrevItem, now);
    update(&mut model, Action::PrevItem, now);
    (model, now)
}

fn room_moved_mid_line(lang: Lang) -> (Model, Timestamp) {
    let (mut model, now) = note_taker(lang);
    update(
        &mut model,
        Action::Insert("Vi behöver fler hyresrätter i".into()),
        now,
    );
    let id = model
        .session
        .next_event_id(WriterId::new(MODERATOR, 1), now);
    let item = "challenge-5".to_string();
    model.apply_others(&[(id, Event::ItemEntered { item, at: now })]);
    (model, now)
}

#[test]
fn own_view_in_swedish() {
    let (model, now) = own_view(Lang::Sv);
    let text = screen_text(&model, now);
    assert!(
        text.contains("Egen vy · Alt+F följ samtalsledaren"),
        "{text}"
    );
    assert!(text.contains("egen vy, rummet är på punkt 6"), "{text}");
    assert!(text.contains("Region Gotland (fast grupp)"), "{text}");
    assert!(text.contains("⏸ KLOCKAN STÅR "), "{text}");
    assert!(
        !text.contains("F6 startar"),
        "F6 is the moderator's: {text}"
    );
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}

#[test]
fn own_view_in_english() {
    let (model, now) = own_view(Lang::En);
    let text = screen_text(&model, now);
    assert!(
        text.contains("Own view · Alt+F follow the moderator"),
        "{text}"
    );
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}

#[test]
fn the_room_moved_mid_line_in_swedish() {
    let (model, now) = room_moved_mid_line(Lang::Sv);
    let text = screen_text(&model, now);
    assert!(text.contains("Samtalsledaren gick till punkt 7"), "{text}");
    assert!(text.contains("Enter sparar här"), "{text}");
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}

#[test]
fn the_room_moved_mid_line_in_english() {
    let (model, now) = room_moved_mid_line(Lang::En);
    let text = screen_text(&model, now);
    assert!(text.contains("The moderator went to item 7"), "{text}");
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}

#[test]
fn following_the_room_shows_no_mark_but_the_pinned_group() {
    let (model, now) = note_taker(Lang::Sv);
    let text = screen_text(&model, now);
    assert!(!text.contains("Egen vy"), "{text}");
    assert!(!text.contains("▷"), "{text}");
    assert!(text.contains("Region Gotland (fast grupp)"), "{text}");
}
