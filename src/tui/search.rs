//! Searching the whole session: every word typed must be found in a contribution's
//! text or its group's name, ignoring case and Swedish letters' rings and dots (the
//! group picker's folding). The newest comes first.

use super::input::LineInput;
use crate::session::{ContributionId, Session};
use crate::text::fold;

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
    let mut found: Vec<_> = session
        .contributions
        .values()
        .filter(|c| {
            let haystack = format!("{} {}", fold(session.group_name(c.group)), fold(&c.text));
            words.iter().all(|w| haystack.contains(w.as_str()))
        })
        .map(|c| (c.at, c.id))
        .collect();
    found.sort_unstable_by(|a, b| b.cmp(a));
    found.into_iter().map(|(_, id)| id).collect()
}
