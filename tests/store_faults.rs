//! The store under failure: an error or a panic at every single file-system step,
//! power cuts that keep only what was made durable (or a torn part of the rest), a
//! full disk, a failing fsync, and journals cut at every byte.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

mod common;
use common::{at, builtin_session};
use samtal::i18n::Lang;
use samtal::session::{Event, Kind, Session};
use samtal::store::disk::Disk;
use samtal::store::sim::{Fault, Op, SimDisk, Tear};
use samtal::store::{JOURNAL_FILE, SNAPSHOT_FILE, Store, StoreError};
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn new_session() -> Session {
    builtin_session(
        "2015-11-20-fel",
        "Fel överallt",
        &["Region Skåne", "Region Örebro län"],
    )
}

fn added(id: u64, item: &str, text: &str) -> Event {
    Event::ContributionAdded {
        id: samtal::session::EventId::origin(id),
        item: item.into(),
        group: samtal::session::EventId::origin(1 + id % 2),
        kind: Kind::Comment,
        text: text.into(),
        at: at(id as i64),
    }
}

/// One step of a scripted session: an event to commit, or a snapshot.
enum Step {
    Commit(Event),
    Snapshot,
}

fn script() -> Vec<Step> {
    vec![
        Step::Commit(Event::ItemEntered {
            item: "welcome".into(),
            at: at(0),
        }),
        Step::Commit(added(1, "welcome", "Första bidraget, från Skåne")),
        Step::Commit(added(2, "welcome", "Andra: åäö 🇸🇪")),
        Step::Commit(Event::ContributionEdited {
            base: None,
            id: samtal::session::EventId::origin(1),
            group: samtal::session::EventId::origin(2),
            kind: Kind::Action,
            text: "Första bidraget, rättat".into(),
            edited: true,
            at: at(3),
        }),
        Step::Commit(Event::ItemEntered {
            item: "background".into(),
            at: at(4),
        }),
        Step::Snapshot,
        Step::Commit(added(3, "background", "Efter ögonblicksbilden")),
        Step::Commit(Event::ContributionDeleted {
            base: None,
            id: samtal::session::EventId::origin(2),
            at: at(6),
        }),
        Step::Commit(added(4, "background", "Sista")),
        Step::Snapshot,
        Step::Commit(added(5, "background", "Efter den andra bilden")),
    ]
}

const DIR: &str = "/data/sessions/2015-11-20-fel";

/// Runs the script until the disk fails or panics. Returns the events that were
/// acknowledged, and the one whose commit was under way when it stopped, if any.
fn run(disk: Arc<SimDisk>) -> (Vec<Event>, Option<Event>) {
    let mut acked = Vec::new();
    let mut in_flight = None;
    let _ = catch_unwind(AssertUnwindSafe(|| {
        let mut session = new_session();
        let Ok(mut store) = Store::create_on(disk.clone(), Path::new(DIR), &session) else {
            return;
        };
        for step in script() {
            match step {
                Step::Commit(event) => {
                    in_flight = Some(event.clone());
                    let event_id = session.apply_as(samtal::session::WriterId::ORIGIN, &event);
                    if store.commit(event_id, &event, &session).is_err() {
                        return;
                    }
                    acked.push(event);
                    in_flight = None;
                }
                Step::Snapshot => {
                    if store.snapshot(&session).is_err() {
                        return;
                    }
                }
            }
        }
    }));
    (acked, in_flight)
}

/// Injected panics are expected here; other panics are still reported.
fn quiet_injected_panics() {
    let report = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        let message = info
            .payload()
            .downcast_ref::<String>()
            .map(String::as_str)
            .unwrap_or_default();
        if !message.starts_with("injected panic") {
            report(info);
        }
    }));
}

fn replayed(events: &[Event]) -> Session {
    let mut session = new_session();
    for e in events {
        session.apply_as(samtal::session::WriterId::ORIGIN, e);
    }
    session
}

