//! Keys pressed in the moment between the first frame (drawn from the local cache's
//! head) and the rest of the session being in, with a tail that is slow to read.

use super::action::Action;
use super::app::Runner;
use super::app_cache_tests::closed_example;
use super::model::{Mode, Model};
use super::update::update;
use crate::i18n::Lang;
use crate::session::{DeviceId, Session, Timestamp, WriterId};
use crate::store::Store;
use crate::store::os_disk::OsDisk;
use std::sync::Arc;
use std::time::Duration;

fn at(minute: i64) -> Timestamp {
    crate::fixture::forum_start() + chrono::Duration::minutes(minute)
}

/// The example session closed once (its cache made) and opened for the screen, the
/// rest of its cache handed over 300 ms late; the model as the app makes it.
fn opened_with_a_slow_tail(path: &std::path::Path) -> (Runner, Model, Session) {
    let disk = Arc::new(OsDisk::default());
    let whole = closed_example(path, disk.clone());
    let writer = WriterId::new(DeviceId(0xcac), 2);
    let (store, head, _) = Store::open_for_screen_with(disk, path, writer).unwrap();
    assert!(head.contributions.len() < whole.contributions.len());
    let mut runner = Runner::new(store);
    let mut model = Model::new(head, Lang::Sv, at(3));
    model.writer = runner.store.writer();
    model.partial = runner.store.is_head_only();
    assert!(model.partial);
    let loading = runner.store.take_loading().expect("the rest of the cache");
    runner.refold = Some(loading.delayed(Duration::from_millis(300)));
    (runner, model, whole)
}

/// A key as the app's loop does it: `update`, then the runner.
fn press(runner: &mut Runner, model: &mut Model, action: Action) {
    let effects = update(model, action, at(3));
    runner.run(model, effects, at(3));
}

/// A contribution on another item than the current one.
fn elsewhere(model: &Model, whole: &Session) -> (String, String) {
    let c = whole
        .contributions
        .values()
        .find(|c| c.item != model.item())
        .expect("a contribution on another item");
    (c.item.clone(), c.text.clone())
}

#[test]
fn a_search_right_after_the_first_frame_finds_other_items_contributions() {
    let dir = tempfile::tempdir().unwrap();
    let (mut runner, mut model, whole) = opened_with_a_slow_tail(&dir.path().join("s"));
    let (_, text) = elsewhere(&model, &whole);
    assert!(model.session.contributions.values().all(|c| c.text != text));
    press(&mut runner, &mut model, Action::Search);
    let word: String = text
        .split_whitespace()
        .take(3)
        .collect::<Vec<_>>()
        .join(" ");
    press(&mut runner, &mut model, Action::Insert(word));
    let Mode::Search(search) = &model.mode else {
        panic!("the search is open");
    };
    let hits = search.hits(&model.session);
    assert!(
        hits.iter()
            .any(|id| whole.contributions.get(id).is_some_and(|c| c.text == text)),
        "{hits:?}"
    );
    assert!(!model.partial);
    assert_eq!(model.session, whole);
}

#[test]
fn another_item_right_after_the_first_frame_shows_its_contributions() {
    let dir = tempfile::tempdir().unwrap();
    let (mut runner, mut model, whole) = opened_with_a_slow_tail(&dir.path().join("s"));
    let item = model.item().to_string();
    let typed = "Halv";
    press(&mut runner, &mut model, Action::Insert(typed.into()));
    // Typing did not wait for the rest.
    assert!(model.partial);
    press(&mut runner, &mut model, Action::Cancel);
    press(&mut runner, &mut model, Action::PrevItem);
    assert_ne!(model.item(), item);
    let shown = model.current_ids().len();
    assert!(shown > 0);
    assert_eq!(shown, whole.ids_for_item(model.item()).len());
}
