//! The schedule: when the session was planned to start, the timeboxes a re-timing
//! changed, the items skipped; and from them the planned end, the projected end and
//! how far off the schedule the session is. Pure: the clock is an argument.

use super::schedule_plan::Offset;
use super::{Event, Session, Timestamp};
use chrono::Duration;

impl Session {
    /// The timebox the agenda planned for `item`, in minutes.
    pub fn planned_minutes(&self, item: &str) -> u32 {
        self.agenda.item(item).map_or(0, |i| i.timebox_minutes)
    }

    /// The timebox that holds now: re-timed, or the planned one; 0 when skipped.
    pub fn timebox_minutes(&self, item: &str) -> u32 {
        if self.schedule.skipped.contains(item) {
            return 0;
        }
        self.schedule
            .retimed
            .get(item)
            .copied()
            .unwrap_or_else(|| self.planned_minutes(item))
    }

    /// The planned start plus every planned timebox.
    pub fn planned_end(&self) -> Option<Timestamp> {
        let start = self.schedule.planned_start?;
        let minutes: i64 = self
            .agenda
            .items
            .iter()
            .map(|i| i64::from(i.timebox_minutes))
            .sum();
        Some(start + Duration::minutes(minutes))
    }

    /// Where each item begins and ends by the plan as it stands (re-timed boxes,
    /// skipped items taking no time), from the planned start.
    pub fn planned_times(&self) -> Option<Vec<(Timestamp, Timestamp)>> {
        let mut at = self.schedule.planned_start?;
        let mut times = Vec::with_capacity(self.agenda.items.len());
        for item in &self.agenda.items {
            let end = at + Duration::minutes(i64::from(self.timebox_minutes(&item.id)));
            times.push((at, end));
            at = end;
        }
        Some(times)
    }

    /// The position of the furthest item reached: the current one, or a later one
    /// with time spent or contributions. Going back to an earlier item for a
    /// correction does not bring the later items' time back.
    pub fn furthest_reached(&self) -> usize {
        self.agenda
            .items
            .iter()
            .rposition(|item| {
                self.clock.spent_seconds.contains_key(&item.id)
                    || !self.ids_for_item(&item.id).is_empty()
            })
            .unwrap_or(0)
            .max(self.current_position())
    }

    /// Items after the furthest reached: the ones a re-timing may shorten.
    pub fn not_visited(&self) -> impl Iterator<Item = &crate::agenda::AgendaItem> {
        self.agenda.items.iter().skip(self.furthest_reached() + 1)
    }

    /// Now, plus what is left of the current item's timebox, plus the timeboxes of
    /// the items not yet visited.
    pub fn projected_end(&self, now: Timestamp) -> Timestamp {
        let spent = self.seconds_on(&self.current_item, now);
        let timebox = i64::from(self.timebox_minutes(&self.current_item)) * 60;
        let not_visited: i64 = self
            .not_visited()
            .map(|item| i64::from(self.timebox_minutes(&item.id)) * 60)
            .sum();
        now + Duration::seconds((timebox - spent).max(0) + not_visited)
    }

    /// Projected end minus planned end, in seconds; `None` without a planned start.
    pub fn seconds_behind(&self, now: Timestamp) -> Option<i64> {
        Some((self.projected_end(now) - self.planned_end()?).num_seconds())
    }

    /// How far off the schedule, in whole minutes (to the nearest, half up).
    pub fn offset(&self, now: Timestamp) -> Option<Offset> {
        let seconds = self.seconds_behind(now)?;
        let minutes = super::whole_minutes(seconds.abs());
        Some(match minutes {
            0 => Offset::OnTime,
            m if seconds > 0 => Offset::Behind(m),
            m => Offset::Ahead(m),
        })
    }

    pub(super) fn apply_schedule_event(&mut self, event: &Event) {
        match event {
            Event::PlannedStartSet { start, .. } => self.schedule.planned_start = *start,
            Event::TimeboxesSet { timeboxes, .. } => {
                for (item, minutes) in timeboxes {
                    if self.agenda.item(item).is_none() {
                        continue;
                    }
                    if *minutes == self.planned_minutes(item) {
                        self.schedule.retimed.remove(item);
                    } else {
                        self.schedule.retimed.insert(item.clone(), *minutes);
                    }
                }
            }
            Event::ItemMoved { item, to, .. } => self.move_item(item, *to),
            Event::ItemSkipped { item, skipped, .. } => {
                if !*skipped {
                    self.schedule.skipped.remove(item);
                } else if self.agenda.item(item).is_some() {
                    self.schedule.skipped.insert(item.clone());
                }
            }
            _ => {}
        }
    }

    /// The inverse of a schedule event, computed before it is applied.
    pub(super) fn schedule_inverse(&self, event: &Event, at: Timestamp) -> Option<Event> {
        match event {
            Event::PlannedStartSet { .. } => Some(Event::PlannedStartSet {
                start: self.schedule.planned_start,
                at,
            }),
            Event::TimeboxesSet { timeboxes, .. } => Some(Event::TimeboxesSet {
                timeboxes: timeboxes
                    .keys()
                    .map(|item| {
                        let old = self.schedule.retimed.get(item).copied();
                        (
                            item.clone(),
                            old.unwrap_or_else(|| self.planned_minutes(item)),
                        )
                    })
                    .collect(),
                at,
            }),
            Event::ItemMoved { item, .. } => Some(Event::ItemMoved {
                item: item.clone(),
                to: self.agenda.position(item)?,
                at,
            }),
            Event::ItemSkipped { item, .. } => Some(Event::ItemSkipped {
                item: item.clone(),
                skipped: self.schedule.skipped.contains(item),
                at,
            }),
            _ => None,
        }
    }
}
