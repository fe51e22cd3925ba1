//! The search list, the notes pane and the move picker on the example forum, in
//! both languages.

use super::tests::render;
use super::*;
use crate::fixture::{example_session, forum_start};
use crate::i18n::Lang;
use crate::session::Event;
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::update::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

/// The example forum, an hour and a half in, on challenge 4.
fn forum(lang: Lang) -> (Model, Timestamp) {
    let mut session = example_session();
    let now = forum_start() + chrono::Duration::minutes(90);
    session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "challenge-4".into(),
            at: now,
        },
    );
    (Model::new(session, lang, now), now)
}

fn type_text(model: &mut Model, text: &str, now: Timestamp) {
    for c in text.chars() {
        update(model, Action::Insert(c.to_string()), now);
    }
}

fn searching(lang: Lang) -> Terminal<TestBackend> {
    let (mut model, now) = forum(lang);
    update(&mut model, Action::Search, now);
    type_text(&mut model, "BOSTAD", now);
    update(&mut model, Action::Down, now);
    render(&model, 100, 30, now)
}

fn writing_a_note(lang: Lang) -> Terminal<TestBackend> {
    let (mut model, now) = forum(lang);
    update(&mut model, Action::Notes, now);
    type_text(&mut model, "Ta upp ESF-frågan med Skåne", now);
    update(&mut model, Action::Commit, now);
    type_text(&mut model, "Gotland 🇸🇪: fråga om säsongsboende", now);
    render(&model, 100, 30, now)
}

#[test]
fn search_list_in_swedish() {
    insta::assert_snapshot!(searching(Lang::Sv).backend());
}

#[test]
fn search_list_in_english() {
    insta::assert_snapshot!(searching(Lang::En).backend());
}

#[test]
fn notes_pane_in_swedish() {
    insta::assert_snapshot!(writing_a_note(Lang::Sv).backend());
}

#[test]
fn notes_pane_in_english() {
    insta::assert_snapshot!(writing_a_note(Lang::En).backend());
}

#[test]
fn move_picker_in_swedish() {
    let (mut model, now) = forum(Lang::Sv);
    update(&mut model, Action::Up, now);
    update(&mut model, Action::MoveTo, now);
    update(&mut model, Action::Up, now);
    insta::assert_snapshot!(render(&model, 100, 30, now).backend());
}
