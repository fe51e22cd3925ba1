//! Searching the whole session: every word typed must be found in a contribution's
//! text or its group's name, ignoring case and Swedish letters' rings and dots (the
//! group picker's folding). The newest comes first.

use super::input::LineInput;
use crate::session::{ContributionId, GroupId, Session};
use crate::text::fold;
use std::collections::HashMap;

#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Search {
    pub query: LineInput,
    /// Index into the hits.
    pub selected: usize,
}

impl Search {
    pub fn hits(&self, session: &Session) -> Vec<ContributionId> {
        hits(session, self.query.text())
    }
}

/// The contributions that match `query`, newest first (the later typed first when
/// two have the same time).
pub fn hits(session: &Session, query: &str) -> Vec<ContributionId> {
    let words: Vec<String> = fold(query).split_whitespace().map(String::from).collect();
    // Each group's name folded once, not once per contribution: this runs on every
    // key and frame of the dialog. A word holds no space, so it is found in the name
    // or in the text, never across the two.
    let names: HashMap<GroupId, String> = session
        .groups
        .iter()
        .map(|g| (g.id, fold(&g.name)))
        .collect();
    let mut found: Vec<_> = session
        .contributions
        .values()
        .filter(|c| {
            let name = names.get(&c.group).map_or("?", String::as_str);
            let text = fold(&c.text);
            words
                .iter()
                .all(|w| name.contains(w.as_str()) || text.contains(w.as_str()))
        })
        .map(|c| (c.at, c.id))
        .collect();
    found.sort_unstable_by(|a, b| b.cmp(a));
    found.into_iter().map(|(_, id)| id).collect()
}
