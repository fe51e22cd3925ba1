//! A hostile session drawn on the screen with the library, at any size.

use super::*;

/// A session as a damaged or hand-edited `session.json` could hold it: texts that
/// never went through cleaning, in the title, a group name, the agenda and the log.
fn escape_sequence_session() -> Session {
    let mut session = Session::new(
        "2015-11-20-fientlig".into(),
        "Titel \u{1b}[2J\u{1b}]0;pwned\u{7} \u{202e}slut".into(),
        Lang::Sv,
        hostile_agenda(),
        &[
            "Region Skåne".into(),
            "\u{1b}[31mRöd\u{1b}[0m grupp \u{202e}".into(),
        ],
        at(0),
    );
    let texts = [
        "\u{1b}[2J".to_string(),
        "före \u{1b}[2J\u{1b}[H efter \u{1b}]0;title\u{7} och \u{9b}31m".to_string(),
        "ö".repeat(MAX_CONTRIBUTION_CHARS),
        "ord och åäö ".repeat(MAX_CONTRIBUTION_CHARS / 12),
        "familj 👩\u{200d}👩\u{200d}👧 och 🇸🇪".to_string(),
        "e\u{301}e\u{301}e\u{301} a\u{30a}a\u{30a} \u{301}\u{301}\u{301} ensamma märken"
            .to_string(),
        "rad ett\nrad två\r\n\ttab\0nul \u{202e}höger till vänster".to_string(),
    ];
    for (n, text) in texts.iter().enumerate() {
        session.apply_as(
            samtal::session::WriterId::ORIGIN,
            &Event::ContributionAdded {
                id: session.next_event_id(samtal::session::WriterId::ORIGIN, session.last_change),
                item: session.current_item.clone(),
                group: samtal::session::EventId::origin(n as u64 % 2 + 1),
                kind: Kind::ALL[n % 4],
                text: text.clone(),
                at: at(n as i64 + 1),
            },
        );
    }
    session
}

fn assert_screen_is_clean(terminal: &Terminal<TestBackend>, what: &str) {
    let buffer = terminal.backend().buffer();
    for (index, cell) in buffer.content().iter().enumerate() {
        let symbol = cell.symbol();
        let x = index % buffer.area.width as usize;
        let y = index / buffer.area.width as usize;
        assert!(
            !symbol.contains('\u{1b}'),
            "{what}: ESC at ({x}, {y}): {symbol:?}"
        );
        assert!(
            !symbol.chars().any(|c| c.is_control()),
            "{what}: a control character at ({x}, {y}): {symbol:?}"
        );
        assert!(
            !symbol.chars().any(is_bidi_control),
            "{what}: a bidi control at ({x}, {y}): {symbol:?}"
        );
    }
}

#[test]
fn hostile_text_is_drawn_without_escapes_at_any_size() {
    let now = at(30);
    let typed = Action::Insert("skriver \u{1b}[2J\u{7}\u{202e} nu".into());
    let states: [(&str, &[Action]); 7] = [
        ("an escape being typed", &[typed]),
        ("the log", &[]),
        ("the last one selected", &[Action::Up]),
        (
            "the long one being edited",
            &[
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Commit,
            ],
        ),
        (
            "the escape being edited",
            &[
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Up,
                Action::Commit,
            ],
        ),
        ("the whole item text", &[Action::ToggleItemText]),
        ("help", &[Action::Help]),
    ];
    for (state, actions) in states {
        let mut model = Model::new(escape_sequence_session(), Lang::Sv, now);
        model.group = 1;
        for action in actions {
            update(&mut model, action.clone(), now);
        }
        for (width, height) in [(80, 24), (200, 60), (20, 5), (120, 40), (1, 1), (0, 0)] {
            let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
            terminal
                .draw(|frame| samtal::tui::view::draw(frame, &model, now))
                .unwrap();
            assert_screen_is_clean(&terminal, &format!("{state} at {width}×{height}"));
        }
    }
}
