//! Moving a contribution to another agenda item: same id, same everything else.

use super::{ContributionId, Event, Session, Timestamp};

impl Session {
    /// Puts contribution `id` under `item`. Unknown ids and items not on the agenda
    /// change nothing (a damaged journal must not invent items).
    pub(super) fn move_contribution(&mut self, id: ContributionId, item: &str) {
        if self.agenda.position(item).is_none() {
            return;
        }
        let Some(old) = self.contributions.get(&id).cloned() else {
            return;
        };
        if old.item == item {
            return;
        }
        self.unindex(&old);
        let mut moved = old;
        moved.item = item.to_string();
        self.insert(moved);
    }

    /// The move that puts contribution `id` back where it is now.
    pub(super) fn move_back(&self, id: ContributionId, at: Timestamp) -> Option<Event> {
        let item = self.contributions.get(&id)?.item.clone();
        Some(Event::ContributionMoved { id, item, at })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::agenda::Agenda;
    use crate::lang::Lang;
    use crate::session::Kind;

    fn at() -> Timestamp {
        chrono::DateTime::parse_from_rfc3339("2015-11-20T09:00:00+01:00").unwrap()
    }

    fn session_with(ids: &[(u64, &str)]) -> Session {
        let mut s = Session::new(
            "s".into(),
            "T".into(),
            Lang::Sv,
            Agenda::builtin().unwrap(),
            &["Region Skåne".into()],
            at(),
        );
        for (id, item) in ids {
            s.apply_as(
                crate::session::WriterId::ORIGIN,
                &Event::ContributionAdded {
                    id: crate::session::EventId::origin(*id),
                    item: (*item).into(),
                    group: crate::session::EventId::origin(1),
                    kind: Kind::Comment,
                    text: format!("bidrag {id}"),
                    at: at(),
                },
            );
        }
        s
    }

    fn moved(id: u64, item: &str) -> Event {
        Event::ContributionMoved {
            id: crate::session::EventId::origin(id),
            item: item.into(),
            at: at(),
        }
    }

    #[test]
    fn a_move_keeps_the_index_in_order_and_equal_to_a_rebuilt_one() {
        let mut s = session_with(&[(1, "welcome"), (2, "background"), (3, "background")]);
        s.apply_as(crate::session::WriterId::ORIGIN, &moved(2, "welcome"));
        assert_eq!(
            s.ids_for_item("welcome"),
            [1, 2].map(crate::session::EventId::origin)
        );
        assert_eq!(
            s.ids_for_item("background"),
            [3].map(crate::session::EventId::origin)
        );
        s.apply_as(crate::session::WriterId::ORIGIN, &moved(3, "welcome"));
        let mut rebuilt = s.clone();
        rebuilt.rebuild_index();
        assert_eq!(s, rebuilt);
        assert!(s.ids_for_item("background").is_empty());
    }

    #[test]
    fn moves_to_unknown_items_or_of_unknown_ids_change_nothing() {
        let mut s = session_with(&[(1, "welcome")]);
        let before = s.clone();
        s.apply_as(crate::session::WriterId::ORIGIN, &moved(1, "no-such-item"));
        s.apply_as(crate::session::WriterId::ORIGIN, &moved(9, "background"));
        assert_eq!(s.contributions, before.contributions);
        assert_eq!(
            s.ids_for_item("welcome"),
            [1].map(crate::session::EventId::origin)
        );
    }

    #[test]
    fn the_inverse_of_a_move_puts_it_back() {
        let mut s = session_with(&[(1, "welcome")]);
        let event = moved(1, "background");
        let inverse = s.inverse(&event, at()).unwrap();
        s.apply_as(crate::session::WriterId::ORIGIN, &event);
        s.apply_as(crate::session::WriterId::ORIGIN, &inverse);
        assert_eq!(
            s.contributions[&crate::session::EventId::origin(1)].item,
            "welcome"
        );
        assert_eq!(
            s.ids_for_item("welcome"),
            [1].map(crate::session::EventId::origin)
        );
    }
}
