use super::tests::at;
use super::*;
use crate::agenda::{Agenda, ItemKind};
use crate::lang::Lang;
use proptest::prelude::*;

fn session() -> Session {
    Session::new(
        "2015-11-20-test".into(),
        "Test".into(),
        Lang::Sv,
        Agenda::builtin().expect("built-in agenda"),
        &["Region Skåne".into()],
        at("09:00"),
    )
}

/// The built-in agenda (90 min), planned for 09:00, started at `started`.
fn started(planned: &str, started: &str) -> Session {
    let mut s = session();
    s.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::PlannedStartSet {
            start: Some(at(planned)),
            at: at("09:00"),
        },
    );
    s.apply_as(
        crate::session::WriterId::ORIGIN,
        &Event::ClockStarted { at: at(started) },
    );
    s
}

#[test]
fn the_offset_is_projected_minus_planned_end() {
    // Planned 09:00-10:30. Started 09:30: on the first item at 09:30 the projection
    // is 11:00.
    let s = started("09:00", "09:30");
    assert_eq!(s.planned_end(), Some(at("10:30")));
    assert_eq!(s.projected_end(at("09:30")), at("11:00"));
    assert_eq!(s.offset(at("09:30")), Some(Offset::Behind(30)));
    let s = started("09:45", "09:30");
    assert_eq!(s.offset(at("09:30")), Some(Offset::Ahead(15)));
    let s = started("09:30", "09:30");
    assert_eq!(s.offset(at("09:32")), Some(Offset::OnTime));
    assert_eq!(session().offset(at("09:30")), None);
}

#[test]
fn a_skipped_item_takes_no_time_and_its_skip_undoes() {
    let mut s = started("09:00", "09:30");
    let before = s.clone();
    let skip = Event::ItemSkipped {
        item: "question-1".into(),
        skipped: true,
        at: at("09:31"),
    };
    let undo = s.inverse(&skip, at("09:31")).expect("undoable");
    s.apply_as(crate::session::WriterId::ORIGIN, &skip);
    assert_eq!(s.offset(at("09:30")), Some(Offset::Behind(15)));
    assert_eq!(s.timebox_minutes("question-1"), 0);
    s.apply_as(crate::session::WriterId::ORIGIN, &undo);
    assert_eq!(s.schedule, before.schedule);
}

#[test]
fn an_accepted_proposal_ends_at_the_planned_end_and_undoes() {
    let mut s = started("09:00", "09:30");
    let proposal = s.retime_proposal(at("09:30"));
    assert_eq!(proposal.short_by, 0);
    let challenge = proposal
        .rows
        .iter()
        .find(|r| r.item == "challenge-1")
        .expect("row");
    assert_eq!((challenge.old, challenge.new), (8, 5));
    let event = proposal.event(at("09:31")).expect("a change");
    let undo = s.inverse(&event, at("09:31")).expect("undoable");
    s.apply_as(crate::session::WriterId::ORIGIN, &event);
    assert_eq!(s.offset(at("09:30")), Some(Offset::OnTime));
    assert_eq!(s.planned_minutes("challenge-1"), 8);
    s.apply_as(crate::session::WriterId::ORIGIN, &undo);
    assert!(s.schedule.retimed.is_empty());
    assert_eq!(s.offset(at("09:30")), Some(Offset::Behind(30)));
}

#[test]
fn a_planned_start_change_undoes() {
    let mut s = started("09:00", "09:30");
    let change = Event::PlannedStartSet {
        start: None,
        at: at("09:31"),
    };
    let undo = s.inverse(&change, at("09:31")).expect("undoable");
    s.apply_as(crate::session::WriterId::ORIGIN, &change);
    assert_eq!(s.offset(at("09:30")), None);
    s.apply_as(crate::session::WriterId::ORIGIN, &undo);
    assert_eq!(s.schedule.planned_start, Some(at("09:00")));
}

/// An agenda of `boxes` (minutes, break or not).
fn with_items(boxes: &[(u32, bool)]) -> Session {
    let mut s = session();
    let template = s.agenda.items[0].clone();
    s.agenda.items = boxes
        .iter()
        .enumerate()
        .map(|(i, (minutes, is_break))| crate::agenda::AgendaItem {
            id: format!("i{i}"),
            kind: if *is_break {
                ItemKind::Break
            } else {
                ItemKind::Discussion
            },
            timebox_minutes: *minutes,
            ..template.clone()
        })
        .collect();
    s.current_item = "i0".into();
    s
}

proptest! {
    /// Accepting the proposal brings the projected end to the planned end, at most a
    /// minute early; or, when it cannot, every item it may shorten is at the floor
    /// and it says by how much the session is still behind.
    #[test]
    fn an_accepted_proposal_ends_at_the_planned_end_or_says_why_not(
        boxes in prop::collection::vec((1u32..60, prop::bool::weighted(0.15)), 1..15),
        late_minutes in 0i64..240,
        late_seconds in 0i64..60,
        current in 0usize..15,
        spent_seconds in 0i64..3600,
    ) {
        let mut s = with_items(&boxes);
        let current = current.min(boxes.len() - 1);
        let planned = at("09:00");
        let begin = planned + chrono::Duration::seconds(late_minutes * 60 + late_seconds);
        s.apply_as(crate::session::WriterId::ORIGIN, &Event::PlannedStartSet { start: Some(planned), at: planned });
        s.apply_as(crate::session::WriterId::ORIGIN, &Event::ClockStarted { at: begin });
        s.apply_as(crate::session::WriterId::ORIGIN, &Event::ItemEntered { item: format!("i{current}"), at: begin });
        let now = begin + chrono::Duration::seconds(spent_seconds);
        let behind = s.seconds_behind(now).expect("planned");
        let proposal = s.retime_proposal(now);
        for row in &proposal.rows {
            prop_assert!(row.new <= row.old);
            if row.fixed {
                prop_assert_eq!(row.new, row.old);
            } else {
                prop_assert!(row.new >= FLOOR_MINUTES);
            }
        }
        if let Some(event) = proposal.event(now) {
            s.apply_as(crate::session::WriterId::ORIGIN, &event);
        }
        let after = s.seconds_behind(now).expect("planned");
        if behind <= 0 {
            prop_assert_eq!(after, behind);
        } else if proposal.short_by == 0 {
            prop_assert!((-59..=0).contains(&after), "behind {behind} s, after {after} s");
        } else {
            prop_assert!(proposal.rows.iter().all(|r| r.fixed || r.new == FLOOR_MINUTES));
            let short = i64::from(proposal.short_by) * 60;
            prop_assert!((0..60).contains(&(short - after)), "short {short}, after {after}");
        }
    }
}
