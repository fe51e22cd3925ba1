//! Search, private notes and moving a contribution, through `update` with a fixed
//! clock.

use super::fixture::{at_nine as at, model_with};
use super::keys::update;
use super::*;
use crate::i18n::Lang;
use crate::session::Event;
use crate::tui::action::Action;
use crate::tui::input::LineInput;
use crate::tui::model::{Mode, Model};

fn model() -> Model {
    let groups = ["Region Skåne", "Region Örebro län", "Region Gotland"];
    model_with(&groups, at(0), false)
}

fn item(model: &Model, index: usize) -> String {
    model.session.agenda.items[index].id.clone()
}

/// Says `text` for group `group` (an index) at `minute`.
fn say(model: &mut Model, group: usize, text: &str, minute: u32) {
    model.group = group;
    model.capture = LineInput::with_text(text);
    update(model, Action::Commit, at(minute));
}

fn keys(model: &mut Model, text: &str, minute: u32) {
    for c in text.chars() {
        update(model, Action::Insert(c.to_string()), at(minute));
    }
}

fn hit_texts(model: &Model) -> Vec<String> {
    let Mode::Search(search) = &model.mode else {
        panic!("not searching: {:?}", model.mode);
    };
    search
        .hits(&model.session)
        .iter()
        .map(|id| model.session.contributions[id].text.clone())
        .collect()
}

/// Three items, four contributions, the moderator on the third item.
fn forum() -> Model {
    let mut m = model();
    say(&mut m, 2, "Snabbare validering av utländska betyg", 1);
    say(&mut m, 0, "Skånes näringsliv behöver språkstöd", 2);
    update(&mut m, Action::NextItem, at(3));
    say(&mut m, 1, "Validering tar för lång tid", 4);
    update(&mut m, Action::NextItem, at(5));
    say(&mut m, 0, "Bostäder för säsongsarbete", 6);
    m
}

#[test]
fn search_ignores_case_and_the_rings_and_dots_of_swedish_letters() {
    let mut m = forum();
    update(&mut m, Action::Search, at(7));
    keys(&mut m, "SKANES NARINGSLIV", 7);
    assert_eq!(hit_texts(&m), ["Skånes näringsliv behöver språkstöd"]);
    // Group names count too: "orebro" finds what Region Örebro län said.
    update(&mut m, Action::Cancel, at(7));
    update(&mut m, Action::Search, at(7));
    keys(&mut m, "orebro", 7);
    assert_eq!(hit_texts(&m), ["Validering tar för lång tid"]);
    // Every word must be found, in the text or the group's name.
    update(&mut m, Action::Cancel, at(7));
    update(&mut m, Action::Search, at(7));
    keys(&mut m, "gotland validering", 7);
    assert_eq!(hit_texts(&m), ["Snabbare validering av utländska betyg"]);
}

#[test]
fn search_lists_the_newest_first() {
    let mut m = forum();
    update(&mut m, Action::Search, at(7));
    keys(&mut m, "validering", 7);
    assert_eq!(
        hit_texts(&m),
        [
            "Validering tar för lång tid",
            "Snabbare validering av utländska betyg"
        ]
    );
    // Typing narrows the list and starts from its top again.
    update(&mut m, Action::Down, at(7));
    keys(&mut m, " betyg", 7);
    assert_eq!(hit_texts(&m), ["Snabbare validering av utländska betyg"]);
    let Mode::Search(search) = &m.mode else {
        panic!()
    };
    assert_eq!(search.selected, 0);
}

#[test]
fn enter_jumps_to_the_item_and_selects_the_contribution() {
    let mut m = forum();
    update(&mut m, Action::Search, at(7));
    keys(&mut m, "valideri", 7);
    update(&mut m, Action::Down, at(7));
    let effects = update(&mut m, Action::Commit, at(8));
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(m.session.current_item, item(&m, 0));
    assert_eq!(
        m.selected_contribution().map(|c| c.text.as_str()),
        Some("Snabbare validering av utländska betyg")
    );
    // Going to another item is recorded like PgUp would record it.
    assert!(matches!(
        effects.first(),
        Some(Effect::Persist(_, Event::ItemEntered { .. }))
    ));
}

#[test]
fn esc_goes_back_to_where_the_moderator_was() {
    let mut m = forum();
    update(&mut m, Action::Up, at(7));
    let selected = m.selected;
    assert!(selected.is_some());
    // A draft typed before searching stays as it was, cursor and all.
    update(&mut m, Action::Cancel, at(7));
    keys(&mut m, "Halvskrivet från Öland", 7);
    update(&mut m, Action::Left, at(7));
    let draft = m.capture.clone();
    let before = (m.session.current_item.clone(), m.selected, m.group, m.kind);
    update(&mut m, Action::Search, at(7));
    keys(&mut m, "validering", 7);
    update(&mut m, Action::Down, at(7));
    let effects = update(&mut m, Action::Cancel, at(8));
    assert!(effects.is_empty());
    assert_eq!(m.mode, Mode::Capture);
    assert_eq!(
        (m.session.current_item.clone(), m.selected, m.group, m.kind),
        before
    );
    assert_eq!(m.capture, draft);
}

