//! Edits and deletes from writers that had not seen each other's. Each names the
//! revision it was made on (`base`). An edit on the revision shown replaces it (and
//! settles any conflict); two edits made on one revision are both kept, the later one
//! shown; a delete that had not seen an edit is not honoured; and an edit that had not
//! seen a delete brings the contribution back. Text is never silently lost.

use super::contribution::{Contribution, ContributionId, Version};
use super::event::Event;
use super::event_id::EventId;
use super::state::Session;

impl Session {
    /// A `ContributionEdited` event named `event_id`.
    pub(super) fn edit_contribution(&mut self, event_id: EventId, event: &Event) {
        let Event::ContributionEdited { id, base, .. } = event else {
            return;
        };
        let Some(version) = version_of(event_id, event) else {
            return;
        };
        if let Some(c) = self.contributions.get_mut(id) {
            let group = c.group;
            let current = c.rev();
            if base.is_none_or(|base| base == current) {
                show(c, version);
                c.versions.clear();
            } else if event_id > current {
                // Made without seeing the version shown: both are kept, the later shown.
                c.versions.retain(|v| Some(v.rev) != *base);
                let shown = shown_version(c);
                show(c, version);
                c.versions.push(shown);
            } else {
                c.versions.push(version);
            }
            self.by_item.regroup(&c.item, group, c.group);
        } else if let Some(mut gone) = self.tombstones.remove(id) {
            if *base == Some(gone.rev()) {
                // Made without seeing the delete: the edit brings it back.
                show(&mut gone, version);
                self.insert(gone);
            } else {
                self.tombstones.insert(*id, gone);
            }
        }
    }

    /// A `ContributionDeleted` made on revision `base`.
    pub(super) fn delete_contribution(&mut self, id: ContributionId, base: Option<EventId>) {
        let Some(c) = self.contributions.get(&id) else {
            return;
        };
        if base.is_some_and(|base| base != c.rev()) {
            return;
        }
        if let Some(old) = self.contributions.remove(&id) {
            self.unindex(&old);
            self.tombstones.insert(id, old);
        }
    }

    /// Brings a contribution back exactly as it was (an undone delete).
    pub(super) fn restore_contribution(&mut self, contribution: &Contribution) {
        self.tombstones.remove(&contribution.id);
        self.insert(contribution.clone());
    }

    /// The revision a change of contribution `id` is made on now: the one shown, or
    /// the one deleted.
    pub fn current_rev(&self, id: ContributionId) -> Option<EventId> {
        self.contributions
            .get(&id)
            .or_else(|| self.tombstones.get(&id))
            .map(Contribution::rev)
    }
}

fn version_of(event_id: EventId, event: &Event) -> Option<Version> {
    let Event::ContributionEdited {
        group,
        kind,
        text,
        edited,
        at,
        ..
    } = event
    else {
        return None;
    };
    Some(Version {
        group: *group,
        kind: *kind,
        text: text.clone(),
        edited_at: edited.then_some(*at),
        rev: event_id,
    })
}

fn shown_version(c: &Contribution) -> Version {
    Version {
        group: c.group,
        kind: c.kind,
        text: c.text.clone(),
        edited_at: c.edited_at,
        rev: c.rev(),
    }
}

fn show(c: &mut Contribution, version: Version) {
    c.group = version.group;
    c.kind = version.kind;
    c.text = version.text;
    c.edited_at = version.edited_at;
    c.rev = Some(version.rev);
}

#[cfg(test)]
#[path = "revisions_tests.rs"]
mod tests;
