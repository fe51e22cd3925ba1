//! The fold is a function of the set of events: writers on several laptops add,
//! edit, delete and add groups, their events arrive in any order, and folding them in
//! id order always gives the same session, whose derived index and file form agree.

#![allow(clippy::unwrap_used)] // tests may stop at the first surprise

use proptest::prelude::*;
use samtal::agenda::Agenda;
use samtal::i18n::Lang;
use samtal::session::{DeviceId, Event, EventId, Kind, Session, Stamp, Timestamp, WriterId};
use std::collections::BTreeMap;

fn at() -> Timestamp {
    chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap()
}

fn session() -> Session {
    let mut s = Session::new(
        "2015-11-20-fold".into(),
        "Fold".into(),
        Lang::Sv,
        Agenda::builtin().unwrap(),
        &["Region Skåne".into(), "Region Gotland".into()],
        at(),
    );
    s.moderator_device = Some(DeviceId(1));
    s
}

/// What one generated event does; ids and bases are picked among those generated.
#[derive(Debug, Clone)]
enum Step {
    Add { group: u8, text: u8 },
    Edit { line: u8, base: u8, text: u8 },
    Delete { line: u8, base: u8 },
    AddGroup { name: u8 },
    Enter { item: u8 },
}

fn step() -> impl Strategy<Value = Step> {
    prop_oneof![
        (0..4u8, 0..8u8).prop_map(|(group, text)| Step::Add { group, text }),
        (0..16u8, 0..16u8, 0..8u8).prop_map(|(line, base, text)| Step::Edit { line, base, text }),
        (0..16u8, 0..16u8).prop_map(|(line, base)| Step::Delete { line, base }),
        (0..4u8).prop_map(|name| Step::AddGroup { name }),
        (0..4u8).prop_map(|item| Step::Enter { item }),
    ]
}

/// Turns steps into events with ids from three writers on three devices, each
/// writer's stamps growing; bases and lines name earlier ids, as writers would.
fn events(steps: &[(u8, u16, Step)]) -> Vec<(EventId, Event)> {
    let names = [
        "Region Skåne",
        "region skane",
        "Region Örebro län",
        "REGION ÖREBRO LÄN",
    ];
    let items = ["welcome", "background", "challenge-1", "wrap-up"];
    let mut ids: Vec<EventId> = Vec::new();
    let mut groups: Vec<EventId> = vec![EventId::origin(1), EventId::origin(2)];
    let mut out = Vec::new();
    for (k, (writer, gap, step)) in steps.iter().enumerate() {
        let device = u64::from(*writer % 3) + 1;
        let id = EventId {
            stamp: Stamp::from_millis(1_448_000_000_000 + i64::from(*gap) * 64 + k as i64),
            writer: WriterId::new(DeviceId(device), 1),
        };
        let pick = |n: u8| (!ids.is_empty()).then(|| ids[usize::from(n) % ids.len()]);
        let event = match step {
            Step::Add { group, text } => {
                ids.push(id);
                Event::ContributionAdded {
                    id,
                    item: "welcome".into(),
                    group: groups[usize::from(*group) % groups.len()],
                    kind: Kind::Comment,
                    text: format!("rad {text}"),
                    at: at(),
                }
            }
            Step::Edit { line, base, text } => {
                let Some(line) = pick(*line) else { continue };
                Event::ContributionEdited {
                    id: line,
                    base: pick(*base),
                    group: groups[0],
                    kind: Kind::Proposal,
                    text: format!("ändrad {text}"),
                    edited: true,
                    at: at(),
                }
            }
            Step::Delete { line, base } => {
                let Some(line) = pick(*line) else { continue };
                Event::ContributionDeleted {
                    id: line,
                    base: pick(*base),
                    at: at(),
                }
            }
            Step::AddGroup { name } => {
                groups.push(id);
                Event::GroupAdded {
                    id,
                    name: names[usize::from(*name)].into(),
                    at: at(),
                }
            }
            Step::Enter { item } => Event::ItemEntered {
                item: items[usize::from(*item)].into(),
                at: at(),
            },
        };
        out.push((id, event));
    }
    out
}

fn fold(events: impl IntoIterator<Item = (EventId, Event)>) -> Session {
    let mut s = session();
    for (id, event) in events {
        s.apply(id, &event);
    }
    s
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn the_fold_in_id_order_does_not_depend_on_the_arrival_order(
        steps in proptest::collection::vec((0..3u8, 0..400u16, step()), 1..40),
        seed in any::<u64>(),
    ) {
        let events = events(&steps);
        // Every event has its own id (one writer never repeats a stamp).
        prop_assert!(events.iter().map(|(id, _)| id).collect::<std::collections::BTreeSet<_>>().len() == events.len());
        // Arrival in a shuffled order, into the map a reader keeps by id.
        let mut shuffled = events.clone();
        let mut state = seed | 1;
        for i in (1..shuffled.len()).rev() {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            shuffled.swap(i, (state % (i as u64 + 1)) as usize);
        }
        let arrived: BTreeMap<EventId, Event> = shuffled.into_iter().collect();
        let mut sorted = events;
        sorted.sort_by_key(|(id, _)| *id);
        let one = fold(arrived);
        let other = fold(sorted);
        prop_assert_eq!(&one, &other);

        // What is derived agrees with what is stored.
        let mut rebuilt: Session =
            serde_json::from_str(&serde_json::to_string(&one).unwrap()).unwrap();
        rebuilt.rebuild_index();
        prop_assert_eq!(&rebuilt, &one);
        // Groups that fold equal are one group.
        let mut names: Vec<String> =
            one.groups.iter().map(|g| samtal::session::fold_name(&g.name)).collect();
        names.sort();
        names.dedup();
        prop_assert_eq!(names.len(), one.groups.len());
        // A contribution is shown or kept as deleted, never both.
        prop_assert!(one.contributions.keys().all(|id| !one.tombstones.contains_key(id)));
    }
}
