//! The store under failure: an error or a panic at every single file-system step,
//! power cuts that keep only what was made durable (or a torn part of the rest), a
//! full disk, a failing fsync, and segments cut at every byte.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

mod common;
use common::{at, builtin_session};
use samtal::i18n::Lang;
use samtal::session::{DeviceId, Event, EventId, Kind, Session, Stamp, WriterId};
use samtal::store::disk::Disk;
use samtal::store::header::HEADER_FILE;
use samtal::store::segments::EVENTS_DIR;
use samtal::store::sim::{Fault, Op, SimDisk, Tear};
use samtal::store::{Recovery, Store, StoreError};
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

/// The id of the `n`th event of the store under test (writer 1), in order.
fn eid(n: u64) -> EventId {
    EventId {
        stamp: Stamp(n),
        writer: writer(1),
    }
}

/// The `n`th event of the store under test: a contribution, named by its event.
fn added(n: u64, item: &str, text: &str) -> (EventId, Event) {
    let event = Event::ContributionAdded {
        id: eid(n),
        item: item.into(),
        group: EventId::origin(1 + n % 2),
        kind: Kind::Comment,
        text: text.into(),
        at: at(n as i64),
    };
    (eid(n), event)
}

fn script() -> Vec<(EventId, Event)> {
    vec![
        (
            eid(1),
            Event::ItemEntered {
                item: "welcome".into(),
                at: at(0),
            },
        ),
        added(2, "welcome", "Första bidraget, från Skåne"),
        added(3, "welcome", "Andra: åäö 🇸🇪"),
        (
            eid(4),
            Event::ContributionEdited {
                id: eid(2),
                base: None,
                group: EventId::origin(2),
                kind: Kind::Action,
                text: "Första bidraget, rättat".into(),
                edited: true,
                at: at(3),
            },
        ),
        (
            eid(5),
            Event::ItemEntered {
                item: "background".into(),
                at: at(4),
            },
        ),
        added(6, "background", "Efter det första steget"),
        (
            eid(7),
            Event::ContributionDeleted {
                id: eid(3),
                base: None,
                at: at(6),
            },
        ),
        added(8, "background", "Sista"),
        added(9, "background", "Efter den andra"),
    ]
}

const DIR: &str = "/data/sessions/2015-11-20-fel";

/// The writer of process `n` of one device: the store under test is 1, a later
/// opening 2 and up.
fn writer(n: u64) -> WriterId {
    WriterId::new(DeviceId(0xfe1), n)
}

fn create(disk: &Arc<SimDisk>, session: &Session) -> Result<Store, StoreError> {
    Store::create_with(
        disk.clone(),
        Path::new(DIR),
        session,
        DeviceId(0xfe1),
        writer(1),
    )
}

/// Opens the folder on `disk` as a later process would.
fn reopen(disk: SimDisk) -> Result<(Store, Session, Recovery), StoreError> {
    Store::open_with(Arc::new(disk), Path::new(DIR), writer(2))
}

/// An event and its id.
type Named = (EventId, Event);

