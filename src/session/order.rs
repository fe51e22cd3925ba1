//! Moving an agenda item later (or back): the order the session runs in changes,
//! the numbers the minutes give the items do not.

use super::Session;

impl Session {
    /// The item's number as planned (1-based): its place in the agenda before any
    /// move.
    pub fn item_number(&self, item: &str) -> usize {
        self.schedule
            .numbers
            .get(item)
            .copied()
            .or_else(|| self.agenda.position(item).map(|p| p + 1))
            .unwrap_or(0)
    }

    /// Puts `item` at place `to`; an unknown item or place changes nothing.
    pub(super) fn move_item(&mut self, item: &str, to: usize) {
        let items = &mut self.agenda.items;
        let Some(from) = items.iter().position(|i| i.id == item) else {
            return;
        };
        if to >= items.len() || to == from {
            return;
        }
        if self.schedule.numbers.is_empty() {
            self.schedule.numbers = items
                .iter()
                .enumerate()
                .map(|(i, it)| (it.id.clone(), i + 1))
                .collect();
        }
        let moved = items.remove(from);
        items.insert(to, moved);
    }
}

#[cfg(test)]
mod tests {
    use super::super::tests::at;
    use super::super::*;
    use crate::lang::Lang;

    #[test]
    fn a_moved_item_keeps_its_number_and_the_move_undoes() {
        let mut s = Session::new(
            "t".into(),
            "T".into(),
            Lang::Sv,
            crate::agenda::Agenda::builtin().expect("agenda"),
            &[],
            at("09:00"),
        );
        let before = s.agenda.clone();
        let later = Event::ItemMoved {
            item: "challenge-1".into(),
            to: 3,
            at: at("09:01"),
        };
        let undo = s.inverse(&later, at("09:01")).expect("undoable");
        s.apply_as(crate::session::WriterId::ORIGIN, &later);
        assert_eq!(s.agenda.items[3].id, "challenge-1");
        assert_eq!(s.agenda.items[2].id, "challenge-2");
        assert_eq!(s.item_number("challenge-1"), 3);
        assert_eq!(s.item_number("challenge-2"), 4);
        s.apply_as(crate::session::WriterId::ORIGIN, &undo);
        assert_eq!(s.agenda, before);
        // Nowhere to go: nothing changes.
        s.apply_as(
            crate::session::WriterId::ORIGIN,
            &Event::ItemMoved {
                item: "wrap-up".into(),
                to: 99,
                at: at("09:02"),
            },
        );
        assert_eq!(s.agenda, before);
    }
}
