//! Random key sequences never panic the app, and whatever it holds in memory is
//! exactly what reopening the session from disk gives.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use proptest::prelude::*;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use samtal::agenda::Agenda;
use samtal::i18n::Lang;
use samtal::session::{Session, Timestamp};
use samtal::store::Store;
use samtal::tui::action::Action;
use samtal::tui::app::Runner;
use samtal::tui::model::Model;
use samtal::tui::update::{start_clock, update};
use samtal::tui::view;

fn action() -> impl Strategy<Value = Action> {
    prop_oneof![
        4 => prop::sample::select(vec!["a", "å", "Ö", " ", "🇸🇪", "日本", "e\u{301}", "x\ny", "\u{1b}[2J", "Malmö "])
            .prop_map(|s| Action::Insert(s.to_string())),
        2 => Just(Action::Commit),
        1 => Just(Action::Cancel),
        1 => Just(Action::NextGroup),
        1 => Just(Action::PrevGroup),
        1 => Just(Action::CycleKind),
        1 => Just(Action::NextItem),
        1 => Just(Action::PrevItem),
        1 => Just(Action::Up),
        1 => Just(Action::Down),
        1 => Just(Action::Delete),
        // The selection's and the edit's keys, reached in any state.
        1 => Just(Action::EditSelected),
        1 => Just(Action::DeleteSelected),
        1 => Just(Action::Deselect),
        1 => Just(Action::SaveEdit),
        1 => Just(Action::CancelEdit),
        1 => Just(Action::Backspace),
        1 => Just(Action::Left),
        1 => Just(Action::Right),
        1 => Just(Action::Home),
        1 => Just(Action::End),
        1 => Just(Action::Undo),
        1 => Just(Action::Redo),
        1 => Just(Action::AddGroup),
        1 => Just(Action::PickGroup),
        1 => Just(Action::Export),
        1 => Just(Action::Details),
        1 => Just(Action::Help),
        1 => Just(Action::ToggleItemText),
        1 => Just(Action::ToggleClock),
        1 => Just(Action::Tick),
        1 => Just(Action::Search),
        1 => Just(Action::Notes),
        1 => Just(Action::MoveTo),
        1 => Just(Action::Release),
        1 => Just(Action::Blank),
        1 => Just(Action::ProjectorMenu),
    ]
}

fn start() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2015-11-20T13:00:00+01:00").unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 40, ..ProptestConfig::default() })]

    #[test]
    fn random_keys_never_panic_and_the_disk_matches_memory(
        actions in prop::collection::vec(action(), 0..120),
        sizes in prop::collection::vec((0u16..140, 0u16..50), 4),
        close_cleanly in any::<bool>(),
    ) {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("s");
        let session = Session::new(
            "2015-11-20-prop".into(),
            "Egenskaper".into(),
            Lang::Sv,
            Agenda::builtin().unwrap(),
            &["Region Skåne".into(), "Gotland".into()],
            start(),
        );
        let store = Store::create(&path, &session).unwrap();
        let mut runner = Runner::new(store);
        let mut model = Model::new(session, Lang::Sv, start());
        model.writer = runner.store.writer();
        let effects = start_clock(&mut model, start());
        runner.run(&mut model, effects, start());
        for (step, action) in actions.into_iter().enumerate() {
            let now = start() + chrono::Duration::seconds(step as i64 * 7);
            let effects = update(&mut model, action, now);
            runner.run(&mut model, effects, now);
            if step % 30 == 0 {
                let (w, h) = sizes[(step / 30) % sizes.len()];
                let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
                terminal.draw(|f| view::draw(f, &model, now)).unwrap();
            }
        }
        if close_cleanly {
            runner.close(&mut model, start() + chrono::Duration::hours(2));
        }
        drop(runner);
        let (_store, reopened, recovery) = Store::open(&path).unwrap();
        prop_assert!(recovery.problems.is_empty());
        prop_assert_eq!(&reopened, &model.session);
    }
}
