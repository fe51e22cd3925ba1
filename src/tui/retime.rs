//! The re-timing dialog's state (F8): the proposal, as the moderator adjusts it.

use crate::session::{Proposal, Session, Timestamp};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RetimeDialog {
    pub proposal: Proposal,
    /// Index into `proposal.rows`.
    pub selected: usize,
}

impl RetimeDialog {
    pub fn new(session: &Session, now: Timestamp) -> RetimeDialog {
        RetimeDialog {
            proposal: session.retime_proposal(now),
            selected: 0,
        }
    }

    /// A fresh proposal (after a skip), on the same row.
    pub fn refresh(&mut self, session: &Session, now: Timestamp) {
        self.proposal = session.retime_proposal(now);
        self.selected = self
            .selected
            .min(self.proposal.rows.len().saturating_sub(1));
    }

    /// The selected row's new timebox one minute shorter or longer (at least 1).
    pub fn adjust(&mut self, longer: bool) {
        if let Some(row) = self.proposal.rows.get_mut(self.selected)
            && !row.skipped
        {
            row.new = if longer {
                row.new
                    .saturating_add(1)
                    .min(crate::agenda::MAX_TIMEBOX_MINUTES)
            } else {
                row.new.saturating_sub(1).max(1)
            };
        }
    }
}

/// The room grid's scroll (F7): the first item row and group column shown.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct GridScroll {
    pub row: usize,
    pub column: usize,
}
