//! The item picker for moving a contribution to another agenda item.

use crate::session::ContributionId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct MovePicker {
    /// The contribution being moved.
    pub id: ContributionId,
    /// Index into the agenda's items.
    pub selected: usize,
}
