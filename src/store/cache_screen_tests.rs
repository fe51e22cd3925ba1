//! Opening for the app from the local cache: the first screen's contributions at
//! once, the rest read on another thread and swapped in; the whole session the same
//! as one read from the files, also when the cache's tail is damaged.

use super::local_cache::path as cache_path;
use super::tests::{add, contribution, create, new_session, open, os, writer};
use super::{Folded, Store};
use crate::session::{Event, Session};
use std::path::Path;

/// A folder with two contributions on the first item, then three on the second
/// (the current one), then the first item entered again with one more, and its
/// cache: the current item is the first again.
fn folder_on_two_items_with_a_cache(path: &Path) -> Session {
    let mut session = new_session();
    let mut store = create(path, &session);
    add(&mut session, &mut store, "Ett");
    add(&mut session, &mut store, "Två");
    enter(&mut session, &mut store, "background");
    for text in ["Tre", "Fyra", "Fem"] {
        let (id, event) = contribution(&session, store.writer(), text);
        let Event::ContributionAdded {
            id: cid,
            group,
            kind,
            text,
            at,
            ..
        } = event
        else {
            unreachable!()
        };
        let event = Event::ContributionAdded {
            id: cid,
            item: "background".into(),
            group,
            kind,
            text,
            at,
        };
        store.apply_and_commit(&mut session, id, &event).unwrap();
    }
    enter(&mut session, &mut store, "welcome");
    store
        .local_cache(&session)
        .unwrap()
        .write(os().as_ref(), path)
        .unwrap();
    session
}

fn enter(session: &mut Session, store: &mut Store, item: &str) {
    let event = Event::ItemEntered {
        item: item.into(),
        at: super::tests::now(),
    };
    store.apply_and_commit_new(session, &event).unwrap();
}

/// The whole session: the loading's result with what the store took in since.
fn whole(store: &mut Store) -> Session {
    let loading = store.take_loading().expect("the rest is being read");
    let Folded {
        mut session,
        upto,
        union,
    } = loading.wait().expect("a result");
    if let Some(union) = union {
        store.adopt(union);
    }
    for (id, event) in store.events_after(upto) {
        session.apply(id, &event);
    }
    session
}

#[test]
fn the_first_screen_comes_from_the_cache_head_and_the_rest_after() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_on_two_items_with_a_cache(&path);
    assert_eq!(session.contributions.len(), 5);
    // Another writer's line after the cache.
    let (mut other, mut others, _) = open(&path, 2);
    add(&mut others, &mut other, "Sex, efter cachen");
    drop(other);

    let (mut store, first, _) = Store::open_for_screen_with(os(), &path, writer(3)).unwrap();
    let texts: Vec<&str> = first
        .contributions
        .values()
        .map(|c| c.text.as_str())
        .collect();
    assert_eq!(
        texts,
        ["Ett", "Två", "Fem", "Sex, efter cachen"],
        "the item's and the newest"
    );
    assert_eq!(first.current_item, "welcome");
    let whole = whole(&mut store);
    let (_, from_files, _) = {
        std::fs::remove_file(cache_path(&path)).unwrap();
        open(&path, 4)
    };
    assert_eq!(whole, from_files);
    assert_eq!(whole.contributions.len(), 6);
}

#[test]
fn a_damaged_tail_has_the_files_read_and_nothing_is_lost() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_on_two_items_with_a_cache(&path);
    let mut bytes = std::fs::read(cache_path(&path)).unwrap();
    let last = bytes.len() - 1;
    bytes[last] ^= 0x01;
    std::fs::write(cache_path(&path), &bytes).unwrap();

    let (mut store, first, _) = Store::open_for_screen_with(os(), &path, writer(3)).unwrap();
    assert_eq!(first.contributions.len(), 3, "the head is whole");
    assert_eq!(whole(&mut store), session);
    assert_eq!(
        store.seq(),
        7,
        "every event once: 5 contributions, 2 items entered"
    );
}

#[test]
fn without_a_cache_the_whole_session_is_there_at_once() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_on_two_items_with_a_cache(&path);
    std::fs::remove_file(cache_path(&path)).unwrap();
    let (mut store, opened, _) = Store::open_for_screen_with(os(), &path, writer(3)).unwrap();
    assert_eq!(opened, session);
    assert!(store.take_loading().is_none());
}
