use super::*;
use std::time::Instant;

/// Waits until the watch rings or `limit` passes; the time it took if it rang.
fn rung_within(watch: &FolderWatch, limit: Duration) -> Option<Duration> {
    let start = Instant::now();
    let mut pollfd = libc::pollfd {
        fd: watch.raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let millis = libc::c_int::try_from(limit.as_millis()).expect("a short limit");
    // SAFETY: one valid pollfd for the duration of the call.
    let ready = unsafe { libc::poll(&mut pollfd, 1, millis) };
    (ready > 0 && watch.drain().expect("a drain")).then(|| start.elapsed())
}

fn settle(watch: &FolderWatch) {
    std::thread::sleep(Duration::from_millis(50));
    watch.drain().expect("a drain");
}

#[test]
fn a_segment_landing_in_a_folder_created_after_the_watch_rings_at_once() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    let watch = FolderWatch::on(dir.path(), WatchMode::Notify).expect("a watch");
    assert!(!watch.is_polling(), "inotify is there on Linux");
    std::fs::create_dir(dir.path().join("events")).expect("events/");
    settle(&watch);
    std::fs::write(dir.path().join("events/00ab.000001.jsonl"), b"x\n").expect("a write");
    let took = rung_within(&watch, Duration::from_secs(2)).expect("a wake-up");
    assert!(took < Duration::from_millis(250), "{took:?}");
}

#[test]
fn a_file_renamed_into_place_as_a_sync_engine_does_rings() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("events")).expect("events/");
    let watch = FolderWatch::on(dir.path(), WatchMode::Notify).expect("a watch");
    let temp = dir.path().join("events/.syncthing.a.jsonl.tmp");
    std::fs::write(&temp, b"x\n").expect("a write");
    settle(&watch);
    std::fs::rename(&temp, dir.path().join("events/a.jsonl")).expect("a rename");
    assert!(rung_within(&watch, Duration::from_secs(2)).is_some());
}

#[test]
fn this_laptops_own_cache_draft_and_reads_do_not_ring() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join(".samtal-local")).expect("the cache folder");
    std::fs::write(dir.path().join("header.json"), b"{}\n").expect("a header");
    let watch = FolderWatch::on(dir.path(), WatchMode::Notify).expect("a watch");
    settle(&watch);
    std::fs::write(dir.path().join(".samtal-local/cache.json"), b"{}").expect("a cache");
    std::fs::write(dir.path().join("draft.txt"), b"half a line").expect("a draft");
    let draft = dir.path().join("draft-3fa2c19d0e.txt");
    std::fs::write(&draft, b"half a line").expect("a device's draft");
    std::fs::remove_file(&draft).expect("the draft removed");
    std::fs::write(dir.path().join("session.lock"), b"1").expect("a lock");
    std::fs::read(dir.path().join("header.json")).expect("a read");
    assert_eq!(rung_within(&watch, Duration::from_millis(300)), None);
}

#[test]
fn polling_notices_a_change_within_its_interval() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("events")).expect("events/");
    let every = Duration::from_millis(100);
    let watch = FolderWatch::on(dir.path(), WatchMode::Poll(every)).expect("a watch");
    assert!(watch.is_polling());
    settle(&watch);
    std::fs::write(dir.path().join("events/b.jsonl"), b"x\n").expect("a write");
    let took = rung_within(&watch, Duration::from_secs(3)).expect("a wake-up");
    assert!(took < Duration::from_secs(1), "{took:?}");
}

#[test]
fn local_only_names_are_the_ones_never_synced() {
    for local in [
        ".samtal-local/cache.json",
        "draft.txt",
        "draft-3fa2c19d0e.txt",
        "session.lock",
        "events/.x.tmp",
    ] {
        assert!(is_local_only(Path::new(local)), "{local}");
    }
    for synced in [
        "events/00ab.000001.jsonl",
        "header.json",
        "events/a.sync-conflict-1.jsonl",
    ] {
        assert!(!is_local_only(Path::new(synced)), "{synced}");
    }
}

#[test]
fn a_writers_own_segments_do_not_ring_and_anothers_do() {
    let dir = tempfile::tempdir().expect("a temporary folder");
    std::fs::create_dir(dir.path().join("events")).expect("events/");
    let own = "00000abc00000001".to_string();
    let watch =
        FolderWatch::ignoring(dir.path(), WatchMode::Notify, Some(own.clone())).expect("a watch");
    settle(&watch);
    std::fs::write(
        dir.path().join(format!("events/{own}.000001.jsonl")),
        b"x\n",
    )
    .expect("a write");
    assert_eq!(rung_within(&watch, Duration::from_millis(300)), None);
    std::fs::write(
        dir.path().join("events/00000def00000001.000001.jsonl"),
        b"y\n",
    )
    .expect("a write");
    assert!(rung_within(&watch, Duration::from_secs(2)).is_some());
}
