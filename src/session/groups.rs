//! Correcting the group list: renaming, merging a typo group into the right one,
//! removing, and marking a group present or absent. Also who took part, as the
//! minutes say it, and finding a group by name the way the picker does.

use super::{ContributionId, Event, Group, GroupId, Presence, Session, Timestamp};

/// Who took part: present = contributed or marked present; absent = marked absent
/// and said nothing. Both in the order of the group list.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Attendance<'a> {
    pub present: Vec<&'a str>,
    pub absent: Vec<&'a str>,
}

impl Session {
    pub fn attendance(&self) -> Attendance<'_> {
        let mut out = Attendance::default();
        for group in &self.groups {
            let spoke = self.contributions.values().any(|c| c.group == group.id);
            if spoke || group.presence == Presence::Present {
                out.present.push(&group.name);
            } else if group.presence == Presence::Absent {
                out.absent.push(&group.name);
            }
        }
        out
    }

    /// The group whose name equals `name` after trimming, ignoring case and the
    /// rings and dots of Swedish letters ("region vasterbotten" finds "Region
    /// Västerbotten").
    pub fn group_by_name(&self, name: &str) -> Option<&Group> {
        let wanted = fold_name(name);
        self.groups.iter().find(|g| fold_name(&g.name) == wanted)
    }

    /// Up to `count` group names closest to `name`, closest first (for "did you mean").
    pub fn closest_groups(&self, name: &str, count: usize) -> Vec<&str> {
        let wanted = fold_name(name);
        let mut scored: Vec<(usize, usize, &str)> = self
            .groups
            .iter()
            .enumerate()
            .map(|(i, g)| {
                let folded = fold_name(&g.name);
                let distance = if !wanted.is_empty() && folded.contains(&wanted) {
                    0
                } else {
                    edit_distance(&wanted, &folded)
                };
                (distance, i, g.name.as_str())
            })
            .collect();
        scored.sort();
        scored.into_iter().take(count).map(|(_, _, n)| n).collect()
    }

    pub fn contributions_of(&self, group: GroupId) -> Vec<ContributionId> {
        self.contributions
            .values()
            .filter(|c| c.group == group)
            .map(|c| c.id)
            .collect()
    }

    pub(super) fn apply_group_event(&mut self, event: &Event) {
        match event {
            Event::GroupRenamed { id, name, .. } => {
                if let Some(g) = self.groups.iter_mut().find(|g| g.id == *id) {
                    g.name = name.clone();
                }
            }
            Event::GroupPresenceSet { id, presence, .. } => {
                if let Some(g) = self.groups.iter_mut().find(|g| g.id == *id) {
                    g.presence = *presence;
                }
            }
            Event::GroupsMerged { from, into, .. } => {
                // A merge into a group that does not exist would orphan the lines.
                if from == into || self.group(*into).is_none() {
                    return;
                }
                let moved: Vec<ContributionId> = self
                    .contributions
                    .values()
                    .filter(|c| c.group == *from)
                    .map(|c| c.id)
                    .collect();
                for id in moved {
                    if let Some(c) = self.contributions.get_mut(&id) {
                        self.by_item.regroup(&c.item, c.group, *into);
                        c.group = *into;
                    }
                }
                self.groups.retain(|g| g.id != *from);
            }
            Event::GroupRestored {
                group,
                position,
                moved_back,
                ..
            } => {
                if self.group(group.id).is_none() {
                    let at = (*position).min(self.groups.len());
                    self.groups.insert(at, group.clone());
                }
                for id in moved_back {
                    if let Some(c) = self.contributions.get_mut(id) {
                        self.by_item.regroup(&c.item, c.group, group.id);
                        c.group = group.id;
                    }
                }
            }
            _ => {}
        }
    }

    /// The event that brings back a group removed or merged away by `event`.
    pub(super) fn restore_of(
        &self,
        id: GroupId,
        into: Option<GroupId>,
        at: Timestamp,
    ) -> Option<Event> {
        let position = self.groups.iter().position(|g| g.id == id)?;
        Some(Event::GroupRestored {
            group: self.groups[position].clone(),
            position,
            moved_back: if into.is_some() {
                self.contributions_of(id)
            } else {
                Vec::new()
            },
            merged_into: into,
            at,
        })
    }
}

pub use crate::text::fold_name;

/// Levenshtein distance in characters.
fn edit_distance(a: &str, b: &str) -> usize {
    let b: Vec<char> = b.chars().collect();
    let mut row: Vec<usize> = (0..=b.len()).collect();
    for (i, ca) in a.chars().enumerate() {
        let mut diagonal = row[0];
        row[0] = i + 1;
        for (j, cb) in b.iter().enumerate() {
            let above = row[j + 1];
            row[j + 1] = (above + 1)
                .min(row[j] + 1)
                .min(diagonal + usize::from(ca != *cb));
            diagonal = above;
        }
    }
    row[b.len()]
}

#[cfg(test)]
#[path = "groups_tests.rs"]
mod tests;
