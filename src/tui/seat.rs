//! How this app takes part in the room (`own_view.rs` has what the model does with it).

use crate::session::GroupId;

/// How this app takes part in the room, beyond what the session says.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Seat {
    /// Started with `samtal join`: a note-taker, whichever device this is.
    pub joined: bool,
    /// The item shown, when it is not the room's; never equal to the room's item.
    pub own_item: Option<String>,
    /// The own view only keeps a half-typed line on the item the room left.
    pub held: bool,
    /// The group `join --group` chose: the capture line goes back to it whenever the
    /// item shown changes.
    pub pinned_group: Option<GroupId>,
}
