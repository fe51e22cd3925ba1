//! What the start screen says when Enter does nothing or a session cannot be opened.

use super::*;
use crate::i18n::Lang;
use crate::store::StoreError;
use crate::tui::action::Action;

#[test]
fn enter_on_an_empty_title_says_why_nothing_happens() {
    let mut m = StartModel::new(Lang::Sv, Vec::new(), "");
    update(&mut m, Action::Commit);
    assert_eq!(update(&mut m, Action::Commit), None);
    assert!(matches!(m.step, Step::Title(_)));
    assert_eq!(
        m.error.as_deref(),
        Some("Skriv en titel först (den blir sessionens namn)")
    );
    update(&mut m, Action::Insert("Forum".into()));
    assert_eq!(m.error, None, "the message goes with the next key");
}

#[test]
fn a_session_open_elsewhere_is_said_in_swedish_and_in_full() {
    let locked = StoreError::Locked {
        dir: "/home/moderator/.local/share/samtal/sessions/2026-11-30-integration".into(),
        pid: Some(4242),
    };
    let mut m = StartModel::new(Lang::Sv, Vec::new(), "T");
    m.error = Some(open_error(Lang::Sv, &locked));
    let mut terminal = ratatui::Terminal::new(ratatui::backend::TestBackend::new(80, 24)).unwrap();
    terminal.draw(|frame| draw(frame, &m)).unwrap();
    let buffer = terminal.backend().buffer();
    let screen: String = (0..24)
        .map(|y| (0..80).map(|x| buffer[(x, y)].symbol()).collect::<String>())
        .collect::<Vec<_>>()
        .join(" ");
    let words: String = screen.split_whitespace().collect::<Vec<_>>().join(" ");
    assert!(
        words.contains("Sessionen är redan öppen i en annan kopia av samtal — stäng den där först"),
        "{screen}"
    );
    assert!(!words.contains("open in another copy"), "{screen}");
}
