//! Choosing among the versions two writers made of one contribution at once. A
//! choice is a new edit made on the revision shown: by the rule of `revisions.rs`
//! it replaces the shown one and settles every version it had seen, on every laptop
//! once the folders have synced, whatever order the events arrive in.

use super::contribution::{ContributionId, Version};
use super::event::Event;
use super::event_id::EventId;
use super::state::Session;
use super::timestamp::Timestamp;

impl Session {
    /// Every version of contribution `id`, the one shown among them, oldest first;
    /// empty when it is not there.
    pub fn versions_of(&self, id: ContributionId) -> Vec<Version> {
        let Some(c) = self.contributions.get(&id) else {
            return Vec::new();
        };
        let shown = Version {
            group: c.group,
            kind: c.kind,
            text: c.text.clone(),
            edited_at: c.edited_at,
            rev: c.rev(),
        };
        let mut all: Vec<Version> = c.versions.iter().cloned().chain([shown]).collect();
        all.sort_by_key(|v| v.rev);
        all
    }

    /// The edit that makes version `rev` of contribution `id` the only one: made on
    /// the revision shown, so it settles the versions it has seen. `None` when either
    /// is not there.
    pub fn pick_version(&self, id: ContributionId, rev: EventId, now: Timestamp) -> Option<Event> {
        let c = self.contributions.get(&id)?;
        let version = self.versions_of(id).into_iter().find(|v| v.rev == rev)?;
        Some(Event::ContributionEdited {
            id,
            base: Some(c.rev()),
            group: version.group,
            kind: version.kind,
            text: version.text,
            edited: true,
            at: now,
        })
    }
}

#[cfg(test)]
#[path = "versions_tests.rs"]
mod tests;
