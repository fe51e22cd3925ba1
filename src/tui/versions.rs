//! The version picker: the versions of one contribution two note-takers edited at
//! once, one highlighted.

use crate::session::ContributionId;

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VersionPicker {
    /// The contribution whose versions are listed.
    pub id: ContributionId,
    /// Index into `Session::versions_of`, oldest first.
    pub selected: usize,
}
