//! What of the session the room's screen may show: the released contributions of
//! the current item, and the event that releases or withdraws one.

use super::{Contribution, ContributionId, Event, ProjectorChange, Session, Timestamp};

impl Session {
    /// The released contributions of the current item that still exist, in the order
    /// they were released: what the room may see. A deleted contribution is gone
    /// from here even while its id stays released (an undo brings it back).
    pub fn on_screen(&self) -> Vec<&Contribution> {
        self.projector
            .released
            .iter()
            .filter_map(|id| self.contributions.get(id))
            .filter(|c| c.item == self.current_item)
            .collect()
    }

    /// The event releasing (or, if it is shown, withdrawing) one contribution.
    pub fn toggle_release(&self, id: ContributionId, at: Timestamp) -> Event {
        let ids = vec![id];
        let change = if self.projector.is_released(id) {
            ProjectorChange::Withdraw { ids }
        } else {
            ProjectorChange::Release { ids }
        };
        Event::Projector { change, at }
    }
}
