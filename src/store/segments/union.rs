//! The union of every event read from every segment: one entry per id, in id order
//! (the order they are folded in). The same id read twice (a conflict copy, a file
//! read again after a sync engine replaced it) is one event. Should two copies of an
//! id differ (a damaged or hand-edited file), the one first in (file name, line)
//! order is kept wherever it was read first, so every laptop keeps the same one.

use super::reader::{Found, Origin};
use crate::session::{Event, EventId};
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Clone)]
struct Kept {
    event: Event,
    origin: Origin,
}

/// Two different events under one id.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conflict {
    pub id: EventId,
    pub kept: Origin,
    pub dropped: Origin,
}

/// What adding one event did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Inserted {
    /// A new id after every id already there.
    New,
    /// A new id before the highest already there (a laptop that was offline): a fold
    /// that went past it must be done again from this id.
    Late,
    /// An id already there with the same event.
    Duplicate,
    /// An id already there with another event; `replaced` when the new one is kept
    /// (it comes first in file order), so a fold past it must be done again.
    Conflict { conflict: Conflict, replaced: bool },
}

impl Inserted {
    /// True when the event at this id is not what a fold past it applied.
    pub fn restarts_fold(&self) -> bool {
        matches!(
            self,
            Inserted::Late | Inserted::Conflict { replaced: true, .. }
        )
    }
}

/// What adding a batch did.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Merged {
    /// Events that were not there before.
    pub added: usize,
    /// The lowest id whose event is new or changed: a fold that went past it must be
    /// done again from there; one that did not just goes on.
    pub first_changed: Option<EventId>,
    /// Late events among the added (ids below the highest there before).
    pub late: usize,
    pub conflicts: Vec<Conflict>,
}

/// Every event of a session folder, once each, in id order. Each event is shared
/// (`Arc`), so that a clone handed to a re-fold's thread copies no event.
#[derive(Debug, Default, Clone)]
pub struct Union {
    events: BTreeMap<EventId, Arc<Kept>>,
}

impl Union {
    pub fn new() -> Union {
        Union::default()
    }

    pub fn len(&self) -> usize {
        self.events.len()
    }

    pub fn is_empty(&self) -> bool {
        self.events.is_empty()
    }

    /// The highest id, the last event a fold applies.
    pub fn highest(&self) -> Option<EventId> {
        self.events.last_key_value().map(|(id, _)| *id)
    }

    pub fn get(&self, id: &EventId) -> Option<&Event> {
        self.events.get(id).map(|kept| &kept.event)
    }

    /// Every event in id order.
    pub fn iter(&self) -> impl Iterator<Item = (EventId, &Event)> {
        self.events.iter().map(|(id, kept)| (*id, &kept.event))
    }

    /// The events with ids after `after`, in id order.
    pub fn after(&self, after: EventId) -> impl Iterator<Item = (EventId, &Event)> {
        use std::ops::Bound::{Excluded, Unbounded};
        self.events
            .range((Excluded(after), Unbounded))
            .map(|(id, kept)| (*id, &kept.event))
    }

    pub fn insert(&mut self, found: Found) -> Inserted {
        let Found { id, event, origin } = found;
        let highest = self.highest();
        let Some(kept) = self.events.get_mut(&id) else {
            self.events.insert(id, Arc::new(Kept { event, origin }));
            return match highest {
                Some(highest) if id < highest => Inserted::Late,
                _ => Inserted::New,
            };
        };
        let kept = Arc::make_mut(kept);
        let first = origin < kept.origin;
        if kept.event == event {
            if first {
                kept.origin = origin;
            }
            return Inserted::Duplicate;
        }
        let (kept_origin, dropped) = if first {
            let dropped = std::mem::replace(kept, Kept { event, origin });
            (kept.origin.clone(), dropped.origin)
        } else {
            (kept.origin.clone(), origin)
        };
        Inserted::Conflict {
            conflict: Conflict {
                id,
                kept: kept_origin,
                dropped,
            },
            replaced: first,
        }
    }

    /// Adds a batch, saying from where a fold must be done again.
    pub fn extend(&mut self, found: impl IntoIterator<Item = Found>) -> Merged {
        let mut merged = Merged::default();
        for found in found {
            let id = found.id;
            let inserted = self.insert(found);
            let changed = match inserted {
                Inserted::New | Inserted::Late => {
                    merged.added += 1;
                    merged.late += usize::from(inserted == Inserted::Late);
                    true
                }
                Inserted::Duplicate => false,
                Inserted::Conflict { conflict, replaced } => {
                    merged.conflicts.push(conflict);
                    replaced
                }
            };
            if changed && merged.first_changed.is_none_or(|first| id < first) {
                merged.first_changed = Some(id);
            }
        }
        merged
    }
}

#[cfg(test)]
#[path = "union_tests.rs"]
mod tests;
