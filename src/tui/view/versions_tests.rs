//! A contribution two note-takers edited at once is marked in the log with how many
//! versions there are; a new edit settles it and the mark goes.

use super::tests::render;
use crate::fixture::forum_start;
use crate::i18n::Lang;
use crate::session::{DeviceId, Event, EventId, Kind, Stamp, WriterId};
use crate::tui::model::Model;

fn id(device: u64, ms: i64) -> EventId {
    EventId {
        stamp: Stamp::from_millis(forum_start().timestamp_millis() + ms),
        writer: WriterId::new(DeviceId(device), 1),
    }
}

fn edit(line: EventId, base: EventId, text: &str) -> Event {
    Event::ContributionEdited {
        id: line,
        base: Some(base),
        group: EventId::origin(1),
        kind: Kind::Comment,
        text: text.into(),
        edited: true,
        at: forum_start(),
    }
}

fn screen(model: &Model) -> String {
    screen_at(model, forum_start())
}

fn screen_at(model: &Model, now: crate::session::Timestamp) -> String {
    let terminal = render(model, 100, 30, now);
    terminal
        .backend()
        .buffer()
        .content()
        .iter()
        .map(|cell| cell.symbol())
        .collect()
}

#[test]
fn two_versions_are_marked_in_the_log_until_a_new_edit() {
    let mut session = crate::fixture::example_session();
    let line = *session.ids_for_item(&session.current_item).first().unwrap();
    let base = session.contributions[&line].rev();
    session.apply(id(1, 10), &edit(line, base, "Från laptop 1"));
    session.apply(id(2, 11), &edit(line, base, "Från laptop 2"));
    for (lang, mark) in [(Lang::Sv, "(2 versioner)"), (Lang::En, "(2 versions)")] {
        let model = Model::new(session.clone(), lang, forum_start());
        let shown = screen(&model);
        assert!(shown.contains("Från laptop 2"), "{shown}");
        assert!(shown.contains(mark), "{lang:?}: {shown}");
    }
    session.apply(id(1, 20), &edit(line, id(2, 11), "Sammanfogat"));
    let shown = screen(&Model::new(session, Lang::Sv, forum_start()));
    assert!(
        shown.contains("Sammanfogat") && !shown.contains("versioner"),
        "{shown}"
    );
}

/// The example session with its current item's first line edited on this computer
/// (device 1) and on device 2 at once, a third device's text long; selected.
fn picking(lang: Lang, long: &str) -> (Model, crate::session::Timestamp) {
    let mut session = crate::fixture::example_session();
    let line = *session.ids_for_item(&session.current_item).first().unwrap();
    let base = session.contributions[&line].rev();
    let seconds = |s| forum_start() + chrono::Duration::seconds(s);
    let mut mine = edit(line, base, "Från den här datorn");
    let mut theirs = edit(line, base, long);
    if let (
        Event::ContributionEdited { at: mine_at, .. },
        Event::ContributionEdited { at: their_at, .. },
    ) = (&mut mine, &mut theirs)
    {
        *mine_at = seconds(10);
        *their_at = seconds(11);
    }
    session.apply(id(1, 10_000), &mine);
    session.apply(id(0x3fa2c19d0e, 11_000), &theirs);
    let now = forum_start() + chrono::Duration::seconds(15);
    let mut model = Model::new(session, lang, now);
    model.writer = WriterId::new(DeviceId(1), 3);
    model.selected = Some(0);
    (model, now)
}

const LONG: &str = "Region Skånes version: vi vill se snabbare validering av utländska \
    utbildningar, fler platser på yrkes-SFI och en gemensam ingång för arbetsgivare som \
    vill ta emot nyanlända på praktik.";

#[test]
fn ctrl_r_is_named_in_the_footer_only_when_the_selection_has_versions() {
    let (mut model, now) = picking(Lang::Sv, LONG);
    let shown = screen_at(&model, now);
    assert!(shown.contains("Ctrl+R versioner"), "{shown}");
    assert!(shown.contains("1 antecknare · senast 4 s"), "{shown}");
    assert!(model.current_ids().len() > 1, "another line to select");
    model.selected = Some(1);
    let shown = screen_at(&model, now);
    assert!(!shown.contains("Ctrl+R"), "{shown}");
}

#[test]
fn the_picker_lists_each_version_with_its_time_computer_and_wrapped_text() {
    let (mut model, now) = picking(Lang::Sv, LONG);
    crate::tui::update::keys::update(&mut model, crate::tui::action::Action::Versions, now);
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}

#[test]
fn the_picker_in_english_at_the_smallest_size_keeps_the_highlight_in_sight() {
    let long = [LONG; 8].join(" ");
    let (mut model, now) = picking(Lang::En, &long);
    crate::tui::update::keys::update(&mut model, crate::tui::action::Action::Versions, now);
    insta::assert_snapshot!(render(&model, 80, 24, now).backend());
}

#[test]
fn f1_names_ctrl_r_on_a_selection_and_the_pickers_keys_in_the_picker() {
    use crate::tui::action::Action;
    use crate::tui::update::keys::update;
    let (mut model, now) = picking(Lang::Sv, "Kort");
    update(&mut model, Action::Help, now);
    let shown = screen_at(&model, now);
    assert!(
        shown.contains("Ctrl+R") && shown.contains("Visa valt bidrags versioner"),
        "{shown}"
    );
    update(&mut model, Action::Cancel, now);
    update(&mut model, Action::Versions, now);
    update(&mut model, Action::Help, now);
    let shown = screen_at(&model, now);
    assert!(shown.contains("Välj den markerade versionen"), "{shown}");
    update(&mut model, Action::Cancel, now);
    assert!(
        matches!(model.mode, crate::tui::model::Mode::Versions(_)),
        "back in the picker"
    );
}

#[test]
fn the_footer_names_the_other_note_takers_and_their_last_event() {
    let (mut model, _) = picking(Lang::Sv, "Kort");
    model.selected = None;
    let mut session = model.session.clone();
    let note = Event::NoteSet {
        item: "welcome".into(),
        text: "x".into(),
        at: forum_start(),
    };
    session.apply(id(0x77, 20_000), &note);
    model.session = session;
    // Three minutes and a few seconds after the newest of their events.
    let now = forum_start() + chrono::Duration::seconds(20 + 185);
    let shown = screen_at(&model, now);
    assert!(shown.contains("2 antecknare · senast 3 min"), "{shown}");
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}
