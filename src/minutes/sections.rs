//! An item's contributions under a heading per group, for minutes in group order.

use super::document::Section;
use crate::session::{Contribution, Session};

/// The item's contributions under their groups, in the session's order of groups;
/// contributions of a group that is gone come last under "?".
pub fn group_sections<'a>(session: &'a Session, by_time: &[&'a Contribution]) -> Vec<Section<'a>> {
    let mut sections: Vec<Section> = session
        .groups
        .iter()
        .map(|group| Section {
            heading: Some(group.name.as_str()),
            contributions: by_time
                .iter()
                .copied()
                .filter(|c| c.group == group.id)
                .collect(),
        })
        .collect();
    sections.push(Section {
        heading: Some("?"),
        contributions: by_time
            .iter()
            .copied()
            .filter(|c| !session.groups.iter().any(|g| g.id == c.group))
            .collect(),
    });
    sections.retain(|s| !s.contributions.is_empty());
    sections
}
