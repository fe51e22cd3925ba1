//! The note-taker's seat: which item the screen shows and a new line goes to.
//! A device that does not lead the room follows the moderator: the item shown is the
//! room's current item, as the moderator's agenda moves arrive. PgDn/PgUp there move
//! an own view instead (no event: the room does not move), and Alt+F follows again.
//! When the room moves on while a line is half typed, the view stays on the item the
//! line is being written for (`held`) until Enter saves it there or Alt+F takes it along.
//! The moderator's device has no own view: the item shown is always the room's.

use super::model::Model;
use super::seat::Seat;

impl Model {
    /// The item on screen, which a new line goes to: the own view, else the room's.
    pub fn item(&self) -> &str {
        self.seat
            .own_item
            .as_deref()
            .unwrap_or(&self.session.current_item)
    }

    /// True while a note-taker looks at an item of their own choosing (or holds a line).
    pub fn has_own_view(&self) -> bool {
        self.seat.own_item.is_some()
    }

    /// Shows `item` as the note-taker's own view; the room's item is following again.
    pub fn view_item(&mut self, item: &str) {
        let own = (item != self.session.current_item).then(|| item.to_string());
        let changed = self.item() != item;
        self.seat.own_item = own;
        self.seat.held = false;
        if changed {
            self.selected = None;
            self.back_to_pinned_group();
        }
    }

    /// Alt+F: the view follows the moderator again (a typed line comes along).
    pub fn follow_the_room(&mut self) {
        let room = self.session.current_item.clone();
        self.view_item(&room);
    }

    /// The session changed under the screen, and the item shown was `shown`. On a
    /// device that does not lead, a room that moved on while a line is half typed
    /// leaves the view where the line is; an own view the room reached is the room's.
    pub(super) fn after_the_room_moved(&mut self, shown: &str) {
        if self.leads_the_room() {
            // Handed the lead (`ModeratorDeviceSet`): the screen is the room's.
            self.seat.own_item = None;
            self.seat.held = false;
            return;
        }
        let room_moved = self.seat.own_item.is_none() && shown != self.session.current_item;
        let typing = !self.capture.text().trim().is_empty() || self.editing.is_some();
        if room_moved && typing {
            self.seat.own_item = Some(shown.to_string());
            self.seat.held = true;
        }
        if self.seat.own_item.as_deref() == Some(self.session.current_item.as_str()) {
            self.seat.own_item = None;
            self.seat.held = false;
        }
        if self.item() != shown {
            self.back_to_pinned_group();
        }
    }

    /// A held line that is saved or emptied lets the view follow the room again.
    pub fn release_held_view(&mut self) {
        let empty = self.capture.text().trim().is_empty() && self.editing.is_none();
        if self.seat.held && empty {
            self.follow_the_room();
        }
    }

    /// The app takes `seat` as it opens: a pinned group is the capture line's.
    pub fn take_seat(&mut self, seat: Seat) {
        self.seat = seat;
        self.back_to_pinned_group();
    }

    /// The capture line's group back to the pinned one, if there is one.
    fn back_to_pinned_group(&mut self) {
        let pinned = self.seat.pinned_group;
        if let Some(row) = pinned.and_then(|id| self.session.groups.iter().position(|g| g.id == id))
        {
            self.group = row;
        }
    }

    /// True when the capture line's group is the pinned one.
    pub fn group_is_pinned(&self) -> bool {
        let shown = self.session.groups.get(self.group).map(|g| g.id);
        self.seat.pinned_group.is_some() && shown == self.seat.pinned_group
    }
}
