//! The changes to the projector that the journal stores.

use super::ContributionId;
use serde::{Deserialize, Serialize};

/// One change to the projector, as stored in the journal.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "change", rename_all = "snake_case")]
pub enum ProjectorChange {
    /// Show these contributions (after those already shown).
    Release {
        ids: Vec<ContributionId>,
    },
    /// Take these contributions off the screen.
    Withdraw {
        ids: Vec<ContributionId>,
    },
    Names {
        on: bool,
    },
    Blank {
        on: bool,
    },
    /// Empty text takes the message away.
    Message {
        text: String,
    },
    Agenda {
        on: bool,
    },
}

impl ProjectorChange {
    pub fn ids(&self) -> &[ContributionId] {
        match self {
            ProjectorChange::Release { ids } | ProjectorChange::Withdraw { ids } => ids,
            _ => &[],
        }
    }
}
