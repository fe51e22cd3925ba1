use super::*;
use crate::store::segments::examples::{event, id};

fn found(n: u64, device: u64, file: &str, line: usize) -> Found {
    Found {
        id: id(n, device),
        event: event(n),
        origin: Origin {
            file: file.into(),
            line,
        },
    }
}

#[test]
fn events_are_kept_once_in_id_order() {
    let mut union = Union::new();
    assert_eq!(union.insert(found(2, 1, "a", 1)), Inserted::New);
    assert_eq!(union.insert(found(3, 1, "a", 2)), Inserted::New);
    assert_eq!(union.insert(found(2, 1, "copy", 1)), Inserted::Duplicate);
    assert_eq!(union.insert(found(1, 2, "b", 1)), Inserted::Late);
    assert!(Inserted::Late.restarts_fold());
    let ids: Vec<EventId> = union.iter().map(|(id, _)| id).collect();
    assert_eq!(ids, [id(1, 2), id(2, 1), id(3, 1)]);
    assert_eq!(union.highest(), Some(id(3, 1)));
    let after: Vec<EventId> = union.after(id(1, 2)).map(|(id, _)| id).collect();
    assert_eq!(after, [id(2, 1), id(3, 1)]);
}

#[test]
fn a_batch_says_from_which_id_a_fold_must_be_done_again() {
    let mut union = Union::new();
    union.extend([found(5, 1, "a", 1), found(6, 1, "a", 2)]);
    let merged = union.extend([
        found(7, 2, "b", 1),
        found(3, 2, "b", 2),
        found(5, 1, "c", 1),
    ]);
    assert_eq!(merged.added, 2);
    assert_eq!(merged.late, 1);
    assert_eq!(merged.first_changed, Some(id(3, 2)));
    assert_eq!(merged.conflicts, []);
    let merged = union.extend([found(5, 1, "a", 1)]);
    assert_eq!(merged, Merged::default());
}

#[test]
fn of_two_events_under_one_id_the_first_in_file_order_is_kept_whatever_came_first() {
    let other = |file: &str| Found {
        event: event(99),
        ..found(5, 1, file, 4)
    };
    for order in [
        [found(5, 1, "a", 1), other("b")],
        [other("b"), found(5, 1, "a", 1)],
    ] {
        let mut union = Union::new();
        let merged = union.extend(order);
        assert_eq!(union.get(&id(5, 1)), Some(&event(5)));
        assert_eq!(merged.conflicts.len(), 1);
        let conflict = &merged.conflicts[0];
        assert_eq!(
            (conflict.kept.file.as_str(), conflict.dropped.file.as_str()),
            ("a", "b")
        );
    }
    let mut union = Union::new();
    union.insert(other("b"));
    let inserted = union.insert(found(5, 1, "a", 1));
    assert!(inserted.restarts_fold(), "the folded event was replaced");
}

#[test]
fn a_fold_applies_in_id_order_and_can_go_on_from_where_it_stopped() {
    let base = crate::fixture::example_session();
    let mut union = Union::new();
    union.extend([found(1, 2, "b", 1), found(2, 1, "a", 1)]);
    let whole = crate::store::segments::fold(&base, &union);
    let mut by_hand = base.clone();
    by_hand.apply(id(1, 2), &event(1));
    by_hand.apply(id(2, 1), &event(2));
    assert_eq!(whole, by_hand);
    let merged = union.extend([found(3, 3, "c", 1)]);
    assert_eq!(merged.first_changed, Some(id(3, 3)));
    let mut going_on = whole.clone();
    crate::store::segments::fold_after(&mut going_on, &union, id(2, 1));
    assert_eq!(going_on, crate::store::segments::fold(&base, &union));
    assert_ne!(going_on, whole);
}
