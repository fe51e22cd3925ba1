//! What readers see of a contribution instead of its id: a running number in the
//! order the contributions were made (an id is two long hex numbers, for machines).

use super::contribution::ContributionId;
use super::state::Session;

impl Session {
    /// The contribution's running number, 1 for the first made; `None` if it is gone.
    pub fn number_of(&self, id: ContributionId) -> Option<usize> {
        self.contributions
            .contains_key(&id)
            .then(|| self.contributions.range(..=id).count())
    }
}

#[cfg(test)]
mod tests {
    use crate::fixture::example_session;

    #[test]
    fn numbers_run_in_id_order_from_one() {
        let session = example_session();
        let ids: Vec<_> = session.contributions.keys().copied().collect();
        assert_eq!(session.number_of(ids[0]), Some(1));
        assert_eq!(session.number_of(ids[26]), Some(27));
        assert_eq!(
            session.number_of(crate::session::EventId::origin(9999)),
            None
        );
    }
}
