//! A keystroke → the next frame: `update` plus a full `terminal.draw` on a
//! `TestBackend`, with the store left out, on generated sessions of 0 to 100,000
//! contributions (a tenth of them on the current item) at 80×24 and 200×60.
//! Run with `cargo bench --bench keys`.
//!
//! The clock is fixed (an hour into the forum) so every frame shows the same time.

#![allow(clippy::unwrap_used)]

use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use samtal::fixture::{forum_start, generated_session};
use samtal::i18n::Lang;
use samtal::session::{Session, Timestamp};
use samtal::tui::action::Action;
use samtal::tui::input::LineInput;
use samtal::tui::model::Model;
use samtal::tui::update::{Effect, update};
use samtal::tui::view;
use std::sync::OnceLock;

const SIZES: [usize; 4] = [0, 1_000, 10_000, 100_000];

/// What a moderator types in one go before pressing Enter.
const LINE: &str = "Snabbare validering av utländsk kompetens i Skåne 🇸🇪";

fn main() {
    divan::main();
}

fn now() -> Timestamp {
    forum_start() + chrono::Duration::hours(1)
}

/// Each size is generated once and cloned for every benchmark that uses it.
fn session(contributions: usize) -> Session {
    static CACHE: [OnceLock<Session>; SIZES.len()] = [const { OnceLock::new() }; SIZES.len()];
    let slot = SIZES.iter().position(|&n| n == contributions).unwrap();
    CACHE[slot]
        .get_or_init(|| generated_session(contributions))
        .clone()
}

/// A model on a session of `contributions` and a terminal that has drawn it once.
fn setup(contributions: usize, width: u16, height: u16) -> (Model, Terminal<TestBackend>) {
    let at = now();
    let model = Model::new(session(contributions), Lang::Sv, at);
    let mut terminal = Terminal::new(TestBackend::new(width, height)).unwrap();
    terminal.draw(|f| view::draw(f, &model, at)).unwrap();
    (model, terminal)
}

/// What the runner does with effects, minus the store: a persisted event is already
/// in the model, so only the footer's "saved" changes.
fn apply_without_store(model: &mut Model, effects: Vec<Effect>, at: Timestamp) {
    for effect in effects {
        if let Effect::Persist(_, _) = effect {
            model.saved(Ok(()), at);
        }
    }
}

/// (a) One character typed into the capture line, then the frame that shows it.
fn type_char(bencher: Bencher, contributions: usize, width: u16, height: u16) {
    let (mut model, mut terminal) = setup(contributions, width, height);
    let at = now();
    bencher.bench_local(|| {
        // A line is typed and then sent: start over before it gets unrealistically long.
        if model.capture.text().len() >= LINE.len() {
            model.capture.clear();
        }
        let effects = update(&mut model, Action::Insert("å".into()), at);
        apply_without_store(&mut model, effects, at);
        terminal.draw(|f| view::draw(f, &model, at)).unwrap();
    });
}

/// (b) Enter on a typed line, without the store: the event is applied in `update`.
/// The line is put in place outside the timed part.
fn commit_in_memory(bencher: Bencher, contributions: usize, width: u16, height: u16) {
    let (mut model, mut terminal) = setup(contributions, width, height);
    let at = now();
    bencher
        .with_inputs(|| LineInput::with_text(LINE))
        .bench_local_values(|typed| {
            model.capture = typed;
            let effects = update(&mut model, Action::Commit, at);
            apply_without_store(&mut model, effects, at);
            terminal.draw(|f| view::draw(f, &model, at)).unwrap();
        });
}

/// (c) PageDown / PageUp alternately: the item changes and its log is drawn.
fn change_item(bencher: Bencher, contributions: usize, width: u16, height: u16) {
    let (mut model, mut terminal) = setup(contributions, width, height);
    let at = now();
    let mut forward = true;
    bencher.bench_local(|| {
        let action = if forward {
            Action::NextItem
        } else {
            Action::PrevItem
        };
        forward = !forward;
        let effects = update(&mut model, action, at);
        apply_without_store(&mut model, effects, at);
        terminal.draw(|f| view::draw(f, &model, at)).unwrap();
    });
}

