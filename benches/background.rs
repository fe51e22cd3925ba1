//! What the UI thread does at 100,000 contributions while work runs on other
//! threads: PageDown (an agenda step: the item is entered, committed, and the local
//! cache written in the background) and the redraw; one character typed and the
//! redraw while a cache write and a re-fold run; and the swap-in of a finished
//! re-fold and the redraw. The budget is 16 ms for each (one frame at 60 Hz).
//! `deep_copy_reference` copies the contributions into a `BTreeMap`: what cloning
//! the session cost on the UI thread when the contributions were one.
//! Run with `cargo bench --bench background`.
//!
//! The session folder is on tmpfs (`/dev/shm`) where there is one, so that the
//! commit's flush costs nothing and the figure is the work of the UI thread; the
//! flush itself is measured by `cargo bench --bench commit`.

#![allow(clippy::unwrap_used)]

use divan::Bencher;
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use samtal::fixture::{forum_start, generated_events, generated_session};
use samtal::i18n::Lang;
use samtal::session::{DeviceId, Timestamp, WriterId};
use samtal::store::Store;
use samtal::store::header::{Header, write_header};
use samtal::store::os_disk::OsDisk;
use samtal::store::segments::{record, segment_name};
use samtal::tui::action::Action;
use samtal::tui::app::Runner;
use samtal::tui::model::Model;
use samtal::tui::update::update;
use samtal::tui::view;
use std::cell::RefCell;
use std::sync::Arc;
use tempfile::TempDir;

const CONTRIBUTIONS: usize = 100_000;
const DEVICE: DeviceId = DeviceId(0x5a_6e_7a_1a);

fn main() {
    divan::main();
}

fn now() -> Timestamp {
    forum_start() + chrono::Duration::hours(1)
}

/// A session folder whose `n` contributions are events in one writer's segment.
fn folder(n: usize) -> TempDir {
    let shm = std::path::Path::new("/dev/shm");
    let temp = if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir().unwrap()
    };
    write_header(
        &OsDisk::default(),
        temp.path(),
        &Header::new(DEVICE, generated_session(0)),
    )
    .unwrap();
    let writer = WriterId::new(DEVICE, 1);
    let mut bytes = Vec::new();
    for (id, event) in generated_events(n, writer) {
        bytes.extend(record::encode(id, &event).unwrap());
    }
    std::fs::create_dir_all(temp.path().join("events")).unwrap();
    std::fs::write(
        temp.path().join("events").join(segment_name(writer, 1)),
        bytes,
    )
    .unwrap();
    temp
}

/// The app on a folder of 100,000 contributions, as `app::run` sets it up, and a
/// 200×60 terminal that has drawn it once.
struct App {
    _temp: TempDir,
    model: Model,
    runner: Runner,
    terminal: Terminal<TestBackend>,
}

fn app() -> App {
    let temp = folder(CONTRIBUTIONS);
    let writer = WriterId::new(DEVICE, 2);
    let (store, session, _) =
        Store::open_with(Arc::new(OsDisk::default()), temp.path(), writer).unwrap();
    assert_eq!(session.contributions.len(), CONTRIBUTIONS);
    let mut model = Model::new(session, Lang::Sv, now());
    model.writer = store.writer();
    let mut terminal = Terminal::new(TestBackend::new(200, 60)).unwrap();
    terminal.draw(|f| view::draw(f, &model, now())).unwrap();
    App {
        _temp: temp,
        model,
        runner: Runner::new(store),
        terminal,
    }
}

impl App {
    /// A key as the app's loop handles it: what others saved taken in, `update`,
    /// the effects carried out, the frame drawn.
    fn key(&mut self, action: Action, at: Timestamp) {
        self.runner.refresh(&mut self.model);
        let effects = update(&mut self.model, action, at);
        self.runner.run(&mut self.model, effects, at);
        let model = &self.model;
        self.terminal.draw(|f| view::draw(f, model, at)).unwrap();
    }

    /// No cache write or re-fold left from the sample before.
    fn settle(&mut self) {
        self.runner.wait_for_cache_write();
        self.runner.finish_refold(&mut self.model);
    }
}

/// PageDown and PageUp alternately, each writing the local cache in the
/// background (the write before has ended before each sample starts).
#[divan::bench(sample_count = 40, sample_size = 1)]
fn page_down_writing_the_cache(bencher: Bencher) {
    let app = RefCell::new(app());
    let mut forward = true;
    let mut at = now();
    bencher
        .with_inputs(|| app.borrow_mut().settle())
        .bench_local_values(|()| {
            let mut app = app.borrow_mut();
            let action = if forward {
                Action::NextItem
            } else {
                Action::PrevItem
            };
            forward = !forward;
            at += chrono::Duration::seconds(1);
            app.key(action, at);
            assert!(app.runner.cache_write_running() || app.runner.cache_writer.is_some());
        });
}

/// One character typed while the local cache is written and the session folded
/// again, each on its own thread (both started just before).
#[divan::bench(sample_count = 40, sample_size = 1)]
fn typing_during_cache_write_and_refold(bencher: Bencher) {
    let app = RefCell::new(app());
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            app.settle();
            app.model.capture.clear();
            let App { model, runner, .. } = &mut *app;
            runner.write_cache_in_background(model);
            runner.refold = Some(runner.store.start_refold());
        })
        .bench_local_values(|()| {
            app.borrow_mut().key(Action::Insert("å".into()), now());
        });
}

/// A finished re-fold taken in at a keystroke (the next key's look at the store
/// swaps it in), then the frame.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn swap_in_of_a_finished_refold(bencher: Bencher) {
    let app = RefCell::new(app());
    bencher
        .with_inputs(|| {
            let mut app = app.borrow_mut();
            app.settle();
            let folded = app.runner.store.start_refold().wait().unwrap();
            app.runner.refold = Some(samtal::store::Refold::ready(folded));
        })
        .bench_local_values(|()| {
            let mut app = app.borrow_mut();
            let App {
                model,
                runner,
                terminal,
                ..
            } = &mut *app;
            assert!(runner.refresh(model), "swapped in");
            terminal.draw(|f| view::draw(f, model, now())).unwrap();
        });
}

/// What cloning the session cost on the UI thread before the contributions were a
/// persistent map: a deep copy of each into a `BTreeMap`.
#[divan::bench(sample_count = 20, sample_size = 1)]
fn deep_copy_reference(bencher: Bencher) {
    let session = generated_session(CONTRIBUTIONS);
    bencher.bench_local(|| {
        session
            .contributions
            .iter()
            .map(|(id, c)| (*id, c.clone()))
            .collect::<std::collections::BTreeMap<_, _>>()
    });
}