#[test]
fn a_note_is_written_over_several_lines_and_saved_once_on_close() {
    let mut m = forum();
    update(&mut m, Action::Notes, at(7));
    keys(&mut m, "Ta upp ESF-frågan med Skåne", 7);
    update(&mut m, Action::Commit, at(7)); // Enter: a new line, not a save
    keys(&mut m, "Örebro: 🇸🇪 siffror", 7);
    // Back over the flag and the space, one visible character at a time.
    for _ in 0.."siffror".len() {
        update(&mut m, Action::Left, at(7));
    }
    update(&mut m, Action::Backspace, at(7));
    update(&mut m, Action::Backspace, at(7));
    assert!(m.session.notes.is_empty(), "nothing is saved while typing");
    let effects = update(&mut m, Action::Notes, at(8));
    let text = "Ta upp ESF-frågan med Skåne\nÖrebro: siffror";
    assert_eq!(
        crate::tui::update::effect::without_ids(&effects),
        [Effect::Persist(
            crate::session::EventId::default(),
            Event::NoteSet {
                item: item(&m, 2),
                text: text.into(),
                at: at(8),
            }
        )]
    );
    assert_eq!(m.session.note(&item(&m, 2)), text);
    assert_eq!(m.mode, Mode::Capture);
    // Opening it again shows it; closing it unchanged records nothing.
    update(&mut m, Action::Notes, at(9));
    assert!(update(&mut m, Action::Cancel, at(9)).is_empty());
    // Notes are not contributions: no undo step.
    assert!(matches!(
        m.undo.last().map(|s| &s.redo),
        Some(Event::ContributionAdded { .. })
    ));
}

#[test]
fn a_note_is_there_when_the_session_is_opened_again() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut m = forum();
    let mut store = crate::store::Store::create(&path, &m.session).unwrap();
    m.writer = store.writer();
    update(&mut m, Action::Notes, at(7));
    keys(&mut m, "rad ett", 7);
    update(&mut m, Action::Commit, at(7));
    keys(&mut m, "rad två", 7);
    for effect in update(&mut m, Action::Cancel, at(8)) {
        if let Effect::Persist(id, event) = effect {
            store.commit(id, &event).unwrap();
        }
    }
    drop(store);
    let (_store, session, _) = crate::store::Store::open(&path).unwrap();
    let mut reopened = Model::new(session, Lang::Sv, at(9));
    assert_eq!(reopened.session.note(&item(&m, 2)), "rad ett\nrad två");
    update(&mut reopened, Action::Notes, at(9));
    let Mode::Notes(editor) = &reopened.mode else {
        panic!()
    };
    assert_eq!(editor.lines.len(), 2);
    assert_eq!(editor.row, 1);
}

#[test]
fn a_moved_contribution_keeps_its_id_and_undo_moves_it_back() {
    let mut m = forum();
    update(&mut m, Action::Up, at(7));
    let id = m.selected_contribution().unwrap().id;
    update(&mut m, Action::MoveTo, at(7));
    update(&mut m, Action::Up, at(7));
    let effects = update(&mut m, Action::Commit, at(8));
    let to = item(&m, 1);
    assert_eq!(
        crate::tui::update::effect::without_ids(&effects),
        [Effect::Persist(
            crate::session::EventId::default(),
            Event::ContributionMoved {
                id,
                item: to.clone(),
                at: at(8)
            }
        )]
    );
    assert_eq!(m.session.contributions[&id].item, to);
    assert!(m.current_ids().is_empty());
    assert_eq!(m.selected, None);
    // Undo brings it back here at once (the item it left is on screen) and selects it.
    update(&mut m, Action::Undo, at(9));
    assert_eq!(m.session.contributions[&id].item, item(&m, 2));
    assert_eq!(m.selected_contribution().map(|c| c.id), Some(id));
    assert_eq!(
        m.flash.as_ref().unwrap().text,
        "Ångrat: flyttat bidrag från Region Skåne till punkt 2"
    );
    update(&mut m, Action::Redo, at(10));
    assert_eq!(m.session.contributions[&id].item, to);
    assert_eq!(
        m.flash.as_ref().unwrap().text,
        "Gjort igen: flyttat bidrag från Region Skåne till punkt 2"
    );
    // Back among the item's contributions in id order: after the one said earlier.
    let ids = m.session.ids_for_item(&to);
    assert_eq!(ids.len(), 2);
    assert!(ids[0] < id && ids[1] == id);
}

#[test]
fn an_edited_contribution_can_be_moved_and_its_edit_goes_on() {
    let mut m = forum();
    update(&mut m, Action::Up, at(7));
    update(&mut m, Action::Commit, at(7)); // edit
    keys(&mut m, " i Kalmar", 7);
    update(&mut m, Action::MoveTo, at(7));
    update(&mut m, Action::Insert("1".into()), at(7));
    update(&mut m, Action::Commit, at(8));
    let id = m.editing.as_ref().unwrap().id;
    assert_eq!(m.session.contributions[&id].item, item(&m, 0));
    update(&mut m, Action::Commit, at(9));
    assert_eq!(
        m.session.contributions[&id].text,
        "Bostäder för säsongsarbete i Kalmar"
    );
}

#[test]
fn the_move_key_without_a_selection_says_what_to_do() {
    let mut m = forum();
    update(&mut m, Action::MoveTo, at(7));
    assert_eq!(m.mode, Mode::Capture);
    assert!(m.flash.as_ref().unwrap().text.contains("Välj ett bidrag"));
}

#[test]
fn quitting_with_the_notes_pane_open_keeps_the_note() {
    let mut m = forum();
    update(&mut m, Action::Notes, at(7));
    keys(&mut m, "glöm inte Kalmar", 7);
    let effects = update(&mut m, Action::Quit, at(8));
    assert_eq!(
        crate::tui::update::effect::without_ids(&effects),
        [
            Effect::Persist(
                crate::session::EventId::default(),
                Event::NoteSet {
                    item: item(&m, 2),
                    text: "glöm inte Kalmar".into(),
                    at: at(8),
                }
            ),
            Effect::Quit
        ]
    );
}
