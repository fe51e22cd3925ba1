//! The per-item index, derived from the contributions and never stored: each agenda
//! item's contribution ids in order, and how many of them each group has. The screen
//! asks both on every frame (the log, and the groups not yet heard), so neither may
//! walk the contributions: the heard groups are a lookup, not a walk over the item.

use super::contribution::{Contribution, ContributionId, GroupId};
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub(super) struct ItemIndex {
    items: HashMap<String, Item>,
}

/// One item's entry; an item without contributions has none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
struct Item {
    ids: Vec<ContributionId>,
    /// Contributions per group, by group id; a group with none is not in it. A few
    /// dozen groups at most: a sorted list is quicker than a map here.
    heard: Vec<(GroupId, u32)>,
}

impl Item {
    fn count(&mut self, group: GroupId) {
        match self.heard.binary_search_by_key(&group, |(g, _)| *g) {
            Ok(at) => self.heard[at].1 += 1,
            Err(at) => self.heard.insert(at, (group, 1)),
        }
    }

    /// One contribution of `group` fewer; false when it had none.
    fn uncount(&mut self, group: GroupId) -> bool {
        let Ok(at) = self.heard.binary_search_by_key(&group, |(g, _)| *g) else {
            return false;
        };
        self.heard[at].1 -= 1;
        if self.heard[at].1 == 0 {
            self.heard.remove(at);
        }
        true
    }
}

impl ItemIndex {
    pub(super) fn clear(&mut self) {
        self.items.clear();
    }

    pub(super) fn add(&mut self, c: &Contribution) {
        // The item's name is copied only for an item not in the index yet: a
        // rebuild at opening adds every contribution.
        let item = match self.items.get_mut(&c.item) {
            Some(item) => item,
            None => self.items.entry(c.item.clone()).or_default(),
        };
        // Added in id order (a rebuild, a new line): at the end, without a search.
        let at = match item.ids.last() {
            Some(last) if *last < c.id => Err(item.ids.len()),
            _ => item.ids.binary_search(&c.id),
        };
        if let Err(pos) = at {
            item.ids.insert(pos, c.id);
            item.count(c.group);
        }
    }

    pub(super) fn remove(&mut self, c: &Contribution) {
        let Some(item) = self.items.get_mut(&c.item) else {
            return;
        };
        if let Ok(pos) = item.ids.binary_search(&c.id) {
            item.ids.remove(pos);
            item.uncount(c.group);
            if item.ids.is_empty() {
                // Keeps the index equal to one rebuilt from the contributions.
                self.items.remove(&c.item);
            }
        }
    }

    /// A contribution on `item` now from `to` instead of `from` (an edit, a merge).
    pub(super) fn regroup(&mut self, item: &str, from: GroupId, to: GroupId) {
        if let Some(item) = self.items.get_mut(item)
            && from != to
            && item.uncount(from)
        {
            item.count(to);
        }
    }

    pub(super) fn ids(&self, item: &str) -> &[ContributionId] {
        self.items.get(item).map_or(&[], |item| item.ids.as_slice())
    }

    /// True when `group` has a contribution on `item`.
    pub(super) fn heard(&self, item: &str, group: GroupId) -> bool {
        self.items
            .get(item)
            .is_some_and(|item| item.heard.binary_search_by_key(&group, |(g, _)| *g).is_ok())
    }
}
