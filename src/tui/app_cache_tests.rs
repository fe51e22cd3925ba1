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
