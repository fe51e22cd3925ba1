//! The local cache's bytes: a cache that is cut short, has a flipped bit or is of
//! another format is ignored and the session read from its segments, nothing lost;
//! and an opening from the cache reports the damaged lines an opening from the
//! files reports.

use super::local_cache::{LocalCache, path as cache_path};
use super::tests::{add, create, new_session, open, os, segment};
use crate::session::Session;
use std::path::Path;

/// A folder with three contributions, the third line of its segment damaged, opened
/// once (so its cache is made) by the app's way of writing it.
fn folder_with_a_damaged_line_and_a_cache(path: &Path) -> Session {
    let mut session = new_session();
    let mut store = create(path, &session);
    for text in ["Ett", "Två", "Tre"] {
        add(&mut session, &mut store, text);
    }
    drop(store);
    let file = segment(path, 1, 1);
    let bytes = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, bytes.replacen("Tre", "Trä", 1)).unwrap();
    let (store, opened, recovery) = open(path, 2);
    assert_eq!(recovery.problems.len(), 1, "{:?}", recovery.problems);
    store
        .local_cache(&opened)
        .unwrap()
        .write(os().as_ref(), path)
        .unwrap();
    opened
}

#[test]
fn an_opening_from_the_cache_reports_the_damaged_lines_the_files_hold() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    folder_with_a_damaged_line_and_a_cache(&path);
    let (_, from_files, first) = {
        std::fs::rename(cache_path(&path), dir.path().join("kept")).unwrap();
        let opened = open(&path, 3);
        std::fs::rename(dir.path().join("kept"), cache_path(&path)).unwrap();
        opened
    };
    assert!(LocalCache::read(os().as_ref(), &path).is_some());
    for process in [4, 5] {
        let (_, from_cache, again) = open(&path, process);
        assert_eq!(from_cache, from_files);
        assert_eq!(
            again.problems, first.problems,
            "the same said at every opening"
        );
    }
    let problem = &first.problems[0];
    assert_eq!(problem.line, Some(3));
    assert_eq!(problem.writer, Some(super::tests::writer(1)));
    assert!(
        problem
            .file
            .starts_with(&super::tests::writer(1).to_string())
    );
}

/// Opens `path` with its cache replaced by `bytes`: the session from the files,
/// whole, and a good cache written again on the way out as the app does.
fn opened_with_cache_bytes(path: &Path, bytes: &[u8], expected: &Session) {
    std::fs::write(cache_path(path), bytes).unwrap();
    assert!(LocalCache::read(os().as_ref(), path).is_none());
    let (store, opened, recovery) = open(path, 9);
    assert_eq!(&opened, expected, "nothing lost");
    assert_eq!(recovery.problems.len(), 1, "the damaged line still said");
    store
        .local_cache(&opened)
        .unwrap()
        .write(os().as_ref(), path)
        .unwrap();
    assert_eq!(
        LocalCache::read(os().as_ref(), path).map(|cache| cache.session),
        Some(opened),
        "rebuilt"
    );
}

#[test]
fn a_cut_short_cache_is_ignored_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_with_a_damaged_line_and_a_cache(&path);
    let bytes = std::fs::read(cache_path(&path)).unwrap();
    for len in [0, 10, bytes.len() / 2, bytes.len() - 1] {
        opened_with_cache_bytes(&path, &bytes[..len], &session);
    }
}

#[test]
fn a_cache_with_a_flipped_bit_is_ignored_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_with_a_damaged_line_and_a_cache(&path);
    let bytes = std::fs::read(cache_path(&path)).unwrap();
    // In the magic, the format number, the checksum and the body's middle and end.
    for at in [0, 20, 25, bytes.len() / 2, bytes.len() - 1] {
        let mut flipped = bytes.clone();
        flipped[at] ^= 0x04;
        opened_with_cache_bytes(&path, &flipped, &session);
    }
}

#[test]
fn a_cache_of_another_format_is_ignored_and_rebuilt() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let session = folder_with_a_damaged_line_and_a_cache(&path);
    let mut bytes = std::fs::read(cache_path(&path)).unwrap();
    let at = b"samtal-local-cache\n".len();
    bytes[at..at + 4].copy_from_slice(&(super::cache_format::FORMAT + 1).to_le_bytes());
    opened_with_cache_bytes(&path, &bytes, &session);
    // The JSON cache of before, under the new name.
    opened_with_cache_bytes(&path, b"{\"format\":\"samtal-local-cache-1\"}", &session);
}

#[test]
fn writing_the_cache_removes_the_json_one_of_before() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    folder_with_a_damaged_line_and_a_cache(&path);
    let old = path.join(".samtal-local").join("cache.json");
    std::fs::write(&old, b"{}").unwrap();
    let (store, opened, _) = open(&path, 3);
    store
        .local_cache(&opened)
        .unwrap()
        .write(os().as_ref(), &path)
        .unwrap();
    assert!(!old.exists());
    assert!(cache_path(&path).is_file());
}

#[test]
fn a_damaged_line_met_while_the_session_is_open_is_reported_from_the_cache_too() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let mut session = new_session();
    drop(create(&path, &session));
    let (mut app, shown, opened) = open(&path, 2);
    assert!(opened.problems.is_empty());
    // Another writer's lines land while the app is open, one of them damaged.
    let (mut other, _, _) = open(&path, 3);
    for text in ["Ett", "Två"] {
        add(&mut session, &mut other, text);
    }
    drop(other);
    let file = segment(&path, 3, 1);
    let bytes = std::fs::read_to_string(&file).unwrap();
    std::fs::write(&file, bytes.replacen("Två", "Tvä", 1)).unwrap();
    let refreshed = app.refresh().unwrap();
    assert_eq!(refreshed.problems.len(), 1);
    let mut shown = shown;
    for (id, event) in &refreshed.new {
        shown.apply(*id, event);
    }
    let mut cache = app.local_cache(&shown).unwrap();
    // Marked: a session opened from the cache shows the mark.
    cache.session.title = "Ur cachen".into();
    cache.write(os().as_ref(), &path).unwrap();
    drop(app);
    let (_, from_cache, reopened) = open(&path, 4);
    assert_eq!(from_cache.title, "Ur cachen");
    assert_eq!(reopened.problems, refreshed.problems);
}
