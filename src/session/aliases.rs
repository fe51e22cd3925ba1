//! Groups whose names fold equal are one group. Two note-takers on two laptops may
//! each add "Region Skåne" (or "region skane") before they see the other's: the one
//! folded first (first in id order) is the group, and the other's id becomes an alias
//! of it. Every event that names an alias acts on the group it stands for.

use super::contribution::GroupId;
use super::event::Event;
use super::group::Group;
use super::groups::fold_name;
use super::presence::Presence;
use super::state::Session;
use std::borrow::Cow;

impl Session {
    /// The group `id` stands for: itself, or the group it is an alias of.
    pub fn canonical_group(&self, id: GroupId) -> GroupId {
        self.group_aliases.get(&id).copied().unwrap_or(id)
    }

    /// A group added: a new group, or an alias when its name folds equal to a group's.
    pub(super) fn add_group(&mut self, id: GroupId, name: &str) {
        if self.group_aliases.contains_key(&id) || self.groups.iter().any(|g| g.id == id) {
            return;
        }
        let folded = fold_name(name);
        if let Some(first) = self.groups.iter().find(|g| fold_name(&g.name) == folded) {
            self.group_aliases.insert(id, first.id);
            return;
        }
        self.groups.push(Group {
            id,
            name: name.to_string(),
            presence: Presence::Unmarked,
        });
    }

    /// `event` with every alias replaced by the group it stands for.
    pub(super) fn resolve_aliases<'a>(&self, event: &'a Event) -> Cow<'a, Event> {
        if self.group_aliases.is_empty() || !names_a_group(event) {
            return Cow::Borrowed(event);
        }
        let mut event = event.clone();
        let canonical = |id: &mut GroupId| *id = self.canonical_group(*id);
        match &mut event {
            Event::ContributionAdded { group, .. } | Event::ContributionEdited { group, .. } => {
                canonical(group)
            }
            Event::ContributionRestored { contribution, .. } => canonical(&mut contribution.group),
            Event::GroupRemoved { id, .. }
            | Event::GroupRenamed { id, .. }
            | Event::GroupPresenceSet { id, .. } => canonical(id),
            Event::GroupsMerged { from, into, .. } => {
                canonical(from);
                canonical(into);
            }
            Event::GroupRestored {
                group, merged_into, ..
            } => {
                canonical(&mut group.id);
                if let Some(into) = merged_into {
                    canonical(into);
                }
            }
            _ => {}
        }
        Cow::Owned(event)
    }
}

/// True for the events that name a group (`GroupAdded` names a new one: not resolved).
fn names_a_group(event: &Event) -> bool {
    matches!(
        event,
        Event::ContributionAdded { .. }
            | Event::ContributionEdited { .. }
            | Event::ContributionRestored { .. }
            | Event::GroupRemoved { .. }
            | Event::GroupRenamed { .. }
            | Event::GroupPresenceSet { .. }
            | Event::GroupsMerged { .. }
            | Event::GroupRestored { .. }
    )
}

#[cfg(test)]
#[path = "aliases_tests.rs"]
mod tests;
