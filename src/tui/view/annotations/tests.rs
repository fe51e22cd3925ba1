use crate::fixture::example_session;
use crate::i18n::Lang;
use crate::session::{Event, Timestamp};
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::update::update;
use crate::tui::view::draw;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn render(model: &Model, now: Timestamp) -> Terminal<TestBackend> {
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    terminal.draw(|frame| draw(frame, model, now)).unwrap();
    terminal
}

/// The example forum on challenge 2, whose summary and decisions it has.
fn forum(lang: Lang) -> (Model, Timestamp) {
    let mut session = example_session();
    let now = session.last_change + chrono::Duration::minutes(1);
    session.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ItemEntered {
            item: "challenge-2".into(),
            at: now,
        },
    );
    (Model::new(session, lang, now), now)
}

#[test]
fn the_summary_editor_shows_the_items_summary_and_decisions() {
    let (mut model, now) = forum(Lang::Sv);
    update(&mut model, Action::Summary, now);
    insta::assert_snapshot!(render(&model, now).backend());
}

#[test]
fn the_vote_screen_lists_every_proposal_with_its_dots_and_group() {
    let (mut model, now) = forum(Lang::En);
    update(&mut model, Action::Vote, now);
    update(&mut model, Action::Vote, now);
    update(&mut model, Action::Down, now);
    update(&mut model, Action::Insert("1".into()), now);
    insta::assert_snapshot!(render(&model, now).backend());
}

#[test]
fn the_theme_form_of_an_action_has_owner_and_due_date() {
    let (mut model, now) = forum(Lang::Sv);
    update(&mut model, Action::Up, now);
    update(&mut model, Action::Annotate, now);
    insta::assert_snapshot!(render(&model, now).backend());
}