/// Runs the script until the disk fails or panics. Returns the events that were
/// acknowledged, and the one whose commit was under way when it stopped, if any.
fn run(disk: Arc<SimDisk>) -> (Vec<Named>, Option<Named>) {
    let mut acked = Vec::new();
    let mut in_flight = None;
    let _ = catch_unwind(AssertUnwindSafe(|| {
        let mut session = new_session();
        let Ok(mut store) = create(&disk, &session) else {
            return;
        };
        for (id, event) in script() {
            in_flight = Some((id, event.clone()));
            session.apply(id, &event);
            if store.commit(id, &event).is_err() {
                return;
            }
            acked.push((id, event));
            in_flight = None;
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

fn replayed(events: &[(EventId, Event)]) -> Session {
    let mut session = new_session();
    for (id, e) in events {
        session.apply(*id, e);
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
    assert!(steps > 20, "only {steps} operations?");
    let mut checked = 0;
    for crash in 0..=steps {
        for fault in [Fault::Error, Fault::Panic] {
            let disk = Arc::new(SimDisk::new());
            disk.crash_at(crash, fault);
            let (acked, in_flight) = run(disk.clone());
            for tear in [Tear::Nothing, Tear::Half, Tear::All] {
                let after = disk.power_cut(tear);
                let context =
                    format!("crash at operation {crash} ({fault:?}), power cut keeping {tear:?}");
                let reopened = match reopen(after) {
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
                assert!(
                    reopened == without || reopened == with,
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
    assert!(checked > 100, "{checked} cases");
}

#[test]
fn a_full_disk_says_not_saved_keeps_everything_in_memory_and_catches_up() {
    use samtal::tui::action::Action;
    use samtal::tui::app::Runner;
    use samtal::tui::model::{Model, SaveState};
    use samtal::tui::update::update;

    let disk = Arc::new(SimDisk::new());
    let session = new_session();
    let store = create(&disk, &session).unwrap();
    let mut runner = Runner::new(store);
    let mut model = Model::new(session, Lang::En, at(0));
    model.writer = runner.store.writer();
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
    let (_, reopened, recovery) = reopen(disk.power_cut(Tear::Nothing)).unwrap();
    assert!(
        recovery.problems.is_empty(),
        "what the full disk cut off is at most a torn last line, read past"
    );
    assert_eq!(reopened, model.session);
}

#[test]
fn a_failed_fsync_is_never_retried_and_trusted() {
    let disk = Arc::new(SimDisk::new());
    let mut session = new_session();
    let mut store = create(&disk, &session).unwrap();
    let zero = added(1, "welcome", "Noll");
    session.apply(zero.0, &zero.1);
    store.commit(zero.0, &zero.1).unwrap();
    let first_segment = store_segments(&disk)[0].clone();
    let first = added(2, "welcome", "Ett");
    session.apply(first.0, &first.1);
    disk.fail_once(Op::Sync, Fault::Error);
    assert!(store.commit(first.0, &first.1).is_err());
    assert!(!store.is_healthy());

    let before = disk.op_count();
    let second = added(3, "welcome", "Två");
    session.apply(second.0, &second.1);
    store.commit(second.0, &second.1).unwrap();
    let ops = disk.ops()[before..].to_vec();
    assert!(
        !ops.iter()
            .any(|(op, path)| *op == Op::Append && *path == first_segment),
        "appended to a segment whose fsync failed: {ops:?}"
    );
    assert_eq!(
        ops.first().map(|(op, _)| *op),
        Some(Op::Write),
        "the event whose fsync failed is written again, to a new segment: {ops:?}"
    );
    assert!(store.is_healthy());

    for tear in [Tear::Nothing, Tear::All] {
        let (_, reopened, recovery) = reopen(disk.power_cut(tear)).unwrap();
        assert_eq!(reopened, session, "{tear:?}");
        assert!(recovery.problems.is_empty(), "{tear:?}");
    }
}

/// The paths of the segments on `disk`, in name order.
fn store_segments(disk: &SimDisk) -> Vec<PathBuf> {
    let events = Path::new(DIR).join(EVENTS_DIR);
    let mut names = disk.names_in(&events).unwrap();
    names.sort();
    names.into_iter().map(|name| events.join(name)).collect()
}

#[test]
fn a_failed_step_in_starting_a_segment_is_made_good_by_the_next_commit() {
    for failing in [Op::Write, Op::Sync, Op::SyncDir] {
        let disk = Arc::new(SimDisk::new());
        let mut session = new_session();
        let mut store = create(&disk, &session).unwrap();
        let first = added(1, "welcome", "Bidrag 1");
        session.apply(first.0, &first.1);
        disk.fail_once(failing, Fault::Error);
        assert!(store.commit(first.0, &first.1).is_err(), "{failing:?}");
        let second = added(2, "welcome", "Efter felet");
        session.apply(second.0, &second.1);
        store.commit(second.0, &second.1).unwrap();
        assert!(store.is_healthy(), "{failing:?}");
        for tear in [Tear::Nothing, Tear::All] {
            let (_, reopened, _) = reopen(disk.power_cut(tear)).unwrap();
            assert_eq!(reopened, session, "{failing:?} {tear:?}");
        }
    }
}

/// A real session folder with `n` contributions in its one segment.
fn real_session(root: &Path, n: u64) -> (PathBuf, Session, PathBuf) {
    let dir = root.join("s");
    let mut session = new_session();
    let disk = Arc::new(samtal::store::os_disk::OsDisk::default());
    let mut store = Store::create_with(disk, &dir, &session, DeviceId(0xfe1), writer(1)).unwrap();
    for id in 1..=n {
        let e = added(id, "welcome", &format!("Bidrag nummer {id} – åäö"));
        session.apply(e.0, &e.1);
        store.commit(e.0, &e.1).unwrap();
    }
    let segment = store
        .dir()
        .join(EVENTS_DIR)
        .join(samtal::store::segments::segment_name(writer(1), 1));
    (dir, session, segment)
}

fn open_real(dir: &Path) -> (Session, Recovery) {
    let disk = Arc::new(samtal::store::os_disk::OsDisk::default());
    let (_, session, recovery) = Store::open_with(disk, dir, writer(2)).unwrap();
    (session, recovery)
}

#[test]
fn a_segment_cut_at_every_byte_of_its_last_lines_keeps_every_complete_line() {
    let root = tempfile::tempdir().unwrap();
    let (dir, _, segment) = real_session(root.path(), 4);
    let bytes = std::fs::read(&segment).unwrap();
    let line_ends: Vec<usize> = bytes
        .iter()
        .enumerate()
        .filter(|(_, b)| **b == b'\n')
        .map(|(i, _)| i + 1)
        .collect();
    let from = line_ends[1];
    for cut in from..=bytes.len() {
        let copy = tempfile::tempdir().unwrap();
        let here = copy.path().join("s");
        std::fs::create_dir_all(here.join(EVENTS_DIR)).unwrap();
        std::fs::copy(dir.join(HEADER_FILE), here.join(HEADER_FILE)).unwrap();
        let cut_segment = here.join(EVENTS_DIR).join(segment.file_name().unwrap());
        std::fs::write(&cut_segment, &bytes[..cut]).unwrap();
        let complete = line_ends.iter().filter(|end| **end <= cut).count();
        let (session, recovery) = open_real(&here);
        assert_eq!(session.contributions.len(), complete, "cut at {cut}");
        assert!(
            recovery.problems.is_empty(),
            "cut at {cut}: a line still arriving is no damage"
        );
        assert_eq!(
            std::fs::read(&cut_segment).unwrap(),
            &bytes[..cut],
            "cut at {cut}: the file is left to its writer"
        );
    }
}

#[test]
fn garbage_and_nul_bytes_after_the_last_line_are_read_past_and_left_in_place() {
    for junk in [
        &b"\0\0\0\0\0\0\0\0"[..],
        b"garbage\n",
        b"\xff\xfe\xfd",
        b"0badc0de\t{}\n",
    ] {
        let root = tempfile::tempdir().unwrap();
        let (dir, session, segment) = real_session(root.path(), 3);
        let mut bytes = std::fs::read(&segment).unwrap();
        bytes.extend_from_slice(junk);
        std::fs::write(&segment, &bytes).unwrap();
        let (reopened, recovery) = open_real(&dir);
        assert_eq!(reopened, session, "{junk:?}");
        // A complete damaged line is reported; an incomplete one may still arrive.
        let complete = junk.ends_with(b"\n");
        assert_eq!(recovery.problems.len(), usize::from(complete), "{junk:?}");
        assert_eq!(std::fs::read(&segment).unwrap(), bytes, "{junk:?}");
    }
}

#[test]
fn a_header_broken_in_the_middle_is_refused_and_never_overwritten() {
    let root = tempfile::tempdir().unwrap();
    let (dir, _, _) = real_session(root.path(), 2);
    let snapshot = std::fs::read(dir.join(HEADER_FILE)).unwrap();
    for cut in [
        1,
        snapshot.len() / 3,
        snapshot.len() / 2,
        snapshot.len() - 2,
    ] {
        let broken = &snapshot[..cut];
        std::fs::write(dir.join(HEADER_FILE), broken).unwrap();
        let disk = Arc::new(samtal::store::os_disk::OsDisk::default());
        let err = Store::open_with(disk, &dir, writer(2)).unwrap_err();
        assert!(
            matches!(err, StoreError::Damaged { .. }),
            "cut at {cut}: {err}"
        );
        assert_eq!(std::fs::read(dir.join(HEADER_FILE)).unwrap(), broken);
        assert!(!OsDiskProbe::tmp_exists(&dir));
    }
}

struct OsDiskProbe;

impl OsDiskProbe {
    fn tmp_exists(dir: &Path) -> bool {
        std::fs::read_dir(dir).unwrap().any(|entry| {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            name.ends_with(".tmp")
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
    let store = create(&disk, &session).unwrap();
    let mut runner = Runner::new(store);
    let mut model = Model::new(session, Lang::Sv, at(0));
    model.writer = runner.store.writer();
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