#[test]
fn an_error_or_a_panic_at_every_step_then_a_power_cut_loses_nothing_acknowledged() {
    quiet_injected_panics();
    let clean = Arc::new(SimDisk::new());
    let (all, _) = run(clean.clone());
    assert_eq!(all.len(), 9, "the script runs through without faults");
    let steps = clean.op_count();
    assert!(steps > 30, "only {steps} operations?");
    let mut checked = 0;
    for crash in 0..=steps {
        for fault in [Fault::Error, Fault::Panic] {
            let disk = Arc::new(SimDisk::new());
            disk.crash_at(crash, fault);
            let (acked, in_flight) = run(disk.clone());
            for tear in [Tear::Nothing, Tear::Half, Tear::All] {
                let after = Arc::new(disk.power_cut(tear));
                let context =
                    format!("crash at operation {crash} ({fault:?}), power cut keeping {tear:?}");
                let reopened = match Store::open_on(after, Path::new(DIR)) {
                    Ok((_, session, _)) => session,
                    Err(StoreError::NotFound { .. }) => {
                        assert!(
                            acked.is_empty(),
                            "{context}: the session vanished after {} acks",
                            acked.len()
                        );
                        continue;
                    }
                    Err(e) => panic!("{context}: {e}"),
                };
                let without = replayed(&acked);
                let mut with_in_flight = acked.clone();
                with_in_flight.extend(in_flight.clone());
                let with = replayed(&with_in_flight);
                // The id of a torn record is never handed out again, so the highest
                // stamp may be that of the event in flight.
                assert!(reopened.last_stamp >= without.last_stamp);
                assert!(
                    reopened.last_stamp <= with.last_stamp.max(without.last_stamp),
                    "{context}: {:?} {:?} {:?}",
                    reopened.last_stamp,
                    with.last_stamp,
                    without.last_stamp
                );
                let same_as = |expected: &Session| {
                    let mut compared = reopened.clone();
                    compared.last_stamp = expected.last_stamp;
                    compared == *expected
                };
                assert!(
                    same_as(&without) || same_as(&with),
                    "{context}: reopened session is neither the acknowledged state nor that plus the event in flight\nacked: {}\nreopened contributions: {:?}",
                    acked.len(),
                    reopened
                        .contributions
                        .values()
                        .map(|c| &c.text)
                        .collect::<Vec<_>>()
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 200, "{checked} cases");
}

#[test]
fn a_full_disk_says_not_saved_keeps_everything_in_memory_and_catches_up() {
    use samtal::tui::action::Action;
    use samtal::tui::app::Runner;
    use samtal::tui::model::{Model, SaveState};
    use samtal::tui::update::update;

    let disk = Arc::new(SimDisk::new());
    let session = new_session();
    let store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
    let mut runner = Runner { store };
    let mut model = Model::new(session, Lang::En, at(0));
    let type_and_commit = |model: &mut Model, runner: &mut Runner, text: &str, minute| {
        let effects = update(model, Action::Insert(text.into()), at(minute));
        runner.run(model, effects, at(minute));
        let effects = update(model, Action::Commit, at(minute));
        runner.run(model, effects, at(minute));
    };
    type_and_commit(&mut model, &mut runner, "Sparad innan disken blev full", 1);
    assert!(matches!(model.save, SaveState::Saved(_)));

    disk.set_full(true);
    for (minute, text) in ["Disken är full", "Skriver vidare ändå", "Och en till 🇸🇪"]
        .iter()
        .enumerate()
    {
        type_and_commit(&mut model, &mut runner, text, 2 + minute as i64);
        let SaveState::NotSaved(reason) = &model.save else {
            panic!("the footer should say NOT SAVED, not {:?}", model.save)
        };
        assert!(
            reason.to_lowercase().contains("storage full") || reason.contains("space"),
            "{reason}"
        );
    }
    assert_eq!(
        model.session.contributions.len(),
        4,
        "memory keeps every contribution"
    );
    // Still full: the retry on the clock tick fails too, and says so.
    runner.retry_if_unhealthy(&mut model, at(9));
    assert!(matches!(model.save, SaveState::NotSaved(_)));

    disk.set_full(false);
    runner.retry_if_unhealthy(&mut model, at(10));
    assert_eq!(model.save, SaveState::Saved(at(10)));
    drop(runner);
    let (_, reopened, recovery) =
        Store::open_on(Arc::new(disk.power_cut(Tear::Nothing)), Path::new(DIR)).unwrap();
    assert!(
        recovery.moved_aside.is_none(),
        "the torn append was replaced by a snapshot"
    );
    assert_eq!(reopened, model.session);
}

#[test]
fn a_failed_fsync_is_never_retried_and_trusted() {
    let disk = Arc::new(SimDisk::new());
    let mut session = new_session();
    let mut store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
    let first = added(1, "welcome", "Ett");
    let event_id = session.apply_as(samtal::session::WriterId::ORIGIN, &first);
    disk.fail_once(Op::Sync, Fault::Error);
    assert!(store.commit(event_id, &first, &session).is_err());
    assert!(!store.is_healthy());

    let before = disk.op_count();
    let second = added(2, "welcome", "Två");
    let event_id = session.apply_as(samtal::session::WriterId::ORIGIN, &second);
    store.commit(event_id, &second, &session).unwrap();
    let ops: Vec<Op> = disk.ops()[before..].iter().map(|(op, _)| *op).collect();
    assert!(
        !ops.contains(&Op::Append),
        "appended to a journal whose fsync failed: {ops:?}"
    );
    assert_eq!(
        &ops[..4],
        [Op::Write, Op::Sync, Op::Rename, Op::SyncDir],
        "a whole snapshot"
    );
    assert!(store.is_healthy());

    let (_, reopened, _) =
        Store::open_on(Arc::new(disk.power_cut(Tear::Nothing)), Path::new(DIR)).unwrap();
    assert_eq!(reopened, session);
}

#[test]
fn a_failed_snapshot_leaves_the_old_one_and_the_journal_whole() {
    for failing in [Op::Write, Op::Sync, Op::Rename, Op::SyncDir, Op::Truncate] {
        let disk = Arc::new(SimDisk::new());
        let mut session = new_session();
        let mut store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
        for id in 1..=3 {
            let e = added(id, "welcome", &format!("Bidrag {id}"));
            let event_id = session.apply_as(samtal::session::WriterId::ORIGIN, &e);
            store.commit(event_id, &e, &session).unwrap();
        }
        disk.fail_once(failing, Fault::Error);
        // Only a failure to empty the journal leaves anything not durable; before
        // that, the journal still holds every record and journaling goes on.
        assert_eq!(
            store.snapshot(&session).is_err(),
            failing == Op::Truncate,
            "{failing:?}"
        );
        assert_eq!(store.is_healthy(), failing != Op::Truncate, "{failing:?}");
        for tear in [Tear::Nothing, Tear::All] {
            let (_, reopened, _) =
                Store::open_on(Arc::new(disk.power_cut(tear)), Path::new(DIR)).unwrap();
            assert_eq!(reopened, session, "{failing:?} {tear:?}");
        }
        // The next commit makes everything good with a fresh snapshot.
        let e = added(4, "welcome", "Efter felet");
        let event_id = session.apply_as(samtal::session::WriterId::ORIGIN, &e);
        store.commit(event_id, &e, &session).unwrap();
        let (_, reopened, _) =
            Store::open_on(Arc::new(disk.power_cut(Tear::Nothing)), Path::new(DIR)).unwrap();
        assert_eq!(reopened, session, "{failing:?} then a commit");
    }
}

/// A real session folder with `n` contributions in its journal.
fn real_session(root: &Path, n: u64) -> (PathBuf, Session) {
    let dir = root.join("s");
    let mut session = new_session();
    let mut store = Store::create(&dir, &session).unwrap();
    for id in 1..=n {
        let e = added(id, "welcome", &format!("Bidrag nummer {id} – åäö"));
        let event_id = session.apply_as(samtal::session::WriterId::ORIGIN, &e);
        store.commit(event_id, &e, &session).unwrap();
    }
    (dir, session)
}

#[test]
fn a_journal_cut_at_every_byte_of_its_last_records_keeps_every_complete_record() {
    let root = tempfile::tempdir().unwrap();
    let (dir, _) = real_session(root.path(), 4);
    let journal = std::fs::read(dir.join(JOURNAL_FILE)).unwrap();
    let line_ends: Vec<usize> = journal
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i + 1)
        .collect();
    let from = line_ends[1];
    for cut in from..=journal.len() {
        let copy = tempfile::tempdir().unwrap();
        let here = copy.path().join("s");
        std::fs::create_dir(&here).unwrap();
        std::fs::copy(dir.join(SNAPSHOT_FILE), here.join(SNAPSHOT_FILE)).unwrap();
        std::fs::write(here.join(JOURNAL_FILE), &journal[..cut]).unwrap();
        let complete = line_ends.iter().filter(|end| **end <= cut).count();
        let (_, session, recovery) = Store::open(&here).unwrap();
        assert_eq!(session.contributions.len(), complete, "cut at {cut}");
        let torn = cut > line_ends[complete - 1];
        match (&recovery.moved_aside, torn) {
            (Some((kept, _)), true) => {
                assert_eq!(
                    std::fs::read(kept).unwrap(),
                    &journal[line_ends[complete - 1]..cut]
                );
            }
            (None, false) => {}
            (other, _) => panic!("cut at {cut}: moved aside {other:?}"),
        }
        drop(session);
        let (_, _, again) = Store::open(&here).unwrap();
        assert!(
            again.moved_aside.is_none(),
            "cut at {cut}: the tail was not cut back"
        );
    }
}

#[test]
fn garbage_and_nul_bytes_after_the_journal_are_kept_aside() {
    for junk in [
        &b"\0\0\0\0\0\0\0\0"[..],
        b"garbage\n",
        b"\xff\xfe\xfd",
        b"0badc0de\t{}\n",
    ] {
        let root = tempfile::tempdir().unwrap();
        let (dir, session) = real_session(root.path(), 3);
        let mut bytes = std::fs::read(dir.join(JOURNAL_FILE)).unwrap();
        bytes.extend_from_slice(junk);
        std::fs::write(dir.join(JOURNAL_FILE), &bytes).unwrap();
        let (_, reopened, recovery) = Store::open(&dir).unwrap();
        assert_eq!(reopened, session, "{junk:?}");
        let (kept, _) = recovery.moved_aside.unwrap();
        assert_eq!(std::fs::read(kept).unwrap(), junk);
    }
}

#[test]
fn a_snapshot_broken_in_the_middle_is_refused_and_never_overwritten() {
    let root = tempfile::tempdir().unwrap();
    let (dir, _) = real_session(root.path(), 2);
    let snapshot = std::fs::read(dir.join(SNAPSHOT_FILE)).unwrap();
    for cut in [
        1,
        snapshot.len() / 3,
        snapshot.len() / 2,
        snapshot.len() - 2,
    ] {
        let broken = &snapshot[..cut];
        std::fs::write(dir.join(SNAPSHOT_FILE), broken).unwrap();
        let err = Store::open(&dir).unwrap_err();
        assert!(
            matches!(err, StoreError::Corrupt { .. }),
            "cut at {cut}: {err}"
        );
        assert_eq!(std::fs::read(dir.join(SNAPSHOT_FILE)).unwrap(), broken);
        assert!(!OsDiskProbe::tmp_exists(&dir));
    }
}

struct OsDiskProbe;

impl OsDiskProbe {
    fn tmp_exists(dir: &Path) -> bool {
        std::fs::read_dir(dir).unwrap().any(|entry| {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            name.starts_with(samtal::store::snapshot::TEMP_PREFIX) && name.ends_with(".tmp")
        })
    }
}

#[test]
fn quitting_while_the_disk_refuses_asks_first_and_leaves_a_rescue_copy() {
    use samtal::tui::action::Action;
    use samtal::tui::app::Runner;
    use samtal::tui::model::{Model, SaveState};
    use samtal::tui::update::{Effect, update};

    let disk = Arc::new(SimDisk::new());
    let session = new_session();
    let store = Store::create_on(disk.clone(), Path::new(DIR), &session).unwrap();
    let mut runner = Runner { store };
    let mut model = Model::new(session, Lang::Sv, at(0));
    // The session's file system is full; the temporary folder is another one.
    disk.set_full_under(Some(Path::new(DIR)));
    let effects = update(&mut model, Action::Insert("Bara i minnet".into()), at(1));
    runner.run(&mut model, effects, at(1));
    let effects = update(&mut model, Action::Commit, at(1));
    runner.run(&mut model, effects, at(1));
    assert!(matches!(model.save, SaveState::NotSaved(_)));

    assert!(
        update(&mut model, Action::Quit, at(2)).is_empty(),
        "the first Ctrl+Q only warns"
    );
    assert!(model.flash.as_ref().unwrap().text.contains("Ctrl+Q"));
    assert_eq!(update(&mut model, Action::Quit, at(3)), vec![Effect::Quit]);

    let message = runner
        .close(&mut model, at(4))
        .expect("a message about the rescue copy");
    let path = message
        .split_whitespace()
        .find(|w| w.contains("samtal-rescue-"))
        .unwrap();
    let bytes = disk.read(Path::new(path)).unwrap();
    let (rescued, _) = samtal::store::snapshot::parse(&bytes).unwrap();
    assert_eq!(rescued, model.session);
    assert!(
        rescued
            .contributions
            .values()
            .any(|c| c.text == "Bara i minnet")
    );
}
