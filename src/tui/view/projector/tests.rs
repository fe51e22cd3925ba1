//! The projector controls on the moderator's screen: the dialog with each row's
//! state, and the log's mark on released contributions.

use crate::fixture;
use crate::i18n::Lang;
use crate::tui::action::Action;
use crate::tui::model::Model;
use crate::tui::update::keys::update;
use ratatui::Terminal;
use ratatui::backend::TestBackend;

fn model(lang: Lang) -> Model {
    let session = fixture::example_session();
    let now = session.last_change;
    Model::new(session, lang, now)
}

fn screen(model: &Model) -> String {
    let mut terminal = Terminal::new(TestBackend::new(80, 24)).unwrap();
    let now = model.session.last_change;
    terminal
        .draw(|frame| crate::tui::view::draw(frame, model, now))
        .unwrap();
    let buffer = terminal.backend().buffer();
    (0..buffer.area.height)
        .map(|y| {
            (0..buffer.area.width)
                .map(|x| buffer[(x, y)].symbol())
                .collect::<String>()
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn the_dialog_shows_each_control_with_its_state() {
    for lang in [Lang::Sv, Lang::En] {
        let mut m = model(lang);
        let now = m.session.last_change;
        update(&mut m, Action::Up, now);
        update(&mut m, Action::Release, now);
        update(&mut m, Action::ProjectorMenu, now);
        insta::assert_snapshot!(format!("projector_dialog_{}", lang.code()), screen(&m));
    }
}

#[test]
fn the_log_marks_what_the_room_sees() {
    let mut m = model(Lang::Sv);
    let now = m.session.last_change;
    update(&mut m, Action::Up, now);
    let text = m.selected_contribution().unwrap().text.clone();
    let start: String = text.chars().take(12).collect();
    assert!(!screen(&m).contains(&format!("▶ {start}")));
    update(&mut m, Action::Release, now);
    assert!(screen(&m).contains(&format!("▶ {start}")), "{}", screen(&m));
}
