//! The app leaves a local cache when it closes, and the next opening uses it.

use super::action::Action;
use super::app::Runner;
use super::model::Model;
use super::update::update;
use crate::fixture::example_session;
use crate::i18n::Lang;
use crate::session::{DeviceId, Timestamp, WriterId};
use crate::store::Store;
use crate::store::local_cache::LocalCache;
use crate::store::os_disk::OsDisk;
use std::sync::Arc;

fn at(minute: i64) -> Timestamp {
    crate::fixture::forum_start() + chrono::Duration::minutes(minute)
}

#[test]
fn closing_the_app_leaves_a_cache_the_next_opening_uses() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let disk = Arc::new(OsDisk::default());
    let writer = |n| WriterId::new(DeviceId(0xcac), n);
    let session = example_session();
    let store =
        Store::create_with(disk.clone(), &path, &session, DeviceId(0xcac), writer(1)).unwrap();
    let mut runner = Runner::new(store);
    let mut model = Model::new(session, Lang::Sv, at(0));
    model.writer = runner.store.writer();
    for text in ["Ett", "Två"] {
        let effects = update(&mut model, Action::Insert(text.into()), at(1));
        runner.run(&mut model, effects, at(1));
        let effects = update(&mut model, Action::Commit, at(1));
        runner.run(&mut model, effects, at(1));
    }
    assert!(runner.close(&mut model, at(2)).is_none());
    drop(runner);

    let mut cache = LocalCache::read(disk.as_ref(), &path).expect("a cache");
    assert_eq!(cache.session, model.session);
    // Mark it: a session opened from it shows the mark.
    cache.session.title = "Ur cachen".into();
    cache.write(disk.as_ref(), &path).unwrap();
    let (_, opened, recovery) = Store::open_with(disk, &path, writer(2)).unwrap();
    assert_eq!(opened.title, "Ur cachen");
    assert_eq!(recovery.replayed, cache.ids.len());
}

/// The example session (every item has contributions) closed in the app, so that
/// its cache is made; the folder and the session.
pub(super) fn closed_example(path: &std::path::Path, disk: Arc<OsDisk>) -> crate::session::Session {
    let session = example_session();
    let store = Store::create_with(
        disk,
        path,
        &session,
        DeviceId(0xcac),
        WriterId::new(DeviceId(0xcac), 1),
    )
    .unwrap();
    let mut runner = Runner::new(store);
    let mut model = Model::new(session, Lang::Sv, at(0));
    model.writer = runner.store.writer();
    let effects = update(&mut model, Action::NextItem, at(1));
    runner.run(&mut model, effects, at(1));
    assert!(runner.close(&mut model, at(2)).is_none());
    model.session
}

#[test]
fn opened_for_the_screen_the_rest_of_the_cache_is_swapped_in_and_exported_whole() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let disk = Arc::new(OsDisk::default());
    let whole = closed_example(&path, disk.clone());
    let writer = WriterId::new(DeviceId(0xcac), 2);
    let (store, first, _) = Store::open_for_screen_with(disk.clone(), &path, writer).unwrap();
    assert!(
        first.contributions.len() < whole.contributions.len(),
        "the head only"
    );
    let mut runner = Runner::new(store);
    let mut model = Model::new(first, Lang::Sv, at(3));
    model.writer = runner.store.writer();
    // Ctrl+E before anything else: the minutes hold every contribution.
    runner.run(
        &mut model,
        vec![super::update::Effect::Export(
            crate::minutes::Format::Markdown,
        )],
        at(3),
    );
    assert_eq!(model.session, whole);
    let file = path.join(crate::minutes::Format::Markdown.file_name(whole.lang));
    let minutes = std::fs::read_to_string(file).unwrap();
    for c in whole.contributions.values() {
        let start: String = c.text.chars().take(20).collect();
        assert!(minutes.contains(&start), "{start}");
    }
}
