//! The app's loop sleeps until something wakes it: a finished rest of the cache (or
//! re-fold) rings it, so the whole session is on screen without a key or a tick.

use super::app::Runner;
use super::app_cache_tests::closed_example;
use super::model::Model;
use crate::i18n::Lang;
use crate::session::{DeviceId, WriterId};
use crate::store::Store;
use crate::store::os_disk::OsDisk;
use crate::terminal::doorbell::Doorbell;
use std::sync::Arc;
use std::time::{Duration, Instant};

/// True when `bell` became readable within `timeout`, as the loop's `poll(2)` sees it.
fn rung_within(bell: &Doorbell, timeout: Duration) -> bool {
    let mut fd = libc::pollfd {
        fd: bell.raw_fd(),
        events: libc::POLLIN,
        revents: 0,
    };
    let millis = i32::try_from(timeout.as_millis()).unwrap();
    unsafe { libc::poll(&mut fd, 1, millis) == 1 }
}

#[test]
fn the_rest_of_the_cache_rings_the_loop_awake_when_it_is_ready() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("s");
    let disk = Arc::new(OsDisk::default());
    let whole = closed_example(&path, disk.clone());
    let writer = WriterId::new(DeviceId(0xcac), 2);
    let (store, first, _) = Store::open_for_screen_with(disk, &path, writer).unwrap();
    let mut runner = Runner::new(store);
    let mut model = Model::new(first, Lang::Sv, crate::fixture::forum_start());
    model.partial = runner.store.is_head_only();
    assert!(model.partial, "opened from the cache's head");
    let bell = Doorbell::new().unwrap();
    runner.wake_on_ready(bell.ringer());
    // Nothing rings before there is anything to wait for.
    assert!(!rung_within(&bell, Duration::from_millis(50)));

    let started = Instant::now();
    runner.start_loading();
    // Well before the next tick (a second at most): the loop need not wait for it.
    assert!(rung_within(&bell, Duration::from_secs(5)), "never rung");
    assert!(started.elapsed() < Duration::from_millis(900));
    bell.drain().unwrap();
    // Woken, the loop looks once and finds the whole session ready.
    assert!(runner.refresh(&mut model));
    assert!(!model.partial);
    assert_eq!(model.session, whole);
    assert!(!rung_within(&bell, Duration::from_millis(50)), "drained");
}

#[test]
fn a_re_fold_rings_when_it_ends_with_or_without_a_result() {
    let bell = Doorbell::new().unwrap();
    let folded = crate::store::Folded {
        session: crate::fixture::example_session(),
        upto: None,
        union: None,
    };
    let ringer = bell.ringer();
    let refold = crate::store::Refold::ready(folded).then(move || ringer.ring());
    assert!(rung_within(&bell, Duration::from_secs(5)));
    // The result is there to take by the time the bell rings.
    assert!(matches!(refold.poll(), crate::store::RefoldState::Done(_)));
}
