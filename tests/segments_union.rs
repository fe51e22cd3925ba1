//! Session folder v2: the union of the segments. Whatever part of the files has
//! arrived, in whatever order and however often, a reader's union is exactly the
//! events of the complete lines that arrived, and the whole set always folds to the
//! same session.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use proptest::prelude::*;
use samtal::fixture::example_session;
use samtal::session::{Event, EventId, Kind, Session, Stamp, WriterId};
use samtal::store::disk::Disk;
use samtal::store::segments::examples::{SplitMix as Rng, at, stamp, writer};
use samtal::store::segments::sim_sync::conflict_name;
use samtal::store::segments::{
    EVENTS_DIR, SegmentReader, SegmentWriter, Union, fold, fold_after, read_all,
};
use samtal::store::sim::SimDisk;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// An event that matters for the order it is folded in: an edit or a delete of one
/// of the example's 47 contributions, a move to another item, or a new contribution.
fn event(kind: u8, target: u64, n: u64) -> Event {
    let at = at() + chrono::Duration::seconds(n as i64);
    match kind % 4 {
        0 => Event::ContributionAdded {
            id: EventId::origin(100 + n),
            item: "welcome".into(),
            group: EventId::origin(1),
            kind: Kind::Proposal,
            text: format!("Nytt förslag {n}"),
            at,
        },
        1 => Event::ContributionEdited {
            id: EventId::origin(target),
            base: None,
            group: EventId::origin(2),
            kind: Kind::Question,
            text: format!("Ändrad av händelse {n}"),
            edited: true,
            at,
        },
        2 => Event::ContributionDeleted {
            id: EventId::origin(target),
            base: None,
            at,
        },
        _ => Event::ItemEntered {
            item: ["welcome", "background", "wrap-up"][target as usize % 3].into(),
            at,
        },
    }
}

/// Each writer's events written to segments on a source disk; the files, by name,
/// and for each file the events of its lines in order.
struct Written {
    files: BTreeMap<String, (Vec<u8>, Lines)>,
}

/// Events with their ids, in the order of some lines.
type Lines = Vec<(EventId, Event)>;

fn session_dir() -> PathBuf {
    PathBuf::from("/sessions/forum")
}

fn write_all(writers: &[Vec<(u8, u64, u64)>], limit: u64) -> Written {
    let disk = Arc::new(SimDisk::new());
    let mut n = 0;
    let mut events: BTreeMap<WriterId, Lines> = BTreeMap::new();
    for (w, script) in writers.iter().enumerate() {
        let who = writer(w as u64 + 1);
        let mut segments = SegmentWriter::open(disk.clone(), &session_dir(), who)
            .unwrap()
            .with_limit(limit);
        let mut last = Stamp(0);
        for (kind, target, step) in script {
            n += 1;
            last = Stamp::next(last, stamp(*step).millis() as i64);
            let event = event(*kind, *target, n);
            let id = segments.append(last, &event).unwrap();
            events.entry(who).or_default().push((id, event));
        }
    }
    let dir = session_dir().join(EVENTS_DIR);
    let mut files = BTreeMap::new();
    let mut names: Vec<String> = disk
        .names_in(&dir)
        .unwrap()
        .into_iter()
        .map(|n| n.into_string().unwrap())
        .collect();
    names.sort();
    for name in names {
        let bytes = disk.read(&dir.join(&name)).unwrap();
        let (who, _) = samtal::store::segments::parse_segment_name(&name).unwrap();
        let lines = bytes.iter().filter(|b| **b == b'\n').count();
        let mine = events.get_mut(&who).unwrap();
        let rest = mine.split_off(lines);
        files.insert(name, (bytes, std::mem::replace(mine, rest)));
    }
    Written { files }
}

/// What one case delivers: a file name, its bytes, and the events of its complete lines.
type Delivery = Vec<(String, Vec<u8>, Lines)>;

/// Any subset of the files, each cut at any byte, some delivered twice under a
/// conflict copy's name (a prefix of the same content), plus a sync temporary.
fn choose(written: &Written, rng: &mut Rng, whole: bool) -> Delivery {
    let mut delivery = Delivery::new();
    for (name, (bytes, events)) in &written.files {
        if !whole && rng.below(4) == 0 {
            continue;
        }
        let mut copies = vec![name.clone()];
        if rng.below(3) == 0 {
            let conflict = conflict_name(Path::new(name), bytes);
            copies.push(conflict.to_string_lossy().into_owned());
        }
        for copy in copies {
            let cut = if whole {
                bytes.len()
            } else {
                rng.below(bytes.len() + 1)
            };
            let complete = bytes[..cut].iter().filter(|b| **b == b'\n').count();
            delivery.push((copy, bytes[..cut].to_vec(), events[..complete].to_vec()));
        }
    }
    delivery.push((".syncthing.x.tmp".into(), b"garbage".to_vec(), Vec::new()));
    delivery
}

