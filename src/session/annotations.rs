//! What the minutes say beyond the contributions: per agenda item a summary and its
//! decisions; per contribution an action's owner and due date, a proposal's dots and
//! its themes. Held apart from the contributions, keyed by their ids (never reused),
//! so a deleted and restored contribution gets its owner, dots and themes back.

use super::{ContributionId, Timestamp};
use chrono::NaiveDate;
use serde::{Deserialize, Serialize};
use std::collections::BTreeMap;

/// The summary (*Sammanfattning*) and the decisions (*Beslut / slutsatser*) of an item.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct ItemNotes {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub summary: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub decisions: Vec<String>,
}

impl ItemNotes {
    pub fn is_empty(&self) -> bool {
        self.summary.is_empty() && self.decisions.is_empty()
    }
}

/// Who does an action (*Ansvarig*: a group or a person) and by when (*Klart senast*).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Assignment {
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
}

impl Assignment {
    pub fn is_empty(&self) -> bool {
        self.owner.is_empty() && self.due.is_none()
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct Annotations {
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub item_notes: BTreeMap<String, ItemNotes>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub assignments: BTreeMap<ContributionId, Assignment>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub dots: BTreeMap<ContributionId, u32>,
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub tags: BTreeMap<ContributionId, Vec<String>>,
}

/// An item's summary and/or decisions were written. `None` leaves that part as it was.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ItemNotesSet {
    pub item: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub summary: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub decisions: Option<Vec<String>>,
    pub at: Timestamp,
}

/// An action got its owner and due date (an empty owner and no date clear them).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ActionAssigned {
    pub id: ContributionId,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub owner: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub due: Option<NaiveDate>,
    pub at: Timestamp,
}

/// The dots a proposal got in a vote; 0 removes the vote.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DotsSet {
    pub id: ContributionId,
    pub dots: u32,
    pub at: Timestamp,
}

/// The themes of a contribution, the whole list.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct TagsSet {
    pub id: ContributionId,
    #[serde(default)]
    pub tags: Vec<String>,
    pub at: Timestamp,
}

impl Annotations {
    pub fn is_empty(&self) -> bool {
        self == &Annotations::default()
    }

    pub fn notes(&self, item: &str) -> Option<&ItemNotes> {
        self.item_notes.get(item)
    }

    pub fn assignment(&self, id: ContributionId) -> Option<&Assignment> {
        self.assignments.get(&id)
    }

    pub fn dots_of(&self, id: ContributionId) -> u32 {
        self.dots.get(&id).copied().unwrap_or(0)
    }

    pub fn tags_of(&self, id: ContributionId) -> &[String] {
        self.tags.get(&id).map(Vec::as_slice).unwrap_or(&[])
    }

    /// Every theme in use, each once (the first spelling), sorted for people.
    pub fn all_tags(&self) -> Vec<&str> {
        let mut out: Vec<&str> = Vec::new();
        for tag in self.tags.values().flatten() {
            if !out.iter().any(|t| same_tag(t, tag)) {
                out.push(tag);
            }
        }
        out.sort_by_key(|t| crate::text::fold(t));
        out
    }

    pub(super) fn set_item_notes(&mut self, e: &ItemNotesSet) {
        let notes = self.item_notes.entry(e.item.clone()).or_default();
        if let Some(summary) = &e.summary {
            notes.summary = summary.clone();
        }
        if let Some(decisions) = &e.decisions {
            notes.decisions = decisions.clone();
        }
        if notes.is_empty() {
            self.item_notes.remove(&e.item);
        }
    }

    pub(super) fn assign(&mut self, e: &ActionAssigned) {
        let assignment = Assignment {
            owner: e.owner.clone(),
            due: e.due,
        };
        if assignment.is_empty() {
            self.assignments.remove(&e.id);
        } else {
            self.assignments.insert(e.id, assignment);
        }
    }

    pub(super) fn set_dots(&mut self, e: &DotsSet) {
        if e.dots == 0 {
            self.dots.remove(&e.id);
        } else {
            self.dots.insert(e.id, e.dots);
        }
    }

    pub(super) fn set_tags(&mut self, e: &TagsSet) {
        if e.tags.is_empty() {
            self.tags.remove(&e.id);
        } else {
            self.tags.insert(e.id, e.tags.clone());
        }
    }

    /// The events that bring back what `e` is about to change.
    pub(super) fn notes_before(&self, e: &ItemNotesSet, at: Timestamp) -> ItemNotesSet {
        let old = self.notes(&e.item).cloned().unwrap_or_default();
        ItemNotesSet {
            item: e.item.clone(),
            summary: e.summary.as_ref().map(|_| old.summary),
            decisions: e.decisions.as_ref().map(|_| old.decisions),
            at,
        }
    }

    pub(super) fn assignment_before(&self, id: ContributionId, at: Timestamp) -> ActionAssigned {
        let old = self.assignment(id).cloned().unwrap_or_default();
        ActionAssigned {
            id,
            owner: old.owner,
            due: old.due,
            at,
        }
    }

    pub(super) fn dots_before(&self, id: ContributionId, at: Timestamp) -> DotsSet {
        DotsSet {
            id,
            dots: self.dots_of(id),
            at,
        }
    }

    pub(super) fn tags_before(&self, id: ContributionId, at: Timestamp) -> TagsSet {
        TagsSet {
            id,
            tags: self.tags_of(id).to_vec(),
            at,
        }
    }
}

/// Themes are the same whatever the case and Swedish letters' dots: "esf" is "ESF".
pub fn same_tag(a: &str, b: &str) -> bool {
    crate::text::fold(a.trim()) == crate::text::fold(b.trim())
}

/// Cleans a list of themes: trimmed, without a leading '#', empty ones dropped, each
/// once, spelled as the session already spells it when it has it.
pub fn normalise_tags(tags: &[String], known: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for tag in tags {
        let tag = crate::text::clean(tag.trim().trim_start_matches('#'));
        if tag.is_empty() || out.iter().any(|t| same_tag(t, &tag)) {
            continue;
        }
        let spelled = known.iter().find(|k| same_tag(k, &tag));
        out.push(spelled.map_or(tag, |k| k.to_string()));
    }
    out
}

#[cfg(test)]
mod tests;