/// (d) ↑ in the log: the selection moves one contribution up. From the oldest it
/// starts again at the newest, so every sample scrolls.
fn scroll_up(bencher: Bencher, contributions: usize, width: u16, height: u16) {
    let (mut model, mut terminal) = setup(contributions, width, height);
    let at = now();
    bencher.bench_local(|| {
        if model.selected == Some(0) {
            model.selected = None;
        }
        let effects = update(&mut model, Action::Up, at);
        apply_without_store(&mut model, effects, at);
        terminal.draw(|f| view::draw(f, &model, at)).unwrap();
    });
}

macro_rules! screen {
    ($module:ident, $width:expr, $height:expr) => {
        mod $module {
            use divan::Bencher;

            #[divan::bench(args = super::SIZES)]
            fn type_char(bencher: Bencher, contributions: usize) {
                super::type_char(bencher, contributions, $width, $height);
            }

            #[divan::bench(args = super::SIZES)]
            fn commit_in_memory(bencher: Bencher, contributions: usize) {
                super::commit_in_memory(bencher, contributions, $width, $height);
            }

            #[divan::bench(args = super::SIZES)]
            fn change_item(bencher: Bencher, contributions: usize) {
                super::change_item(bencher, contributions, $width, $height);
            }

            #[divan::bench(args = super::SIZES)]
            fn scroll_up(bencher: Bencher, contributions: usize) {
                super::scroll_up(bencher, contributions, $width, $height);
            }
        }
    };
}

screen!(at_80x24, 80, 24);
screen!(at_200x60, 200, 60);

/// The moderator's cockpit at 200×60 with all 21 regions and 10,000 contributions:
/// the line of groups not yet heard is worked out on every frame, and the capture
/// box wraps a contribution of up to 400 characters.
mod cockpit_21_groups_at_200x60 {
    use super::*;
    use samtal::session::Event;

    const CONTRIBUTIONS: usize = 10_000;
    const LONG: usize = 400;

    fn setup_21() -> (Model, Terminal<TestBackend>) {
        let at = now();
        let mut session = session(CONTRIBUTIONS);
        let presets = samtal::presets::group_presets();
        let regions = presets.iter().find(|p| p.id == "regioner").unwrap();
        for name in &regions.groups {
            if session.group_by_name(name).is_none() {
                let id = session.next_event_id(samtal::session::WriterId::ORIGIN, at);
                session.apply_as(
                    samtal::session::WriterId::ORIGIN,
                    &Event::GroupAdded {
                        id,
                        name: name.clone(),
                        at,
                    },
                );
            }
        }
        assert_eq!(session.groups.len(), 21);
        let model = Model::new(session, Lang::Sv, at);
        let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
        terminal.draw(|f| view::draw(f, &model, at)).unwrap();
        (model, terminal)
    }

    /// One character typed into a line that grows to 400 characters (wrapped over
    /// several rows of the capture box), then the frame.
    #[divan::bench]
    fn type_char(bencher: Bencher) {
        let (mut model, mut terminal) = setup_21();
        let at = now();
        bencher.bench_local(|| {
            if model.capture.text().chars().count() >= LONG {
                model.capture.clear();
            }
            let c = if model.capture.text().len() % 7 == 6 {
                " "
            } else {
                "å"
            };
            let effects = update(&mut model, Action::Insert(c.into()), at);
            apply_without_store(&mut model, effects, at);
            terminal.draw(|f| view::draw(f, &model, at)).unwrap();
        });
    }

    /// Ctrl+N: the next group not yet heard, then the frame.
    #[divan::bench]
    fn next_not_heard(bencher: Bencher) {
        let (mut model, mut terminal) = setup_21();
        let at = now();
        bencher.bench_local(|| {
            let effects = update(&mut model, Action::NextNotHeard, at);
            apply_without_store(&mut model, effects, at);
            terminal.draw(|f| view::draw(f, &model, at)).unwrap();
        });
    }
}