/// Each file in one to three pieces, (file, where the piece ends), shuffled but
/// each file's pieces in order.
fn schedule(delivery: &Delivery, rng: &mut Rng) -> Vec<(usize, usize)> {
    let mut files: Vec<usize> = Vec::new();
    let mut ends: Vec<Vec<usize>> = Vec::new();
    for (file, (_, bytes, _)) in delivery.iter().enumerate() {
        let mut cuts: Vec<usize> = (0..rng.below(3))
            .map(|_| rng.below(bytes.len() + 1))
            .collect();
        cuts.push(bytes.len());
        cuts.sort();
        files.extend(cuts.iter().map(|_| file));
        ends.push(cuts);
    }
    for i in (1..files.len()).rev() {
        files.swap(i, rng.below(i + 1));
    }
    let mut next = vec![0; delivery.len()];
    files
        .into_iter()
        .map(|file| {
            next[file] += 1;
            (file, ends[file][next[file] - 1])
        })
        .collect()
}

/// A reader that keeps a fold up to date the way a cache would: going on when only
/// newer events came, folding again from the base when a late one did.
struct Follower {
    reader: SegmentReader,
    union: Union,
    session: Session,
    folded: Option<EventId>,
}

impl Follower {
    fn read(&mut self, disk: &dyn Disk, base: &Session) {
        let batch = self.reader.read_new(disk).unwrap();
        assert_eq!(batch.problems, [], "nothing damaged, nothing reported");
        let merged = self.union.extend(batch.found);
        match (merged.first_changed, self.folded) {
            (Some(first), Some(done)) if first <= done => self.session = fold(base, &self.union),
            (_, Some(done)) => fold_after(&mut self.session, &self.union, done),
            (_, None) => self.session = fold(base, &self.union),
        }
        self.folded = self.union.highest();
    }
}

/// Delivers the files in pieces, interleaved in a random order, reading now and
/// then; the union read and the session folded along the way.
fn deliver_and_read(delivery: &Delivery, rng: &mut Rng, base: &Session) -> (Union, Session) {
    let disk = SimDisk::new();
    let dir = session_dir().join(EVENTS_DIR);
    disk.create_dir_all(&dir).unwrap();
    let mut follower = Follower {
        reader: SegmentReader::new(&session_dir()),
        union: Union::new(),
        session: base.clone(),
        folded: None,
    };
    let mut written = vec![0; delivery.len()];
    for (file, end) in schedule(delivery, rng) {
        let (name, bytes, _) = &delivery[file];
        disk.append(&dir.join(name), &bytes[written[file]..end])
            .unwrap();
        written[file] = end;
        if rng.below(2) == 0 {
            follower.read(&disk, base);
        }
    }
    follower.read(&disk, base);
    let mut again = Union::new();
    again.extend(read_all(&disk, &session_dir()).unwrap().found);
    assert_eq!(
        listed(&again),
        listed(&follower.union),
        "a fresh read finds the same"
    );
    (follower.union, follower.session)
}

fn listed(union: &Union) -> Vec<(EventId, Event)> {
    union.iter().map(|(id, e)| (id, e.clone())).collect()
}

fn expected(delivery: &Delivery) -> Vec<(EventId, Event)> {
    let map: BTreeMap<EventId, Event> = delivery.iter().flat_map(|(_, _, e)| e.clone()).collect();
    map.into_iter().collect()
}

fn script() -> impl Strategy<Value = Vec<Vec<(u8, u64, u64)>>> {
    let step = (0u8..4, 1u64..=47, 0u64..40);
    prop::collection::vec(prop::collection::vec(step, 1..14), 1..=4)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn any_part_in_any_order_reads_as_the_union_of_that_part(
        writers in script(),
        limit in 150u64..1500,
        seed in any::<u64>(),
    ) {
        let written = write_all(&writers, limit);
        let mut rng = Rng(seed);
        let base = example_session();
        let part = choose(&written, &mut rng, false);
        let (union, session) = deliver_and_read(&part, &mut rng, &base);
        prop_assert_eq!(listed(&union), expected(&part));
        prop_assert_eq!(&session, &fold(&base, &union));
    }

    #[test]
    fn the_whole_set_folds_to_the_same_session_whatever_the_order(
        writers in script(),
        limit in 150u64..1500,
        seed in any::<u64>(),
    ) {
        let written = write_all(&writers, limit);
        let base = example_session();
        let mut all: Vec<(EventId, Event)> =
            written.files.values().flat_map(|(_, e)| e.clone()).collect();
        all.sort_by_key(|(id, _)| *id);
        let mut reference = base.clone();
        for (id, event) in &all {
            reference.apply(*id, event);
        }
        for round in 0..3 {
            let mut rng = Rng(seed.wrapping_add(round));
            let whole = choose(&written, &mut rng, true);
            let (union, session) = deliver_and_read(&whole, &mut rng, &base);
            prop_assert_eq!(listed(&union), all.clone());
            prop_assert_eq!(&session, &reference);
        }
    }
}
