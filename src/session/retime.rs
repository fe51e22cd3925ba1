//! Re-timing: new timeboxes for the items not yet visited, so that the session ends
//! at its planned end. Shrinks in proportion to each timebox, never below
//! `FLOOR_MINUTES`, and leaves breaks (and items already at the floor) alone.

use super::{Session, Timestamp};
use crate::agenda::ItemKind;

/// No item is shortened below this.
pub const FLOOR_MINUTES: u32 = 2;

/// One row of a proposal: an item's timebox now and the one proposed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Row {
    pub item: String,
    pub old: u32,
    pub new: u32,
    /// Breaks (and items at the floor) are kept as they are.
    pub fixed: bool,
    /// Skipped: no time, and no timebox to change.
    pub skipped: bool,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Proposal {
    pub rows: Vec<Row>,
    /// Minutes the session would still be behind with every item at the floor.
    pub short_by: u32,
}

impl Session {
    /// New timeboxes for the items not yet visited (skipped ones kept as they are), so that
    /// the projected end moves back to the planned end. Nothing changes while the
    /// session is on time, ahead, or has no planned start.
    pub fn retime_proposal(&self, now: Timestamp) -> Proposal {
        let mut rows: Vec<Row> = self
            .not_visited()
            .map(|item| {
                let old = self.timebox_minutes(&item.id);
                let skipped = self.schedule.skipped.contains(&item.id);
                Row {
                    item: item.id.clone(),
                    old,
                    new: old,
                    fixed: skipped || item.kind == ItemKind::Break || old <= FLOOR_MINUTES,
                    skipped,
                }
            })
            .collect();
        let behind = self.seconds_behind(now).unwrap_or(0).max(0);
        // Whole minutes, rounded up: the proposal ends at most a minute early.
        let cut = u32::try_from((behind + 59) / 60).unwrap_or(u32::MAX);
        let short_by = shrink(&mut rows, cut);
        Proposal { rows, short_by }
    }
}

/// Takes `cut` minutes off the rows that are not fixed, in proportion to their
/// timeboxes, none below the floor. Returns the minutes that could not be taken.
pub fn shrink(rows: &mut [Row], cut: u32) -> u32 {
    let free: Vec<usize> = (0..rows.len()).filter(|&i| !rows[i].fixed).collect();
    let total: u32 = free.iter().map(|&i| rows[i].old).sum();
    let slack = total - FLOOR_MINUTES * free.len() as u32;
    if cut == 0 {
        return 0;
    }
    if cut >= slack {
        for &i in &free {
            rows[i].new = FLOOR_MINUTES;
        }
        return cut - slack;
    }
    let target = total - cut;
    let ideal = proportional(rows, &free, target);
    for (&i, x) in free.iter().zip(&ideal) {
        rows[i].new = (x.floor() as u32).clamp(FLOOR_MINUTES, rows[i].old);
    }
    // Whole minutes: the ones lost to rounding go to the largest fractions first.
    let mut order: Vec<usize> = (0..free.len()).collect();
    order.sort_by(|&a, &b| (ideal[b] - ideal[b].floor()).total_cmp(&(ideal[a] - ideal[a].floor())));
    let mut missing = target - free.iter().map(|&i| rows[i].new).sum::<u32>();
    while missing > 0 {
        let before = missing;
        for &k in &order {
            let row = &mut rows[free[k]];
            if missing > 0 && row.new < row.old {
                row.new += 1;
                missing -= 1;
            }
        }
        if missing == before {
            break;
        }
    }
    0
}

/// The real-valued timeboxes `old × f` summing to `target`, where those that would
/// fall below the floor are held at it (and `f` found again for the rest).
fn proportional(rows: &[Row], free: &[usize], target: u32) -> Vec<f64> {
    let floor = f64::from(FLOOR_MINUTES);
    let mut at_floor = vec![false; free.len()];
    loop {
        let held = at_floor.iter().filter(|f| **f).count() as f64;
        let rest: f64 = free
            .iter()
            .zip(&at_floor)
            .filter(|(_, f)| !**f)
            .map(|(&i, _)| f64::from(rows[i].old))
            .sum();
        let factor = (f64::from(target) - floor * held) / rest.max(1.0);
        let mut changed = false;
        for (k, &i) in free.iter().enumerate() {
            if !at_floor[k] && f64::from(rows[i].old) * factor < floor {
                at_floor[k] = true;
                changed = true;
            }
        }
        if !changed {
            return free
                .iter()
                .zip(&at_floor)
                .map(|(&i, f)| {
                    if *f {
                        floor
                    } else {
                        f64::from(rows[i].old) * factor
                    }
                })
                .collect();
        }
    }
}

impl Proposal {
    /// The event that carries the proposal out: the timeboxes that change.
    pub fn event(&self, at: Timestamp) -> Option<super::Event> {
        let timeboxes: std::collections::BTreeMap<String, u32> = self
            .rows
            .iter()
            .filter(|r| !r.skipped && r.new != r.old)
            .map(|r| (r.item.clone(), r.new))
            .collect();
        (!timeboxes.is_empty()).then_some(super::Event::TimeboxesSet { timeboxes, at })
    }
}
