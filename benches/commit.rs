//! Enter → "saved": the cost of committing one contribution through the real store,
//! against the floor of a bare `write` + `fdatasync` of the same bytes in the same
//! folder, at several session sizes. Run with `cargo bench --bench commit`.

#![allow(clippy::unwrap_used)]

use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use samtal::fixture::generated_session;
use samtal::i18n::Lang;
use samtal::store::Store;
use samtal::tui::action::Action;
use samtal::tui::app::{Runner, now};
use samtal::tui::model::Model;
use samtal::tui::update::update;
use samtal::tui::view;
use std::io::Write;

const SIZES: [usize; 5] = [0, 10, 1_000, 10_000, 100_000];

fn main() {
    divan::main();
}

/// Enter on a typed line: update, write + fdatasync of the journal record, and the
/// redraw that shows "saved" (100×30).
#[divan::bench(args = SIZES, sample_count = 60, sample_size = 1)]
fn enter_to_saved(bencher: Bencher, contributions: usize) {
    let dir = tempfile::tempdir().unwrap();
    let session = generated_session(contributions);
    let store = Store::create(&dir.path().join("s"), &session).unwrap();
    let mut runner = Runner::new(store);
    let mut model = Model::new(session, Lang::Sv, now());
    model.writer = runner.store.writer();
    let mut terminal = Terminal::new(TestBackend::new(100, 30)).unwrap();
    bencher.bench_local(|| {
        let at = now();
        update(
            &mut model,
            Action::Insert("Snabbare validering i Skåne 🇸🇪".into()),
            at,
        );
        let effects = update(&mut model, Action::Commit, at);
        runner.run(&mut model, effects, at);
        terminal.draw(|f| view::draw(f, &model, at)).unwrap();
    });
}

/// The store alone: apply the event and make it durable (one journal record).
#[divan::bench(args = SIZES, sample_count = 60, sample_size = 1)]
fn store_commit(bencher: Bencher, contributions: usize) {
    let dir = tempfile::tempdir().unwrap();
    let mut session = generated_session(contributions);
    let mut store = Store::create(&dir.path().join("s"), &session).unwrap();
    bencher.bench_local(|| {
        let id = session.next_event_id(store.writer(), now());
        let event = samtal::session::Event::ContributionAdded {
            id,
            item: "welcome".into(),
            group: session.groups[0].id,
            kind: samtal::session::Kind::Comment,
            text: "Snabbare validering i Skåne 🇸🇪".into(),
            at: now(),
        };
        store.apply_and_commit(&mut session, id, &event).unwrap();
    });
}

/// The floor: one `write` + `fdatasync` of a record-sized line, same disk.
#[divan::bench(sample_count = 60, sample_size = 1)]
fn floor_write_fdatasync(bencher: Bencher) {
    let dir = tempfile::tempdir().unwrap();
    let mut file = std::fs::OpenOptions::new()
        .create(true)
        .append(true)
        .open(dir.path().join("floor"))
        .unwrap();
    let line = vec![b'x'; 230];
    bencher.bench_local(|| {
        file.write_all(&line).unwrap();
        file.sync_data().unwrap();
    });
}
